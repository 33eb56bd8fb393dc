/**
 * `npm run bench`: runs every bench/*.bench.ts and writes BENCHMARKS.md, each figure a ratio to its
 * baseline from the same run (see harness.ts for how a bench returns its rows). Without --quick it
 * also runs every fast-check property in test/shared with RENTAN_PROPERTY_RUNS=10000.
 *
 *   npm run bench                       full run, writes BENCHMARKS.md at the repo root
 *   npm run bench -- --quick            small inputs, few turns, no deep property run (< 2 min)
 *   npm run bench -- allocation upload  only the benches whose file name contains a word
 *   npm run bench -- --out FILE         write the report elsewhere (--json FILE: the rows as JSON)
 *
 * Exits non-zero if a bench throws or the property run fails; a ratio over its target is
 * reported, not failed, because shared machines vary.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import type { BenchModule, BenchOutput } from './harness';
import { renderReport, type BenchSection, type Machine, type PropertyRun } from './report';

const dir = fileURLToPath(new URL('.', import.meta.url));
const root = join(dir, '..');

const { values: options, positionals: wanted } = parseArgs({
  allowPositionals: true,
  options: {
    quick: { type: 'boolean', default: false },
    out: { type: 'string', default: join(root, 'BENCHMARKS.md') },
    json: { type: 'string' },
    properties: { type: 'boolean' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (options.help) {
  const header = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0] ?? '';
  console.log(header.replace(/^\/\*\*|^ \* ?/gm, '').trim());
  process.exit(0);
}

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();
if (files.length === 0) {
  const all = readdirSync(dir).filter((f) => f.endsWith('.bench.ts'));
  console.error(`No bench matches ${wanted.join(', ')}; the benches are ${all.join(', ')}.`);
  process.exit(2);
}

const started = Date.now();
const loadAtStart = loadavg()[0] ?? 0;
const sections: BenchSection[] = [];
let failed = false;
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  console.error(`# ${name}`);
  const start = performance.now();
  try {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as BenchModule;
    const output: BenchOutput = await mod.run({
      quick: options.quick,
      progress: (message) => console.error(`  ${message}`),
    });
    sections.push({ name, seconds: (performance.now() - start) / 1000, output });
    for (const row of output.rows) {
      console.error(
        `  ${row.name}: ${row.ratio.median.toFixed(2)}× (${row.ratio.min.toFixed(2)}–${row.ratio.max.toFixed(2)}) ${row.baseline}`,
      );
    }
  } catch (error) {
    failed = true;
    console.error(`${file} failed:`, error);
    sections.push({ name, seconds: (performance.now() - start) / 1000, error: String(error) });
  }
}

let properties: PropertyRun | undefined;
if (options.properties ?? (!options.quick && wanted.length === 0)) {
  properties = runProperties(10_000);
  if (!properties.passed) failed = true;
}

const machine = describeMachine();
const report = renderReport({
  date: new Date(started).toISOString(),
  quick: options.quick,
  machine,
  sections,
  properties,
  seconds: (Date.now() - started) / 1000,
});
// Formatted as `npm run lint` expects, so a fresh BENCHMARKS.md can be committed as it is.
const style = (await resolveConfig(join(root, 'BENCHMARKS.md'))) ?? {};
writeFileSync(options.out, await format(report, { ...style, parser: 'markdown' }));
if (options.json) {
  writeFileSync(
    options.json,
    JSON.stringify({ machine, quick: options.quick, sections, properties }, null, 2),
  );
}
console.error(`Wrote ${options.out} in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
process.exit(failed ? 1 : 0);

/** Every fast-check property of test/shared (files that use the run-count helper), `runs` cases each. */
function runProperties(runs: number): PropertyRun {
  const testDir = join(root, 'test', 'shared');
  const files = readdirSync(testDir)
    .filter((f) => f.endsWith('.test.ts'))
    .filter((f) => readFileSync(join(testDir, f), 'utf8').includes('support/property-runs'))
    .map((f) => join('test', 'shared', f));
  console.error(`# properties: ${files.length} files, ${runs} cases each`);
  const start = performance.now();
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      '--project',
      'unit',
      '--testTimeout=1800000',
      ...files,
    ],
    { cwd: root, env: { ...process.env, RENTAN_PROPERTY_RUNS: String(runs) }, encoding: 'utf8' },
  );
  const seconds = (performance.now() - start) / 1000;
  const text = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  const tests = /Tests\s+(.*)\(\d+\)/.exec(text)?.[1]?.trim() ?? 'no test summary';
  if (result.status !== 0) console.error(text);
  return { runs, files: files.length, passed: result.status === 0, tests, seconds };
}

function describeMachine(): Machine {
  // `java -version` writes to stderr; DynamoDB Local (the upload bench) runs on it.
  const javaRun = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const java = javaRun.error ? 'not found' : (javaRun.stderr || javaRun.stdout).split('\n')[0]!.trim();
  const cores = cpus();
  return {
    cores: cores.length,
    cpu: cores[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    java,
    platform: `${process.platform} ${process.arch}`,
    load: { start: loadAtStart, end: loadavg()[0] ?? 0 },
  };
}

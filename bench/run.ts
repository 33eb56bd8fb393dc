/**
 * `npm run bench`: runs every bench/*.bench.ts (or those named on the command line) and prints
 * each result as a ratio to its floor from the same run. Exits non-zero only if a bench throws;
 * a ratio over target is reported, not failed, because shared machines vary.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { ratio, type BenchReport } from './harness';

const dir = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

let failed = false;
for (const file of files) {
  console.log(`\n# ${file}`);
  try {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run: () => Promise<BenchReport> };
    const report = await mod.run();
    for (const r of report.results) {
      const x = ratio(r);
      const verdict =
        r.target === undefined
          ? ''
          : x <= r.target
            ? `  (target ≤ ${r.target}×: met)`
            : `  (target ≤ ${r.target}×: MISSED)`;
      console.log(
        `${r.name}: ${x.toFixed(2)}× ${r.floorName}  [${r.measured.medianMs.toFixed(1)} ms vs ${r.floor.medianMs.toFixed(1)} ms, median of ${r.measured.runs}]${verdict}`,
      );
    }
    for (const f of report.facts ?? []) console.log(`${f.name}: ${f.value}`);
  } catch (error) {
    failed = true;
    console.error(`${file} failed:`, error);
  }
}
process.exit(failed ? 1 : 0);

/**
 * `npm run bench -- --quick` end to end, so the benches cannot rot: every bench in bench/ runs, its
 * rows reach the report, and every ratio is a real figure. Speed itself is not judged here (that
 * is what BENCHMARKS.md is for); the report goes to a temporary folder, never over BENCHMARKS.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, resolveConfig } from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchSection } from '../../bench/report';

const root = join(import.meta.dirname, '..', '..');
const benches = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''));
const committed = join(root, 'BENCHMARKS.md');
const committedBefore = existsSync(committed) ? statSync(committed).mtimeMs : undefined;

let dir = '';
let run: ReturnType<typeof spawnSync>;
let markdown = '';
let sections: BenchSection[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rentan-bench-'));
  run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      'bench/run.ts',
      '--quick',
      '--out',
      join(dir, 'report.md'),
      '--json',
      join(dir, 'report.json'),
    ],
    // A loaded 2-core machine: the quick run takes about a minute alone, several under load.
    { cwd: root, encoding: 'utf8', timeout: 590_000 },
  );
  if (existsSync(join(dir, 'report.md'))) markdown = readFileSync(join(dir, 'report.md'), 'utf8');
  if (existsSync(join(dir, 'report.json')))
    sections = (JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { sections: BenchSection[] })
      .sections;
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run bench -- --quick', () => {
  it('finishes without a failed bench and writes the report where it was told', async () => {
    expect(run.status, String(run.stderr)).toBe(0);
    expect(markdown).toContain('# Benchmarks');
    expect(markdown).toMatch(/Machine: \d+ cores .* GiB memory/);
    expect(markdown).toMatch(/Node v\d+/);
    expect(markdown).toContain('quick run');
    // Formatted as `npm run lint` wants it, so a fresh BENCHMARKS.md can be committed as written.
    expect(await check(markdown, { ...(await resolveConfig(committed)), parser: 'markdown' })).toBe(true);
    // BENCHMARKS.md is the committed full run: a quick run never overwrites it.
    expect(existsSync(committed) ? statSync(committed).mtimeMs : undefined).toBe(committedBefore);
  });

  it('has a section with rows for every bench in bench/', () => {
    expect(benches.length).toBeGreaterThanOrEqual(4);
    expect(sections.map((s) => s.name).sort()).toEqual([...benches].sort());
    for (const section of sections) {
      expect(section.error, section.name).toBeUndefined();
      expect(section.output?.rows.length, section.name).toBeGreaterThan(0);
      expect(markdown).toContain(`## ${section.name}`);
      for (const row of section.output!.rows) expect(markdown).toContain(`\`${row.name}\``);
    }
  });

  it('gives every row a sane ratio: positive, finite, min ≤ median ≤ max, from at least one turn', () => {
    const rows = sections.flatMap((s) => s.output?.rows ?? []);
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
    for (const row of rows) {
      const { min, median, max } = row.ratio;
      expect([min, median, max].every(Number.isFinite), row.name).toBe(true);
      expect(min, row.name).toBeGreaterThan(0);
      expect(min, row.name).toBeLessThanOrEqual(median);
      expect(median, row.name).toBeLessThanOrEqual(max);
      // A size is the same every time, and a long submission is timed once.
      expect(row.turns, row.name).toBeGreaterThanOrEqual(1);
      expect(row.raw.measured, row.name).toBeGreaterThan(0);
      expect(row.raw.baseline, row.name).toBeGreaterThan(0);
      // A figure a million times its baseline (or a millionth) means a bench measured nothing.
      expect(median, row.name).toBeLessThan(1e6);
      expect(median, row.name).toBeGreaterThan(1e-6);
    }
  });

  it('includes ALLOCATE priority and proportional in the allocation bench', () => {
    const names = sections.find((s) => s.name === 'allocation')?.output?.rows.map((r) => r.name) ?? [];
    expect(names.some((n) => n.startsWith('allocate.priority.'))).toBe(true);
    expect(names.some((n) => n.startsWith('allocate.proportional.'))).toBe(true);
  });
});

/**
 * The custom functions at the sizes finance and Dinsos sheets reach: ELIGIBLE and CHECK over a
 * 100,000-row roster, PREMIUM over a 10,000-cell range, ALLOCATE over 1,000 sources. Each is a
 * ratio to a floor over the same input in the same run: a loop that only reads every cell, which
 * is the least any function of that range must do.
 */
import { keep, measure, type BenchReport, type BenchResult, type Measurement } from './harness';
import { allocate, check, eligible, premium } from '../addin/functions/functions';
import { checkRoster, DEFAULT_POLICY } from '../shared/eligibility';
import { readRoster } from '../shared/roster';
import { createRandom, syntheticRoster } from '../test/support/synthetic';

type Range = Array<Array<number | string | boolean | null>>;

/** Reads every cell once and keeps a value that depends on all of them. */
function readEveryCell(range: readonly (readonly unknown[])[]): number {
  let seen = 0;
  for (const row of range) {
    for (const cell of row) {
      if (cell !== null && cell !== '' && cell !== undefined) seen++;
    }
  }
  return seen;
}

/**
 * Median time of one call of `fn`, measured over `repeats` calls per run: reading 10,000 cells
 * takes microseconds, below the timer's resolution for a single call.
 */
async function perCall(fn: () => unknown, repeats: number): Promise<Measurement> {
  const m = await measure(() => {
    for (let i = 0; i < repeats; i++) fn();
  });
  return { medianMs: m.medianMs / repeats, runs: m.runs };
}

export async function run(): Promise<BenchReport> {
  const results: BenchResult[] = [];
  const random = createRandom(20_260_101);

  // 100,000 data rows with the default share of defects (duplicates, bad NIKs, blanks ...).
  const roster = syntheticRoster({ rows: 100_000, seed: 3 }).values as Range;
  const asOf = '2026-01-01';
  const rosterFloor = await perCall(() => keep(readEveryCell(roster)), 10);
  results.push({
    name: 'ELIGIBLE over 100,000 rows',
    measured: await measure(() => keep(eligible(roster, asOf))),
    floorName: 'reading every cell of the roster',
    floor: rosterFloor,
  });
  results.push({
    name: 'CHECK over 100,000 rows',
    measured: await measure(() => keep(check(roster, asOf))),
    floorName: 'reading every cell of the roster',
    floor: rosterFloor,
  });
  // What the adapters add: ELIGIBLE and CHECK against the shared code they wrap (readRoster +
  // checkRoster with the same roster, date and default policy). Near 1× means the cost is in
  // shared/, and the ratios above are about the eligibility code, not the Excel layer.
  const sharedPath = await measure(() => {
    const read = readRoster(roster);
    keep(checkRoster(read.rows, DEFAULT_POLICY, { asOf }, read.blank, read.problems));
  });
  results.push({
    name: 'ELIGIBLE, the adapter alone',
    measured: await measure(() => keep(eligible(roster, asOf))),
    floorName: 'readRoster + checkRoster on the same roster',
    floor: sharedPath,
  });
  results.push({
    name: 'CHECK, the adapter alone',
    measured: await measure(() => keep(check(roster, asOf))),
    floorName: 'readRoster + checkRoster on the same roster',
    floor: sharedPath,
  });

  // 100 × 100 worker counts; PREMIUM over a span that crosses the PP 50/2025 discount (DD, 2026).
  const counts: Range = Array.from({ length: 100 }, () =>
    Array.from({ length: 100 }, () => random.int(0, 2_000)),
  );
  results.push({
    name: 'PREMIUM over 10,000 cells (DD, Jan–Dec 2026)',
    measured: await perCall(() => keep(premium(counts, 12, null, null, '2026-01', 'DD')), 10),
    floorName: 'reading every cell of the range',
    floor: await perCall(() => keep(readEveryCell(counts)), 1_000),
  });

  // 1,000 sources funding about 250,500 workers in all (1–500 each); 300,000 workers leave a
  // shortfall, so every source is filled and every line is computed.
  const sources: Range = Array.from({ length: 1_000 }, (_, i) => [
    `Sumber ${i + 1}`,
    random.int(1, 500) * 201_600 + random.int(0, 201_599),
  ]);
  results.push({
    name: 'ALLOCATE over 1,000 sources (priority)',
    measured: await perCall(() => keep(allocate([[300_000]], 201_600, sources)), 20),
    floorName: 'reading every cell of the sources',
    floor: await perCall(() => keep(readEveryCell(sources)), 1_000),
  });
  results.push({
    name: 'ALLOCATE over 1,000 sources (proportional)',
    measured: await perCall(() => keep(allocate([[300_000]], 201_600, sources, 'proportional')), 20),
    floorName: 'reading every cell of the sources',
    floor: await perCall(() => keep(readEveryCell(sources)), 1_000),
  });

  return {
    results,
    facts: [
      { name: 'roster rows', value: String(roster.length - 1) },
      { name: 'eligible rows', value: String(eligible(roster, asOf)) },
    ],
  };
}

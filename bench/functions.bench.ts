/**
 * The custom functions at the sizes finance and Dinsos sheets reach: ELIGIBLE and CHECK over a
 * 100,000-row roster, PREMIUM over a 10,000-cell range, ALLOCATE over 1,000 sources. Each is a
 * ratio to a floor over the same input in the same run: a loop that only reads every cell, which
 * is the least any function of that range must do.
 */
import { compare, inTurns, keep, type BenchContext, type BenchOutput, type BenchRow } from './harness';
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

export async function run({ quick }: BenchContext): Promise<BenchOutput> {
  const rows: BenchRow[] = [];
  const random = createRandom(20_260_101);
  const turns = quick ? 3 : 5;
  const rosterRows = quick ? 5_000 : 100_000;
  const size = rosterRows.toLocaleString('en');

  // Data rows with the default share of defects (duplicates, bad NIKs, blanks ...).
  const roster = syntheticRoster({ rows: rosterRows, seed: 3 }).values as Range;
  const asOf = '2026-01-01';
  const readRoster_ = 'reading every cell of the roster';
  const t = await inTurns(
    {
      floor: () => keep(readEveryCell(roster)),
      eligible: () => keep(eligible(roster, asOf)),
      check: () => keep(check(roster, asOf)),
      shared: () => {
        const read = readRoster(roster);
        keep(checkRoster(read.rows, DEFAULT_POLICY, { asOf }, read.blank, read.problems));
      },
    },
    turns,
  );
  rows.push(
    compare({
      name: `ELIGIBLE.${rosterRows}`,
      what: `ELIGIBLE over ${size} rows`,
      baseline: readRoster_,
      measured: t.eligible,
      floor: t.floor,
    }),
    compare({
      name: `CHECK.${rosterRows}`,
      what: `CHECK over ${size} rows`,
      baseline: readRoster_,
      measured: t.check,
      floor: t.floor,
    }),
    // What the adapters add: ELIGIBLE and CHECK against the shared code they wrap (readRoster +
    // checkRoster with the same roster, date and default policy). Near 1× means the cost is in
    // shared/, and the ratios above are about the eligibility code, not the Excel layer.
    compare({
      name: `ELIGIBLE.adapter.${rosterRows}`,
      what: 'ELIGIBLE, the adapter alone',
      baseline: 'readRoster + checkRoster on the same roster',
      measured: t.eligible,
      floor: t.shared,
    }),
    compare({
      name: `CHECK.adapter.${rosterRows}`,
      what: 'CHECK, the adapter alone',
      baseline: 'readRoster + checkRoster on the same roster',
      measured: t.check,
      floor: t.shared,
    }),
  );

  // 100 × 100 worker counts; PREMIUM over a span that crosses the PP 50/2025 discount (DD, 2026).
  // Reading 10,000 cells takes microseconds, below the timer's resolution: repeat each call.
  const counts: Range = Array.from({ length: 100 }, () =>
    Array.from({ length: 100 }, () => random.int(0, 2_000)),
  );
  const p = await inTurns(
    {
      floor: () => keep(readEveryCell(counts)),
      premium: () => keep(premium(counts, 12, null, null, '2026-01', 'DD')),
    },
    turns,
    { repeats: { floor: 1_000, premium: 10 } },
  );
  rows.push(
    compare({
      name: 'PREMIUM.10000',
      what: 'PREMIUM over 10,000 cells (DD, Jan–Dec 2026)',
      baseline: 'reading every cell of the range',
      measured: p.premium,
      floor: p.floor,
    }),
  );

  // 1,000 sources funding about 250,500 workers in all (1–500 each); 300,000 workers leave a
  // shortfall, so every source is filled and every line is computed.
  const sources: Range = Array.from({ length: 1_000 }, (_, i) => [
    `Sumber ${i + 1}`,
    random.int(1, 500) * 201_600 + random.int(0, 201_599),
  ]);
  const a = await inTurns(
    {
      floor: () => keep(readEveryCell(sources)),
      priority: () => keep(allocate([[300_000]], 201_600, sources)),
      proportional: () => keep(allocate([[300_000]], 201_600, sources, 'proportional')),
    },
    turns,
    { repeats: { floor: 1_000, priority: quick ? 5 : 20, proportional: quick ? 5 : 20 } },
  );
  for (const method of ['priority', 'proportional'] as const) {
    rows.push(
      compare({
        name: `ALLOCATE.${method}.1000`,
        what: `ALLOCATE over 1,000 sources (${method})`,
        baseline: 'reading every cell of the sources',
        measured: a[method],
        floor: a.floor,
      }),
    );
  }

  return {
    rows,
    facts: [
      { name: 'roster rows', value: String(roster.length - 1) },
      { name: 'eligible rows', value: String(eligible(roster, asOf)) },
    ],
  };
}

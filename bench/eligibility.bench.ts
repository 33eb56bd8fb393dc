/**
 * Eligibility over a 100,000-row roster (issue 2): readRoster + checkRoster, as a ratio to a floor
 * that only reads and normalises every cell: text is trimmed, a number is checked to be finite
 * (the least any checker must do with a cell). Aim: at most 3×.
 *
 * The floor used to turn every cell into text with String(), numbers included. No checker needs
 * the text of a birth-date serial or a decile, and on this roster that conversion was about 40%
 * of the floor's time, which made every ratio look better than it is. That floor is still
 * reported, for comparison with earlier runs.
 */
import { DEFAULT_POLICY, checkRoster, summariseVerdicts } from '../shared/eligibility';
import { readRoster } from '../shared/roster';
import { syntheticRoster } from '../test/support/synthetic';
import { compare, inTurns, keep, type BenchContext, type BenchOutput } from './harness';

const AS_OF = '2026-01-01';

export async function run({ quick }: BenchContext): Promise<BenchOutput> {
  const ROWS = quick ? 5_000 : 100_000;
  const { values } = syntheticRoster({ rows: ROWS, seed: 2026, regency: '6203', villages: 200, asOf: AS_OF });
  const policy = { ...DEFAULT_POLICY, maxDecile: 4, requireDtsen: true, villageQuota: 400, regency: '6203' };
  const context = { asOf: AS_OF };

  const floor = () => {
    let seen = 0;
    for (let r = 0; r < values.length; r++) {
      const row = values[r]!;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (typeof cell === 'string') seen += cell.trim().length;
        else if (typeof cell === 'number') seen += Number.isFinite(cell) ? 1 : 0;
        else if (cell !== null && cell !== undefined) seen += String(cell).trim().length;
      }
    }
    keep(seen);
  };
  const earlierFloor = () => {
    let chars = 0;
    for (let r = 0; r < values.length; r++) {
      const row = values[r]!;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        chars += (cell === null || cell === undefined ? '' : String(cell).trim()).length;
      }
    }
    keep(chars);
  };
  const read = () => keep(readRoster(values));
  const eligibility = () => {
    const roster = readRoster(values);
    keep(checkRoster(roster.rows, policy, context, roster.blank, roster.problems));
  };
  const preRead = readRoster(values);
  const checkOnly = () => keep(checkRoster(preRead.rows, policy, context, preRead.blank, preRead.problems));

  // Warm every path first so no figure pays for compiling code the others already compiled.
  const m = await inTurns({ floor, earlierFloor, eligibility, read, checkOnly }, quick ? 3 : 9, {
    warmup: 3,
  });

  const summary = summariseVerdicts(
    checkRoster(preRead.rows, policy, context, preRead.blank, preRead.problems),
  );
  const floorName = 'read and normalise every cell';
  const rows = ROWS.toLocaleString('en');
  return {
    rows: [
      compare({
        name: `eligibility.${ROWS}`,
        what: `eligibility (readRoster + checkRoster), ${rows} rows`,
        baseline: floorName,
        measured: m.eligibility,
        floor: m.floor,
        target: 3,
      }),
      compare({
        name: `eligibility.read.${ROWS}`,
        what: 'readRoster alone',
        baseline: floorName,
        measured: m.read,
        floor: m.floor,
      }),
      compare({
        name: `eligibility.check.${ROWS}`,
        what: 'checkRoster alone',
        baseline: floorName,
        measured: m.checkOnly,
        floor: m.floor,
      }),
      compare({
        name: `eligibility.earlier-floor.${ROWS}`,
        what: 'eligibility, against the earlier floor',
        baseline: 'String() and trim of every cell, numbers included',
        measured: m.eligibility,
        floor: m.earlierFloor,
      }),
    ],
    facts: [
      {
        name: 'verdicts',
        value: `${summary.eligible} eligible, ${summary.waitlisted} waitlisted, ${summary.rejected} rejected, ${summary.blank} blank`,
      },
    ],
  };
}

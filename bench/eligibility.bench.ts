/**
 * Eligibility over a 100,000-row roster (issue 2): readRoster + checkRoster, as a ratio to a floor
 * that only reads and normalises every cell (String + trim of each value, the least any checker
 * must do). Aim: at most 3×.
 */
import { DEFAULT_POLICY, checkRoster, summariseVerdicts } from '../shared/eligibility';
import { readRoster } from '../shared/roster';
import { syntheticRoster } from '../shared/synthetic';
import { keep, measure, type BenchReport } from './harness';

const ROWS = 100_000;
const AS_OF = '2026-01-01';

export async function run(): Promise<BenchReport> {
  const { values } = syntheticRoster({ rows: ROWS, seed: 2026, regency: '6203', villages: 200, asOf: AS_OF });
  const policy = { ...DEFAULT_POLICY, maxDecile: 4, requireDtsen: true, villageQuota: 400, regency: '6203' };
  const context = { asOf: AS_OF };

  const floor = () => {
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
  for (let i = 0; i < 3; i++) [floor, read, checkOnly, eligibility].forEach((fn) => fn());
  const floorTime = await measure(floor, 9);
  const fullTime = await measure(eligibility, 9);
  const readTime = await measure(read, 9);
  const checkTime = await measure(checkOnly, 9);

  const summary = summariseVerdicts(
    checkRoster(preRead.rows, policy, context, preRead.blank, preRead.problems),
  );
  const floorName = 'read and normalise every cell';
  return {
    results: [
      {
        name: `eligibility (readRoster + checkRoster), ${ROWS.toLocaleString('en')} rows`,
        measured: fullTime,
        floorName,
        floor: floorTime,
        target: 3,
      },
      { name: 'readRoster alone', measured: readTime, floorName, floor: floorTime },
      { name: 'checkRoster alone', measured: checkTime, floorName, floor: floorTime },
    ],
    facts: [
      {
        name: 'verdicts',
        value: `${summary.eligible} eligible, ${summary.waitlisted} waitlisted, ${summary.rejected} rejected, ${summary.blank} blank`,
      },
    ],
  };
}

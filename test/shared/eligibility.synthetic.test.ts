import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, checkRoster, summariseVerdicts } from '../../shared/eligibility';
import type { ReasonCode } from '../../shared/reasons';
import { readRoster } from '../../shared/roster';
import { SYNTHETIC_DEFECTS, syntheticRoster, type SyntheticDefect } from '../support/synthetic';

// What each injected defect must be found as, and whether it stops the row (shared/synthetic/defects.ts).
const EXPECTED: Record<SyntheticDefect, { code: ReasonCode; rejects: boolean }> = {
  duplicateNik: { code: 'NIK_DUPLICATE', rejects: true },
  nikAsNumber: { code: 'NIK_PRECISION_LOST', rejects: true },
  badNikDate: { code: 'NIK_DATE_INVALID', rejects: true },
  unknownProvince: { code: 'NIK_PROVINCE_UNKNOWN', rejects: true },
  otherRegency: { code: 'NIK_REGION_MISMATCH', rejects: false },
  sexMismatch: { code: 'NIK_SEX_MISMATCH', rejects: false },
  underage: { code: 'AGE_BELOW_MIN', rejects: true },
  overage: { code: 'AGE_ABOVE_MAX', rejects: true },
  wageEarner: { code: 'WAGE_EARNER', rejects: true },
  notInDtsen: { code: 'NOT_IN_DTSEN', rejects: true },
  highDecile: { code: 'DECILE_ABOVE_MAX', rejects: true },
  missingName: { code: 'NAME_MISSING', rejects: true },
};

describe('eligibility on a synthetic roster', () => {
  // 1,200 rows with 4% of each of the 12 defects (48 rows each) and the rest clean.
  const asOf = '2026-01-01';
  const { values, defects } = syntheticRoster({
    rows: 1200,
    seed: 20260101,
    regency: '6203',
    asOf,
    defects: Object.fromEntries(SYNTHETIC_DEFECTS.map((d) => [d, 0.04])),
  });
  const read = readRoster(values);
  const policy = { ...DEFAULT_POLICY, maxDecile: 4, requireDtsen: true, regency: '6203' };
  const verdicts = checkRoster(read.rows, policy, { asOf }, read.blank, read.problems);

  it('reads every row without problems or blanks', () => {
    expect(read.header.unmatched).toEqual([]);
    expect(read.blank.filter(Boolean)).toEqual([]);
    expect(read.problems.filter((p) => p.length > 0)).toEqual([]);
  });

  it.each(SYNTHETIC_DEFECTS.map((d) => [d]))(
    'finds every %s row with its reason, and only that finding',
    (defect) => {
      const { code, rejects } = EXPECTED[defect];
      const rows = defects.flatMap((d, i) => (d === defect ? [i] : []));
      expect(rows.length).toBeGreaterThan(0);
      for (const i of rows) {
        const v = verdicts[i]!;
        const findings = [...v.reasons, ...v.warnings].map((f) => f.code);
        expect(findings, `row ${i + 1}`).toEqual([code]);
        expect(v.status, `row ${i + 1}`).toBe(rejects ? 'rejected' : 'eligible');
      }
    },
  );

  it('finds nothing wrong with the clean rows', () => {
    const clean = verdicts.filter((_, i) => defects[i] === null);
    expect(clean.length).toBeGreaterThan(0);
    for (const v of clean)
      expect(v, `row ${v.row}`).toMatchObject({ status: 'eligible', reasons: [], warnings: [] });
  });

  it('adds up: eligible = clean rows + rows with only a warning defect', () => {
    const s = summariseVerdicts(verdicts);
    const warningOnly = defects.filter((d) => d !== null && !EXPECTED[d].rejects).length;
    expect(s.eligible).toBe(defects.filter((d) => d === null).length + warningOnly);
    expect(s.eligible + s.rejected).toBe(1200);
  });
});

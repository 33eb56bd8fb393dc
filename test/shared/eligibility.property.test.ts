import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyRosterRules,
  checkRoster,
  projectRows,
  summariseVerdicts,
  type EligibilityPolicy,
} from '../../shared/eligibility';
import { composeNik } from '../../shared/nik';
import { emptyRow, type RosterRow } from '../../shared/roster';
import { propertyRuns } from '../support/property-runs';

const AS_OF = '2026-01-01';

// NIKs from a pool of a few hundred (so duplicates happen, but most rows are distinct people):
// valid ones of various ages and sexes, plus invalid text, numbers that lost precision and empties.
const BIRTHS: [string, 'L' | 'P'][] = [
  ['1980-05-12', 'P'],
  ['1975-01-31', 'L'],
  ['2010-07-07', 'L'], // 15 on AS_OF: too young for most windows
  ['1950-02-02', 'P'], // 75: too old for most windows
  ['1999-12-31', 'P'],
  ['1988-08-08', 'L'],
];
const validNikArb = fc
  .tuple(fc.constantFrom(...BIRTHS), fc.integer({ min: 1, max: 60 }))
  .map(([[birthDate, sex], serial]) => composeNik({ district: '620301', birthDate, sex, serial }));
// A handful of people who show up again and again, so that triple entries occur too.
const repeatedNikArb = fc
  .constantFrom(...BIRTHS.slice(0, 3))
  .map(([birthDate, sex]) => composeNik({ district: '620301', birthDate, sex, serial: 9000 }));
const nikArb = fc.oneof(
  { weight: 12, arbitrary: validNikArb },
  { weight: 3, arbitrary: repeatedNikArb },
  { weight: 1, arbitrary: fc.constantFrom('6203013205800001', '12345', 'abc', 6203015205800000, null) },
);

const rowArb: fc.Arbitrary<RosterRow> = fc
  .record({
    nik: nikArb,
    name: fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom('Siti', 'Budi') },
      { weight: 1, arbitrary: fc.constant(null) },
    ),
    birthDate: fc.constantFrom(null, null, '1980-05-12', '2012-01-01'),
    sex: fc.constantFrom('L' as const, 'P' as const, null),
    village: fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom('Selat Hilir', 'Pulau Telo', 'Anjir') },
      { weight: 1, arbitrary: fc.constant(null) },
    ),
    district: fc.constant('Selat'),
    category: fc.constantFrom('Pekerja Rentan', 'Pekerja Rentan', 'Non-ASN', null),
    decile: fc.option(fc.integer({ min: 1, max: 10 }), { freq: 4 }),
    dtsen: fc.constantFrom(true, false, null, null),
  })
  .map((r) => ({ ...emptyRow(), ...r }));

const policyArb: fc.Arbitrary<EligibilityPolicy> = fc.record({
  minAge: fc.integer({ min: 0, max: 40 }),
  maxAge: fc.integer({ min: 40, max: 100 }),
  maxDecile: fc.option(fc.integer({ min: 1, max: 10 })),
  requireDtsen: fc.boolean(),
  villageQuota: fc.option(fc.integer({ min: 1, max: 4 })),
  regency: fc.constantFrom(null, '6203', '6205'),
  wageEarnerCategories: fc.constant(['Non-ASN']),
});

const rosterArb = fc.array(fc.tuple(rowArb, fc.boolean()), { maxLength: 40 }).map((pairs) => ({
  rows: pairs.map(([r]) => r),
  // About one row in ten is blank.
  blank: pairs.map(([, b], i) => b && i % 5 === 0),
}));

describe('checkRoster properties', () => {
  it('gives one verdict per row, numbered 1..n, and the statuses add up to the rows', () => {
    fc.assert(
      fc.property(rosterArb, policyArb, ({ rows, blank }, policy) => {
        const verdicts = checkRoster(rows, policy, { asOf: AS_OF }, blank);
        expect(verdicts.map((v) => v.row)).toEqual(rows.map((_, i) => i + 1));
        const s = summariseVerdicts(verdicts);
        expect(s.eligible + s.waitlisted + s.rejected + s.blank).toBe(rows.length);
        expect(s.blank).toBe(blank.filter(Boolean).length);
        // Eligible rows carry no reason; rejected and waitlisted rows carry at least one.
        for (const v of verdicts)
          expect(v.reasons.length === 0).toBe(v.status === 'eligible' || v.status === 'blank');
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('never lets a village have more eligible rows than its quota', () => {
    fc.assert(
      fc.property(rosterArb, policyArb, fc.integer({ min: 1, max: 3 }), ({ rows, blank }, policy, quota) => {
        const verdicts = checkRoster(rows, { ...policy, villageQuota: quota }, { asOf: AS_OF }, blank);
        const perVillage = new Map<string, number>();
        verdicts.forEach((v, i) => {
          if (v.status === 'eligible')
            perVillage.set(rows[i]!.village!, (perVillage.get(rows[i]!.village!) ?? 0) + 1);
        });
        for (const count of perVillage.values()) expect(count).toBeLessThanOrEqual(quota);
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('only ever waitlists for the quota: without one, nothing is waitlisted; raising it never drops an eligible row', () => {
    fc.assert(
      fc.property(rosterArb, policyArb, fc.integer({ min: 1, max: 3 }), ({ rows, blank }, policy, quota) => {
        const ctx = { asOf: AS_OF };
        const open = checkRoster(rows, { ...policy, villageQuota: null }, ctx, blank);
        expect(open.some((v) => v.status === 'waitlisted')).toBe(false);
        const tight = checkRoster(rows, { ...policy, villageQuota: quota }, ctx, blank);
        const loose = checkRoster(rows, { ...policy, villageQuota: quota + 1 }, ctx, blank);
        tight.forEach((v, i) => {
          if (v.status === 'eligible') expect(loose[i]!.status).toBe('eligible');
          // A row the quota waitlists would have been eligible without the quota.
          if (v.status === 'waitlisted') expect(open[i]!.status).toBe('eligible');
        });
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('points every duplicate at an earlier row with the same NIK that is not itself a duplicate', () => {
    fc.assert(
      fc.property(rosterArb, policyArb, ({ rows, blank }, policy) => {
        const verdicts = checkRoster(rows, policy, { asOf: AS_OF }, blank);
        for (const v of verdicts) {
          if (v.duplicateOf === undefined) continue;
          expect(v.duplicateOf).toBeLessThan(v.row);
          const first = verdicts[v.duplicateOf - 1]!;
          expect(first.duplicateOf).toBeUndefined();
          expect(String(rows[first.row - 1]!.nik)).toBe(String(rows[v.row - 1]!.nik));
        }
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('judges a roster of distinct people the same whatever its order (without a quota)', () => {
    const distinct = fc
      .uniqueArray(rowArb, { selector: (r) => String(r.nik), maxLength: 12 })
      .chain((rows) =>
        fc.tuple(
          fc.constant(rows),
          fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
        ),
      );
    fc.assert(
      fc.property(distinct, policyArb, ([rows, shuffled], policy) => {
        const p = { ...policy, villageQuota: null };
        const byNik = (list: RosterRow[]) => {
          const verdicts = checkRoster(list, p, { asOf: AS_OF });
          return new Map(
            list.map((r, i) => [
              String(r.nik),
              { status: verdicts[i]!.status, reasons: verdicts[i]!.reasons },
            ]),
          );
        };
        expect(byNik(shuffled)).toEqual(byNik(rows));
      }),
      { numRuns: propertyRuns() },
    );
  });
});

describe('a roster judged chunk by chunk (the HTTP API) and then as a whole', () => {
  it('gives exactly the verdicts of checkRoster over all rows at once', () => {
    fc.assert(
      fc.property(
        rosterArb,
        policyArb,
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 8 }),
        ({ rows, blank }, policy, sizes) => {
          // Cut the roster into chunks of the drawn sizes (the last one takes the rest).
          const projections = [];
          for (let at = 0, k = 0; at < rows.length; k++) {
            const size = k < sizes.length ? sizes[k]! : rows.length - at;
            const chunkRows = rows.slice(at, at + size);
            const chunkBlank = blank.slice(at, at + size);
            const verdicts = checkRoster(chunkRows, policy, { asOf: AS_OF }, chunkBlank);
            projections.push(...projectRows(chunkRows, verdicts));
            at += size;
          }
          const whole = checkRoster(rows, policy, { asOf: AS_OF }, blank);
          expect(applyRosterRules(projections, policy)).toEqual(whole);
        },
      ),
    );
  });

  it('numbers rows as the caller says, duplicates included', () => {
    const row = { ...emptyRow(), nik: '6203015205800001', name: 'Siti', village: 'Anjir' };
    const policy = { ...checkPolicy(), villageQuota: null };
    const verdicts = checkRoster([row, row], policy, { asOf: AS_OF });
    const rules = applyRosterRules(projectRows([row, row], verdicts), policy, [101, 102]);
    expect(rules.map((v) => v.row)).toEqual([101, 102]);
    expect(rules[1]).toMatchObject({
      duplicateOf: 101,
      reasons: [{ code: 'NIK_DUPLICATE', params: { firstRow: 101 } }],
    });
  });
});

function checkPolicy(): EligibilityPolicy {
  return {
    minAge: 18,
    maxAge: 65,
    maxDecile: null,
    requireDtsen: false,
    villageQuota: null,
    regency: '6203',
    wageEarnerCategories: ['Non-ASN'],
  };
}

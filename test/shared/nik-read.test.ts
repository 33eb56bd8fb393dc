import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNik, composeNik, readNik } from '../../shared/nik';
import type { NikContext, Sex } from '../../shared/nik';
import { formatIsoDate } from '../../shared/calendar';
import { propertyRuns } from '../support/property-runs';

// readNik is checkNik without the parts object (the roster check calls it on every row). checkNik
// is built on it, so the rules themselves are tested in nik.test.ts; here: the two agree on every
// input (the wrapper loses and adds nothing) and readNik's own results are right.

const isoDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => formatIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));

const validNik = fc
  .record({
    district: fc.constantFrom('620301', '620502', '610601', '940101', '110101'),
    birthDate: isoDate,
    sex: fc.constantFrom<Sex>('L', 'P'),
    serial: fc.integer({ min: 1, max: 9999 }),
  })
  .map((recipe) => composeNik(recipe));

// Valid NIKs, near misses (one digit changed, separators, wrong length) and other cell values.
const raw = fc.oneof(
  validNik,
  fc
    .tuple(validNik, fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 9 }))
    .map(([nik, at, d]) => nik.slice(0, at) + d + nik.slice(at + 1)),
  validNik.map((nik) => `${nik.slice(0, 2)}.${nik.slice(2, 6)} ${nik.slice(6)}`),
  validNik.map((nik) => nik.slice(0, 15)),
  fc.stringMatching(/^[0-9]{16}$/),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, undefined, 6.20301e15, true),
);

const context: fc.Arbitrary<NikContext | undefined> = fc.option(
  fc.record(
    {
      regency: fc.constantFrom('6203', '62.03', '6106'),
      statedBirthDate: isoDate,
      statedSex: fc.constantFrom<Sex>('L', 'P'),
      asOf: fc.constantFrom('2026-01-01', '2000-02-29'),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

describe('readNik', () => {
  it('agrees with checkNik on every input and context', () => {
    fc.assert(
      fc.property(raw, context, (value, ctx) => {
        const full = checkNik(value, ctx);
        const reading = readNik(value, ctx);
        if (full.ok) {
          expect(reading).toEqual({
            ok: true,
            nik: full.parts.nik,
            birthDate: full.parts.birthDate,
            sex: full.parts.sex,
            warnings: full.warnings,
          });
        } else {
          expect(reading).toEqual(full);
        }
      }),
      { numRuns: propertyRuns(500) },
    );
  });

  it('gives the warnings of a mismatched row, and none for a matching one', () => {
    // 62 03 01 | 52 (12 + 40: a woman born on the 12th) 05 80 | 0012 → 12 May 1980, P, regency 6203.
    const nik = '6203015205800012';
    expect(readNik(nik, { regency: '6203', statedBirthDate: '1980-05-12', statedSex: 'P' })).toEqual({
      ok: true,
      nik,
      birthDate: '1980-05-12',
      sex: 'P',
      warnings: [],
    });
    const mismatched = readNik(nik, { regency: '6106', statedBirthDate: '1980-05-13', statedSex: 'L' });
    expect(mismatched.ok && mismatched.warnings.map((w) => w.code)).toEqual([
      'NIK_REGION_MISMATCH',
      'NIK_BIRTHDATE_MISMATCH',
      'NIK_SEX_MISMATCH',
    ]);
  });

  it('checkNik still hands out a warnings list of its own, even when readNik shares an empty one', () => {
    const result = checkNik('6203015205800012');
    expect(result.ok && Object.isFrozen(result.warnings)).toBe(false);
  });

  it('rejects an impossible context as checkNik does', () => {
    expect(() => readNik('6203015205800012', { regency: '62' })).toThrow(/4-digit Kemendagri code/);
  });
});

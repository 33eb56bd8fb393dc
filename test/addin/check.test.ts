/**
 * RENTAN.ELIGIBLE and RENTAN.CHECK over roster ranges shaped as Excel delivers them: header
 * variants, every empty-cell encoding, dates as serials and as text, a NIK typed as a number.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { check, eligible } from '../../addin/functions/functions';
import fc from 'fast-check';
import { syntheticRoster } from '../support/synthetic';
import { excelErrorFrom, installExcelStandIn, OMITTED_RANGE } from './excel-runtime';

beforeAll(installExcelStandIn);
afterEach(() => vi.useRealTimers());

// 2026-01-01 as an Excel serial (2025-01-01 = 45658, + 365).
const JAN_2026 = 46023;

// NIKs written by hand as PP RR SS DDMMYY NNNN (domain.md §3), all issued in Kapuas district 62.03.01:
//   Siti  620301 55 05 90 0001: a woman (day 15 + 40 = 55), born 1990-05-15
//   Budi  620301 12 03 85 0002: a man, born 1985-03-12
//   Rudi  620301 01 06 10 0003: a man, born 2010-06-01 (15 on 2026-01-01)
//   Dewi  620301 55 05 90 0004: a woman, born 1990-05-15, but marked L (male) in the roster
// Ahmad's NIK 6203011203850012 typed as a number: Excel keeps 15 digits, so it arrives as ...0010.
const ROSTER = [
  // Header variants: "N.I.K", "Tgl. Lahir", "L/P", "Desa/Kel", "Kec", "Desil DTSEN"; "No." is not a field.
  ['No.', 'N.I.K', 'Nama Lengkap', 'Tgl. Lahir', 'L/P', 'Desa/Kel', 'Kec', 'Desil DTSEN'],
  [1, '6203015505900001', 'Siti Aminah', 33008, 'P', 'Selat Dalam', 'Selat', 2], // serial 33008 = 1990-05-15
  [2, '6203 0112 0385 0002', 'Budi Santoso', '12/03/1985', 'L', 'Selat Dalam', 'Selat', 3],
  [null, '', 0, null, '  ', '', null, 0], // blank, in every encoding at once
  [4, 6203011203850010, 'Ahmad', 31118, 'L', 'Pulau Telo', 'Selat', 1], // NIK typed as a number
  [5, '6203015505900001', 'Siti Aminah', 33008, 'P', 'Selat Dalam', 'Selat', 2], // row 1 again
  [6, '6203010106100003', 'Rudi', 40330, 'L', 'Pulau Telo', 'Selat', 4], // serial 40330 = 2010-06-01
  [7, '6203015505900004', 'Dewi', 33008, 'L', 'Pulau Telo', 'Selat', 2],
  [8, null, '', '', '', '', '', ''], // only a running number: nobody to check
  [9, '6.20301E+15', 'Yanto', '1980-01-01', 'L', 'Selat Dalam', 'Selat', 2], // what Excel shows for a long number
];

describe('RENTAN.CHECK', () => {
  it('spills one cell per data row, in roster order, in the documented format', () => {
    expect(check(ROSTER, JAN_2026)).toEqual([
      ['OK'],
      ['OK'],
      [''],
      ['NIK_PRECISION_LOST'],
      ['NIK_DUPLICATE(row 1)'],
      ['AGE_BELOW_MIN'],
      ['OK [NIK_SEX_MISMATCH]'],
      [''],
      ['NIK_PRECISION_LOST'],
    ]);
  });

  it('takes as_of as a serial or as text, and lists every reason of a row', () => {
    // On 2026-01-01 Rudi is 15; a max_age of 30 also rejects Siti (35), Budi (40) and Ahmad
    // (born 1985-03-12 by his birth-date column: 40), whose NIK is already rejected.
    const policy = [
      ['min_age', 18],
      ['max_age', 30],
    ];
    const result = check(ROSTER.slice(0, 7), '2026-01-01', policy);
    expect(result).toEqual([
      ['AGE_ABOVE_MAX'],
      ['AGE_ABOVE_MAX'],
      [''],
      ['NIK_PRECISION_LOST; AGE_ABOVE_MAX'],
      ['NIK_DUPLICATE(row 1); AGE_ABOVE_MAX'],
      ['AGE_BELOW_MIN'],
    ]);
  });

  it('reads the policy range: a regency other than the NIK region is a warning, not a rejection', () => {
    // Regency 62.05 (Barito Utara): every Kapuas NIK (62.03) gets NIK_REGION_MISMATCH but stays OK.
    const result = check(ROSTER.slice(0, 3), JAN_2026, [['regency', '62.05']]);
    expect(result).toEqual([['OK [NIK_REGION_MISMATCH]'], ['OK [NIK_REGION_MISMATCH]']]);
  });

  it('leaves trailing blank rows out of the spill, so a whole-column reference works', () => {
    // Rows 1-2 as above, then a blank row inside the roster (kept) and 1,000 empty rows below it,
    // as A:H would deliver them (null on one platform, "" on another).
    const blankRow = (i: number) => Array.from({ length: 8 }, () => (i % 2 ? null : ''));
    const roster = [
      ...ROSTER.slice(0, 3),
      blankRow(0),
      ROSTER[2]!,
      ...Array.from({ length: 1_000 }, (_, i) => blankRow(i)),
    ];
    expect(check(roster, JAN_2026)).toEqual([['OK'], ['OK'], [''], ['NIK_DUPLICATE(row 2)']]);
  });

  it('spills a single empty cell for a header-only roster', () => {
    expect(check([ROSTER[0]!], JAN_2026)).toEqual([['']]);
  });

  it('defaults as_of to the first day of the current month', () => {
    // Rudi (born 2010-06-01) turns 18 on 2028-06-01: on 2028-06-20 the default as_of is 2028-06-01.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2028, 5, 20, 12));
    const rudi = [ROSTER[0]!, ROSTER[6]!];
    expect(check(rudi, null)).toEqual([['OK']]);
    // On 2028-05-31 the default is 2028-05-01: still 17.
    vi.setSystemTime(new Date(2028, 4, 31, 12));
    expect(check(rudi, null, OMITTED_RANGE)).toEqual([['AGE_BELOW_MIN']]);
    expect(check(rudi)).toEqual([['AGE_BELOW_MIN']]);
  });
});

describe('RENTAN.ELIGIBLE', () => {
  it('counts the rows CHECK marks OK', () => {
    // Rows 1, 2 and 7 (Siti, Budi, Dewi with a warning).
    expect(eligible(ROSTER, JAN_2026)).toBe(3);
    expect(eligible(ROSTER, JAN_2026, OMITTED_RANGE)).toBe(3);
  });

  it('applies a village quota from the policy', () => {
    // Quota 1 per village: Siti takes Selat Dalam (Budi is waitlisted), Dewi takes Pulau Telo.
    expect(eligible(ROSTER, JAN_2026, [['village_quota', 1]])).toBe(2);
    expect(check(ROSTER.slice(0, 3), JAN_2026, [['village_quota', 1]])).toEqual([['OK'], ['QUOTA_EXCEEDED']]);
  });

  it('is 0 for a header-only roster', () => {
    expect(eligible([ROSTER[0]!], JAN_2026)).toBe(0);
  });
});

describe('ELIGIBLE and CHECK agree', () => {
  it('on synthetic rosters with defects: ELIGIBLE = cells starting "OK", one cell per row up to the last non-blank', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 200 }),
        (seed, rows) => {
          const { values } = syntheticRoster({ rows, seed });
          const roster = values as Array<Array<number | string | boolean | null>>;
          const cells = check(roster, '2026-01-01').map(([cell]) => cell!);
          expect(cells.length).toBeLessThanOrEqual(Math.max(1, rows));
          expect(eligible(roster, '2026-01-01')).toBe(cells.filter((c) => c.startsWith('OK')).length);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('bad arguments give #VALUE! with what to fix', () => {
  it.each([
    [
      'no NIK column',
      () =>
        eligible(
          [
            ['Nama', 'Desa'],
            ['Siti', 'Selat'],
          ],
          JAN_2026,
        ),
      /NIK/,
    ],
    ['a roster that is one empty cell', () => check([[null]], JAN_2026), /NIK/],
    [
      'an as_of that is not a date',
      () => check(ROSTER, 'kemarin'),
      /as_of must be a date written YYYY-MM-DD/,
    ],
    [
      'an as_of that does not exist',
      () => eligible(ROSTER, '2026-02-30'),
      /as_of 2026-02-30 is not a real calendar day/,
    ],
    ['an as_of serial before 1900', () => check(ROSTER, -1), /as_of must be a date; -1 is not an Excel date/],
    ['a policy of three columns', () => eligible(ROSTER, JAN_2026, [['min_age', 18, 'x']]), /two columns/],
    [
      'an unknown policy setting',
      () => eligible(ROSTER, JAN_2026, [['min_umur', 18]]),
      /Unknown policy setting "min_umur"/,
    ],
    [
      'a bad policy value',
      () => check(ROSTER, JAN_2026, [['max_desil', 12]]),
      /max_desil must be a whole number from 1 to 10/,
    ],
    [
      'min_age above max_age',
      () => eligible(ROSTER, JAN_2026, [['min_age', 70]]),
      /min_age \(70\) is above max_age \(65\)/,
    ],
    [
      'a bad regency',
      () => eligible(ROSTER, JAN_2026, [['regency', 'Kapuas']]),
      /4-digit Kemendagri regency code/,
    ],
  ])('%s', (_what, call, message) => {
    const error = excelErrorFrom(call);
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toMatch(message);
  });
});

/**
 * RENTAN.RATE, RENTAN.PREMIUM and RENTAN.WAGEPREMIUM with arguments shaped as Excel delivers them.
 * Expected figures are worked by hand from domain.md §2 (arithmetic in the comments).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { premium, rate, wagePremium } from '../../addin/functions/functions';
import { premium as sharedPremium } from '../../shared/premium';
import { FUNDING_SOURCES, PROGRAMS, SECTORS } from '../../shared/codes';
import { excelErrorFrom, installExcelStandIn, StandInError } from './excel-runtime';

beforeAll(installExcelStandIn);

// Excel date serials (1900 system): 2026-01-01 is 46023 (2025-01-01 = 45658, + 365).
const JAN_2026 = 46023;
const APR_2026 = 46113; // 46023 + 31 + 28 + 31

describe('RENTAN.RATE', () => {
  it('gives the standard package with everything else omitted (Excel passes null)', () => {
    // JKK 1% × 1,000,000 = 10,000 + JKM 6,800 = 16,800 (domain.md §2.1)
    expect(rate('JKK-JKM', null, null, null, null)).toBe(16_800);
    // A blank program cell means the default package too.
    expect(rate(null)).toBe(16_800);
    expect(rate('')).toBe(16_800);
  });

  it('adds JHT at 2% of the income base', () => {
    // 16,800 + 2% × 1,000,000 = 16,800 + 20,000 = 36,800
    expect(rate('jkk-jkm-jht')).toBe(36_800);
  });

  it('scales JKK and JHT with a higher income base, typed as a number or as text', () => {
    // JKK 1% × 2,000,000 = 20,000 + JKM 6,800 = 26,800
    expect(rate('JKK-JKM', 2_000_000)).toBe(26_800);
    expect(rate('JKK-JKM', '2000000')).toBe(26_800);
  });

  it('applies the PP 50/2025 discount by month, funding and sector', () => {
    // Dana Desa, other sectors, April 2026: JKK+JKM −50% → 8,400
    expect(rate('JKK-JKM', null, '2026-04', 'DD', null)).toBe(8_400);
    expect(rate('JKK-JKM', null, APR_2026, 'DD', 'OTHER')).toBe(8_400);
    // January 2026: other sectors not yet discounted (Apr–Dec 2026), transport already (Jan 2026 – Mar 2027)
    expect(rate('JKK-JKM', null, JAN_2026, 'DD', 'OTHER')).toBe(16_800);
    expect(rate('JKK-JKM', null, JAN_2026, 'DD', 'TRANSPORT')).toBe(8_400);
    // APBD is excluded from PP 50/2025: full rate
    expect(rate('JKK-JKM', null, APR_2026, 'APBD', null)).toBe(16_800);
    // JHT is not discounted: 8,400 + 20,000 = 28,400
    expect(rate('JKK-JKM-JHT', null, '2026-04', 'DD')).toBe(28_400);
  });

  it.each([
    [() => rate('JKK'), /program must be one of JKK-JKM, JKK-JKM-JHT/],
    [() => rate('JKK-JKM', 500_000), /income_base must be at least 1000000/],
    [() => rate('JKK-JKM', 'satu juta'), /income_base must be a whole number, got "satu juta"/],
    [() => rate('JKK-JKM', 1_500_000.5), /income_base must be a whole number/],
    [() => rate('JKK-JKM', null, '2026-13'), /month has month 13; months run 01 to 12/],
    [() => rate('JKK-JKM', null, 'April 2026'), /month must be a month written YYYY-MM/],
    [() => rate('JKK-JKM', null, -5), /month must be a date/],
    [
      () => rate('JKK-JKM', null, null, 'PEMDA'),
      /funding must be one of APBD, APBN, DD, ADD, DBH-SAWIT, CSR, MANDIRI/,
    ],
    [() => rate('JKK-JKM', null, null, null, 'SEA'), /sector must be one of OTHER, TRANSPORT/],
  ])('%# bad argument → #VALUE! saying what to fix', (call, message) => {
    const error = excelErrorFrom(call);
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toMatch(message);
  });
});

describe('RENTAN.PREMIUM', () => {
  it('costs Kapuas: 39,073 workers over 12 months', () => {
    // A single number arrives as a 1×1 range: 39,073 × 16,800 × 12 = 7,877,116,800
    expect(premium([[39_073]], 12)).toEqual([[7_877_116_800]]);
  });

  it('costs Penajam Paser Utara 2025: 20,000 workers over 9 months', () => {
    // 20,000 × 16,800 × 9 = 3,024,000,000 (domain.md §2.1)
    expect(premium([[20_000]], 9, null, null, null, null, null)).toEqual([[3_024_000_000]]);
  });

  it('computes month by month across the start of a discount', () => {
    // DD, other sectors, Jan–Dec 2026: 3 × 16,800 + 9 × 8,400 = 50,400 + 75,600 = 126,000 per worker; × 10
    expect(premium([[10]], 12, null, null, '2026-01', 'DD')).toEqual([[1_260_000]]);
    expect(premium([[10]], 12, null, null, JAN_2026, 'DD', 'OTHER')).toEqual([[1_260_000]]);
    // Kapuas from Dana Desa (README): 39,073 × 126,000 = 4,923,198,000
    expect(premium([[39_073]], 12, null, null, '2026-01', 'DD')).toEqual([[4_923_198_000]]);
    // The same roster from APBD pays full price: 10 × 16,800 × 12 = 2,016,000
    expect(premium([[10]], 12, null, null, JAN_2026, 'APBD')).toEqual([[2_016_000]]);
  });

  it("spills Barito Utara's categories in the shape they were given", () => {
    // One row per category, 12 months at 16,800 = 201,600 per worker:
    // 888 × 201,600 = 179,020,800; 674 × 201,600 = 135,878,400; 284 × 201,600 = 57,254,400;
    // 3,842 × 201,600 = 774,547,200; 15,330 × 201,600 = 3,090,528,000
    const column = [[888], [674], [284], [3_842], [15_330]];
    const result = premium(column, 12);
    expect(result).toEqual([[179_020_800], [135_878_400], [57_254_400], [774_547_200], [3_090_528_000]]);
    // Total 21,018 workers × 201,600 = 4,237,228,800
    expect(result.flat().reduce<number>((sum, cell) => sum + (cell as number), 0)).toBe(4_237_228_800);
  });

  it('keeps blanks blank and zeros zero, whichever empty encoding the platform uses', () => {
    // 2 × 3 range: null, "" and "  " are empty (→ ""); 0 is a count of no workers (→ 0)
    expect(
      premium(
        [
          [100, null, ''],
          ['  ', 0, '50'],
        ],
        12,
      ),
    ).toEqual([
      // 100 × 201,600 = 20,160,000; "50" typed as text: 50 × 201,600 = 10,080,000
      [20_160_000, '', ''],
      ['', 0, 10_080_000],
    ]);
  });

  it('spills the shape it was given for any range: blanks blank, counts × 16,800 × months', () => {
    const cell = fc.oneof(fc.constant(null), fc.constant(''), fc.integer({ min: 0, max: 100_000 }));
    const range = fc
      .integer({ min: 1, max: 6 })
      .chain((cols) =>
        fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 6 }),
      );
    fc.assert(
      fc.property(range, fc.integer({ min: 0, max: 36 }), (workers, months) => {
        const out = premium(workers, months);
        // Standard package, no start month: every month costs 16,800 per worker.
        expect(out).toEqual(
          workers.map((row) => row.map((c) => (c === null || c === '' ? '' : c * 16_800 * months))),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('gives, cell by cell, exactly what shared/premium gives for that many workers', () => {
    // The adapter multiplies one worker's cost; this holds it to the month-by-month sum for any span.
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 48 }),
        fc.constantFrom(...PROGRAMS),
        fc.integer({ min: 1_000_000, max: 20_700_000 }),
        fc.record({ year: fc.integer({ min: 2019, max: 2028 }), month: fc.integer({ min: 1, max: 12 }) }),
        fc.constantFrom(...FUNDING_SOURCES),
        fc.constantFrom(...SECTORS),
        (workers, months, program, incomeBase, { year, month }, funding, sector) => {
          const startMonth = `${year}-${String(month).padStart(2, '0')}`;
          const expected = sharedPremium({
            workers,
            months,
            program,
            incomeBase,
            startMonth,
            funding,
            sector,
          });
          expect(premium([[workers]], months, program, incomeBase, startMonth, funding, sector)).toEqual([
            [expected],
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a cell whose total cannot be exact in Excel', () => {
    // 10^12 × 16,800 × 12 = 2.016 × 10^17 > 2^53 ≈ 9.007 × 10^15
    const [[cell]] = premium([[1e12]], 12) as [[StandInError]];
    expect(cell).toBeInstanceOf(StandInError);
    expect(cell.message).toMatch(/too large to compute exactly/);
  });

  it('puts an error in the cell at fault and still computes the rest', () => {
    const result = premium([[10], ['sepuluh'], [2.5], [-3]], 1);
    expect(result[0]).toEqual([168_000]); // 10 × 16,800 × 1
    for (const [row, message] of [
      [1, /row 2, column 1.*workers must be a whole number, got "sepuluh"/],
      [2, /row 3, column 1.*workers must be a whole number, got 2.5/],
      [3, /row 4, column 1.*workers must be at least 0, got -3/],
    ] as const) {
      const cell = result[row]![0];
      expect(cell).toBeInstanceOf(StandInError);
      expect((cell as StandInError).code).toBe('#VALUE!');
      expect((cell as StandInError).message).toMatch(message);
    }
  });

  it.each([
    [() => premium([[10]], null), /months must be a whole number, got nothing/],
    [() => premium([[10]], -1), /months must be at least 0, got -1/],
    [() => premium([[10]], 'dua belas'), /months must be a whole number, got "dua belas"/],
    [() => premium([[10]], 5000), /months must be at most 1200/],
    [() => premium([[10]], 12, 'JHT'), /program must be one of/],
    [() => premium([[10]], 12, null, 999), /income_base must be at least 1000000/],
    [() => premium([[10]], 12, null, null, '2026/01'), /start_month must be a month written YYYY-MM/],
    [() => premium([[10]], 12, null, null, null, 'BANK'), /funding must be one of/],
    [() => premium([[10]], 12, null, null, null, null, 'AIR'), /sector must be one of/],
    [() => premium([], 12), /workers must be a range of cells/],
  ])('%# bad argument → one #VALUE! for the whole formula', (call, message) => {
    const error = excelErrorFrom(call);
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toMatch(message);
  });
});

describe('RENTAN.WAGEPREMIUM', () => {
  // Rates of wage (domain.md §2.3): JKK very low 0.24%, JKM 0.30%, JHT 5.7%, JP 3% up to the ceiling.
  it('costs one line with the default programs (JKK, JKM) and risk class (very low)', () => {
    // 888 perangkat desa at Rp 3,000,000: 0.24% = 7,200 + 0.30% = 9,000 → 16,200/month;
    // 16,200 × 888 × 12 = 172,627,200
    expect(wagePremium([[888]], [[3_000_000]], 12)).toBe(172_627_200);
  });

  it('sums several lines, with programs as text or as a range and a risk class', () => {
    // Perangkat desa 888 at 3,000,000 and BPD 284 at 2,000,000, JKK+JKM+JHT+JP, very low, 1 month:
    // 3,000,000: 7,200 + 9,000 + 171,000 (5.7%) + 90,000 (3%) = 277,200 × 888 = 246,153,600
    // 2,000,000: 4,800 + 6,000 + 114,000 + 60,000 = 184,800 × 284 = 52,483,200
    // total 298,636,800
    const workers = [[888], [284]];
    const wages = [[3_000_000], [2_000_000]];
    expect(wagePremium(workers, wages, 1, [['JKK, JKM, JHT, JP']])).toBe(298_636_800);
    expect(wagePremium(workers, wages, 1, [['JKK', 'JKM', 'JHT', 'JP']], 'very low', null)).toBe(298_636_800);
  });

  it('skips lines left empty on both sides', () => {
    // 674 RT/RW at 1,000,000: 2,400 + 3,000 = 5,400 × 674 = 3,639,600 for one month
    expect(wagePremium([[674], [null], ['']], [[1_000_000], [''], [null]], 1)).toBe(3_639_600);
  });

  it('uses a higher JKK rate for a riskier class', () => {
    // 10 workers at 2,000,000, MEDIUM (0.89%) = 17,800 + JKM 6,000 = 23,800 × 10 = 238,000 for one month
    expect(wagePremium([[10]], [[2_000_000]], 1, undefined, 'MEDIUM')).toBe(238_000);
  });

  it.each([
    [
      () => wagePremium([[10], [20]], [[1_000_000]], 12),
      /wage must be a range of the same shape as workers \(2 × 1\)/,
    ],
    [
      () => wagePremium([[10], [20]], [[1_000_000], [null]], 12),
      /wage \(row 2, column 1\) is empty but its workers are given/,
    ],
    [() => wagePremium([[null]], [[1_000_000]], 12), /workers is empty but its wage is given/],
    [() => wagePremium([[null]], [[null]], 12), /both empty/],
    [() => wagePremium([[10]], [[0]], 12), /wage must be at least 1, got 0/],
    [() => wagePremium([[10]], [[1_000_000]], null), /months must be a whole number/],
    [
      () => wagePremium([[10]], [[1_000_000]], 12, [['JKK, JKP']]),
      /programs must be one of JKK, JKM, JHT, JP; got "JKP"/,
    ],
    [() => wagePremium([[10]], [[1_000_000]], 12, [['JKK', 'JKK']]), /programs lists JKK twice/],
    [
      () => wagePremium([[10]], [[1_000_000]], 12, undefined, 'EXTREME'),
      /risk_class must be one of VERY_LOW/,
    ],
    [
      () => wagePremium([[10]], [[1_000_000]], 12, undefined, null, 'next month'),
      /start_month must be a month/,
    ],
  ])('%# bad argument → #VALUE! saying what to fix', (call, message) => {
    const error = excelErrorFrom(call);
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toMatch(message);
  });
});

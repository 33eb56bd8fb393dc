import { describe, expect, it } from 'vitest';
import { InputError } from '../../shared/errors';
import {
  DEFAULT_RATE_SETTINGS,
  monthlyRate,
  premium,
  premiumBreakdown,
  wageMonthlyRate,
  wagePremium,
  wagePremiumBreakdown,
} from '../../shared/premium';

describe('monthlyRate: one BPU worker, one month', () => {
  it('standard packages: JKK 1% × 1,000,000 + JKM 6,800 = 16,800; + JHT 2% × 1,000,000 = 36,800', () => {
    expect(monthlyRate({})).toBe(16_800);
    expect(monthlyRate({ program: 'JKK-JKM' })).toBe(16_800);
    expect(monthlyRate({ program: 'JKK-JKM-JHT' })).toBe(36_800);
  });

  it('scales JKK and JHT with the income base, not JKM', () => {
    // B = 2,000,000: JKK 20,000 + JKM 6,800 = 26,800; with JHT 40,000 more = 66,800.
    expect(monthlyRate({ incomeBase: 2_000_000 })).toBe(26_800);
    expect(monthlyRate({ program: 'JKK-JKM-JHT', incomeBase: 2_000_000 })).toBe(66_800);
    // The reported maximum B = 20,700,000: JKK 207,000 + 6,800 = 213,800.
    expect(monthlyRate({ incomeBase: 20_700_000 })).toBe(213_800);
  });

  it('no month means the standard rate, with no temporary discount, whoever pays', () => {
    expect(monthlyRate({ funding: 'DD', sector: 'TRANSPORT' })).toBe(16_800);
  });

  it('PP 50/2025: a Dana-Desa transport worker in Jan 2026 pays half: 16,800 × 50% = 8,400', () => {
    expect(monthlyRate({ month: '2026-01', funding: 'DD', sector: 'TRANSPORT' })).toBe(8_400);
    // Other sectors only from April 2026.
    expect(monthlyRate({ month: '2026-01', funding: 'DD', sector: 'OTHER' })).toBe(16_800);
    expect(monthlyRate({ month: '2026-04', funding: 'DD' })).toBe(8_400);
  });

  it('PP 50/2025 does not discount JHT: DD, 2026-06 → 8,400 + 2% × 1,000,000 = 28,400', () => {
    expect(monthlyRate({ program: 'JKK-JKM-JHT', month: '2026-06', funding: 'DD' })).toBe(28_400);
  });

  it('PP 50/2025 excludes APBD and APBN', () => {
    expect(monthlyRate({ month: '2026-06', funding: 'APBD' })).toBe(16_800);
    expect(monthlyRate({ month: '2026-06', funding: 'APBN', sector: 'TRANSPORT' })).toBe(16_800);
  });

  it('the non-state funding discount is a setting', () => {
    const off = { discountForNonStateFunding: false };
    expect(monthlyRate({ month: '2026-06', funding: 'CSR' })).toBe(8_400);
    expect(monthlyRate({ month: '2026-06', funding: 'CSR' }, off)).toBe(16_800);
  });

  it('PP 49/2020: JKK and JKM −99% for everyone, APBD included', () => {
    // (10,000 + 6,800) × 1% = 168; JHT is not discounted: 168 + 20,000 = 20,168.
    expect(monthlyRate({ month: '2020-09' })).toBe(168);
    expect(monthlyRate({ program: 'JKK-JKM-JHT', month: '2020-09' })).toBe(20_168);
    expect(monthlyRate({ month: '2021-02' })).toBe(16_800);
  });

  it('rounds once per worker per month, half up', () => {
    // B = 1,000,050: JKK = 10,000.50, + 6,800 = 16,800.50 → 16,801 (half up).
    expect(monthlyRate({ incomeBase: 1_000_050 })).toBe(16_801);
    // B = 1,000,049: 16,800.49 → 16,800.
    expect(monthlyRate({ incomeBase: 1_000_049 })).toBe(16_800);
    // B = 1,000,150 with the 50% discount: (10,001.50 + 6,800) / 2 = 8,400.75 → 8,401.
    expect(monthlyRate({ incomeBase: 1_000_150, month: '2026-06', funding: 'DD' })).toBe(8_401);
    // B = 1,000,050 with the discount: (10,000.50 + 6,800) / 2 = 8,400.25 → 8,400.
    expect(monthlyRate({ incomeBase: 1_000_050, month: '2026-06', funding: 'DD' })).toBe(8_400);
    // JHT package at B = 1,000,025: 10,000.25 + 6,800 + 20,000.50 = 36,800.75 → 36,801.
    expect(monthlyRate({ program: 'JKK-JKM-JHT', incomeBase: 1_000_025 })).toBe(36_801);
  });

  it('accepts codes in any case, as people type them in Excel', () => {
    expect(
      monthlyRate({
        program: 'jkk-jkm' as 'JKK-JKM',
        month: '2026-01',
        funding: 'dd' as 'DD',
        sector: 'transport' as 'TRANSPORT',
      }),
    ).toBe(8_400);
  });
});

describe('premium: N workers over a span of months', () => {
  it('Penajam Paser Utara 2025: 20,000 × 16,800 × 9 = 3,024,000,000', () => {
    expect(premium({ workers: 20_000, months: 9 })).toBe(3_024_000_000);
  });

  it('a DD-funded non-transport worker, Jan–Dec 2026: 3 × 16,800 + 9 × 8,400 = 126,000', () => {
    expect(premium({ workers: 1, months: 12, startMonth: '2026-01', funding: 'DD' })).toBe(126_000);
    expect(premiumBreakdown({ workers: 1, months: 12, startMonth: '2026-01', funding: 'DD' })).toEqual([
      { from: '2026-01', to: '2026-03', months: 3, rate: 16_800, amount: 50_400 },
      { from: '2026-04', to: '2026-12', months: 9, rate: 8_400, amount: 75_600 },
    ]);
  });

  it('the same span paid from APBD: 12 × 16,800 = 201,600 per worker', () => {
    expect(premium({ workers: 1, months: 12, startMonth: '2026-01', funding: 'APBD' })).toBe(201_600);
    expect(premium({ workers: 1, months: 12, startMonth: '2026-01' })).toBe(201_600);
  });

  it('a transport roster crossing the end of its window: Jan 2027 – Jun 2027 from DD', () => {
    // Jan–Mar 2027 at 8,400, Apr–Jun at 16,800: 100 × (3 × 8,400 + 3 × 16,800) = 100 × 75,600 = 7,560,000.
    const cost = {
      workers: 100,
      months: 6,
      startMonth: '2027-01',
      funding: 'DD' as const,
      sector: 'TRANSPORT' as const,
    };
    expect(premium(cost)).toBe(7_560_000);
    expect(premiumBreakdown(cost).map((r) => [r.from, r.to, r.rate])).toEqual([
      ['2027-01', '2027-03', 8_400],
      ['2027-04', '2027-06', 16_800],
    ]);
  });

  it('PP 49/2020 across a year: Jul 2020 – Jun 2021, APBD', () => {
    // Jul 2020 at 16,800; Aug 2020 – Jan 2021 (6 months) at 168; Feb – Jun 2021 (5) at 16,800.
    // 16,800 + 6 × 168 + 5 × 16,800 = 16,800 + 1,008 + 84,000 = 101,808 per worker; × 10 = 1,018,080.
    expect(premium({ workers: 10, months: 12, startMonth: '2020-07' })).toBe(1_018_080);
    expect(premiumBreakdown({ workers: 10, months: 12, startMonth: '2020-07' })).toHaveLength(3);
  });

  it('Barito Utara (APBD since 2022): 21,018 workers × 16,800 × 12 = 4,237,228,800', () => {
    // Reported APBD spend is Rp 4,972,965,376, i.e. 735,736,576 (about 17%) more than a year of
    // the standard package for every one of the 21,018. The list includes 3,842 non-ASN and
    // village officials who may be wage-earner (PU) lines at wage-based rates, so the standard
    // package alone is not expected to match; we do not force it.
    expect(premium({ workers: 21_018, months: 12 })).toBe(4_237_228_800);
  });

  it('no start month: one run with no dates; zero months: nothing to pay', () => {
    expect(premiumBreakdown({ workers: 3, months: 4, program: 'JKK-JKM-JHT' })).toEqual([
      { from: null, to: null, months: 4, rate: 36_800, amount: 441_600 },
    ]);
    expect(premiumBreakdown({ workers: 3, months: 0 })).toEqual([]);
    expect(premium({ workers: 0, months: 12, startMonth: '2026-01' })).toBe(0);
  });

  it('runs across a year boundary are written as real months', () => {
    const runs = premiumBreakdown({ workers: 1, months: 3, startMonth: '2025-11' });
    expect(runs).toEqual([{ from: '2025-11', to: '2026-01', months: 3, rate: 16_800, amount: 50_400 }]);
  });
});

describe('wagePremium: wage-earner (PU) lines', () => {
  it('JP above the ceiling pays 3% of the ceiling only (March 2025 ceiling 10,547,400)', () => {
    // Wage 12,000,000, very low risk, all programs, Mar 2025:
    // JKK 0.24% = 28,800; JKM 0.30% = 36,000; JHT 5.7% = 684,000; JP 3% × 10,547,400 = 316,422.
    // 28,800 + 36,000 + 684,000 + 316,422 = 1,065,222.
    const programs = ['JKK', 'JKM', 'JHT', 'JP'] as const;
    expect(
      wagePremium({
        workers: 1,
        wage: 12_000_000,
        months: 1,
        programs: [...programs],
        startMonth: '2025-03',
      }),
    ).toBe(1_065_222);
    // Below the ceiling JP is 3% of the wage: 5,000,000 → 12,000 + 15,000 + 285,000 + 150,000 = 462,000.
    expect(wageMonthlyRate({ wage: 5_000_000, programs: [...programs], month: '2025-03' })).toBe(462_000);
  });

  it('uses each month’s JP ceiling: Jan–Mar 2026 crosses the March reset', () => {
    // Jan, Feb 2026: 1,065,222 each (ceiling 10,547,400). Mar 2026: JP 3% × 11,086,300 = 332,589,
    // so 28,800 + 36,000 + 684,000 + 332,589 = 1,081,389. Per worker 2 × 1,065,222 + 1,081,389 = 3,211,833.
    const cost = {
      workers: 10,
      wage: 12_000_000,
      months: 3,
      programs: ['JKK', 'JKM', 'JHT', 'JP'] as ('JKK' | 'JKM' | 'JHT' | 'JP')[],
      startMonth: '2026-01',
    };
    expect(wagePremium(cost)).toBe(32_118_330);
    expect(wagePremiumBreakdown(cost).map((r) => [r.from, r.to, r.rate])).toEqual([
      ['2026-01', '2026-02', 1_065_222],
      ['2026-03', '2026-03', 1_081_389],
    ]);
    // Without a start month the latest ceiling applies to every month: 10 × 3 × 1,081,389.
    expect(wagePremium({ ...cost, startMonth: undefined })).toBe(32_441_670);
  });

  it('defaults to JKK + JKM at very low risk: 888 perangkat desa on Rp 3,000,000 for a year', () => {
    // 0.24% × 3,000,000 = 7,200; 0.30% = 9,000; 16,200 a month; 888 × 16,200 × 12 = 172,627,200.
    expect(wagePremium({ workers: 888, wage: 3_000_000, months: 12 })).toBe(172_627_200);
  });

  it('JKK follows the risk class', () => {
    // Very high: 1.74% × 3,000,000 = 52,200 + JKM 9,000 = 61,200.
    expect(wageMonthlyRate({ wage: 3_000_000, riskClass: 'VERY_HIGH' })).toBe(61_200);
    expect(wageMonthlyRate({ wage: 3_000_000, riskClass: 'very high' as 'VERY_HIGH' })).toBe(61_200);
    // Medium: 0.89% × 3,000,000 = 26,700 + 9,000 = 35,700.
    expect(wageMonthlyRate({ wage: 3_000_000, riskClass: 'MEDIUM' })).toBe(35_700);
  });

  it('PP 49/2020 reduces PU JKK and JKM too: (7,200 + 9,000) × 1% = 162', () => {
    expect(wageMonthlyRate({ wage: 3_000_000, month: '2020-10' })).toBe(162);
    // JHT is not reduced: 162 + 5.7% × 3,000,000 = 162 + 171,000 = 171,162.
    expect(wageMonthlyRate({ wage: 3_000_000, programs: ['JKK', 'JKM', 'JHT'], month: '2020-10' })).toBe(
      171_162,
    );
  });

  it('PP 50/2025 is for BPU only: a 2026 wage line pays in full', () => {
    expect(wageMonthlyRate({ wage: 3_000_000, month: '2026-06' })).toBe(16_200);
  });

  it('rounds once per worker per month, half up', () => {
    // 2,502,500 × 0.54% = 13,513.5 → 13,514.
    expect(wageMonthlyRate({ wage: 2_502_500 })).toBe(13_514);
    // 1,234,567 × 0.54% = 6,666.6618 → 6,667.
    expect(wageMonthlyRate({ wage: 1_234_567 })).toBe(6_667);
    // 1,000,001 × 0.54% = 5,400.0054 → 5,400.
    expect(wageMonthlyRate({ wage: 1_000_001 })).toBe(5_400);
  });
});

describe('impossible input is refused with what to fix', () => {
  const refuses = (fn: () => unknown, field: string, message: RegExp) => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).field).toBe(field);
      expect((error as InputError).message).toMatch(message);
      return;
    }
    throw new Error('expected an InputError');
  };

  it('workers and months must be whole and not negative', () => {
    refuses(() => premium({ workers: -1, months: 12 }), 'workers', /at least 0/);
    refuses(() => premium({ workers: 1.5, months: 12 }), 'workers', /whole number/);
    refuses(() => premium({ workers: 10, months: 2.5 }), 'months', /whole number/);
    refuses(() => premium({ workers: 10, months: -3 }), 'months', /at least 0/);
    refuses(() => premium({ workers: 10, months: 5000 }), 'months', /at most 1200/);
    refuses(() => premium({ workers: Number.NaN, months: 1 }), 'workers', /must be a number/);
  });

  it('the income base must lie between the minimum and the maxIncomeBase setting', () => {
    refuses(() => monthlyRate({ incomeBase: 999_999 }), 'income_base', /at least 1000000/);
    refuses(() => monthlyRate({ incomeBase: 20_700_001 }), 'income_base', /at most 20700000/);
    refuses(
      () => monthlyRate({ incomeBase: 3_000_000 }, { maxIncomeBase: 2_000_000 }),
      'income_base',
      /maxIncomeBase/,
    );
    refuses(() => monthlyRate({ incomeBase: 1_000_000.5 }), 'income_base', /whole number/);
  });

  it('codes must be known, and the message lists the choices', () => {
    refuses(() => monthlyRate({ program: 'JKP' as 'JKK-JKM' }), 'program', /JKK-JKM, JKK-JKM-JHT/);
    refuses(() => monthlyRate({ funding: 'APBDES' as 'APBD' }), 'funding', /APBD, APBN, DD/);
    refuses(
      () => premium({ workers: 1, months: 1, sector: 'FARMING' as 'OTHER' }),
      'sector',
      /OTHER, TRANSPORT/,
    );
    refuses(
      () => wagePremium({ workers: 1, wage: 1e6, months: 1, riskClass: 'LOWEST' as 'LOW' }),
      'risk_class',
      /VERY_LOW/,
    );
    refuses(
      () => wagePremium({ workers: 1, wage: 1e6, months: 1, programs: ['JKP' as 'JKK'] }),
      'programs',
      /JKK, JKM, JHT, JP/,
    );
    refuses(
      () => wagePremium({ workers: 1, wage: 1e6, months: 1, programs: [] }),
      'programs',
      /at least one/,
    );
    refuses(
      () => wagePremium({ workers: 1, wage: 1e6, months: 1, programs: ['JKK', 'jkk' as 'JKK'] }),
      'programs',
      /twice/,
    );
  });

  it('months must be real YYYY-MM months inside the tables', () => {
    refuses(() => monthlyRate({ month: '2026-13' }), 'month', /01 to 12/);
    refuses(() => premium({ workers: 1, months: 1, startMonth: '01/2026' }), 'start_month', /YYYY-MM/);
    refuses(() => premium({ workers: 1, months: 1, startMonth: '2010-01' }), 'start_month', /2015-07/);
    refuses(
      () => wagePremium({ workers: 1, wage: 5e6, months: 1, programs: ['JP'], startMonth: '2022-06' }),
      'start_month',
      /JP wage ceiling/,
    );
  });

  it('the wage must be a whole number of rupiah above zero', () => {
    refuses(() => wagePremium({ workers: 1, wage: 0, months: 1 }), 'wage', /above 0/);
    refuses(() => wagePremium({ workers: 1, wage: -5, months: 1 }), 'wage', /above 0/);
    refuses(() => wageMonthlyRate({ wage: 2_000_000.5 }), 'wage', /whole number/);
  });

  it('a total too large to be exact is refused rather than rounded', () => {
    refuses(() => premium({ workers: 1e12, months: 1200, incomeBase: 20_700_000 }), 'workers', /too large/);
  });

  it('settings are checked too', () => {
    refuses(() => premium({ workers: 1, months: 1 }, { maxIncomeBase: 10 }), 'maxIncomeBase', /at least/);
    expect(DEFAULT_RATE_SETTINGS.maxIncomeBase).toBe(20_700_000);
  });
});

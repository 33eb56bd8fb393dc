import { describe, expect, it } from 'vitest';
import { FUNDING_SOURCES, PROGRAMS, RISK_CLASSES } from '../../shared/codes';
import { InputError } from '../../shared/errors';
import {
  BPU_PACKAGES,
  BPU_RATES,
  DEFAULT_RATE_SETTINGS,
  DISCOUNTS,
  INCOME_BASES,
  JP_CEILINGS,
  WAGE_RATES,
  bpuRatesFor,
  discountBpFor,
  jpCeilingFor,
  normaliseMonth,
  rateTables,
  resolveRateSettings,
  wageRatesFor,
} from '../../shared/rates';

const settings = DEFAULT_RATE_SETTINGS;

describe('rate tables as data', () => {
  it('hold the BPU figures of domain.md §2.1 (JKK 1%, JKM Rp 6,800, JHT 2%, minimum B Rp 1,000,000)', () => {
    const current = bpuRatesFor();
    expect(current.jkkBp).toBe(100);
    expect(current.jkmFlat).toBe(6_800);
    expect(current.jhtBp).toBe(200);
    expect(INCOME_BASES.minimum).toBe(1_000_000);
    expect(INCOME_BASES.reportedMaximum).toBe(20_700_000);
    expect(INCOME_BASES.assumption).toBe(true);
  });

  it('hold the PU figures of domain.md §2.3', () => {
    const current = wageRatesFor();
    expect(RISK_CLASSES.map((r) => current.jkkBp[r])).toEqual([24, 54, 89, 127, 174]);
    expect([current.jkmBp, current.jhtBp, current.jpBp]).toEqual([30, 570, 300]);
    expect(JP_CEILINGS.map((c) => [c.from, c.ceiling, c.assumption])).toEqual([
      ['2023-03', 9_559_600, false],
      ['2024-03', 10_042_300, false],
      ['2025-03', 10_547_400, false],
      ['2026-03', 11_086_300, true],
    ]);
  });

  it('cite a regulation for every entry', () => {
    const entries = [...BPU_RATES, ...WAGE_RATES, ...JP_CEILINGS, ...DISCOUNTS, INCOME_BASES];
    for (const entry of entries) {
      expect(entry.source).toMatch(/\b(PP|Permenaker)\s+\d+\/\d{4}/);
      expect(typeof entry.assumption).toBe('boolean');
    }
  });

  it('have ordered periods that never overlap', () => {
    for (const table of [BPU_RATES, WAGE_RATES]) {
      table.forEach((p, i) => {
        if (p.to !== null) expect(p.from <= p.to).toBe(true);
        const next = table[i + 1];
        if (next) expect(p.to !== null && p.to < next.from).toBe(true);
        else expect(p.to).toBeNull();
      });
    }
    const froms = JP_CEILINGS.map((c) => c.from);
    expect([...froms].sort()).toEqual(froms);
    for (const d of DISCOUNTS) expect(d.from <= d.to).toBe(true);
  });

  it('list every package with JKK and JKM, and JHT only in the JHT package', () => {
    expect(Object.keys(BPU_PACKAGES).sort()).toEqual([...PROGRAMS].sort());
    expect(BPU_PACKAGES['JKK-JKM']).toEqual(['JKK', 'JKM']);
    expect(BPU_PACKAGES['JKK-JKM-JHT']).toEqual(['JKK', 'JKM', 'JHT']);
  });

  it('describe themselves as plain JSON with citations (what the API serves)', () => {
    const tables = rateTables();
    const json = JSON.parse(JSON.stringify(tables));
    expect(json).toEqual(tables);
    expect(json.discounts.map((d: { id: string }) => d.id)).toEqual([
      'PP-49-2020',
      'PP-50-2025-TRANSPORT',
      'PP-50-2025-OTHER',
    ]);
    expect(json.wage.jpCeilings).toHaveLength(4);
    expect(json.defaultSettings).toEqual({ discountForNonStateFunding: true, maxIncomeBase: 20_700_000 });
    expect(json.rounding).toMatch(/half up/);
  });

  it('hands out a copy, so a caller cannot change the tables', () => {
    const tables = rateTables() as unknown as { bpu: { rates: { jkmFlat: number }[] } };
    tables.bpu.rates[0]!.jkmFlat = 1;
    expect(rateTables().bpu.rates[0]!.jkmFlat).toBe(6_800);
    expect(bpuRatesFor().jkmFlat).toBe(6_800);
  });
});

describe('looking up a month', () => {
  it('finds the JP ceiling in force: each one starts in March', () => {
    expect(jpCeilingFor('2023-03')).toBe(9_559_600);
    expect(jpCeilingFor('2024-02')).toBe(9_559_600);
    expect(jpCeilingFor('2024-03')).toBe(10_042_300);
    expect(jpCeilingFor('2025-12')).toBe(10_547_400);
    expect(jpCeilingFor('2026-03')).toBe(11_086_300);
    expect(jpCeilingFor()).toBe(11_086_300);
  });

  it('refuses a month before the tables start, saying where they start', () => {
    expect(() => jpCeilingFor('2023-02')).toThrow(/table starts at 2023-03/);
    expect(() => bpuRatesFor('2015-06')).toThrow(/start at 2015-07/);
    expect(() => wageRatesFor('1999-01', 'start_month')).toThrow(InputError);
  });

  it('refuses months that are not YYYY-MM', () => {
    expect(() => normaliseMonth('month', '2026-13')).toThrow(/months run 01 to 12/);
    expect(() => normaliseMonth('month', 'Jan 2026')).toThrow(/YYYY-MM/);
    expect(() => normaliseMonth('month', 202601 as unknown as string)).toThrow(InputError);
    expect(normaliseMonth('month', ' 2026-01 ')).toBe('2026-01');
  });
});

describe('discount windows (domain.md §2.2)', () => {
  const bpu = (month: string, sector: 'OTHER' | 'TRANSPORT', funding: (typeof FUNDING_SOURCES)[number]) =>
    discountBpFor('JKK', { participant: 'BPU', month, sector, funding, settings });

  it('PP 49/2020: −99% on JKK and JKM for everyone, Aug 2020 to Jan 2021', () => {
    expect(bpu('2020-07', 'OTHER', 'APBD')).toBe(0);
    expect(bpu('2020-08', 'OTHER', 'APBD')).toBe(9_900);
    expect(bpu('2021-01', 'TRANSPORT', 'APBN')).toBe(9_900);
    expect(bpu('2021-02', 'OTHER', 'DD')).toBe(0);
    const pu = { participant: 'PU' as const, month: '2020-12', settings };
    expect(discountBpFor('JKM', pu)).toBe(9_900);
  });

  it('PP 50/2025: transport Jan 2026 – Mar 2027, other sectors Apr – Dec 2026', () => {
    expect(bpu('2025-12', 'TRANSPORT', 'DD')).toBe(0);
    expect(bpu('2026-01', 'TRANSPORT', 'DD')).toBe(5_000);
    expect(bpu('2027-03', 'TRANSPORT', 'DD')).toBe(5_000);
    expect(bpu('2027-04', 'TRANSPORT', 'DD')).toBe(0);
    expect(bpu('2026-03', 'OTHER', 'DD')).toBe(0);
    expect(bpu('2026-04', 'OTHER', 'DD')).toBe(5_000);
    expect(bpu('2026-12', 'OTHER', 'DD')).toBe(5_000);
    expect(bpu('2027-01', 'OTHER', 'DD')).toBe(0);
  });

  it('PP 50/2025 excludes APBN and APBD; the other sources follow the setting', () => {
    for (const funding of FUNDING_SOURCES) {
      const expected = funding === 'APBD' || funding === 'APBN' ? 0 : 5_000;
      expect(bpu('2026-06', 'OTHER', funding)).toBe(expected);
      const off = { ...settings, discountForNonStateFunding: false };
      expect(
        discountBpFor('JKK', {
          participant: 'BPU',
          month: '2026-06',
          sector: 'OTHER',
          funding,
          settings: off,
        }),
      ).toBe(0);
    }
  });

  it('PP 50/2025 is for BPU only: a wage-earner line in 2026 pays in full', () => {
    expect(discountBpFor('JKK', { participant: 'PU', month: '2026-06', settings })).toBe(0);
  });
});

describe('rate settings', () => {
  it('default to the assumptions of domain.md', () => {
    expect(resolveRateSettings()).toEqual({ discountForNonStateFunding: true, maxIncomeBase: 20_700_000 });
    expect(resolveRateSettings({ maxIncomeBase: 5_000_000 }).maxIncomeBase).toBe(5_000_000);
  });

  it('refuse settings that cannot be meant', () => {
    expect(() => resolveRateSettings({ maxIncomeBase: 999_999 })).toThrow(/at least 1000000/);
    expect(() => resolveRateSettings({ maxIncomeBase: 1.5e6 + 0.5 })).toThrow(InputError);
    expect(() => resolveRateSettings({ discountForNonStateFunding: 'yes' as unknown as boolean })).toThrow(
      /true or false/,
    );
  });
});

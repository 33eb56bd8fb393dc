/**
 * Wage-earner (PU, penerima upah) contribution rates: perangkat desa, BPD, RT/RW and non-ASN when
 * registered as wage earners (domain.md §2.3). Percentages in basis points of the monthly wage.
 * The figures are the employer and worker shares together, because a regency budgeting for these
 * lines pays (or withholds) both.
 */
import type { RiskClass } from '../codes';
import type { YearMonth } from '../calendar';
import type { Citation } from './citation';

export interface WageRates extends Citation {
  readonly from: YearMonth;
  readonly to: YearMonth | null;
  /** JKK by risk class, basis points of the wage. */
  readonly jkkBp: Readonly<Record<RiskClass, number>>;
  /** JKM, basis points of the wage. */
  readonly jkmBp: number;
  /** JHT, basis points of the wage (3.7% employer + 2% worker). */
  readonly jhtBp: number;
  /** JP, basis points of the wage up to that month's JP ceiling (2% employer + 1% worker). */
  readonly jpBp: number;
}

export const WAGE_RATES: readonly WageRates[] = [
  {
    from: '2015-07',
    to: null,
    jkkBp: { VERY_LOW: 24, LOW: 54, MEDIUM: 89, HIGH: 127, VERY_HIGH: 174 },
    jkmBp: 30,
    jhtBp: 570,
    jpBp: 300,
    source: 'PP 44/2015 (JKK, JKM), PP 46/2015 (JHT), PP 45/2015 (JP)',
    assumption: false,
    note: 'JKP costs the employer nothing extra (funded by government and a share of JKK), so it has no rate here.',
  },
];

/** The wage ceiling for JP, reset every March. The JP share applies to min(wage, ceiling). */
export interface JpCeiling extends Citation {
  /** First contribution month the ceiling applies to; it holds until the next entry. */
  readonly from: YearMonth;
  /** Rupiah per month. */
  readonly ceiling: number;
}

export const JP_CEILINGS: readonly JpCeiling[] = [
  {
    from: '2023-03',
    ceiling: 9_559_600,
    source: 'PP 45/2015 (ceiling adjusted yearly); BPJS Ketenagakerjaan ceiling for March 2023',
    assumption: false,
  },
  {
    from: '2024-03',
    ceiling: 10_042_300,
    source: 'PP 45/2015 (ceiling adjusted yearly); BPJS Ketenagakerjaan ceiling for March 2024',
    assumption: false,
  },
  {
    from: '2025-03',
    ceiling: 10_547_400,
    source: 'PP 45/2015 (ceiling adjusted yearly); BPJS Ketenagakerjaan ceiling for March 2025',
    assumption: false,
  },
  {
    from: '2026-03',
    ceiling: 11_086_300,
    source: 'PP 45/2015 (ceiling adjusted yearly); figure for March 2026 not yet confirmed',
    assumption: true,
    note: 'Replace with the announced ceiling once published.',
  },
];

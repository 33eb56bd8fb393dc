/**
 * Non-wage (BPU, bukan penerima upah) contribution rates: the pekerja rentan case (domain.md §2.1).
 *
 * Percentages are kept in basis points (1 bp = 0.01%) so every calculation stays in whole numbers
 * until the single, stated rounding step in `shared/premium/`.
 */
import type { Program } from '../codes';
import type { YearMonth } from '../calendar';
import type { Citation } from './citation';

/** The programs a BPU package is made of. */
export type BpuComponent = 'JKK' | 'JKM' | 'JHT';

/** One period of BPU rates. `to` is null while the period is still in force. */
export interface BpuRates extends Citation {
  readonly from: YearMonth;
  readonly to: YearMonth | null;
  /** JKK (work accident): share of the declared income base B, in basis points. */
  readonly jkkBp: number;
  /** JKM (death): flat rupiah per worker per month, whatever B is. */
  readonly jkmFlat: number;
  /** JHT (old-age savings, optional): share of B, in basis points. */
  readonly jhtBp: number;
}

export const BPU_RATES: readonly BpuRates[] = [
  {
    from: '2015-07',
    to: null,
    jkkBp: 100,
    jkmFlat: 6_800,
    jhtBp: 200,
    source:
      'PP 44/2015 (JKK, JKM) as amended by PP 82/2019 and PP 49/2023; PP 46/2015 (JHT); Permenaker 5/2021',
    assumption: false,
    note: 'Start month is when PP 44/2015 and PP 46/2015 took effect (July 2015); earlier months are not covered by these tables.',
  },
];

/** Which programs each package users can buy contains (codes from shared/codes.ts). */
export const BPU_PACKAGES: Readonly<Record<Program, readonly BpuComponent[]>> = {
  'JKK-JKM': ['JKK', 'JKM'],
  'JKK-JKM-JHT': ['JKK', 'JKM', 'JHT'],
};

/**
 * Nominal income bases (Lampiran II PP 44/2015). Only the lowest step is confirmed; the steps in
 * between are not, so any B at or above the minimum is accepted and this table stays data that a
 * later confirmed list can replace. The upper bound is a setting (`maxIncomeBase`), not this table.
 */
export interface IncomeBaseTable extends Citation {
  /** The lowest income base; a worker cannot declare less. */
  readonly minimum: number;
  /** The nominal steps known so far, lowest first. */
  readonly knownSteps: readonly number[];
  /** The highest base reported (JKK Rp 207,000 = 1% of it); the accepted maximum is the `maxIncomeBase` setting. */
  readonly reportedMaximum: number;
}

export const INCOME_BASES: IncomeBaseTable = {
  minimum: 1_000_000,
  knownSteps: [1_000_000],
  reportedMaximum: 20_700_000,
  source: 'PP 44/2015 Lampiran II (nominal income bases for BPU)',
  assumption: true,
  note: 'Minimum Rp 1,000,000 is confirmed; intermediate steps are not, so any B ≥ 1,000,000 is accepted. The maximum Rp 20,700,000 is reported (JKK Rp 207,000), not confirmed.',
};

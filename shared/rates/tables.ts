/**
 * A JSON description of every rate table with its citations, served by the API (`GET /rates`)
 * so clients show exactly the figures the calculations use.
 */
import {
  BPU_PACKAGES,
  BPU_RATES,
  INCOME_BASES,
  type BpuComponent,
  type BpuRates,
  type IncomeBaseTable,
} from './bpu';
import { DISCOUNTS, type Discount } from './discounts';
import { DEFAULT_RATE_SETTINGS, type RateSettings } from './settings';
import { JP_CEILINGS, WAGE_RATES, type JpCeiling, type WageRates } from './wage';

export interface RateTables {
  /** How to read the figures: every `…Bp` is basis points (100 bp = 1%), every amount is rupiah. */
  readonly units: string;
  readonly bpu: {
    readonly rates: readonly BpuRates[];
    readonly packages: Readonly<Record<string, readonly BpuComponent[]>>;
    readonly incomeBases: IncomeBaseTable;
  };
  readonly wage: { readonly rates: readonly WageRates[]; readonly jpCeilings: readonly JpCeiling[] };
  readonly discounts: readonly Discount[];
  /** The assumptions that are settings, with their defaults. */
  readonly defaultSettings: RateSettings;
  /** How amounts are rounded. */
  readonly rounding: string;
}

export const ROUNDING_RULE =
  'Each worker’s contribution for one month is computed exactly, then rounded once to whole rupiah, half up (x.5 → x+1). Totals are sums of those whole-rupiah monthly figures.';

/** A fresh, plain copy: callers may serialise or change it without touching the tables. */
export function rateTables(): RateTables {
  const tables: RateTables = {
    units: 'Rates ending in Bp are basis points (100 bp = 1%); amounts and ceilings are rupiah per month.',
    bpu: { rates: [...BPU_RATES], packages: { ...BPU_PACKAGES }, incomeBases: INCOME_BASES },
    wage: { rates: [...WAGE_RATES], jpCeilings: [...JP_CEILINGS] },
    discounts: [...DISCOUNTS],
    defaultSettings: { ...DEFAULT_RATE_SETTINGS },
    rounding: ROUNDING_RULE,
  };
  return structuredClone(tables);
}

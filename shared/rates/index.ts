export { BPU_PACKAGES, BPU_RATES, INCOME_BASES } from './bpu';
export type { BpuComponent, BpuRates, IncomeBaseTable } from './bpu';
export type { Citation } from './citation';
export { DISCOUNTS } from './discounts';
export type { Discount, ParticipantKind } from './discounts';
export {
  bpuRatesFor,
  discountApplies,
  discountBpFor,
  jpCeilingFor,
  normaliseMonth,
  wageRatesFor,
} from './lookup';
export type { DiscountContext } from './lookup';
export { DEFAULT_RATE_SETTINGS, resolveRateSettings } from './settings';
export type { RateSettings } from './settings';
export { ROUNDING_RULE, rateTables } from './tables';
export type { RateTables } from './tables';
export { JP_CEILINGS, WAGE_RATES } from './wage';
export type { JpCeiling, WageRates } from './wage';

/**
 * Total cost of a BPU roster line over a span of months. The budget formula everyone uses is
 * headcount × monthly rate × months (domain.md §2.1); discounts start and end mid-year, so the
 * rate is looked up month by month and months with the same rate are grouped for display.
 */
import { resolveRateSettings, type RateSettings } from '../rates';
import { rateInMonth } from './monthly-rate';
import { checkQuote, requireObject, type BpuQuote } from './quote';
import { checkSpan, runsOf, sumAmounts, type PremiumRun } from './span';

export interface BpuCost extends Omit<BpuQuote, 'month'> {
  workers: number;
  months: number;
  startMonth?: BpuQuote['month'];
}

/** The same cost as runs of consecutive months with one rate: { from, to, months, rate, amount } (from/to null when no startMonth). */
export function premiumBreakdown(cost: BpuCost, settings?: Partial<RateSettings>): PremiumRun[] {
  const resolved = resolveRateSettings(settings);
  requireObject('cost', cost);
  const quote = checkQuote({ ...cost, month: undefined }, resolved);
  const span = checkSpan(cost);
  return runsOf(span, (month) => rateInMonth(quote, month, resolved, 'start_month'));
}

/** Total cost workers × Σ over each month of that month's rate. No startMonth → standard rate × months × workers. */
export function premium(cost: BpuCost, settings?: Partial<RateSettings>): number {
  return sumAmounts(premiumBreakdown(cost, settings));
}

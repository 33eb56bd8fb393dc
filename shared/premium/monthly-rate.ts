/**
 * The monthly contribution of one BPU worker (domain.md §2.1, §2.2).
 */
import type { YearMonth } from '../calendar';
import { BPU_PACKAGES, bpuRatesFor, discountBpFor, resolveRateSettings, type RateSettings } from '../rates';
import { checkQuote, type BpuQuote, type CheckedQuote } from './quote';
import { flat, percentOf, roundHalfUp } from './rounding';

/**
 * One worker's contribution in `month` (undefined: today's standard rate, no temporary discount),
 * whole rupiah. Inputs must already be checked.
 */
export function rateInMonth(
  quote: CheckedQuote,
  month: YearMonth | undefined,
  settings: RateSettings,
  field = 'month',
): number {
  const rates = bpuRatesFor(month, field);
  const ctx =
    month === undefined
      ? undefined
      : {
          participant: 'BPU' as const,
          month,
          sector: quote.sector,
          funding: quote.funding,
          settings,
        };
  let exact = 0n;
  for (const component of BPU_PACKAGES[quote.program]) {
    if (component === 'JKK')
      exact += percentOf(quote.incomeBase, rates.jkkBp, ctx ? discountBpFor('JKK', ctx) : 0);
    if (component === 'JKM') exact += flat(rates.jkmFlat, ctx ? discountBpFor('JKM', ctx) : 0);
    // JHT is savings, not insurance: no instrument discounts it.
    if (component === 'JHT') exact += percentOf(quote.incomeBase, rates.jhtBp);
  }
  return roundHalfUp(exact);
}

/** Monthly contribution of one worker, whole rupiah. No month → the standard rate, no temporary discount. */
export function monthlyRate(quote: BpuQuote, settings?: Partial<RateSettings>): number {
  const resolved = resolveRateSettings(settings);
  const checked = checkQuote(quote, resolved);
  return rateInMonth(checked, checked.month, resolved);
}

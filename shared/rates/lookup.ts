/**
 * Finding the entry of each effective-dated table that governs a contribution month.
 * Months are compared as `YYYY-MM` text after normalising, which orders them like dates.
 */
import { formatYearMonth, parseYearMonth, type YearMonth } from '../calendar';
import { SECTORS, type FundingSource, type Sector } from '../codes';
import { InputError } from '../errors';
import { BPU_RATES, type BpuRates } from './bpu';
import { DISCOUNTS, type Discount, type ParticipantKind } from './discounts';
import type { RateSettings } from './settings';
import { JP_CEILINGS, WAGE_RATES, type WageRates } from './wage';

/** Validates a contribution month and writes it in its canonical form (`2026-1` is rejected, ` 2026-01 ` accepted). */
export function normaliseMonth(field: string, month: YearMonth): YearMonth {
  if (typeof month !== 'string') {
    throw new InputError(field, `${field} must be a month written YYYY-MM (e.g. 2026-01).`);
  }
  const { year, month: m } = parseYearMonth(field, month);
  return formatYearMonth(year, m);
}

interface Period {
  readonly from: YearMonth;
  readonly to: YearMonth | null;
}

/** The period covering `month`, or the latest period when no month is given (the standard rate). */
function periodFor<T extends Period>(
  table: readonly T[],
  month: YearMonth | undefined,
  what: string,
  field: string,
): T {
  if (month === undefined) return table[table.length - 1]!;
  const m = normaliseMonth(field, month);
  const found = table.find((p) => p.from <= m && (p.to === null || m <= p.to));
  if (!found) {
    throw new InputError(
      field,
      `No ${what} are known for ${m}: the tables start at ${table[0]!.from}. Use a later month.`,
    );
  }
  return found;
}

/** BPU rates in force in `month`; without a month, the current (latest) rates. `field` names the argument in errors. */
export function bpuRatesFor(month?: YearMonth, field = 'month'): BpuRates {
  return periodFor(BPU_RATES, month, 'BPU rates', field);
}

/** Wage-earner rates in force in `month`; without a month, the current (latest) rates. */
export function wageRatesFor(month?: YearMonth, field = 'month'): WageRates {
  return periodFor(WAGE_RATES, month, 'wage-earner rates', field);
}

/** The JP wage ceiling in force in `month`; without a month, the latest ceiling in the table. */
export function jpCeilingFor(month?: YearMonth, field = 'month'): number {
  if (month === undefined) return JP_CEILINGS[JP_CEILINGS.length - 1]!.ceiling;
  const m = normaliseMonth(field, month);
  let ceiling: number | undefined;
  for (const entry of JP_CEILINGS) if (entry.from <= m) ceiling = entry.ceiling;
  if (ceiling === undefined) {
    throw new InputError(
      field,
      `No JP wage ceiling is known for ${m}: the table starts at ${JP_CEILINGS[0]!.from}. ` +
        'Start later or leave JP out of the programs.',
    );
  }
  return ceiling;
}

export interface DiscountContext {
  readonly participant: ParticipantKind;
  /** A canonical `YYYY-MM` (see `normaliseMonth`). */
  readonly month: YearMonth;
  /**
   * Wage-earner lines carry no sector or funding source. Without one, only a discount open to
   * every sector (or every funding source) can apply, since we cannot tell whether it is excluded.
   */
  readonly sector?: Sector;
  readonly funding?: FundingSource;
  readonly settings: RateSettings;
}

/** True when `discount` reduces contributions of this participant, month, sector and funding. */
export function discountApplies(discount: Discount, ctx: DiscountContext): boolean {
  if (!discount.participants.includes(ctx.participant)) return false;
  if (ctx.month < discount.from || ctx.month > discount.to) return false;
  if (ctx.sector === undefined) {
    if (!SECTORS.every((s) => discount.sectors.includes(s))) return false;
  } else if (!discount.sectors.includes(ctx.sector)) return false;
  if (ctx.funding === undefined) {
    if (discount.excludedFunding.length > 0 || discount.unnamedFunding.length > 0) return false;
  } else {
    if (discount.excludedFunding.includes(ctx.funding)) return false;
    if (discount.unnamedFunding.includes(ctx.funding) && !ctx.settings.discountForNonStateFunding)
      return false;
  }
  return true;
}

/**
 * The discount on one program in one month, in basis points (0 when none applies). Windows in the
 * table do not overlap; should two ever do, the larger reduction wins rather than compounding,
 * because no instrument says discounts stack.
 */
export function discountBpFor(program: 'JKK' | 'JKM', ctx: DiscountContext): number {
  let best = 0;
  for (const d of DISCOUNTS) {
    if (d.programs.includes(program) && discountApplies(d, ctx)) best = Math.max(best, d.discountBp);
  }
  return best;
}

/**
 * Turning what a caller typed (a formula, a JSON body) into a checked BPU quote, with the
 * defaults of design.md §3: JKK-JKM, B = Rp 1,000,000, APBD, sector OTHER.
 */
import type { YearMonth } from '../calendar';
import {
  FUNDING_SOURCES,
  PROGRAMS,
  SECTORS,
  matchCode,
  type FundingSource,
  type Program,
  type Sector,
} from '../codes';
import { InputError, describe } from '../errors';
import { INCOME_BASES, normaliseMonth, type RateSettings } from '../rates';

export interface BpuQuote {
  program?: Program;
  incomeBase?: number;
  month?: YearMonth;
  funding?: FundingSource;
  sector?: Sector;
}

export interface CheckedQuote {
  readonly program: Program;
  readonly incomeBase: number;
  readonly month: YearMonth | undefined;
  readonly funding: FundingSource;
  readonly sector: Sector;
}

export function requireObject(field: string, value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(field, `${field} must be an object, got ${describe(value)}.`);
  }
}

/** Matches a code ignoring case, or says which codes exist. Undefined gives the default. */
export function requireCode<T extends string>(
  field: string,
  list: readonly T[],
  value: unknown,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  const code = matchCode(list, value);
  if (code === undefined) {
    throw new InputError(field, `${field} must be one of ${list.join(', ')}, got ${describe(value)}.`);
  }
  return code;
}

export function checkIncomeBase(value: unknown, settings: RateSettings): number {
  if (value === undefined) return INCOME_BASES.minimum;
  if (typeof value !== 'number' || !Number.isFinite(value) || !Number.isInteger(value)) {
    throw new InputError(
      'income_base',
      `income_base must be a whole number of rupiah, got ${describe(value)}.`,
    );
  }
  if (value < INCOME_BASES.minimum) {
    throw new InputError(
      'income_base',
      `income_base must be at least ${INCOME_BASES.minimum} (the lowest BPU income base), got ${value}.`,
    );
  }
  if (value > settings.maxIncomeBase) {
    throw new InputError(
      'income_base',
      `income_base must be at most ${settings.maxIncomeBase} (the maxIncomeBase setting), got ${value}.`,
    );
  }
  return value;
}

export function checkQuote(quote: BpuQuote, settings: RateSettings, monthField = 'month'): CheckedQuote {
  requireObject('quote', quote);
  return {
    program: requireCode('program', PROGRAMS, quote.program, 'JKK-JKM'),
    incomeBase: checkIncomeBase(quote.incomeBase, settings),
    month: quote.month === undefined ? undefined : normaliseMonth(monthField, quote.month),
    funding: requireCode('funding', FUNDING_SOURCES, quote.funding, 'APBD'),
    sector: requireCode('sector', SECTORS, quote.sector, 'OTHER'),
  };
}

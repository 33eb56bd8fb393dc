/**
 * Checked worker counts and month spans, shared by BPU and wage-earner costs.
 */
import { addMonths, type YearMonth } from '../calendar';
import { InputError, requireWholeNumber } from '../errors';
import { normaliseMonth } from '../rates';

/** A century of months: anything longer is a typo, and it bounds the month-by-month loop. */
export const MAX_MONTHS = 1_200;

export interface CheckedSpan {
  readonly workers: number;
  readonly months: number;
  readonly startMonth: YearMonth | undefined;
}

export function checkSpan(cost: { workers: unknown; months: unknown; startMonth?: unknown }): CheckedSpan {
  const workers = requireWholeNumber('workers', cost.workers, 0);
  const months = requireWholeNumber('months', cost.months, 0);
  if (months > MAX_MONTHS) {
    throw new InputError('months', `months must be at most ${MAX_MONTHS}, got ${months}.`);
  }
  const startMonth =
    cost.startMonth === undefined ? undefined : normaliseMonth('start_month', cost.startMonth as YearMonth);
  return { workers, months, startMonth };
}

/** One run of consecutive months charged at the same monthly rate. */
export interface PremiumRun {
  /** First and last month of the run, or null when no start month was given (standard rate). */
  from: YearMonth | null;
  to: YearMonth | null;
  months: number;
  /** Monthly contribution of one worker, whole rupiah. */
  rate: number;
  /** workers × rate × months. */
  amount: number;
}

/**
 * Walks the span month by month with `rateOf` and merges equal neighbours into runs.
 * Without a start month the whole span is one run at the standard rate (`rateOf(undefined)`).
 */
export function runsOf(span: CheckedSpan, rateOf: (month: YearMonth | undefined) => number): PremiumRun[] {
  if (span.months === 0) return [];
  const runs: PremiumRun[] = [];
  if (span.startMonth === undefined) {
    runs.push({ from: null, to: null, months: span.months, rate: rateOf(undefined), amount: 0 });
  } else {
    for (let i = 0; i < span.months; i++) {
      const month = addMonths(span.startMonth, i);
      const rate = rateOf(month);
      const last = runs[runs.length - 1];
      if (last && last.rate === rate) {
        last.to = month;
        last.months += 1;
      } else {
        runs.push({ from: month, to: month, months: 1, rate, amount: 0 });
      }
    }
  }
  for (const run of runs) run.amount = safeProduct(span.workers, run.rate, run.months);
  return runs;
}

/** workers × rate × months, refusing totals too large to be exact in a JavaScript number. */
export function safeProduct(workers: number, rate: number, months: number): number {
  const total = BigInt(workers) * BigInt(rate) * BigInt(months);
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new InputError(
      'workers',
      'The total is too large to compute exactly; split the roster into smaller lines.',
    );
  }
  return Number(total);
}

export function sumAmounts(runs: readonly PremiumRun[]): number {
  const total = runs.reduce((sum, run) => sum + BigInt(run.amount), 0n);
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new InputError(
      'workers',
      'The total is too large to compute exactly; split the roster into smaller lines.',
    );
  }
  return Number(total);
}

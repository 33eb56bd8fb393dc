/**
 * Wage-earner (PU) lines: perangkat desa, BPD, RT/RW, non-ASN registered as wage earners
 * (domain.md §2.3). Which programs apply differs by regency, so the program set is an argument.
 * Amounts are employer + worker shares together: the regency budgets the whole contribution.
 */
import type { YearMonth } from '../calendar';
import { RISK_CLASSES, WAGE_PROGRAMS, matchCode, type RiskClass, type WageProgram } from '../codes';
import { InputError, describe } from '../errors';
import {
  discountBpFor,
  jpCeilingFor,
  normaliseMonth,
  resolveRateSettings,
  wageRatesFor,
  type RateSettings,
} from '../rates';
import { requireCode, requireObject } from './quote';
import { percentOf, roundHalfUp } from './rounding';
import { checkSpan, runsOf, sumAmounts, type PremiumRun } from './span';

export interface WageLine {
  wage: number;
  programs?: WageProgram[];
  riskClass?: RiskClass;
  month?: YearMonth;
}

export interface WageCost {
  workers: number;
  wage: number;
  months: number;
  /** Default ['JKK', 'JKM']. */
  programs?: WageProgram[];
  /** Default VERY_LOW (government offices). */
  riskClass?: RiskClass;
  startMonth?: YearMonth;
}

interface CheckedLine {
  readonly wage: number;
  readonly programs: readonly WageProgram[];
  readonly riskClass: RiskClass;
}

const DEFAULT_PROGRAMS: readonly WageProgram[] = ['JKK', 'JKM'];

function checkLine(line: { wage: unknown; programs?: unknown; riskClass?: unknown }): CheckedLine {
  const wage = line.wage;
  if (typeof wage !== 'number' || !Number.isFinite(wage) || !Number.isInteger(wage) || wage <= 0) {
    throw new InputError('wage', `wage must be a whole number of rupiah above 0, got ${describe(wage)}.`);
  }
  let programs = DEFAULT_PROGRAMS;
  if (line.programs !== undefined) {
    if (!Array.isArray(line.programs) || line.programs.length === 0) {
      throw new InputError(
        'programs',
        `programs must list at least one of ${WAGE_PROGRAMS.join(', ')}, got ${describe(line.programs)}.`,
      );
    }
    const checked = line.programs.map((p: unknown) => {
      const code = matchCode(WAGE_PROGRAMS, p);
      if (!code) {
        throw new InputError(
          'programs',
          `programs must be among ${WAGE_PROGRAMS.join(', ')}, got ${describe(p)}.`,
        );
      }
      return code;
    });
    const twice = checked.find((p, i) => checked.indexOf(p) !== i);
    if (twice) throw new InputError('programs', `programs lists ${twice} twice; list each program once.`);
    programs = checked;
  }
  // Accept "very low" and "very-low" as well as VERY_LOW: people type the words they read.
  const risk =
    typeof line.riskClass === 'string' ? line.riskClass.trim().replace(/[\s-]+/g, '_') : line.riskClass;
  return { wage, programs, riskClass: requireCode('risk_class', RISK_CLASSES, risk, 'VERY_LOW') };
}

/** One wage earner's contribution in `month` (undefined: current rates and the latest JP ceiling). */
function lineRateInMonth(
  line: CheckedLine,
  month: YearMonth | undefined,
  settings: RateSettings,
  field: string,
): number {
  const rates = wageRatesFor(month, field);
  const ctx = month === undefined ? undefined : { participant: 'PU' as const, month, settings };
  let exact = 0n;
  for (const program of line.programs) {
    if (program === 'JKK') {
      exact += percentOf(line.wage, rates.jkkBp[line.riskClass], ctx ? discountBpFor('JKK', ctx) : 0);
    }
    if (program === 'JKM') exact += percentOf(line.wage, rates.jkmBp, ctx ? discountBpFor('JKM', ctx) : 0);
    if (program === 'JHT') exact += percentOf(line.wage, rates.jhtBp);
    // JP is paid on the wage only up to the ceiling in force that month.
    if (program === 'JP') exact += percentOf(Math.min(line.wage, jpCeilingFor(month, field)), rates.jpBp);
  }
  return roundHalfUp(exact);
}

/** Monthly contribution of one wage earner, whole rupiah (half up, once). No month → current rates, latest JP ceiling. */
export function wageMonthlyRate(line: WageLine, settings?: Partial<RateSettings>): number {
  const resolved = resolveRateSettings(settings);
  requireObject('line', line);
  const checked = checkLine(line);
  const month = line.month === undefined ? undefined : normaliseMonth('month', line.month);
  return lineRateInMonth(checked, month, resolved, 'month');
}

/** The wage-earner cost as runs of consecutive months with one rate (from/to null when no startMonth). */
export function wagePremiumBreakdown(cost: WageCost, settings?: Partial<RateSettings>): PremiumRun[] {
  const resolved = resolveRateSettings(settings);
  requireObject('cost', cost);
  const line = checkLine(cost);
  const span = checkSpan(cost);
  return runsOf(span, (month) => lineRateInMonth(line, month, resolved, 'start_month'));
}

/** Employer+worker cost of wage-earner (PU) lines, month by month (JP ceiling of each month; without startMonth the latest ceiling). */
export function wagePremium(cost: WageCost, settings?: Partial<RateSettings>): number {
  return sumAmounts(wagePremiumBreakdown(cost, settings));
}

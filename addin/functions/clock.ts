/**
 * The only place the custom functions read the clock. shared/ never does; ELIGIBLE and CHECK
 * need a default coverage date when `as_of` is omitted.
 *
 * Why the first day of the current month and not today: Excel does not recalculate a
 * non-volatile formula when the date changes, so "today" would be frozen at whatever day the
 * sheet last recalculated and differ between two cells computed on different days. Contribution
 * months start on the 1st, so the month's first day is the date coverage would start, and it
 * stays the same all month.
 */
import { formatIsoDate, type IsoDate } from '../../shared/calendar';

/** The first day of `now`'s month in the user's local calendar (Excel dates are local). */
export function firstDayOfThisMonth(now: Date = new Date()): IsoDate {
  return formatIsoDate(now.getFullYear(), now.getMonth() + 1, 1);
}

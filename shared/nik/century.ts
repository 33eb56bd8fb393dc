/**
 * A NIK writes the birth year with two digits, so the century must be chosen (domain.md §3:
 * "resolve with the stated birth date, else the most recent plausible year").
 */
import { isRealDate } from '../calendar';

/**
 * With neither a stated birth date nor an as-of date, two-digit years 00–29 are read as 2000–2029
 * and 30–99 as 1930–1999: the same rule Excel applies to typed two-digit years, so a NIK and a
 * birth date typed into the same workbook agree. Pass `asOf` to avoid relying on it.
 */
export const TWO_DIGIT_YEAR_PIVOT = 29;

/** The year within 50 of `statedYear` that ends in `yy`: the stated birth date's century, nearest first. */
export function yearNearest(yy: number, statedYear: number): number {
  const base = statedYear - (statedYear % 100) + yy;
  if (base - statedYear > 50) return base - 100;
  if (statedYear - base > 50) return base + 100;
  return base;
}

/** The latest year ending in `yy` whose date (month, day) is not after the as-of date. */
export function yearNotAfter(
  yy: number,
  month: number,
  day: number,
  asOf: { year: number; month: number; day: number },
): number {
  let year = asOf.year - ((((asOf.year - yy) % 100) + 100) % 100);
  if (year === asOf.year && (month > asOf.month || (month === asOf.month && day > asOf.day))) year -= 100;
  // A 29 Feb birthday needs a leap year: step back a century when the chosen one has none (2100 → 2000).
  if (!isRealDate(year, month, day) && isRealDate(year - 100, month, day)) year -= 100;
  return year;
}

/** The fixed rule used when nothing else is known (see TWO_DIGIT_YEAR_PIVOT). */
export function yearByPivot(yy: number): number {
  return yy <= TWO_DIGIT_YEAR_PIVOT ? 2000 + yy : 1900 + yy;
}

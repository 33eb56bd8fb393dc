/**
 * Dates without a clock: shared/ never reads "now"; callers pass dates in.
 * Calendar dates are ISO strings (`YYYY-MM-DD`), contribution months are `YYYY-MM`.
 */
import { InputError, describe } from './errors';

/** A contribution month, `YYYY-MM`. */
export type YearMonth = string;
/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days from 1899-12-30 (Excel's day 0 once its fictitious 1900-02-29 is skipped) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;
const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** True when year/month/day name a real calendar day. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses `YYYY-MM-DD`, rejecting days that do not exist. */
export function parseIsoDate(field: string, value: string): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(value.trim());
  if (!m) throw new InputError(field, `${field} must be a date written YYYY-MM-DD, got ${describe(value)}.`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDate(year, month, day))
    throw new InputError(field, `${field} ${value} is not a real calendar day.`);
  return { year, month, day };
}

/** Parses `YYYY-MM` into its parts, with a clear error for anything else. */
export function parseYearMonth(field: string, value: string): { year: number; month: number } {
  const m = YEAR_MONTH.exec(value.trim());
  if (!m)
    throw new InputError(
      field,
      `${field} must be a month written YYYY-MM (e.g. 2026-01), got ${describe(value)}.`,
    );
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12)
    throw new InputError(field, `${field} has month ${m[2]}; months run 01 to 12.`);
  return { year, month };
}

export function formatYearMonth(year: number, month: number): YearMonth {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The month `count` months after `ym` (count may be negative). */
export function addMonths(ym: YearMonth, count: number): YearMonth {
  const { year, month } = parseYearMonth('month', ym);
  const index = year * 12 + (month - 1) + count;
  return formatYearMonth(Math.floor(index / 12), (index % 12) + 1);
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: YearMonth, to: YearMonth): number {
  const a = parseYearMonth('from', from);
  const b = parseYearMonth('to', to);
  return b.year * 12 + b.month - (a.year * 12 + a.month);
}

/**
 * Year, month and day of a count of days since 1970-01-01, in integer arithmetic: rosters convert
 * a date on every row, and building a Date object for each costs more than the sum.
 * Counts from 0000-03-01 so each leap day ends its 400-year era (proleptic Gregorian calendar),
 * after Howard Hinnant's public-domain days-to-civil algorithm.
 */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Converts an Excel date serial (1900 date system) to an ISO date. */
export function excelSerialToIsoDate(serial: number): IsoDate {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) {
    throw new InputError('date', `${serial} is not an Excel date between 1900-01-01 and 9999-12-31.`);
  }
  const whole = Math.floor(serial);
  // Excel counts a 1900-02-29 that never existed (serial 60); serials before it are one day off.
  const { year, month, day } = civilFromDays(
    whole < 60 ? whole - EXCEL_EPOCH_OFFSET + 1 : whole - EXCEL_EPOCH_OFFSET,
  );
  return formatIsoDate(year, month, day);
}

/** Converts an ISO date to an Excel date serial (1900 date system). */
export function isoDateToExcelSerial(date: IsoDate): number {
  const { year, month, day } = parseIsoDate('date', date);
  const days = Date.UTC(year, month - 1, day) / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
  return days < 61 ? days - 1 : days;
}

/** Full years of age on `asOf` for someone born on `birthDate` (a 29 Feb birthday ages on 1 Mar in common years). */
export function ageOn(birthDate: IsoDate, asOf: IsoDate): number {
  const b = parseIsoDate('birth_date', birthDate);
  const a = parseIsoDate('as_of', asOf);
  let age = a.year - b.year;
  if (a.month < b.month || (a.month === b.month && a.day < b.day)) age -= 1;
  return age;
}

/**
 * Reading arguments the way Excel delivers them.
 *
 * Excel passes ranges as 2-D arrays, an omitted optional argument as `null` (older hosts:
 * undefined), empty cells as `null`, `""` or `0` depending on the platform, and dates as serial
 * numbers. Each reader here names the Excel argument (`income_base`, not `incomeBase`) in its
 * InputError, because that is the name the user sees in the formula tooltip.
 */
import { InputError, describe } from '../../shared/errors';
import { matchCode } from '../../shared/codes';
import { excelSerialToIsoDate, parseIsoDate, parseYearMonth, formatYearMonth } from '../../shared/calendar';
import type { IsoDate, YearMonth } from '../../shared/calendar';

/**
 * True for the encodings of "nothing here": null, undefined, or text that is only spaces. A 0 is
 * not empty here (0 workers is a count); roster cells, where 0 is never meaningful, are read by
 * shared/roster, which does count 0 as empty.
 */
export function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A range argument as a 2-D array; a single value (one cell, or a typed constant) becomes 1×1. */
export function asRange(field: string, value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0 || !value.every((row) => Array.isArray(row))) {
    throw new InputError(field, `${field} must be a range of cells (rows and columns).`);
  }
  return value as unknown[][];
}

/** Reads a whole number; numeric text such as "12" is accepted because pasted figures often are text. */
export function wholeNumber(field: string, value: unknown, min = 0): number {
  const n = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    throw new InputError(field, `${field} must be a whole number, got ${describe(value)}.`);
  }
  if (!Number.isInteger(n)) {
    throw new InputError(field, `${field} must be a whole number, got ${n}.`);
  }
  if (n < min) throw new InputError(field, `${field} must be at least ${min}, got ${n}.`);
  return n;
}

/** Reads a (possibly fractional) number ≥ min. */
export function numberAt(field: string, value: unknown, min = 0): number {
  const n = typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    throw new InputError(field, `${field} must be a number, got ${describe(value)}.`);
  }
  if (n < min) throw new InputError(field, `${field} must be at least ${min}, got ${n}.`);
  return n;
}

/** An optional whole number: undefined when omitted. */
export function optionalWholeNumber(field: string, value: unknown, min = 0): number | undefined {
  return isEmpty(value) ? undefined : wholeNumber(field, value, min);
}

/** One of a closed list of codes (case and spaces ignored); undefined when omitted. */
export function optionalCode<T extends string>(
  field: string,
  list: readonly T[],
  value: unknown,
): T | undefined {
  if (isEmpty(value)) return undefined;
  const found = matchCode(list, value);
  if (!found)
    throw new InputError(field, `${field} must be one of ${list.join(', ')}; got ${describe(value)}.`);
  return found;
}

/** A month as `YYYY-MM` from an Excel date serial or from text `YYYY-MM` (or `YYYY-MM-DD`). */
export function optionalMonth(field: string, value: unknown): YearMonth | undefined {
  if (isEmpty(value)) return undefined;
  if (typeof value === 'number') {
    const iso = serialToIso(field, value);
    return iso.slice(0, 7);
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
      const { year, month } = parseIsoDate(field, text);
      return formatYearMonth(year, month);
    }
    const { year, month } = parseYearMonth(field, text);
    return formatYearMonth(year, month);
  }
  throw new InputError(field, `${field} must be a date or a month written YYYY-MM, got ${describe(value)}.`);
}

/** A calendar date from an Excel date serial or from text `YYYY-MM-DD`; undefined when omitted. */
export function optionalDate(field: string, value: unknown): IsoDate | undefined {
  if (isEmpty(value)) return undefined;
  if (typeof value === 'number') return serialToIso(field, value);
  if (typeof value === 'string') {
    const text = value.trim();
    parseIsoDate(field, text);
    return text;
  }
  throw new InputError(field, `${field} must be a date or text written YYYY-MM-DD, got ${describe(value)}.`);
}

function serialToIso(field: string, serial: number): IsoDate {
  try {
    return excelSerialToIsoDate(serial);
  } catch {
    throw new InputError(
      field,
      `${field} must be a date; ${serial} is not an Excel date (1900-01-01 to 9999-12-31).`,
    );
  }
}

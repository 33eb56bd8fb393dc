/**
 * checkNik: every rule of domain.md §3 for one NIK. Pure and allocation-light because it runs
 * once per roster row (100,000 rows in the benchmark): no regex on the common path, the stated
 * birth date read by hand, and the as-of date and regency, the same on every row, read once.
 */
import { formatIsoDate, isRealDate, parseIsoDate, type IsoDate } from '../calendar';
import { InputError, describe } from '../errors';
import { PROVINCES } from '../regions/provinces';
import { REGENCIES } from '../regions/regencies';
import { compactRegionCode } from '../regions/lookup';
import { yearByPivot, yearNearest, yearNotAfter } from './century';
import { readNikDigits } from './read';
import type { NikCheck, NikContext, NikIssue, Sex } from './types';

interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Two decimal digits at `at` as a number; the caller has checked they are digits. */
function twoDigits(digits: string, at: number): number {
  return (digits.charCodeAt(at) - 48) * 10 + (digits.charCodeAt(at + 1) - 48);
}

function digitAt(text: string, at: number): number {
  const d = text.charCodeAt(at) - 48;
  return d >= 0 && d <= 9 ? d : Number.NaN;
}

/**
 * Reads a context date. The stated birth date changes on every row, so the exact `YYYY-MM-DD` form
 * is read by hand (no regex, no trimming); anything else goes to parseIsoDate, which accepts
 * surrounding spaces and throws the InputError that names the field.
 */
function parseContextDate(field: string, value: unknown): Ymd {
  if (typeof value !== 'string') {
    throw new InputError(field, `${field} must be a date written YYYY-MM-DD, got ${describe(value)}.`);
  }
  return parseIsoDate(field, value);
}

/** The stated birth date as the number yyyymmdd (never 0: year 0000 is refused as a birth year). */
function statedDateKey(value: unknown): number {
  if (
    typeof value === 'string' &&
    value.length === 10 &&
    value.charCodeAt(4) === 0x2d &&
    value.charCodeAt(7) === 0x2d
  ) {
    const year =
      digitAt(value, 0) * 1000 + digitAt(value, 1) * 100 + digitAt(value, 2) * 10 + digitAt(value, 3);
    const month = digitAt(value, 5) * 10 + digitAt(value, 6);
    const day = digitAt(value, 8) * 10 + digitAt(value, 9);
    if (year > 0 && isRealDate(year, month, day)) return year * 10000 + month * 100 + day;
  }
  const { year, month, day } = parseContextDate('statedBirthDate', value);
  if (year === 0) {
    throw new InputError(
      'statedBirthDate',
      `statedBirthDate ${String(value)} has year 0000; give a real birth date.`,
    );
  }
  return year * 10000 + month * 100 + day;
}

/** KNOWN_PROVINCE[n] is true when the two digits n are a province code. */
const KNOWN_PROVINCE: readonly boolean[] = Array.from({ length: 100 }, (_, n) =>
  Object.hasOwn(PROVINCES, n < 10 ? `0${n}` : String(n)),
);

const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : String(n)));

/** `YYYY-MM-DD`, quickly for the four-digit years every real NIK has. */
function isoDate(year: number, month: number, day: number): string {
  if (year < 1000) return formatIsoDate(year, month, day);
  return `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}

// One-entry caches: a roster is checked with the same as-of date and regency on every row.
let cachedAsOfText: string | undefined;
let cachedAsOf: Ymd | undefined;
function contextAsOf(value: unknown): Ymd {
  if (value === cachedAsOfText && cachedAsOf) return cachedAsOf;
  const parsed = parseContextDate('asOf', value);
  cachedAsOfText = value as string;
  cachedAsOf = parsed;
  return parsed;
}

let cachedRegencyText: string | undefined;
let cachedRegency = '';
function contextRegency(value: unknown): string {
  if (value === cachedRegencyText) return cachedRegency;
  const code = typeof value === 'string' ? compactRegionCode(value) : '';
  if (code.length !== 4 || !/^\d{4}$/.test(code)) {
    throw new InputError(
      'regency',
      `regency must be a 4-digit Kemendagri code such as '6203' or '62.03', got ${describe(value)}.`,
    );
  }
  cachedRegencyText = value as string;
  cachedRegency = code;
  return code;
}

/** '6106' → '6106 Kapuas Hulu' for the sentence a person reads; the bare code when not tabled. */
function regencyLabel(code: string): string {
  const regency = Object.hasOwn(REGENCIES, code) ? REGENCIES[code] : undefined;
  return regency ? `${code} ${regency.name}` : code;
}

/**
 * What a valid NIK says without its parts as separate strings: what a roster check needs on each
 * of 100,000 rows. checkNik builds the parts from it, so both follow the same rules.
 */
export type NikReading =
  | { ok: true; nik: string; birthDate: IsoDate; sex: Sex; warnings: readonly NikIssue[] }
  | { ok: false; issues: NikIssue[]; digits?: string };

/** The warnings of a NIK that matches its row: shared and frozen, as most rows have none. */
const NO_WARNINGS: readonly NikIssue[] = Object.freeze([]);

/**
 * Checks one NIK as a cell or JSON field holds it. Never throws on `raw`; throws InputError only
 * when the context itself is impossible (a malformed regency, date or sex), which is a caller bug.
 */
export function checkNik(raw: unknown, context?: NikContext): NikCheck {
  const reading = readNik(raw, context);
  if (!reading.ok) return reading;
  const { nik, birthDate, sex } = reading;
  const parts = {
    nik,
    province: nik.slice(0, 2),
    regency: nik.slice(0, 4),
    district: nik.slice(0, 6),
    birthDate,
    sex,
    serial: nik.slice(12, 16),
  };
  return { ok: true, parts, warnings: [...reading.warnings] };
}

/** checkNik without the parts object: the same checks, the same context rules, the same findings. */
export function readNik(raw: unknown, context?: NikContext): NikReading {
  // Validate the context first so a bad setting is reported even when this NIK is unreadable.
  const regency = context?.regency === undefined ? undefined : contextRegency(context.regency);
  const statedSex = context?.statedSex;
  if (statedSex !== undefined && statedSex !== 'L' && statedSex !== 'P') {
    throw new InputError('statedSex', `statedSex must be 'L' or 'P', got ${describe(statedSex)}.`);
  }
  const statedText = context?.statedBirthDate;
  // The stated date as yyyymmdd (one number, no object per row); 0 when none is stated.
  const stated = statedText === undefined ? 0 : statedDateKey(statedText);
  const asOf = stated === 0 && context?.asOf !== undefined ? contextAsOf(context.asOf) : undefined;

  const read = readNikDigits(raw);
  if (typeof read !== 'string') return read;
  const digits = read;

  const provinceKnown = KNOWN_PROVINCE[twoDigits(digits, 0)] === true;
  const dayField = twoDigits(digits, 6);
  const month = twoDigits(digits, 8);
  const yy = twoDigits(digits, 10);
  const sex: Sex = dayField > 40 ? 'P' : 'L';
  const day = dayField > 40 ? dayField - 40 : dayField;
  let year: number;
  // A stated year in the first century can point below year 0; no one is born there.
  if (stated !== 0) year = Math.max(yearNearest(yy, Math.floor(stated / 10000)), yy);
  else if (asOf) year = yearNotAfter(yy, month, day, asOf);
  else year = yearByPivot(yy);
  // Days 32–40 and above 71 are neither a man's nor a woman's day; isRealDate checks month and length.
  const dayInRange = (dayField >= 1 && dayField <= 31) || (dayField >= 41 && dayField <= 71);
  const dateReal = dayInRange && isRealDate(year, month, day);
  const serialZero = digits.charCodeAt(12) === 48 && digits.endsWith('000');

  if (!provinceKnown || !dateReal || serialZero) {
    const issues: NikIssue[] = [];
    if (!provinceKnown)
      issues.push({ code: 'NIK_PROVINCE_UNKNOWN', params: { province: digits.slice(0, 2) } });
    if (!dateReal) issues.push({ code: 'NIK_DATE_INVALID' });
    if (serialZero) issues.push({ code: 'NIK_SERIAL_ZERO' });
    return { ok: false, issues, digits };
  }

  const statedMatches = stated === year * 10000 + month * 100 + day;
  // Reuse the stated text when it is the same date (the common case): one string fewer per row.
  const birthDate = statedMatches && statedText!.length === 10 ? statedText! : isoDate(year, month, day);
  let warnings: NikIssue[] | undefined;
  // Where the NIK was first issued, not where the person lives now: people move, so only a warning.
  if (regency !== undefined && !digits.startsWith(regency)) {
    const nikRegency = digits.slice(0, 4);
    (warnings ??= []).push({
      code: 'NIK_REGION_MISMATCH',
      params: { nikRegency: regencyLabel(nikRegency), regency: regencyLabel(regency) },
    });
  }
  if (stated !== 0 && !statedMatches) {
    (warnings ??= []).push({ code: 'NIK_BIRTHDATE_MISMATCH', params: { nikBirthDate: birthDate } });
  }
  if (statedSex !== undefined && statedSex !== sex) {
    (warnings ??= []).push({ code: 'NIK_SEX_MISMATCH', params: { nikSex: sex } });
  }
  return { ok: true, nik: digits, birthDate, sex, warnings: warnings ?? NO_WARNINGS };
}

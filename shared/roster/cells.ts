/**
 * Excel cell values → roster field values.
 *
 * What arrives depends on the platform (design.md §2): an empty cell is `null`, `""` or `0`; a
 * date is a serial number or whatever text the clerk typed; a code typed into a cell becomes a
 * number. The rules, one for every field so nobody has to remember exceptions:
 * - empty is `null`, `undefined`, blank text, a lone dash ("-", which Indonesian sheets use for
 *   "none") and the number 0. Zero is empty even for decile, date and income base, because no
 *   real decile (1–10), birth date or income base (≥ Rp 1,000,000) is 0, while platforms that
 *   send 0 for blank cells are common; typed text "0" is not empty and is judged as written;
 * - a number where text is expected becomes its text (a village code or phone number);
 * - a value that is there but cannot be read becomes null plus a problem code, never a throw,
 *   so one bad cell does not hide the rest of the roster.
 */
import { excelSerialToIsoDate, formatIsoDate, isRealDate, type IsoDate } from '../calendar';
import { FUNDING_SOURCES, type FundingSource } from '../codes';
import { InputError, describe } from '../errors';
import type { ReasonCode, ReasonParams } from '../reasons';
import { ROSTER_FIELDS, type RosterField } from './fields';
import { headerKey } from './header-names';
import { MIN_INCOME_BASE, type RosterRow } from './schema';

/** A cell that holds something that cannot be read as its field. */
export interface RowProblem {
  field: RosterField;
  code: ReasonCode;
  params?: ReasonParams;
}

export interface CellResult<F extends RosterField> {
  value: RosterRow[F];
  problem?: RowProblem;
}

/**
 * Marks a value that is present but unreadable. The parsers below are only ever given non-empty
 * cells (normaliseCell and readRoster check isEmptyCell first).
 */
export const UNREADABLE: unique symbol = Symbol('unreadable');
type Parsed<T> = T | null | typeof UNREADABLE;

export function isEmptyCell(value: unknown): boolean {
  if (value === null || value === undefined || value === 0) return true;
  if (typeof value === 'string') {
    if (value.length === 0) return true;
    // Most cells start with a visible character that is not a dash: not empty, no trim needed.
    const first = value.charCodeAt(0);
    if (first > 32 && first !== 45 && first !== 0x2013 && first !== 0xa0) return false;
    const t = value.trim();
    return t === '' || t === '-' || t === '–';
  }
  return false;
}

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  return String(value).trim() || null;
}

/** The NIK as given: text trimmed, numbers kept as numbers so checkNik can spot lost precision. */
function parseNik(value: unknown): string | number | null {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return value;
  return asText(value);
}

// Indonesian and English month names and their usual abbreviations ("Agt", "Okt", "Nop").
const MONTH_NAMES: ReadonlyMap<string, number> = new Map(
  [
    ['januari', 'january', 'jan'],
    ['februari', 'pebruari', 'february', 'feb', 'peb'],
    ['maret', 'march', 'mar'],
    ['april', 'apr'],
    ['mei', 'may'],
    ['juni', 'june', 'jun'],
    ['juli', 'july', 'jul'],
    ['agustus', 'august', 'aug', 'agu', 'agt', 'ags'],
    ['september', 'sep', 'sept'],
    ['oktober', 'october', 'oct', 'okt'],
    ['november', 'nopember', 'nov', 'nop'],
    ['desember', 'december', 'dec', 'des'],
  ].flatMap((names, i) => names.map((name) => [name, i + 1] as const)),
);

const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const D_MONTH_Y = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})$/;

function dateOrUnreadable(year: number, month: number, day: number): Parsed<IsoDate> {
  return isRealDate(year, month, day) ? formatIsoDate(year, month, day) : UNREADABLE;
}

/** Date text in the orders Indonesian sheets use: YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY, "12 Mei 1980". */
export function parseDateText(text: string): Parsed<IsoDate> {
  const t = text.trim();
  let m = YMD.exec(t);
  if (m) return dateOrUnreadable(Number(m[1]), Number(m[2]), Number(m[3]));
  // Day first, never month first: an Indonesian 03/04/1980 is 3 April.
  m = DMY.exec(t);
  if (m) return dateOrUnreadable(Number(m[3]), Number(m[2]), Number(m[1]));
  m = D_MONTH_Y.exec(t);
  if (m) {
    const month = MONTH_NAMES.get(m[2]!.toLowerCase());
    return month ? dateOrUnreadable(Number(m[3]), month, Number(m[1])) : UNREADABLE;
  }
  return UNREADABLE;
}

/**
 * Splits a TTL cell ("Kuala Kapuas, 12-05-1980") into place and date text. Text without a comma
 * is all date.
 */
export function splitPlaceAndDate(text: string): { place: string | null; date: string } {
  const comma = text.lastIndexOf(',');
  if (comma < 0) return { place: null, date: text };
  const place = text.slice(0, comma).trim();
  return { place: place === '' ? null : place, date: text.slice(comma + 1) };
}

/** Serials before 2100-01-01. Birth dates repeat across a roster, so each day's text is made once. */
const CACHED_SERIALS = 73051;
let serialCache: (IsoDate | undefined)[] | undefined;

function birthDateFromSerial(serial: number): IsoDate {
  const whole = Math.floor(serial);
  if (whole >= CACHED_SERIALS) return excelSerialToIsoDate(whole);
  const cache = (serialCache ??= new Array<IsoDate | undefined>(CACHED_SERIALS));
  return (cache[whole] ??= excelSerialToIsoDate(whole));
}

function parseBirthDate(value: unknown): Parsed<IsoDate> {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1 || value >= 2_958_466) return UNREADABLE;
    return birthDateFromSerial(value);
  }
  if (typeof value === 'string') return parseDateText(splitPlaceAndDate(value).date);
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    // Workbook readers (exceljs) give dates as UTC midnights.
    return formatIsoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  return UNREADABLE;
}

const SEX_BY_KEY: ReadonlyMap<string, 'L' | 'P'> = new Map([
  ...['l', 'lk', 'laki', 'lakilaki', 'lelaki', 'pria', 'm', 'male', 'man'].map((k) => [k, 'L'] as const),
  ...['p', 'pr', 'perempuan', 'wanita', 'w', 'f', 'female', 'woman'].map((k) => [k, 'P'] as const),
]);

function parseSex(value: unknown): Parsed<'L' | 'P'> {
  if (value === 'L' || value === 'P') return value; // the usual case, without building a key
  if (typeof value !== 'string') return UNREADABLE;
  return SEX_BY_KEY.get(headerKey(value)) ?? UNREADABLE;
}

function parseDecile(value: unknown): Parsed<number> {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    // "3" or "Desil 3"
    const m = /^(?:desil\s*)?(\d{1,2})$/i.exec(value.trim());
    if (!m) return UNREADABLE;
    n = Number(m[1]);
  } else return UNREADABLE;
  return Number.isInteger(n) && n >= 1 && n <= 10 ? n : UNREADABLE;
}

const YES = new Set(['ya', 'y', 'yes', 'true', 'terdaftar', 'ada', '1', 'v']);
const NO = new Set([
  'tidak',
  't',
  'no',
  'n',
  'false',
  'belum',
  'tidakterdaftar',
  'belumterdaftar',
  'tidakada',
  '0',
]);

function parseDtsen(value: unknown): Parsed<boolean> {
  if (typeof value === 'boolean') return value;
  if (value === 1) return true;
  if (typeof value === 'string') {
    const t = value.trim();
    if (t === '✓' || t === '√') return true;
    const key = headerKey(t);
    if (YES.has(key)) return true;
    if (NO.has(key)) return false;
  }
  return UNREADABLE;
}

const FUNDING_BY_KEY: ReadonlyMap<string, FundingSource> = new Map([
  ...FUNDING_SOURCES.map((code) => [headerKey(code), code] as const),
  ['danadesa', 'DD'],
  ['alokasidanadesa', 'ADD'],
  ['dbhsawit', 'DBH-SAWIT'],
  ['danabagihasilsawit', 'DBH-SAWIT'],
  ['apbdkabupaten', 'APBD'],
  ['apbdkab', 'APBD'],
  ['swadaya', 'MANDIRI'],
]);

function parseFunding(value: unknown): Parsed<FundingSource> {
  const text = asText(value);
  if (text === null) return UNREADABLE;
  return FUNDING_BY_KEY.get(headerKey(text)) ?? UNREADABLE;
}

function parseIncomeBase(value: unknown): Parsed<number> {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    const t = value.replace(/^\s*rp\.?/i, '').replace(/\s/g, '');
    // "1.000.000" (Indonesian grouping) or "1,000,000" or plain digits.
    if (/^\d{1,3}([.,]\d{3})+$/.test(t)) n = Number(t.replace(/[.,]/g, ''));
    else if (/^\d+$/.test(t)) n = Number(t);
    else return UNREADABLE;
  } else return UNREADABLE;
  return Number.isInteger(n) && n >= MIN_INCOME_BASE ? n : UNREADABLE;
}

const PROBLEM_CODES: Partial<Record<RosterField, ReasonCode>> = {
  birthDate: 'BIRTHDATE_INVALID',
  sex: 'SEX_INVALID',
  decile: 'DECILE_INVALID',
  dtsen: 'DTSEN_INVALID',
  funding: 'FUNDING_UNKNOWN',
  incomeBase: 'INCOME_BASE_INVALID',
};

/** The parser of each field; readRoster calls them directly. */
export const PARSERS: { readonly [F in RosterField]: (value: unknown) => Parsed<RosterRow[F]> } = {
  nik: parseNik,
  name: asText,
  birthPlace: asText,
  birthDate: parseBirthDate,
  sex: parseSex,
  address: asText,
  village: asText,
  district: asText,
  phone: asText,
  occupation: asText,
  workLocation: asText,
  category: asText,
  decile: parseDecile,
  dtsen: parseDtsen,
  funding: parseFunding,
  incomeBase: parseIncomeBase,
};

/** The problem reported for an unreadable cell of `field`, quoting what was there. */
export function cellProblem(field: RosterField, value: unknown): RowProblem {
  const code = PROBLEM_CODES[field];
  // Text fields and the NIK read anything, so only the fields above can get here.
  if (!code) throw new Error(`Internal: ${field} has no problem code.`);
  return { field, code, params: { value: describe(value) } };
}

/**
 * One cell → the value of `field`. Never throws for a cell's content (an unreadable value comes
 * back as null with a `problem`); throws an InputError only when `field` is not a roster field.
 */
export function normaliseCell<F extends RosterField>(field: F, value: unknown): CellResult<F> {
  const parse = (PARSERS as Record<string, ((v: unknown) => unknown) | undefined>)[field];
  if (!parse || !Object.hasOwn(PARSERS, field)) {
    throw new InputError(
      'field',
      `${describe(field)} is not a roster field; use one of ${ROSTER_FIELDS.join(', ')}.`,
    );
  }
  if (isEmptyCell(value)) return { value: null as RosterRow[F] };
  const parsed = parse(value);
  if (parsed === UNREADABLE) return { value: null as RosterRow[F], problem: cellProblem(field, value) };
  return { value: parsed as RosterRow[F] };
}

/**
 * Reading a NIK out of whatever a cell or JSON field holds, before its structure is checked.
 * The main trap (domain.md §3 rule 5): Excel keeps 15 significant digits, so a NIK that went
 * through a number has lost its last digit and must be re-entered as text, never accepted.
 */
import type { NikIssue } from './types';
import { isNikSeparator } from './normalise';

export interface ReadFailure {
  ok: false;
  issues: NikIssue[];
  digits?: string;
}

/** A number with this many digits or more can only be a NIK that went through a number. */
const PRECISION_LOST_FROM = 1e14; // smallest 15-digit number

/** Text Excel shows for a NIK stored as a number: 6.20301E+15, 6,20301E+15, 6.203011201900000e15. */
const SCIENTIFIC = /^\s*'?[+-]?\d+(?:[.,]\d*)?\s*[eE]\s*[+-]?\d+\s*$/;

function fail(code: NikIssue['code'], digits?: string, params?: NikIssue['params']): ReadFailure {
  const issue: NikIssue = params ? { code, params } : { code };
  return digits === undefined ? { ok: false, issues: [issue] } : { ok: false, issues: [issue], digits };
}

function isAllDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function hasExponentMark(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x45 || c === 0x65) return true; // E, e
  }
  return false;
}

function readText(text: string): string | ReadFailure {
  // Fast path: the common case, 16 plain digits, needs no copy.
  if (text.length === 16 && isAllDigits(text)) return text;
  if (hasExponentMark(text) && SCIENTIFIC.test(text)) return fail('NIK_PRECISION_LOST');
  let digits = '';
  let onlyDigits = true;
  const start = text.charCodeAt(0) === 0x27 ? 1 : 0; // Excel's leading apostrophe
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isNikSeparator(c)) continue;
    if (c < 48 || c > 57) onlyDigits = false;
    digits += text[i];
  }
  if (digits === '') return fail('NIK_MISSING');
  if (!onlyDigits) return fail('NIK_NOT_DIGITS');
  if (digits.length !== 16) return fail('NIK_LENGTH', digits, { length: digits.length });
  return digits;
}

function readNumber(value: number): string | ReadFailure {
  // Some Excel hosts hand an empty cell over as 0.
  if (value === 0) return fail('NIK_MISSING');
  if (!Number.isFinite(value) || !Number.isInteger(value) || value < 0) return fail('NIK_NOT_DIGITS');
  if (value >= PRECISION_LOST_FROM) {
    // 15+ digits as a number: Excel (15 significant digits) or JSON already rounded the tail.
    // Even an exact-looking 16-digit number cannot be trusted. Show what was read, when short enough.
    return value < 1e21 ? fail('NIK_PRECISION_LOST', String(value)) : fail('NIK_PRECISION_LOST');
  }
  // Fewer digits: not a NIK that lost precision but a different value (a row number, a typo):
  // report its length so the person looks at the cell.
  const digits = String(value);
  return fail('NIK_LENGTH', digits, { length: digits.length });
}

/** The 16 digits of a NIK, or why they cannot be read. Never throws. */
export function readNikDigits(raw: unknown): string | ReadFailure {
  if (typeof raw === 'string') return readText(raw);
  if (typeof raw === 'number') return readNumber(raw);
  if (raw === null || raw === undefined) return fail('NIK_MISSING');
  // A bigint keeps every digit (e.g. from a JSON parser with big-number support): read it as text.
  if (typeof raw === 'bigint') return raw < 0n ? fail('NIK_NOT_DIGITS') : readText(raw.toString());
  return fail('NIK_NOT_DIGITS');
}

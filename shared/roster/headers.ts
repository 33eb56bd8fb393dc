/** Finding roster columns by their header names (design.md §3: "matched by name"). */
import { InputError } from '../errors';
import { ROSTER_FIELDS, type RosterField } from './fields';
import { HEADER_NAMES, headerKey } from './header-names';

export interface HeaderMap {
  /** Zero-based column index of each field the header row names. */
  columns: Partial<Record<RosterField, number>>;
  /** Non-empty headers that name no field; shown to the user so a typo can be fixed. */
  unmatched: { column: number; header: string }[];
}

const FIELD_BY_KEY: ReadonlyMap<string, RosterField> = new Map(
  ROSTER_FIELDS.flatMap((field) => HEADER_NAMES[field].map((name) => [headerKey(name), field] as const)),
);

/**
 * The field a header names, or undefined. A trailing note in brackets is tried without it too,
 * so "Jenis Kelamin (L/P)" and "Tanggal Lahir (DD/MM/YYYY)" still match.
 */
export function fieldForHeader(header: string): RosterField | undefined {
  const exact = FIELD_BY_KEY.get(headerKey(header));
  if (exact) return exact;
  const withoutNote = header.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  return withoutNote === header ? undefined : FIELD_BY_KEY.get(headerKey(withoutNote));
}

/**
 * Maps a header row to fields by name, ignoring case, spaces and punctuation.
 * Throws an InputError when no column holds the NIK (nothing can be checked without it) or when
 * two columns name the same field (which one to trust is the user's call, not ours).
 */
export function mapHeaders(headers: readonly unknown[]): HeaderMap {
  if (!Array.isArray(headers as unknown)) {
    throw new InputError(
      'roster',
      'The roster must start with a header row (NIK, Nama, Tanggal Lahir, ...).',
    );
  }
  const columns: Partial<Record<RosterField, number>> = {};
  const unmatched: { column: number; header: string }[] = [];
  headers.forEach((cell, column) => {
    const header = cell === null || cell === undefined ? '' : String(cell).trim();
    if (header === '') return;
    const field = fieldForHeader(header);
    if (!field) {
      unmatched.push({ column, header });
      return;
    }
    const earlier = columns[field];
    if (earlier !== undefined) {
      throw new InputError(
        'roster',
        `Columns ${columnLetter(earlier)} ("${String(headers[earlier]).trim()}") and ${columnLetter(column)} ("${header}") ` +
          `both hold ${field}; rename or remove one of them.`,
      );
    }
    columns[field] = column;
  });
  if (columns.nik === undefined) {
    throw new InputError(
      'roster',
      'The roster has no NIK column: the first row must be headers, one of them "NIK" (or "No KTP").',
    );
  }
  return { columns, unmatched };
}

/** Spreadsheet letters for a zero-based column index relative to the range (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

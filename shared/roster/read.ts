/** A whole roster range (header row + data rows) → normalised rows, one per data row. */
import { InputError, describe } from '../errors';
import { cellProblem, isEmptyCell, parserFor, splitPlaceAndDate, UNREADABLE, type RowProblem } from './cells';
import type { RosterField } from './fields';
import { mapHeaders, type HeaderMap } from './headers';
import { emptyRow, type RosterRow } from './schema';

export interface RosterRead {
  header: HeaderMap;
  /** One per data row, in order (rows[0] is the row just below the header). */
  rows: RosterRow[];
  /** Unreadable cells of each row; an empty list when the row reads cleanly. */
  problems: (readonly RowProblem[])[];
  /**
   * True for rows whose mapped cells are all empty. Only mapped columns count, so a row that has
   * nothing but a running number in a "No." column is blank: there is no one to check.
   */
  blank: boolean[];
}

const NO_PROBLEMS: readonly RowProblem[] = Object.freeze([]);

/**
 * Reads a roster as Excel hands it over: `values[0]` is the header row. Throws an InputError only
 * for the shape of the range (no header row, no NIK column, two columns for one field); a bad
 * cell becomes null plus a problem on its row.
 */
export function readRoster(values: readonly (readonly unknown[])[]): RosterRead {
  if (!Array.isArray(values as unknown) || values.length === 0 || !Array.isArray(values[0] as unknown)) {
    throw new InputError(
      'roster',
      `The roster must be a range whose first row is headers (NIK, Nama, ...), got ${describe(values)}.`,
    );
  }
  const header = mapHeaders(values[0]);
  const mapped = (Object.entries(header.columns) as [RosterField, number][]).map(([field, column]) => ({
    field,
    column,
    parse: parserFor(field) as (value: unknown) => unknown,
  }));
  const birthDateColumn = header.columns.birthDate;
  const hasBirthPlace = header.columns.birthPlace !== undefined;

  const count = values.length - 1;
  const rows: RosterRow[] = new Array(count);
  const problems: (readonly RowProblem[])[] = new Array(count);
  const blank: boolean[] = new Array(count);
  for (let r = 0; r < count; r++) {
    const cells = values[r + 1];
    if (!Array.isArray(cells as unknown)) {
      throw new InputError(
        'roster',
        `Row ${r + 2} of the roster is not a row of cells (got ${describe(cells)}).`,
      );
    }
    const row = emptyRow() as Record<RosterField, unknown>;
    let rowProblems: RowProblem[] | undefined;
    let empty = true;
    for (const { field, column, parse } of mapped) {
      const value: unknown = cells[column];
      if (isEmptyCell(value)) continue;
      empty = false;
      const parsed = parse(value);
      if (parsed === UNREADABLE) (rowProblems ??= []).push(cellProblem(field, value));
      else row[field] = parsed;
    }
    // A TTL column ("Kuala Kapuas, 12-05-1980") also gives the birth place when no column of its own does.
    if (!hasBirthPlace && birthDateColumn !== undefined) {
      const ttl = cells[birthDateColumn];
      if (typeof ttl === 'string' && ttl.includes(',')) row.birthPlace = splitPlaceAndDate(ttl).place;
    }
    rows[r] = row as RosterRow;
    problems[r] = rowProblems ?? NO_PROBLEMS;
    blank[r] = empty;
  }
  return { header, rows, problems, blank };
}

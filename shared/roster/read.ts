/** A whole roster range (header row + data rows) → normalised rows, one per data row. */
import { InputError, describe } from '../errors';
import { PARSERS, UNREADABLE, cellProblem, isEmptyCell, splitPlaceAndDate, type RowProblem } from './cells';
import type { RosterField } from './fields';
import { mapHeaders, type HeaderMap } from './headers';
import type { RosterRow } from './schema';

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

/** What reading one row has found so far; one instance reused for every row. */
interface RowState {
  cells: readonly unknown[];
  problems: RowProblem[] | undefined;
  empty: boolean;
}

/** The value of one field of the row in `state`, or null (with a problem when unreadable). */
function take<T>(
  state: RowState,
  column: number,
  field: RosterField,
  parse: (value: unknown) => T,
): Exclude<T, typeof UNREADABLE> | null {
  if (column < 0) return null;
  const value = state.cells[column];
  if (isEmptyCell(value)) return null;
  state.empty = false;
  const parsed = parse(value);
  if (parsed === UNREADABLE) {
    (state.problems ??= []).push(cellProblem(field, value));
    return null;
  }
  return parsed as Exclude<T, typeof UNREADABLE>;
}

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
  const header = mapHeaders(values[0]!);
  const c = (field: RosterField): number => header.columns[field] ?? -1;
  // Column of each field, -1 when the roster has none.
  const nik = c('nik'),
    name = c('name'),
    birthPlace = c('birthPlace'),
    birthDate = c('birthDate'),
    sex = c('sex');
  const address = c('address'),
    village = c('village'),
    district = c('district'),
    phone = c('phone');
  const occupation = c('occupation'),
    workLocation = c('workLocation'),
    category = c('category');
  const decile = c('decile'),
    dtsen = c('dtsen'),
    funding = c('funding'),
    incomeBase = c('incomeBase');

  const count = values.length - 1;
  const rows: RosterRow[] = new Array(count);
  const problems: (readonly RowProblem[])[] = new Array(count);
  const blank: boolean[] = new Array(count);
  const s: RowState = { cells: [], problems: undefined, empty: true };
  for (let r = 0; r < count; r++) {
    const cells = values[r + 1];
    if (!Array.isArray(cells as unknown)) {
      throw new InputError(
        'roster',
        `Row ${r + 2} of the roster is not a row of cells (got ${describe(cells)}).`,
      );
    }
    s.cells = cells!;
    s.problems = undefined;
    s.empty = true;
    // One object literal in a fixed field order, so every row has the same shape.
    const row: RosterRow = {
      nik: take(s, nik, 'nik', PARSERS.nik),
      name: take(s, name, 'name', PARSERS.name),
      birthPlace: take(s, birthPlace, 'birthPlace', PARSERS.birthPlace),
      birthDate: take(s, birthDate, 'birthDate', PARSERS.birthDate),
      sex: take(s, sex, 'sex', PARSERS.sex),
      address: take(s, address, 'address', PARSERS.address),
      village: take(s, village, 'village', PARSERS.village),
      district: take(s, district, 'district', PARSERS.district),
      phone: take(s, phone, 'phone', PARSERS.phone),
      occupation: take(s, occupation, 'occupation', PARSERS.occupation),
      workLocation: take(s, workLocation, 'workLocation', PARSERS.workLocation),
      category: take(s, category, 'category', PARSERS.category),
      decile: take(s, decile, 'decile', PARSERS.decile),
      dtsen: take(s, dtsen, 'dtsen', PARSERS.dtsen),
      funding: take(s, funding, 'funding', PARSERS.funding),
      incomeBase: take(s, incomeBase, 'incomeBase', PARSERS.incomeBase),
    };
    // A TTL column ("Kuala Kapuas, 12-05-1980") also gives the birth place when no column of its own does.
    if (birthPlace < 0 && birthDate >= 0) {
      const ttl = cells![birthDate];
      if (typeof ttl === 'string' && ttl.includes(',')) row.birthPlace = splitPlaceAndDate(ttl).place;
    }
    rows[r] = row;
    problems[r] = s.problems ?? NO_PROBLEMS;
    blank[r] = s.empty;
  }
  return { header, rows, problems, blank };
}

/** A1 addresses from 0-based sheet indexes, for the few Excel calls that take an address. */
import { columnLetter } from '../../shared/roster';

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** Rows `firstRow`..`lastRow` (inclusive) across columns `firstColumn`..`lastColumn`. */
export function areaAddress(
  firstRow: number,
  lastRow: number,
  firstColumn: number,
  lastColumn: number,
): string {
  return `${cellAddress(firstRow, firstColumn)}:${cellAddress(lastRow, lastColumn)}`;
}

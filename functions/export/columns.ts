/** Reading an export column's value from a row and its roster (columns are data: shared/contracts). */
import type { ExportColumn } from '../../shared/contracts';
import type { RosterRow } from '../../shared/roster/schema';
import type { Roster } from '../../shared/contracts';

export type CellValue = string | number | null;

export function columnValue(column: ExportColumn, row: RosterRow, roster: Roster): CellValue {
  const fromRow = (row as Record<string, unknown>)[column.field];
  const fromRoster = (roster as Record<string, unknown>)[column.field];
  let value = column.from === 'row' ? fromRow : fromRoster;
  if ((value === null || value === undefined) && column.from === 'row' && column.fallbackToRoster)
    value = fromRoster;
  if (value === null || value === undefined) return null;
  if (column.kind === 'number') return typeof value === 'number' ? value : Number(value);
  return typeof value === 'string' ? value : String(value);
}

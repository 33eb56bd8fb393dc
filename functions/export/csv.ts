/** The BPJS export as CSV (papaparse), every text cell neutralised against formula injection. */
import Papa from 'papaparse';
import type { ExportColumn, Roster } from '../../shared/contracts';
import type { RosterRow } from '../../shared/roster/schema';
import { columnValue } from './columns';
import { safeCell } from './safe-cell';

export function exportCsv(
  columns: readonly ExportColumn[],
  roster: Roster,
  rows: readonly RosterRow[],
): string {
  const data = rows.map((row) =>
    columns.map((column) => {
      const value = columnValue(column, row, roster);
      if (value === null) return '';
      return typeof value === 'number' ? String(value) : safeCell(value);
    }),
  );
  // CRLF as RFC 4180 says; every field quoted so a NIK's leading zeros or a comma survive any reader.
  return Papa.unparse(
    { fields: columns.map((c) => safeCell(c.header)), data },
    { quotes: true, newline: '\r\n' },
  );
}

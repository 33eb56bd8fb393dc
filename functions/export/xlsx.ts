/**
 * The BPJS export as an XLSX workbook (exceljs). Text columns are written as text cells with the
 * text number format, so a NIK keeps all 16 digits in Excel (a number would keep 15).
 * exceljs is loaded on first use: it is the largest part of the Lambda bundle and most requests
 * never write a workbook, so cold starts should not pay for it.
 */
import type { ExportColumn, Roster } from '../../shared/contracts';
import type { RosterRow } from '../../shared/roster/schema';
import { columnValue } from './columns';
import { safeCell } from './safe-cell';

export const EXPORT_SHEET = 'Peserta';

export async function exportXlsx(
  columns: readonly ExportColumn[],
  roster: Roster,
  rows: readonly RosterRow[],
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Rentan';
  const sheet = workbook.addWorksheet(EXPORT_SHEET);
  sheet.columns = columns.map((c) => ({
    header: safeCell(c.header),
    key: c.field,
    width: Math.max(12, c.header.length + 2),
    style: c.kind === 'text' ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      columns.map((column) => {
        const value = columnValue(column, row, roster);
        if (value === null) return null;
        return typeof value === 'number' ? value : safeCell(value);
      }),
    );
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/**
 * `--out checked.xlsx`: the roster written back with a status column and a reasons column beside
 * the table, rejected rows filled red and waitlisted rows yellow (Excel's "Bad" and "Neutral"
 * colours), for offices that check in LibreOffice, WPS or Excel without the add-in.
 *
 * An xlsx keeps its other sheets and formatting (exceljs round trip: pictures and charts are not
 * carried over, so the original is never overwritten); a CSV becomes a one-sheet workbook.
 */
import { rename, rm } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describeSystemError, fileError, usageError } from '../errors';
import { LABELS, type Lang } from './labels';
import { rowFindingsText } from './findings';
import type { CheckedRoster } from './run-check';

const FILLS = {
  rejected: 'FFFFC7CE',
  waitlisted: 'FFFFEB9C',
} as const;
const FONTS = {
  rejected: 'FF9C0006',
  waitlisted: 'FF9C5700',
} as const;

/** Fails on the command line's terms before any work is done. */
export function checkOutPath(out: string, input: string): void {
  if (extname(out).toLowerCase() !== '.xlsx')
    throw usageError(`--out must name an .xlsx file, got "${out}".`);
  if (resolve(out) === resolve(input)) {
    throw usageError('--out must be a new file: rentan never overwrites the roster it reads.');
  }
}

/** 1-based column of the last non-empty cell in the rows given. */
function lastUsedColumn(rows: readonly (readonly unknown[] | undefined)[]): number {
  let last = 0;
  for (const row of rows) {
    if (!row) continue;
    for (let c = row.length - 1; c >= last; c--) {
      const v = row[c];
      if (v !== null && v !== undefined && v !== '') {
        last = c + 1;
        break;
      }
    }
  }
  return last;
}

async function workbookOf(
  checked: CheckedRoster,
): Promise<{ workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  const { file } = checked.request;
  if (checked.located.sheet === null) {
    const sheet = workbook.addWorksheet(basename(file, extname(file)).slice(0, 31) || 'Roster');
    // Text stays text: a NIK written in the CSV keeps all 16 digits.
    for (const row of checked.located.grid) sheet.addRow(row);
    return { workbook, sheet };
  }
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw fileError(
      `${file} cannot be read again to write --out (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  const sheet = workbook.getWorksheet(checked.located.sheet);
  if (!sheet) throw fileError(`${file}: sheet "${checked.located.sheet}" disappeared while checking.`);
  return { workbook, sheet };
}

/** Writes the checked roster to `out` (through a temporary file, so a failure leaves nothing half written). */
export async function writeChecked(checked: CheckedRoster, out: string, lang: Lang): Promise<void> {
  const L = LABELS[lang];
  const { workbook, sheet } = await workbookOf(checked);
  const { located, kinds } = checked;
  const headerRowNumber = checked.headerRow;
  const tableRows = [
    located.grid[located.headerIndex],
    ...kinds.workers.map((i) => located.grid[located.headerIndex + 1 + i]),
  ];

  // Reuse the columns of an earlier run (either language) instead of adding a second pair.
  const header = sheet.getRow(headerRowNumber);
  const known = new Set<string>([LABELS.id.statusHeader, LABELS.en.statusHeader]);
  let statusColumn = 0;
  header.eachCell((cell, column) => {
    if (statusColumn === 0 && typeof cell.value === 'string' && known.has(cell.value.trim()))
      statusColumn = column;
  });
  const tableWidth = statusColumn > 0 ? statusColumn - 1 : lastUsedColumn(tableRows);
  if (statusColumn === 0) statusColumn = tableWidth + 1;
  const reasonsColumn = statusColumn + 1;

  const styleFrom = header.getCell(Math.max(1, tableWidth));
  for (const [column, text] of [
    [statusColumn, L.statusHeader],
    [reasonsColumn, L.reasonsHeader],
  ] as const) {
    const cell = header.getCell(column);
    cell.value = text;
    cell.style = { ...styleFrom.style };
  }
  sheet.getColumn(statusColumn).width = 16;
  sheet.getColumn(reasonsColumn).width = 60;

  for (const index of kinds.workers) {
    const verdict = checked.verdicts[index]!;
    const row = sheet.getRow(headerRowNumber + 1 + index);
    row.getCell(statusColumn).value = L.status[verdict.status];
    const reasons = rowFindingsText(checked, index, lang);
    row.getCell(reasonsColumn).value = reasons === '' ? null : reasons;
    if (verdict.status === 'rejected' || verdict.status === 'waitlisted') {
      for (let c = 1; c <= reasonsColumn; c++) {
        const cell = row.getCell(c);
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[verdict.status] } };
        cell.font = { ...(cell.font ?? {}), color: { argb: FONTS[verdict.status] } };
      }
    }
  }

  const temporary = `${out}.${process.pid}.tmp`;
  try {
    await workbook.xlsx.writeFile(temporary);
    await rename(temporary, out);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw fileError(
      `--out ${describeSystemError(error, out) ?? `${out} cannot be written (${String(error)}).`}`,
    );
  }
}

/**
 * Where the roster is: the Excel table at the selection (or the sheet's only table), else the
 * sheet's used range with the header row found under any title rows (shared/roster's
 * locateHeaderRow, as the command line does). Two syncs.
 */
import { HEADER_SCAN_ROWS, fieldForHeader, locateHeaderRow } from '../../shared/roster';
import { WorkbookError } from './errors';
import { jsonBytes } from './payload';
import { isResultHeader } from './result-text';
import type { RosterPlace } from './types';

function headerText(cell: unknown): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/**
 * The roster's columns within a header row: from the first to the last non-empty header, leaving
 * out Rentan's own status and reasons columns (written by an earlier check) at the right.
 */
function rosterColumns(header: readonly unknown[]): { first: number; count: number; resultAt: number } {
  const texts = header.map(headerText);
  let last = texts.length - 1;
  while (last >= 0 && (texts[last] === '' || isResultHeader(texts[last]!))) last--;
  let first = 0;
  while (first < last && texts[first] === '') first++;
  // Rentan's columns go right after the roster, or where an earlier check put them.
  const earlier = texts.findIndex((t) => isResultHeader(t));
  const resultAt = earlier > last ? earlier : last + 1;
  return { first, count: Math.max(0, last - first + 1), resultAt };
}

export async function findRosterIn(context: Excel.RequestContext): Promise<RosterPlace> {
  const selection = context.workbook.getSelectedRange();
  selection.load('rowIndex,columnIndex');
  const sheet = selection.worksheet;
  sheet.load('name');
  const atSelection = selection.getTables(false);
  atSelection.load('items/name');
  const tables = sheet.tables;
  tables.load('items/name');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();

  const table = atSelection.items[0] ?? (tables.items.length === 1 ? tables.items[0] : undefined);
  if (table) return placeOfTable(context, sheet.name, table);
  if (used.isNullObject) {
    throw new WorkbookError(
      'EMPTY_SHEET',
      `Sheet "${sheet.name}" is empty: open the sheet that holds the roster.`,
    );
  }

  const scan = sheet.getRangeByIndexes(
    used.rowIndex,
    used.columnIndex,
    Math.min(used.rowCount, HEADER_SCAN_ROWS),
    used.columnCount,
  );
  scan.load('values');
  await context.sync();
  const grid = scan.values;
  const at = locateHeaderRow(grid);
  if (at === null) {
    throw new WorkbookError(
      'NO_HEADER_ROW',
      `No row among the first ${HEADER_SCAN_ROWS} of sheet "${sheet.name}" names a NIK column.`,
    );
  }
  const header = grid[at]!;
  const columns = rosterColumns(header);
  const headerRow = used.rowIndex + at;
  const sample = grid.slice(at + 1).map((row) => row.slice(columns.first, columns.first + columns.count));
  return {
    sheet: sheet.name,
    table: null,
    headerRow,
    firstColumn: used.columnIndex + columns.first,
    columnCount: columns.count,
    rowCount: used.rowIndex + used.rowCount - headerRow - 1,
    headers: header.slice(columns.first, columns.first + columns.count).map(headerText),
    resultColumn: used.columnIndex + columns.resultAt,
    ...(sample.length > 0 ? { bytesPerRow: jsonBytes(sample) / sample.length } : {}),
  };
}

async function placeOfTable(
  context: Excel.RequestContext,
  sheet: string,
  table: Excel.Table,
): Promise<RosterPlace> {
  const header = table.getHeaderRowRange();
  header.load('values,rowIndex,columnIndex');
  const body = table.getDataBodyRange();
  body.load('rowCount');
  await context.sync();
  const cells = header.values[0] ?? [];
  const columns = rosterColumns(cells);
  return {
    sheet,
    table: table.name,
    headerRow: header.rowIndex,
    firstColumn: header.columnIndex + columns.first,
    columnCount: columns.count,
    rowCount: body.rowCount,
    headers: cells.slice(columns.first, columns.first + columns.count).map(headerText),
    resultColumn: header.columnIndex + columns.resultAt,
  };
}

/** The roster-relative column whose header names the NIK, or null. */
export function nikColumnOfHeaders(headers: readonly string[]): number | null {
  const at = headers.findIndex((h) => fieldForHeader(h) === 'nik');
  return at < 0 ? null : at;
}

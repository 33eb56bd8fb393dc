/**
 * Reading the roster sheet of an .xlsx workbook with exceljs's streaming reader: rows arrive one
 * at a time, so a 100,000-row roster is never held twice (as a workbook model and as a grid).
 * Styles are not read: dates then arrive as Excel serials, as they do in the add-in.
 */
import { open } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { HEADER_SCAN_ROWS, locateHeaderRow } from '../../shared/roster';
import { CliError, describeSystemError, fileError } from '../errors';
import { plainRow } from './cell-value';
import type { LocatedRoster } from './located-roster';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
// An OLE compound file: either an encrypted OOXML workbook or an old .xls.
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// The stream a password-protected OOXML file keeps its key data in (directory names are UTF-16).
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/** Fails with one clear line unless `path` starts like an xlsx (zip) file. */
async function checkSignature(path: string): Promise<void> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fileError(describeSystemError(error, path) ?? `${path} cannot be opened: ${String(error)}`);
  }
  try {
    const { size } = await handle.stat();
    if (size === 0) throw fileError(`${path} is empty (0 bytes): it is not an Excel workbook.`);
    const head = Buffer.alloc(8);
    await handle.read(head, 0, 8, 0);
    if (head.subarray(0, 4).equals(ZIP_MAGIC)) return;
    if (head.equals(OLE_MAGIC)) {
      // Compound files are small enough here to search whole; the directory may sit anywhere.
      const whole = await handle.readFile();
      if (whole.includes(ENCRYPTION_INFO)) {
        throw fileError(
          `${path} is protected with a password (encrypted); open it in Excel, remove the password ` +
            '(File > Info > Protect Workbook > Encrypt with Password), save and try again.',
        );
      }
      throw fileError(
        `${path} is an old Excel 97-2003 workbook (.xls); open it in Excel and save it as .xlsx.`,
      );
    }
    throw fileError(
      `${path} is not an xlsx workbook (it may be damaged, or another kind of file renamed .xlsx).`,
    );
  } finally {
    await handle.close();
  }
}

interface SheetInfo {
  name: string;
  hidden: boolean;
  /** Position in the workbook's tab order. */
  tab: number;
}

/** The streamed worksheet reader's name, visibility and tab position, from the workbook's sheet list. */
function sheetInfo(
  reader: { model?: { sheets?: { name: string; state?: string }[] } },
  worksheet: unknown,
): SheetInfo {
  const w = worksheet as { name?: string; state?: string; id?: unknown };
  const sheets = reader.model?.sheets ?? [];
  const tab = sheets.findIndex((s) => s.name === w.name);
  return {
    name: w.name ?? `Sheet${String(w.id)}`,
    hidden: w.state !== undefined && w.state !== 'visible',
    tab,
  };
}

/** Rows between two progress reports. */
const PROGRESS_EVERY = 10_000;

interface Progress {
  rows: number;
  report: ((rowsRead: number) => void) | undefined;
}

/** A sheet read so far: its rows (index = sheet row - 1) and its header row once found. */
interface ReadSheet {
  info: SheetInfo;
  grid: unknown[][];
  headerIndex: number | null;
  hasCells: boolean;
}

/**
 * Reads one streamed worksheet. Its rows are kept when it is the wanted sheet, or, without a
 * wanted sheet, when a header row turns up within the scan window; otherwise rows are only drained.
 */
async function readSheet(
  worksheet: AsyncIterable<{ number: number; values: unknown }>,
  info: SheetInfo,
  keepAll: boolean,
  progress: Progress,
): Promise<ReadSheet> {
  const sheet: ReadSheet = { info, grid: [], headerIndex: null, hasCells: false };
  let keeping = true;
  let decided = keepAll;
  for await (const row of worksheet) {
    if (++progress.rows % PROGRESS_EVERY === 0) progress.report?.(progress.rows);
    if (!keeping) continue;
    const cells = plainRow(row.values);
    if (cells.some((c) => c !== null && c !== undefined && c !== '')) sheet.hasCells = true;
    while (sheet.grid.length < row.number - 1) sheet.grid.push([]);
    sheet.grid[row.number - 1] = cells;
    if (!decided && row.number >= HEADER_SCAN_ROWS) {
      decided = true;
      keeping = locateHeaderRow(sheet.grid) !== null;
    }
  }
  if (keeping) sheet.headerIndex = locateHeaderRow(sheet.grid);
  else sheet.grid = [];
  return sheet;
}

/**
 * The roster of an xlsx workbook: the sheet named `wanted`, or else the first visible sheet in tab
 * order whose first rows hold a header row naming the NIK.
 */
export async function readXlsxRoster(
  path: string,
  wanted?: string,
  onRows?: (rowsRead: number) => void,
): Promise<LocatedRoster> {
  await checkSignature(path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const progress: Progress = { rows: 0, report: onRows };
  const seen: ReadSheet[] = [];
  let chosen: ReadSheet | undefined;
  try {
    for await (const worksheet of reader) {
      const info = sheetInfo(reader as never, worksheet);
      const isWanted = wanted !== undefined && info.name.trim().toLowerCase() === wanted.trim().toLowerCase();
      if (wanted !== undefined && !isWanted) {
        // Rows must be drained for the reader to reach the next sheet.
        for await (const _row of worksheet as AsyncIterable<unknown>) {
          if (++progress.rows % PROGRESS_EVERY === 0) progress.report?.(progress.rows);
        }
        seen.push({ info, grid: [], headerIndex: null, hasCells: false });
        continue;
      }
      const sheet = await readSheet(worksheet as never, info, isWanted, progress);
      seen.push(sheet);
      if (isWanted) {
        chosen = sheet;
        break;
      }
      // The first roster sheet in tab order is known once no unread sheet comes before it.
      // (Sheets stream in file order, which need not be tab order.)
      if (sheet.headerIndex !== null && !sheet.info.hidden && (!chosen || sheet.info.tab < chosen.info.tab)) {
        chosen = sheet;
      }
      if (chosen && !unreadBefore(reader as never, seen, chosen.info.tab)) break;
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw fileError(`${path} is damaged and cannot be read as an xlsx workbook (${detail}).`);
  }
  return located(path, wanted, seen, chosen);
}

/** True when the workbook lists a sheet before tab `tab` that has not been read yet. */
function unreadBefore(
  reader: { model?: { sheets?: { name: string }[] } },
  seen: readonly ReadSheet[],
  tab: number,
): boolean {
  const sheets = reader.model?.sheets ?? [];
  const read = new Set(seen.map((s) => s.info.name));
  return sheets.slice(0, Math.max(0, tab)).some((s) => !read.has(s.name));
}

function located(
  path: string,
  wanted: string | undefined,
  seen: readonly ReadSheet[],
  chosen: ReadSheet | undefined,
): LocatedRoster {
  const names = [...seen].sort((a, b) => a.info.tab - b.info.tab).map((s) => `"${s.info.name}"`);
  if (seen.length === 0) throw fileError(`${path} has no sheets.`);
  if (wanted !== undefined && !chosen) {
    throw fileError(`${path} has no sheet named "${wanted}"; its sheets are ${names.join(', ')}.`);
  }
  if (!chosen) {
    const candidates = [...seen]
      .filter((s) => s.headerIndex !== null)
      .sort((a, b) => a.info.tab - b.info.tab);
    // Only hidden sheets hold a roster: take the first rather than fail.
    chosen = candidates[0];
  }
  if (!chosen) {
    if (!seen.some((s) => s.hasCells)) throw fileError(`${path}: every sheet is empty.`);
    throw fileError(
      `${path}: no sheet has a NIK column (looked for a header row such as "NIK" or "No KTP" in the first ` +
        `${HEADER_SCAN_ROWS} rows of ${names.join(', ')}).`,
    );
  }
  const name = chosen.info.name;
  if (!chosen.hasCells) throw fileError(`${path}: sheet "${name}" is empty.`);
  if (chosen.headerIndex === null) {
    throw fileError(
      `${path}: sheet "${name}" has no NIK column (looked for a header row such as "NIK" or "No KTP" in its first ` +
        `${HEADER_SCAN_ROWS} rows).`,
    );
  }
  return { sheet: name, grid: chosen.grid, headerIndex: chosen.headerIndex };
}

/**
 * Reading a roster from a CSV file with papaparse. Excel with Indonesian regional settings saves
 * CSV with `;` between cells (the comma is the decimal mark there) and often a UTF-8 BOM; older
 * Excel saves in the Windows code page. Every cell stays text, as a clerk typed it: shared/roster
 * reads numbers, dates and NIKs from text, including "6,20301E+15" (a NIK that went through a number).
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { HEADER_SCAN_ROWS, locateHeaderRow } from '../../shared/roster';
import { describeSystemError, fileError } from '../errors';
import type { LocatedRoster } from './located-roster';

/** UTF-8 (without its BOM) when the bytes are valid UTF-8, else Windows-1252 (Excel's "CSV" on Windows). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const SEPARATORS = [';', ',', '\t'] as const;

/**
 * The separator that occurs on the most of the first lines (`;` first on a tie). Counting lines,
 * not fields, keeps decimal commas in a `;` file from winning, and title rows ("DAFTAR ...;;;;")
 * count for the separator they carry; papaparse's own guess falls back to "," on such files.
 */
export function guessSeparator(text: string): string {
  const lines = text.split(/\r\n|\n|\r/, 60).filter((line) => line.trim() !== '');
  let best: string = SEPARATORS[0];
  let bestLines = 0;
  for (const separator of SEPARATORS) {
    const count = lines.filter((line) => line.includes(separator)).length;
    if (count > bestLines) {
      best = separator;
      bestLines = count;
    }
  }
  return best;
}

/** Splits CSV text into rows of text cells, with `;`, `,` or tab as the separator. */
export function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { delimiter: guessSeparator(text), skipEmptyLines: false });
  const rows = result.data;
  // A final newline leaves one empty record behind.
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === '') rows.pop();
  return rows;
}

export async function readCsvRoster(path: string): Promise<LocatedRoster> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw fileError(describeSystemError(error, path) ?? `${path} cannot be read: ${String(error)}`);
  }
  if (bytes.includes(0)) {
    throw fileError(
      `${path} is not a text (CSV) file; if it is a workbook, give it the .xlsx name it should have.`,
    );
  }
  const grid = parseCsv(decodeText(bytes));
  if (!grid.some((row) => row.some((cell) => cell.trim() !== ''))) throw fileError(`${path} is empty.`);
  const headerIndex = locateHeaderRow(grid);
  if (headerIndex === null) {
    throw fileError(
      `${path} has no NIK column (looked for a header row such as "NIK" or "No KTP" in the first ${HEADER_SCAN_ROWS} rows).`,
    );
  }
  return { sheet: null, grid, headerIndex };
}

/**
 * The one way the command line reads a roster file (`check` now, `submit` later): by its
 * extension, the sheet holding the roster, and the row its headers are on.
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { CliError, describeSystemError, fileError, usageError } from '../errors';
import type { LocatedRoster } from './located-roster';

export type { LocatedRoster } from './located-roster';

export interface ReadOptions {
  /** The sheet to read (xlsx only); by default the first sheet holding a roster. */
  sheet?: string;
  /** Called now and then while a workbook is read, with the rows read so far (progress for big files). */
  onRows?: (rowsRead: number) => void;
}

export async function readRosterFile(path: string, options: ReadOptions = {}): Promise<LocatedRoster> {
  const kind = extname(path).toLowerCase();
  if (kind !== '.xlsx' && kind !== '.csv') {
    if (kind === '.xls')
      throw fileError(`${path} is an old Excel 97-2003 workbook; open it in Excel and save it as .xlsx.`);
    throw fileError(`${path}: rentan reads .xlsx and .csv files, not "${kind || 'no extension'}".`);
  }
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw fileError(`${path} is a folder, not a file.`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw fileError(describeSystemError(error, path) ?? `${path} cannot be read: ${String(error)}`);
  }
  if (kind === '.csv') {
    if (options.sheet !== undefined)
      throw usageError('--sheet applies to .xlsx workbooks; a CSV file has one table.');
    // Loaded on use: a CSV check never pays for loading exceljs.
    const { readCsvRoster } = await import('./csv');
    return readCsvRoster(path);
  }
  const { readXlsxRoster } = await import('./xlsx');
  return readXlsxRoster(path, options.sheet, options.onRows);
}

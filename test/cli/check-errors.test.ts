/**
 * Every way `rentan check` can be given something it cannot use: one line on stderr that says
 * what to fix, the documented exit code (2 for the command line, 3 for the file), no stack trace.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import officeCrypto from 'officecrypto-tool';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rentan, tempFolder, type RentanRun } from './support/run-rentan';
import { VILLAGE_HEADERS, writeVillageWorkbook } from './support/village-files';

let dir: string;
let remove: () => Promise<void>;
const at = (name: string): string => join(dir, name);

async function workbook(path: string, fill: (book: ExcelJS.Workbook) => void): Promise<void> {
  const book = new ExcelJS.Workbook();
  fill(book);
  await book.xlsx.writeFile(path);
}

beforeAll(async () => {
  ({ dir, remove } = await tempFolder());
  await writeVillageWorkbook(at('desa.xlsx'));
  const plain = await readFile(at('desa.xlsx'));
  await writeFile(at('terkunci.xlsx'), officeCrypto.encrypt(plain, { password: 'rahasia' }));
  await writeFile(at('terpotong.xlsx'), plain.subarray(0, Math.floor(plain.length / 2)));
  await writeFile(at('bukan.xlsx'), 'NIK;Nama\n6203015205800001;Siti\n');
  await mkdir(at('folder.xlsx'));
  await workbook(at('tanpa-nik.xlsx'), (book) => {
    const sheet = book.addWorksheet('Data');
    sheet.addRow(['Nama', 'Alamat']);
    sheet.addRow(['Siti Aminah', 'RT 01']);
  });
  await workbook(at('kosong.xlsx'), (book) => {
    book.addWorksheet('Sheet1');
  });
  await workbook(at('hanya-judul.xlsx'), (book) => {
    const sheet = book.addWorksheet('Desa');
    sheet.addRow(['DAFTAR PEKERJA RENTAN']);
    sheet.addRow([]);
    sheet.addRow(VILLAGE_HEADERS);
  });
  await writeFile(at('kosong.csv'), '\uFEFF\r\n;;\r\n');
});
afterAll(() => remove());

/** The one-line error contract: exactly one line, prefixed "rentan: ", no stack frames, nothing on stdout. */
function expectOneLineError(run: RentanRun, code: number, message: string | RegExp): void {
  expect(run.stdout).toBe('');
  expect(run.code).toBe(code);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]!.startsWith('rentan: ')).toBe(true);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  if (typeof message === 'string') expect(lines[0]).toContain(message);
  else expect(lines[0]).toMatch(message);
}

describe('rentan check: files it cannot use (exit 3)', () => {
  it.each([
    ['a missing file', ['check', 'tidak-ada.xlsx'], 'rentan: tidak-ada.xlsx: no such file.'],
    [
      'a folder where a file should be',
      ['check', 'folder.xlsx'],
      'rentan: folder.xlsx is a folder, not a file.',
    ],
    [
      'a password-protected (encrypted) workbook',
      ['check', 'terkunci.xlsx'],
      'rentan: terkunci.xlsx is protected with a password (encrypted); open it in Excel, remove the password',
    ],
    [
      'a damaged (truncated) workbook',
      ['check', 'terpotong.xlsx'],
      'rentan: terpotong.xlsx is damaged and cannot be read as an xlsx workbook',
    ],
    [
      'a text file named .xlsx',
      ['check', 'bukan.xlsx'],
      'rentan: bukan.xlsx is not an xlsx workbook (it may be damaged, or another kind of file renamed .xlsx).',
    ],
    [
      'a sheet with no NIK column',
      ['check', 'tanpa-nik.xlsx'],
      'rentan: tanpa-nik.xlsx: no sheet has a NIK column (looked for a header row such as "NIK" or "No KTP" in the first 50 rows of "Data").',
    ],
    [
      'a workbook whose only sheet is empty',
      ['check', 'kosong.xlsx'],
      'rentan: kosong.xlsx: every sheet is empty.',
    ],
    [
      'an empty sheet named with --sheet',
      ['check', 'kosong.xlsx', '--sheet', 'Sheet1'],
      'rentan: kosong.xlsx: sheet "Sheet1" is empty.',
    ],
    ['an empty CSV (a BOM and separators)', ['check', 'kosong.csv'], 'rentan: kosong.csv is empty.'],
    [
      'a table with headers and no rows',
      ['check', 'hanya-judul.xlsx'],
      'rentan: hanya-judul.xlsx, sheet "Desa": the table has headers on row 3 but no worker rows under them.',
    ],
    [
      'a sheet name the workbook does not have',
      ['check', 'desa.xlsx', '--sheet', 'Desa Lain'],
      'rentan: desa.xlsx has no sheet named "Desa Lain"; its sheets are "Desa Sukamaju".',
    ],
    [
      'a file of another kind',
      ['check', 'desa.ods'],
      'rentan: desa.ods: rentan reads .xlsx and .csv files, not ".ods".',
    ],
    [
      'a missing policy file',
      ['check', 'desa.xlsx', '--policy', 'tidak-ada.csv'],
      'rentan: --policy tidak-ada.csv: no such file.',
    ],
  ])('%s', async (_what, args, message) => {
    expectOneLineError(await rentan(args, dir), 3, message);
  });

  it('a policy file with an unknown setting names the file and the setting', async () => {
    await writeFile(at('salah.csv'), 'umur_minimal,18\n');
    expectOneLineError(
      await rentan(['check', 'desa.xlsx', '--policy', 'salah.csv'], dir),
      3,
      'rentan: --policy salah.csv: Unknown policy setting "umur_minimal" on row 1',
    );
  });
});

describe('rentan check: a wrong command line (exit 2)', () => {
  it.each([
    ['an unknown option', ['check', 'desa.xlsx', '--bogus'], "rentan: unknown option '--bogus'"],
    ['no file', ['check'], "rentan: missing required argument 'file'"],
    ['an unknown command', ['cek', 'desa.xlsx'], /^rentan: unknown command 'cek'/],
    [
      'an --as-of that is not a date',
      ['check', 'desa.xlsx', '--as-of', '01-01-2026'],
      'rentan: --as-of must be a date written YYYY-MM-DD, got "01-01-2026".',
    ],
    [
      'an --as-of day that does not exist',
      ['check', 'desa.xlsx', '--as-of', '2026-02-30'],
      'rentan: --as-of 2026-02-30 is not a real calendar day.',
    ],
    [
      'a --set without "="',
      ['check', 'desa.xlsx', '--set', 'max_desil'],
      'rentan: --set must be written key=value (e.g. --set max_desil=4), got "max_desil".',
    ],
    [
      'a --set of an unknown setting',
      ['check', 'desa.xlsx', '--set', 'umur=18'],
      'rentan: --set umur: unknown setting',
    ],
    [
      'a --set value out of range',
      ['check', 'desa.xlsx', '--set', 'max_desil=11'],
      'rentan: --set: Setting max_desil must be a whole number from 1 to 10, got "11".',
    ],
    [
      'a --set of min_age above max_age',
      ['check', 'desa.xlsx', '--set', 'min_age=70'],
      'rentan: --set: Setting min_age (70) is above max_age (65).',
    ],
    [
      'a cost without all of its parts',
      ['check', 'desa.xlsx', '--months', '12'],
      'rentan: A cost needs --funding, --start and --months together; add --funding and --start.',
    ],
    [
      'an unknown funding source',
      ['check', 'desa.xlsx', '--funding', 'APBDes', '--start', '2026-01', '--months', '12'],
      'rentan: --funding must be one of APBD, APBN, DD, ADD, DBH-SAWIT, CSR, MANDIRI; got "APBDes".',
    ],
    [
      'a start month that is not YYYY-MM',
      ['check', 'desa.xlsx', '--funding', 'DD', '--start', 'Januari', '--months', '12'],
      'rentan: --start must be a month written YYYY-MM (e.g. 2026-01), got "Januari".',
    ],
    [
      'months that are not a whole number',
      ['check', 'desa.xlsx', '--funding', 'DD', '--start', '2026-01', '--months', '1.5'],
      'rentan: --months must be a whole number of months from 1 to 1200, got "1.5".',
    ],
    [
      '--out that is not an xlsx',
      ['check', 'desa.xlsx', '--out', 'hasil.csv'],
      'rentan: --out must name an .xlsx file, got "hasil.csv".',
    ],
    [
      '--out onto the roster itself',
      ['check', 'desa.xlsx', '--out', './desa.xlsx'],
      'rentan: --out must be a new file: rentan never overwrites the roster it reads.',
    ],
    [
      '--lang that rentan does not speak',
      ['check', 'desa.xlsx', '--lang', 'fr'],
      /^rentan: option '--lang <lang>' argument 'fr' is invalid/,
    ],
  ])('%s', async (_what, args, message) => {
    expectOneLineError(await rentan(args, dir), 2, message);
  });
});

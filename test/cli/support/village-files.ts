/**
 * Roster files as villages send them, made with exceljs in the test: a title block (merged), a
 * blank row, the table, and a signature block under it. Figures the tests expect are worked out
 * by hand beside each row (domain.md §3–§4, ages on 2026-01-01, default policy 18–65).
 */
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';

export const VILLAGE_HEADERS = [
  'NO',
  'NIK',
  'NAMA LENGKAP',
  'TEMPAT/TGL LAHIR',
  'L/P',
  'DESA/KEL',
  'PEKERJAAN',
  'DESIL',
];

/**
 * The workers of Desa Sukamaju. NIK = 62 03 01 DDMMYY NNNN (Kapuas, district 01; women day + 40).
 * Sheet rows 6–12 (headers on row 5).
 */
export const SUKAMAJU_ROWS: readonly (readonly unknown[])[] = [
  // row 6: 12-05-1980, woman (52 = 12 + 40), 45 years old: eligible
  [1, '6203015205800001', 'Siti Aminah', 'Kuala Kapuas, 12-05-1980', 'P', 'Sukamaju', 'Petani', 2],
  // row 7: 15-06-1990, man, 35: eligible
  [2, '6203011506900002', 'Budi Santoso', 'Kuala Kapuas, 15-06-1990', 'L', 'Sukamaju', 'Nelayan', 3],
  // row 8: typed as a number, Excel kept 15 digits: NIK_PRECISION_LOST
  [3, 6203012001850000, 'Ahmad Fauzi', 'Kuala Kapuas, 20-01-1985', 'L', 'Sukamaju', 'Buruh Harian', 1],
  // row 9: Siti again: NIK_DUPLICATE of row 6
  [4, '6203015205800001', 'Siti Aminah', 'Kuala Kapuas, 12-05-1980', 'P', 'Sukamaju', 'Petani', 2],
  // row 10: 01-01-1950, 76 on 2026-01-01: AGE_ABOVE_MAX
  [5, '6203010101500003', 'Slamet', 'Kuala Kapuas, 01-01-1950', 'L', 'Sukamaju', 'Petani', 1],
  // row 11: 01-03-2010, woman (41), 15: AGE_BELOW_MIN
  [6, '6203014103100004', 'Dewi Lestari', 'Kuala Kapuas, 01-03-2010', 'P', 'Sukamaju', 'Pelajar', 4],
  // row 12: 22-08-1988, man, 37, decile 5: eligible (no decile limit by default)
  [7, '6203012208880005', 'Rahmat Hidayat', 'Kuala Kapuas, 22-08-1988', 'L', 'Sukamaju', 'Pedagang', 5],
];

/** Hand-counted results for SUKAMAJU_ROWS on 2026-01-01 with the default policy. */
export const SUKAMAJU_EXPECTED = {
  headerRow: 5,
  rows: 7,
  eligible: 3,
  waitlisted: 0,
  rejected: 4,
  byReason: { NIK_PRECISION_LOST: 1, NIK_DUPLICATE: 1, AGE_ABOVE_MAX: 1, AGE_BELOW_MIN: 1 },
  // Signature rows 14, 15 and 17 (rows 13 and 16 are blank).
  ignored: 3,
} as const;

/** A village workbook: title block over A1:H3 (merged), blank row 4, headers on row 5, signature under. */
export async function writeVillageWorkbook(
  path: string,
  options: { sheetName?: string; before?: string[]; rows?: readonly (readonly unknown[])[] } = {},
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const name of options.before ?? [])
    workbook.addWorksheet(name).addRow(['Catatan', 'bukan daftar pekerja']);
  const sheet = workbook.addWorksheet(options.sheetName ?? 'Desa Sukamaju');
  const titles = [
    'DAFTAR CALON PESERTA BPJS KETENAGAKERJAAN PEKERJA RENTAN',
    'DESA SUKAMAJU KECAMATAN KAPUAS HILIR',
    'KABUPATEN KAPUAS TAHUN 2026',
  ];
  titles.forEach((title, i) => {
    sheet.getCell(`A${i + 1}`).value = title;
    sheet.mergeCells(`A${i + 1}:H${i + 1}`);
  });
  sheet.getRow(5).values = VILLAGE_HEADERS;
  sheet.getRow(5).font = { bold: true };
  const rows = options.rows ?? SUKAMAJU_ROWS;
  rows.forEach((row, i) => {
    sheet.getRow(6 + i).values = [...row] as ExcelJS.CellValue[];
  });
  // The NIK column is text where typed as text; the number stays a number, as Excel keeps it.
  const after = 6 + rows.length + 1; // one blank row, then the signature block
  sheet.getCell(`C${after}`).value = 'Mengetahui,';
  sheet.getCell(`G${after}`).value = 'Kuala Kapuas, 5 Januari 2026';
  sheet.getCell(`C${after + 1}`).value = 'Camat Kapuas Hilir';
  sheet.getCell(`G${after + 1}`).value = 'Kepala Desa Sukamaju';
  sheet.getCell(`C${after + 3}`).value = '(DRS. YUSUF)';
  sheet.getCell(`G${after + 3}`).value = '(H. ABDUL RAHMAN)';
  await workbook.xlsx.writeFile(path);
}

/** CSV text as Excel with Indonesian settings saves it: `;` separated, CRLF, a numeric NIK as 6,20301E+15. */
export function villageCsv(): string {
  const lines = [
    'DAFTAR CALON PESERTA BPJS KETENAGAKERJAAN PEKERJA RENTAN;;;;;;;',
    'DESA SUKAMAJU KECAMATAN KAPUAS HILIR;;;;;;;',
    ';;;;;;;',
    VILLAGE_HEADERS.join(';'),
    ...SUKAMAJU_ROWS.map((row) =>
      row.map((cell) => (typeof cell === 'number' && cell > 1e14 ? '6,20301E+15' : String(cell))).join(';'),
    ),
    ';;;;;;;',
    ';;;;;;Kuala Kapuas, 5 Januari 2026;',
    ';;;;;;Kepala Desa Sukamaju;',
    ';;;;;;;',
    ';;;;;;(H. ABDUL RAHMAN);',
  ];
  return lines.join('\r\n') + '\r\n';
}

export async function writeVillageCsv(path: string, options: { bom: boolean }): Promise<void> {
  await writeFile(path, (options.bom ? '\uFEFF' : '') + villageCsv(), 'utf8');
}

/**
 * `rentan check` spawned as a user runs it, on village files made here with exceljs. Every figure
 * is counted by hand in support/village-files.ts (ages on 2026-01-01, default policy 18–65).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rentan, tempFolder } from './support/run-rentan';
import {
  SUKAMAJU_EXPECTED,
  SUKAMAJU_ROWS,
  VILLAGE_HEADERS,
  villageCsv,
  writeVillageCsv,
  writeVillageWorkbook,
} from './support/village-files';

let dir: string;
let remove: () => Promise<void>;
const at = (name: string): string => join(dir, name);

beforeAll(async () => {
  ({ dir, remove } = await tempFolder());
  // A note sheet first: the roster is found on the second tab.
  await writeVillageWorkbook(at('desa-sukamaju.xlsx'), { before: ['Petunjuk'] });
  await writeVillageCsv(at('desa-bom.csv'), { bom: true });
});
afterAll(() => remove());

const JSON_EXPECTED = {
  headerRow: SUKAMAJU_EXPECTED.headerRow,
  rows: SUKAMAJU_EXPECTED.rows,
  eligible: SUKAMAJU_EXPECTED.eligible,
  waitlisted: SUKAMAJU_EXPECTED.waitlisted,
  rejected: SUKAMAJU_EXPECTED.rejected,
  byReason: SUKAMAJU_EXPECTED.byReason,
};

describe('rentan check on a village xlsx with title rows and a signature block', () => {
  it('finds the headers on row 5 of the second sheet, ignores the signature block and says so (Indonesian)', async () => {
    const run = await rentan(['check', 'desa-sukamaju.xlsx', '--as-of', '2026-01-01'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toContain('Berkas: desa-sukamaju.xlsx, lembar "Desa Sukamaju"; judul kolom di baris 5');
    expect(out).toContain('Pekerja: 7 baris (baris 6–12); 3 baris diabaikan');
    expect(out).toContain('2 baris kosong');
    expect(out).toMatch(/Layak\s+3\n/);
    expect(out).toMatch(/Daftar tunggu\s+0\n/);
    expect(out).toMatch(/Ditolak\s+4\n/);
    // The reasons table: code, rows, the Indonesian sentence (a duplicate points at the sheet row).
    expect(out).toMatch(/NIK_PRECISION_LOST\s+1\s+NIK tersimpan sebagai angka: digit terakhir hilang/);
    expect(out).toMatch(/NIK_DUPLICATE\s+1\s+NIK ganda: sudah tercantum pada baris 6\./);
    expect(out).toMatch(/AGE_ABOVE_MAX\s+1\s+Usia 76 tahun di atas batas maksimal 65 tahun\./);
    expect(out).toMatch(/AGE_BELOW_MIN\s+1\s+Usia 15 tahun di bawah batas minimal 18 tahun\./);
    // The first rows of each reason, by sheet row and name.
    expect(out).toMatch(/baris 8\s+Ahmad Fauzi, NIK 6\.20301E\+15/);
    expect(out).toMatch(/baris 9\s+Siti Aminah, NIK 6203015205800001/);
    expect(out).toMatch(/baris 10\s+Slamet/);
    expect(out).toMatch(/baris 11\s+Dewi Lestari/);
    // No cost without --funding/--start/--months, and a hint how to get one.
    expect(out).toContain('Biaya: tambahkan --funding, --start dan --months');
    // The signature block is never reported as workers.
    expect(out).not.toContain('Kepala Desa');
    expect(out).not.toContain('NAME_MISSING');
    expect(out).not.toContain('NIK_MISSING');
  });

  it('speaks English with --lang en', async () => {
    const run = await rentan(['check', 'desa-sukamaju.xlsx', '--as-of', '2026-01-01', '--lang', 'en'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('File: desa-sukamaju.xlsx, sheet "Desa Sukamaju"; headers on row 5');
    expect(run.stdout).toContain('Workers: 7 rows (row 6–12); 3 rows ignored');
    expect(run.stdout).toMatch(
      /NIK_PRECISION_LOST\s+1\s+NIK stored as number: precision lost, re-enter as text\./,
    );
    expect(run.stdout).toMatch(/NIK_DUPLICATE\s+1\s+Duplicate NIK: already listed on row 6\./);
  });

  it('--json prints exactly one object with the hand-counted figures and the DD cost month by month', async () => {
    const run = await rentan(
      [
        'check',
        'desa-sukamaju.xlsx',
        '--as-of',
        '2026-01-01',
        '--json',
        '--funding',
        'DD',
        '--start',
        '2026-01',
        '--months',
        '12',
      ],
      dir,
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    // 3 eligible × (Jan–Mar 3 × 16,800 + Apr–Dec 9 × 8,400, PP 50/2025 for non-APBD funding) = 3 × 126,000.
    expect(JSON.parse(run.stdout)).toEqual({
      file: 'desa-sukamaju.xlsx',
      sheet: 'Desa Sukamaju',
      ...JSON_EXPECTED,
      cost: 378_000,
    });
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('costs APBD without the discount and shows the runs of months in the report', async () => {
    const run = await rentan(
      [
        'check',
        'desa-sukamaju.xlsx',
        '--as-of',
        '2026-01-01',
        '--funding',
        'apbd',
        '--start',
        '2026-01',
        '--months',
        '12',
      ],
      dir,
    );
    expect(run.code).toBe(0);
    // 3 × 12 × 16,800 = 604,800: APBD-paid BPU are excluded from PP 50/2025.
    expect(run.stdout).toContain('Biaya: 3 pekerja layak, JKK-JKM, APBD, OTHER, 2026-01, 12 bulan');
    expect(run.stdout).toMatch(/2026-01 – 2026-12\s+12 bulan × Rp 16\.800 × 3 = Rp 604\.800/);
    expect(run.stdout).toContain('Total Rp 604.800');
  });

  it('applies a policy file, and --set wins over it', async () => {
    await writeFile(at('kebijakan.csv'), 'setting,value\nvillage_quota,1\nmax_desil,4\n');
    const withFile = await rentan(
      ['check', 'desa-sukamaju.xlsx', '--as-of', '2026-01-01', '--policy', 'kebijakan.csv', '--json'],
      dir,
    );
    expect(withFile.stderr).toBe('');
    // Rahmat (decile 5 > 4) is rejected; of Siti (decile 2) and Budi (3), the quota of 1 keeps Siti.
    expect(JSON.parse(withFile.stdout)).toMatchObject({
      eligible: 1,
      waitlisted: 1,
      rejected: 5,
      byReason: { ...SUKAMAJU_EXPECTED.byReason, DECILE_ABOVE_MAX: 1, QUOTA_EXCEEDED: 1 },
    });
    const overridden = await rentan(
      [
        'check',
        'desa-sukamaju.xlsx',
        '--as-of',
        '2026-01-01',
        '--policy',
        'kebijakan.csv',
        '--set',
        'max_desil=10',
        '--json',
      ],
      dir,
    );
    // Decile 5 is within 10 now: Siti kept, Budi and Rahmat waitlisted.
    expect(JSON.parse(overridden.stdout)).toMatchObject({ eligible: 1, waitlisted: 2, rejected: 4 });
  });

  it('--strict exits 1 when rows are rejected, after printing the report', async () => {
    const run = await rentan(
      ['check', 'desa-sukamaju.xlsx', '--as-of', '2026-01-01', '--strict', '--json'],
      dir,
    );
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ rejected: 4 });
  });
});

describe('rentan check: which sheet', () => {
  it('takes the first visible roster sheet in tab order, over a hidden one and one listed later', async () => {
    const book = new ExcelJS.Workbook();
    const hidden = book.addWorksheet('Lama', { state: 'hidden' });
    hidden.addRow(['NIK', 'Nama']);
    hidden.addRow(['6203015205800001', 'Siti Aminah']);
    const visible = book.addWorksheet('Baru');
    visible.addRow(['REKAP DESA']);
    visible.addRow(['NIK', 'Nama']);
    visible.addRow(['6203011506900002', 'Budi Santoso']);
    visible.addRow(['6203012208880005', 'Rahmat Hidayat']);
    const later = book.addWorksheet('Cadangan');
    later.addRow(['NIK', 'Nama']);
    later.addRow(['6203011506900002', 'Budi Santoso']);
    await book.xlsx.writeFile(at('tiga-lembar.xlsx'));

    const chosen = await rentan(['check', 'tiga-lembar.xlsx', '--as-of', '2026-01-01', '--json'], dir);
    expect(JSON.parse(chosen.stdout)).toMatchObject({ sheet: 'Baru', headerRow: 2, rows: 2, eligible: 2 });
    // --sheet reaches the hidden one, whatever its case.
    const named = await rentan(
      ['check', 'tiga-lembar.xlsx', '--as-of', '2026-01-01', '--json', '--sheet', 'lama'],
      dir,
    );
    expect(JSON.parse(named.stdout)).toMatchObject({ sheet: 'Lama', headerRow: 1, rows: 1, eligible: 1 });
  });
});

describe('rentan check on CSV files', () => {
  it('reads a ";" CSV with a UTF-8 BOM, and its 6,20301E+15 NIK as one that went through a number', async () => {
    const run = await rentan(['check', 'desa-bom.csv', '--as-of', '2026-01-01', '--json'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // Two title rows and a blank row: headers on row 4.
    expect(JSON.parse(run.stdout)).toEqual({
      file: 'desa-bom.csv',
      sheet: null,
      ...JSON_EXPECTED,
      headerRow: 4,
      cost: null,
    });
  });

  it('reads a "," CSV without a BOM the same way', async () => {
    const commas = villageCsv()
      .replace('6,20301E+15', '6.20301E+15')
      .replace(/"/g, '')
      .split('\r\n')
      .map((line) =>
        line
          .split(';')
          .map((cell) => (cell.includes(',') ? `"${cell}"` : cell))
          .join(','),
      )
      .join('\n');
    await writeFile(at('desa-comma.csv'), commas, 'utf8');
    const run = await rentan(['check', 'desa-comma.csv', '--as-of', '2026-01-01', '--json'], dir);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ ...JSON_EXPECTED, headerRow: 4 });
  });
});

describe('rentan check on NIKs typed as numbers', () => {
  it('rejects every NIK that went through a number with NIK_PRECISION_LOST and says why', async () => {
    // What Excel keeps of a 16-digit number: 15 significant digits, the last one becomes 0.
    const asNumbers = SUKAMAJU_ROWS.map((row) => {
      const copy = [...row];
      copy[1] = Math.round(Number(row[1]) / 10) * 10;
      return copy;
    });
    await writeVillageWorkbook(at('angka.xlsx'), { rows: asNumbers });
    const run = await rentan(['check', 'angka.xlsx', '--as-of', '2026-01-01'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Layak\s+0\n/);
    expect(run.stdout).toMatch(/Ditolak\s+7\n/);
    expect(run.stdout).toMatch(
      /NIK_PRECISION_LOST\s+7\s+NIK tersimpan sebagai angka: digit terakhir hilang, ketik ulang sebagai teks\./,
    );
    // The NIK shown as Excel shows such a cell.
    expect(run.stdout).toMatch(/baris 6\s+Siti Aminah, NIK 6\.20302E\+15/);
  });
});

describe('rentan check --out', () => {
  it('writes the roster back with a status and a reasons column, rejected rows highlighted', async () => {
    const run = await rentan(
      ['check', 'desa-sukamaju.xlsx', '--as-of', '2026-01-01', '--out', 'diperiksa.xlsx'],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Hasil ditulis ke diperiksa.xlsx');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(at('diperiksa.xlsx'));
    // The other sheet comes along.
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Petunjuk', 'Desa Sukamaju']);
    const sheet = workbook.getWorksheet('Desa Sukamaju')!;
    const width = VILLAGE_HEADERS.length; // H is the last column of the table: I and J are added
    expect(sheet.getCell(5, width + 1).value).toBe('Status Rentan');
    expect(sheet.getCell(5, width + 2).value).toBe('Alasan Rentan');
    const status = (row: number): unknown => sheet.getCell(row, width + 1).value;
    const reasons = (row: number): unknown => sheet.getCell(row, width + 2).value;
    expect([6, 7, 8, 9, 10, 11, 12].map(status)).toEqual([
      'LAYAK',
      'LAYAK',
      'DITOLAK',
      'DITOLAK',
      'DITOLAK',
      'DITOLAK',
      'LAYAK',
    ]);
    expect(reasons(6)).toBeNull();
    expect(reasons(8)).toBe(
      'NIK_PRECISION_LOST: NIK tersimpan sebagai angka: digit terakhir hilang, ketik ulang sebagai teks.',
    );
    expect(reasons(9)).toBe('NIK_DUPLICATE: NIK ganda: sudah tercantum pada baris 6.');
    const fill = (row: number, column: number): string | undefined => {
      const f = sheet.getCell(row, column).fill;
      return f && f.type === 'pattern' ? f.fgColor?.argb : undefined;
    };
    expect(fill(8, 2)).toBe('FFFFC7CE');
    expect(fill(8, width + 2)).toBe('FFFFC7CE');
    expect(fill(6, 2)).toBeUndefined();
    // The signature block gets no status, and the data itself is unchanged.
    for (const row of [13, 14, 15, 16, 17]) expect(status(row) ?? null).toBeNull();
    expect(sheet.getCell('G15').value).toBe('Kepala Desa Sukamaju');
    expect(sheet.getCell('B6').value).toBe('6203015205800001');
  });

  it('checking the checked file again reuses its two columns', async () => {
    const run = await rentan(
      ['check', 'diperiksa.xlsx', '--as-of', '2026-01-01', '--out', 'lagi.xlsx', '--lang', 'en'],
      dir,
    );
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(at('lagi.xlsx'));
    const header = workbook.getWorksheet('Desa Sukamaju')!.getRow(5);
    expect(header.cellCount).toBe(VILLAGE_HEADERS.length + 2);
    expect(header.getCell(VILLAGE_HEADERS.length + 1).value).toBe('Rentan status');
    expect(workbook.getWorksheet('Desa Sukamaju')!.getCell(8, VILLAGE_HEADERS.length + 1).value).toBe(
      'REJECTED',
    );
  });

  it('turns a CSV into a workbook that keeps every NIK as 16-digit text', async () => {
    const run = await rentan(
      ['check', 'desa-bom.csv', '--as-of', '2026-01-01', '--out', 'dari-csv.xlsx'],
      dir,
    );
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(at('dari-csv.xlsx'));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('B5').value).toBe('6203015205800001');
    expect(sheet.getCell(5, VILLAGE_HEADERS.length + 1).value).toBe('LAYAK');
    expect(sheet.getCell(6 + 1, VILLAGE_HEADERS.length + 1).value).toBe('DITOLAK');
  });
});

import { describe, expect, it } from 'vitest';
import { locateHeaderRow, readRoster, sortRosterRows } from '../../shared/roster';

const HEADERS = ['No', 'NIK', 'Nama', 'Tempat/Tgl Lahir', 'Alamat', 'Pekerjaan', 'Desil'];

describe('locateHeaderRow', () => {
  it('finds the header row of a plain table at the top', () => {
    expect(locateHeaderRow([HEADERS, [1, '6203014512800001', 'Siti']])).toBe(0);
  });

  it('finds the header row under a village title block and a blank row', () => {
    const grid = [
      ['DAFTAR CALON PESERTA BPJS KETENAGAKERJAAN PEKERJA RENTAN'],
      ['DESA SUKAMAJU KECAMATAN KAPUAS HILIR'],
      ['KABUPATEN KAPUAS TAHUN 2026'],
      [],
      HEADERS,
      [1, '6203014512800001', 'Siti Aminah', 'Kuala Kapuas, 12-05-1980', 'RT 01', 'Petani', 2],
    ];
    expect(locateHeaderRow(grid)).toBe(4);
  });

  it('is not fooled by a title line holding one field name ("Desa", "Kecamatan") or a merged title', () => {
    const merged = 'DATA PEKERJA RENTAN DESA SUKAMAJU';
    const grid = [
      [merged, merged, merged, merged],
      ['Desa', ': Sukamaju'],
      ['Kecamatan', ': Kapuas Hilir'],
      [null, null, null],
      ['NIK', 'Nama', 'Desa'],
    ];
    expect(locateHeaderRow(grid)).toBe(4);
  });

  it('prefers the row naming the most fields, and the upper one on a tie', () => {
    const grid = [['Nomor KTP'], [], HEADERS, [], HEADERS];
    expect(locateHeaderRow(grid)).toBe(2);
  });

  it('reads numbers and dates as data, never as headers', () => {
    // A NIK column of numbers under a header that only says "No KTP" on row 1.
    const grid = [
      [6203014512800001, 'Nama'],
      ['No KTP', 'Nama'],
    ];
    expect(locateHeaderRow(grid)).toBe(1);
  });

  it('answers null when no row names the NIK, or when the header is below the scanned rows', () => {
    expect(locateHeaderRow([])).toBeNull();
    expect(
      locateHeaderRow([
        ['Nama', 'Alamat'],
        ['Siti', 'RT 01'],
      ]),
    ).toBeNull();
    const deep = [...Array.from({ length: 10 }, () => ['judul']), HEADERS];
    expect(locateHeaderRow(deep, 10)).toBeNull();
    expect(locateHeaderRow(deep, 11)).toBe(10);
  });

  it('skips rows that are not arrays instead of throwing', () => {
    expect(locateHeaderRow([undefined as unknown as unknown[], HEADERS])).toBe(1);
  });
});

describe('sortRosterRows: the signature block is not workers', () => {
  const header = ['NIK', 'Nama', 'Alamat', 'Pekerjaan'];

  it('ignores rows with neither NIK nor name and counts them; blank rows are counted apart', () => {
    const read = readRoster([
      header,
      ['6203014512800001', 'Siti Aminah', 'RT 01', 'Petani'],
      [null, 'Budi (NIK belum ada)', 'RT 02', 'Nelayan'],
      ['6203014512800002', null, null, null],
      [null, null, null, null],
      [null, null, null, 'Sukamaju, 12 Mei 2026'],
      [null, null, null, 'Kepala Desa Sukamaju'],
      [null, null, null, null],
      [null, null, null, '(BUDI SANTOSO)'],
    ]);
    const kinds = sortRosterRows(read);
    // A name without a NIK is still a worker (rejected later for the missing NIK), and so is a NIK without a name.
    expect(kinds.workers).toEqual([0, 1, 2]);
    expect(kinds.ignored).toEqual([4, 5, 7]);
    expect(kinds.blank).toBe(2);
  });

  it('below the table, after a blank row, ignores rows without a NIK even when they fill the name column', () => {
    const read = readRoster([
      header,
      ['6203014512800001', 'Siti Aminah', 'RT 01', 'Petani'],
      [null, null, null, null],
      [null, 'Mengetahui,', null, 'Sukamaju, 12 Mei 2026'],
      [null, 'Camat Kapuas Hilir', null, 'Kepala Desa'],
      [null, '(DRS. AHMAD)', null, '(BUDI SANTOSO)'],
    ]);
    const kinds = sortRosterRows(read);
    expect(kinds.workers).toEqual([0]);
    expect(kinds.ignored).toEqual([2, 3, 4]);
    expect(kinds.blank).toBe(1);
  });

  it('keeps name-only rows inside the table, and all rows when no row has a NIK', () => {
    const read = readRoster([
      header,
      [null, 'Siti', null, null],
      [null, null, null, null],
      [null, 'Budi', null, null],
    ]);
    expect(sortRosterRows(read)).toEqual({ workers: [0, 2], ignored: [], blank: 1 });
  });
});

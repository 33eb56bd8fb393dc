import { describe, expect, it } from 'vitest';
import { InputError } from '../../shared/errors';
import { HEADER_NAMES, ROSTER_FIELDS, columnLetter, headerKey, mapHeaders } from '../../shared/roster';

describe('mapHeaders', () => {
  it('maps the Indonesian headers of a Dinas Sosial sheet', () => {
    const map = mapHeaders([
      'NIK',
      'Nama',
      'Tanggal Lahir',
      'Jenis Kelamin',
      'Desa/Kelurahan',
      'Kecamatan',
      'Pekerjaan',
      'Kategori',
      'Desil',
    ]);
    expect(map.columns).toEqual({
      nik: 0,
      name: 1,
      birthDate: 2,
      sex: 3,
      village: 4,
      district: 5,
      occupation: 6,
      category: 7,
      decile: 8,
    });
    expect(map.unmatched).toEqual([]);
  });

  it('maps English headers', () => {
    const map = mapHeaders([
      'Name',
      'Date of Birth',
      'Gender',
      'Village',
      'District',
      'NIK',
      'Decile',
      'Funding',
    ]);
    expect(map.columns).toEqual({
      name: 0,
      birthDate: 1,
      sex: 2,
      village: 3,
      district: 4,
      nik: 5,
      decile: 6,
      funding: 7,
    });
  });

  it('ignores case, spacing and punctuation', () => {
    const map = mapHeaders([
      ' no. ktp ',
      'NAMA  LENGKAP',
      'tgl_lahir',
      'L / P',
      'DESA-KELURAHAN',
      'kec.',
      ' Sumber-Dana ',
    ]);
    expect(map.columns.nik).toBe(0);
    expect(map.columns.name).toBe(1);
    expect(map.columns.birthDate).toBe(2);
    expect(map.columns.sex).toBe(3);
    expect(map.columns.village).toBe(4);
    expect(map.columns.district).toBe(5);
    expect(map.columns.funding).toBe(6);
  });

  it('matches variants: JK, Nomor Induk Kependudukan, Desil DTSEN, Terdaftar DTSEN, Sumber Dana, TTL', () => {
    const map = mapHeaders([
      'Nomor Induk Kependudukan',
      'JK',
      'Desil DTSEN',
      'Terdaftar DTSEN',
      'Sumber Dana',
      'TTL',
      'Kelurahan',
      'No HP',
      'Alamat',
      'Tempat Lahir',
      'Lokasi Kerja',
      'Dasar Upah',
    ]);
    expect(map.columns).toEqual({
      nik: 0,
      sex: 1,
      decile: 2,
      dtsen: 3,
      funding: 4,
      birthDate: 5,
      village: 6,
      phone: 7,
      address: 8,
      birthPlace: 9,
      workLocation: 10,
      incomeBase: 11,
    });
  });

  it('does not take a plain income column for the declared income base', () => {
    expect(mapHeaders(['NIK', 'Penghasilan', 'Income']).unmatched.map((u) => u.header)).toEqual([
      'Penghasilan',
      'Income',
    ]);
  });

  it('reads a header with a note in brackets', () => {
    const map = mapHeaders(['NIK (16 digit)', 'Jenis Kelamin (L/P)', 'Tanggal Lahir [DD/MM/YYYY]']);
    expect(map.columns).toEqual({ nik: 0, sex: 1, birthDate: 2 });
  });

  it('reports unmatched headers with their column and skips empty ones', () => {
    const map = mapHeaders(['No', 'NIK', null, '', 'Keterangan', 42]);
    expect(map.columns).toEqual({ nik: 1 });
    expect(map.unmatched).toEqual([
      { column: 0, header: 'No' },
      { column: 4, header: 'Keterangan' },
      { column: 5, header: '42' },
    ]);
  });

  it('throws when there is no NIK column, saying what to add', () => {
    expect(() => mapHeaders(['Nama', 'Desa'])).toThrow(InputError);
    expect(() => mapHeaders(['Nama', 'Desa'])).toThrow(/no NIK column/);
    expect(() => mapHeaders([])).toThrow(/no NIK column/);
  });

  it('throws when two columns name one field, naming both', () => {
    expect(() => mapHeaders(['NIK', 'Tanggal Lahir', 'DOB'])).toThrow(
      /Columns B \("Tanggal Lahir"\) and C \("DOB"\)/,
    );
    expect(() => mapHeaders(['NIK', 'Desa', 'Kelurahan'])).toThrow(/village/);
  });

  it('rejects a header row that is not a list', () => {
    expect(() => mapHeaders('NIK' as unknown as unknown[])).toThrow(InputError);
  });

  it('has no header name that two fields claim', () => {
    const owner = new Map<string, string>();
    for (const field of ROSTER_FIELDS) {
      for (const name of HEADER_NAMES[field]) {
        const key = headerKey(name);
        expect(owner.get(key) ?? field, `${name} is claimed by ${owner.get(key)} and ${field}`).toBe(field);
        owner.set(key, field);
      }
    }
  });

  it('names columns with spreadsheet letters', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

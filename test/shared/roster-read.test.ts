import { describe, expect, it } from 'vitest';
import { InputError } from '../../shared/errors';
import { RosterRowSchema, emptyRow, readRoster } from '../../shared/roster';

const HEADER = ['No', 'NIK', 'Nama', 'Tanggal Lahir', 'JK', 'Desa', 'Kecamatan', 'Desil', 'Sumber Dana'];

describe('readRoster', () => {
  it('returns one normalised row per data row, in order', () => {
    const read = readRoster([
      HEADER,
      [1, '6203015205800001', 'Siti Aminah', 29353, 'P', 'Selat Hilir', 'Selat', 2, 'DD'],
      [2, 6203011005800000, ' Budi ', '10/05/1980', 'Laki-laki', 6203012001, 'Selat', '3', 'apbd'],
    ]);
    expect(read.header.unmatched).toEqual([{ column: 0, header: 'No' }]);
    expect(read.rows).toEqual([
      {
        ...emptyRow(),
        nik: '6203015205800001',
        name: 'Siti Aminah',
        birthDate: '1980-05-12',
        sex: 'P',
        village: 'Selat Hilir',
        district: 'Selat',
        decile: 2,
        funding: 'DD',
      },
      {
        ...emptyRow(),
        nik: 6203011005800000,
        name: 'Budi',
        birthDate: '1980-05-10',
        sex: 'L',
        village: '6203012001',
        district: 'Selat',
        decile: 3,
        funding: 'APBD',
      },
    ]);
    expect(read.problems).toEqual([[], []]);
    expect(read.blank).toEqual([false, false]);
  });

  it('treats null, "" and 0 alike as empty, and marks rows with no mapped value blank', () => {
    const read = readRoster([
      HEADER,
      [3, null, '', 0, null, '', 0, null, ''], // only the running number: blank
      [null, 0, 0, 0, 0, 0, 0, 0, 0], // a platform that sends 0 for empty cells
      [],
      [4, '', 'Ani', '', 0, null, '', 0, null],
    ]);
    expect(read.blank).toEqual([true, true, true, false]);
    expect(read.rows[3]).toEqual({ ...emptyRow(), name: 'Ani' });
    expect(read.rows[0]).toEqual(emptyRow());
    expect(read.problems.every((p) => p.length === 0)).toBe(true);
  });

  it('turns unreadable cells into null plus a problem on their row, without throwing', () => {
    const read = readRoster([
      HEADER,
      [1, '6203015205800001', 'Siti', '31/02/1980', 'X', 'Selat Hilir', 'Selat', 12, 'hibah'],
    ]);
    expect(read.rows[0]).toMatchObject({ birthDate: null, sex: null, decile: null, funding: null });
    expect(read.problems[0]!.map((p) => [p.field, p.code])).toEqual([
      ['birthDate', 'BIRTHDATE_INVALID'],
      ['sex', 'SEX_INVALID'],
      ['decile', 'DECILE_INVALID'],
      ['funding', 'FUNDING_UNKNOWN'],
    ]);
    expect(read.blank).toEqual([false]);
  });

  it('keeps the place of a TTL cell as birthPlace when there is no birth-place column', () => {
    const read = readRoster([
      ['NIK', 'TTL'],
      ['6203015205800001', 'Kuala Kapuas, 12 Mei 1980'],
      ['6203015205800002', '12-05-1980'],
    ]);
    expect(read.rows[0]).toMatchObject({ birthPlace: 'Kuala Kapuas', birthDate: '1980-05-12' });
    expect(read.rows[1]).toMatchObject({ birthPlace: null, birthDate: '1980-05-12' });
  });

  it('reads short rows as if the missing cells were empty', () => {
    const read = readRoster([HEADER, [1, '6203015205800001']]);
    expect(read.rows[0]).toEqual({ ...emptyRow(), nik: '6203015205800001' });
  });

  it('gives no rows for a header-only roster', () => {
    expect(readRoster([HEADER])).toMatchObject({ rows: [], problems: [], blank: [] });
  });

  it('produces rows the API schema accepts', () => {
    const read = readRoster([
      HEADER,
      [1, '6203015205800001', 'Siti', 29353, 'P', 'Selat Hilir', 'Selat', 2, 'DD'],
    ]);
    expect(RosterRowSchema.parse(read.rows[0])).toEqual(read.rows[0]);
  });

  it('rejects ranges without a header row or with a non-row, saying what is wrong', () => {
    expect(() => readRoster([])).toThrow(InputError);
    expect(() => readRoster('NIK' as never)).toThrow(/first row is headers/);
    expect(() => readRoster([['Nama']])).toThrow(/no NIK column/);
    expect(() => readRoster([['NIK'], 'x' as never])).toThrow(/Row 2 of the roster/);
  });
});

describe('RosterRowSchema', () => {
  it('fills omitted fields with null, so API clients may send only what they have', () => {
    expect(RosterRowSchema.parse({ nik: '6203015205800001' })).toEqual({
      ...emptyRow(),
      nik: '6203015205800001',
    });
  });

  it('refuses impossible values', () => {
    expect(RosterRowSchema.safeParse({ nik: 'x', birthDate: '1980-02-30' }).success).toBe(false);
    expect(RosterRowSchema.safeParse({ nik: 'x', sex: 'M' }).success).toBe(false);
    expect(RosterRowSchema.safeParse({ nik: 'x', decile: 0 }).success).toBe(false);
    expect(RosterRowSchema.safeParse({ nik: 'x', incomeBase: 500_000 }).success).toBe(false);
    expect(RosterRowSchema.safeParse({ nik: 'x', funding: 'HIBAH' }).success).toBe(false);
    expect(RosterRowSchema.safeParse({ name: 'no nik key' }).success).toBe(false);
  });
});

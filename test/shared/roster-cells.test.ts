import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excelSerialToIsoDate } from '../../shared/calendar';
import { InputError } from '../../shared/errors';
import { ROSTER_FIELDS, TEXT_FIELDS, normaliseCell, parseDateText } from '../../shared/roster';
import { propertyRuns } from '../support/property-runs';

describe('normaliseCell: empty cells', () => {
  // Platforms deliver an empty cell as null, '' or 0 (design.md §2); '-' is how Indonesian sheets write "none".
  it.each(ROSTER_FIELDS.map((f) => [f]))(
    '%s reads null, undefined, "", spaces, "-" and 0 as empty',
    (field) => {
      for (const empty of [null, undefined, '', '   ', '-', 0]) {
        expect(normaliseCell(field, empty)).toEqual({ value: null });
      }
    },
  );

  it('keeps typed text "0" in a text field: only the number 0 is the empty encoding', () => {
    expect(normaliseCell('village', '0')).toEqual({ value: '0' });
  });
});

describe('normaliseCell: text fields', () => {
  it('trims text and turns numbers into text (a village code or phone typed as a number)', () => {
    expect(normaliseCell('name', '  Siti Aminah ')).toEqual({ value: 'Siti Aminah' });
    expect(normaliseCell('village', 6203012001)).toEqual({ value: '6203012001' });
    expect(normaliseCell('phone', 81234567890)).toEqual({ value: '81234567890' });
    expect(normaliseCell('category', true)).toEqual({ value: 'TRUE' });
  });

  it('never reports a problem for a text field', () => {
    for (const field of TEXT_FIELDS) expect(normaliseCell(field, 12.5).problem).toBeUndefined();
  });
});

describe('normaliseCell: NIK', () => {
  it('keeps text as text and numbers as numbers so checkNik can see lost precision', () => {
    expect(normaliseCell('nik', ' 6203014512800001 ')).toEqual({ value: '6203014512800001' });
    expect(normaliseCell('nik', 6203014512800000)).toEqual({ value: 6203014512800000 });
  });
});

describe('normaliseCell: birth dates', () => {
  it('reads Excel serials: 29353 is 1980-05-12', () => {
    // 1970-01-01 is serial 25569; +3652 days (1970–1979, leap 1972 and 1976) = 29221 for 1980-01-01;
    // +31 (Jan) +29 (Feb 1980) +31 +30 = 121 → 29342 for 1 May; +11 → 29353 for 12 May.
    expect(normaliseCell('birthDate', 29353)).toEqual({ value: '1980-05-12' });
    // A date-time serial keeps its day.
    expect(normaliseCell('birthDate', 29353.75)).toEqual({ value: '1980-05-12' });
  });

  it('reads ISO text and Indonesian day-first text', () => {
    expect(normaliseCell('birthDate', '1980-05-12').value).toBe('1980-05-12');
    expect(normaliseCell('birthDate', '12/05/1980').value).toBe('1980-05-12');
    expect(normaliseCell('birthDate', '12-05-1980').value).toBe('1980-05-12');
    expect(normaliseCell('birthDate', '3.4.1980').value).toBe('1980-04-03');
    expect(normaliseCell('birthDate', '12 Mei 1980').value).toBe('1980-05-12');
    expect(normaliseCell('birthDate', '17 Agustus 1975').value).toBe('1975-08-17');
    expect(normaliseCell('birthDate', '1 Okt 1990').value).toBe('1990-10-01');
    expect(normaliseCell('birthDate', '5 December 1969').value).toBe('1969-12-05');
  });

  it('takes the date from a TTL cell ("place, date")', () => {
    expect(normaliseCell('birthDate', 'Kuala Kapuas, 12-05-1980').value).toBe('1980-05-12');
  });

  it('reads a JS Date (workbook readers) by its UTC day', () => {
    expect(normaliseCell('birthDate', new Date(Date.UTC(1980, 4, 12))).value).toBe('1980-05-12');
  });

  it('turns unreadable dates into null with BIRTHDATE_INVALID quoting the cell', () => {
    for (const bad of ['31/02/1980', '12/13/1980', 'kemarin', '80-05-12', -5, 3e6, true]) {
      const result = normaliseCell('birthDate', bad);
      expect(result.value, String(bad)).toBeNull();
      expect(result.problem?.code).toBe('BIRTHDATE_INVALID');
      expect(result.problem?.field).toBe('birthDate');
    }
    expect(normaliseCell('birthDate', 'kemarin').problem?.params).toEqual({ value: '"kemarin"' });
  });

  it('reads every serial, fractional or not, as calendar.excelSerialToIsoDate does (cached or not)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 2_958_465.99, noNaN: true }), (serial) => {
        const expected = excelSerialToIsoDate(serial);
        expect(normaliseCell('birthDate', serial).value).toBe(expected);
        expect(normaliseCell('birthDate', serial).value).toBe(expected); // second time from the cache
      }),
      { numRuns: propertyRuns(1000) },
    );
    // Either side of the cache's end (2099-12-31 is serial 73050).
    expect(normaliseCell('birthDate', 73050).value).toBe('2099-12-31');
    expect(normaliseCell('birthDate', 73051).value).toBe('2100-01-01');
  });

  it('knows leap days', () => {
    expect(parseDateText('29/02/2000')).toBe('2000-02-29');
    expect(typeof parseDateText('29/02/1900')).toBe('symbol');
  });
});

describe('normaliseCell: sex', () => {
  it.each([
    ['L', 'L'],
    ['l', 'L'],
    ['Laki-laki', 'L'],
    ['LAKI LAKI', 'L'],
    ['Pria', 'L'],
    ['M', 'L'],
    ['Male', 'L'],
    ['P', 'P'],
    ['Perempuan', 'P'],
    ['wanita', 'P'],
    ['F', 'P'],
    ['Female', 'P'],
  ])('%s → %s', (cell, sex) => {
    expect(normaliseCell('sex', cell)).toEqual({ value: sex });
  });

  it('reports SEX_INVALID for anything else', () => {
    expect(normaliseCell('sex', 'X')).toEqual({
      value: null,
      problem: { field: 'sex', code: 'SEX_INVALID', params: { value: '"X"' } },
    });
    expect(normaliseCell('sex', 1).problem?.code).toBe('SEX_INVALID');
  });
});

describe('normaliseCell: decile, DTSEN, funding, income base', () => {
  it('reads deciles 1–10 as numbers or text, and nothing else', () => {
    expect(normaliseCell('decile', 3)).toEqual({ value: 3 });
    expect(normaliseCell('decile', '4')).toEqual({ value: 4 });
    expect(normaliseCell('decile', 'Desil 2')).toEqual({ value: 2 });
    expect(normaliseCell('decile', 10)).toEqual({ value: 10 });
    for (const bad of [11, 2.5, '0', 'tinggi', -1]) {
      expect(normaliseCell('decile', bad).problem?.code, String(bad)).toBe('DECILE_INVALID');
    }
  });

  it('reads DTSEN yes/no in both languages', () => {
    for (const yes of [true, 1, 'Ya', 'YES', 'Terdaftar', 'v', '✓'])
      expect(normaliseCell('dtsen', yes).value).toBe(true);
    for (const no of [false, 'Tidak', 'no', 'Belum Terdaftar', '0'])
      expect(normaliseCell('dtsen', no).value).toBe(false);
    expect(normaliseCell('dtsen', 'mungkin').problem?.code).toBe('DTSEN_INVALID');
  });

  it('reads funding codes and their spelled-out names', () => {
    expect(normaliseCell('funding', 'apbd').value).toBe('APBD');
    expect(normaliseCell('funding', 'Dana Desa').value).toBe('DD');
    expect(normaliseCell('funding', 'DBH Sawit').value).toBe('DBH-SAWIT');
    expect(normaliseCell('funding', 'Alokasi Dana Desa').value).toBe('ADD');
    expect(normaliseCell('funding', 'hibah').problem?.code).toBe('FUNDING_UNKNOWN');
  });

  it('reads income bases in rupiah with Indonesian or English grouping, at least Rp 1,000,000', () => {
    expect(normaliseCell('incomeBase', 1_000_000).value).toBe(1_000_000);
    expect(normaliseCell('incomeBase', 'Rp 1.500.000').value).toBe(1_500_000);
    expect(normaliseCell('incomeBase', '2,000,000').value).toBe(2_000_000);
    expect(normaliseCell('incomeBase', '1000000').value).toBe(1_000_000);
    for (const bad of [999_999, 1_000_000.5, '1.000', 'satu juta']) {
      expect(normaliseCell('incomeBase', bad).problem?.code, String(bad)).toBe('INCOME_BASE_INVALID');
    }
  });
});

describe('normaliseCell: arguments', () => {
  it('throws an InputError for a field that does not exist', () => {
    expect(() => normaliseCell('salary' as never, 1)).toThrow(InputError);
    expect(() => normaliseCell('salary' as never, 1)).toThrow(/not a roster field/);
    expect(() => normaliseCell('toString' as never, 1)).toThrow(/not a roster field/);
  });
});

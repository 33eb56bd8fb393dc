import { describe, expect, it } from 'vitest';
import { checkNik, composeNik, maskNik, normaliseNikText, TWO_DIGIT_YEAR_PIVOT } from '../../shared/nik';
import type { NikCheck, NikContext } from '../../shared/nik';
import { InputError } from '../../shared/errors';

// Anatomy of the NIKs used below (domain.md §3: PP RR SS DDMMYY NNNN):
//   62 03 01 | 12 01 90 | 0012  → Kalimantan Tengah, Kapuas, district 01, born 12 Jan (19)90, man, serial 0012
//   62 03 01 | 52 01 90 | 0012  → the same date for a woman: day 12 + 40 = 52
const MAN = '6203011201900012';
const WOMAN = '6203015201900012';

function codes(result: NikCheck): string[] {
  return result.ok ? result.warnings.map((w) => w.code) : result.issues.map((i) => i.code);
}

function parts(raw: unknown, context?: NikContext) {
  const result = checkNik(raw, context);
  if (!result.ok) throw new Error(`expected a valid NIK, got ${codes(result).join(', ')}`);
  return result.parts;
}

describe('valid NIKs', () => {
  it('reads a man’s NIK into its parts', () => {
    expect(checkNik(MAN)).toEqual({
      ok: true,
      parts: {
        nik: MAN,
        province: '62',
        regency: '6203',
        district: '620301',
        birthDate: '1990-01-12',
        sex: 'L',
        serial: '0012',
      },
      warnings: [],
    });
  });

  it('reads a woman’s day written +40 as her real day and sex P', () => {
    const p = parts(WOMAN);
    expect(p.birthDate).toBe('1990-01-12'); // 52 − 40 = 12
    expect(p.sex).toBe('P');
  });

  it('accepts the extremes of both day ranges: 01, 31, 41 and 71', () => {
    // 01 Jan 1990 (man), 31 Jan 1990 (man), 41 → 1 Jan (woman), 71 → 31 Jan (woman)
    expect(parts('6203010101900001').birthDate).toBe('1990-01-01');
    expect(parts('6203013101900001').birthDate).toBe('1990-01-31');
    expect(parts('6203014101900001')).toMatchObject({ birthDate: '1990-01-01', sex: 'P' });
    expect(parts('6203017101900001')).toMatchObject({ birthDate: '1990-01-31', sex: 'P' });
  });

  it('accepts serials 0001 and 9999', () => {
    expect(parts('6203011201900001').serial).toBe('0001');
    expect(parts('6203011201909999').serial).toBe('9999');
  });

  it('accepts a province created by the 2022 Papua split (96 Papua Barat Daya)', () => {
    expect(parts('9601011201900012').province).toBe('96');
  });
});

describe('what people type around the digits', () => {
  it('strips spaces, dots and dashes', () => {
    expect(parts('62.03.01 120190-0012').nik).toBe(MAN);
    expect(parts(' 6203 0112 0190 0012 ').nik).toBe(MAN);
    expect(parts('6203-01-120190-0012').nik).toBe(MAN);
    expect(parts('6203\u00a0011201900012').nik).toBe(MAN); // no-break space from a web page
  });

  it('drops the leading apostrophe Excel uses to store text', () => {
    expect(parts(`'${MAN}`).nik).toBe(MAN);
  });

  it('normaliseNikText keeps other characters for the caller to report', () => {
    expect(normaliseNikText('62.03.01 120190-0012')).toBe(MAN);
    expect(normaliseNikText('62O3 0112')).toBe('62O30112');
    expect(() => normaliseNikText(6203 as unknown as string)).toThrow(InputError);
  });
});

describe('rejections', () => {
  it('an empty cell is NIK_MISSING, however the host delivers it', () => {
    for (const empty of [null, undefined, '', '   ', 0, ' . - ']) {
      expect(checkNik(empty)).toEqual({ ok: false, issues: [{ code: 'NIK_MISSING' }] });
    }
  });

  it('letters or other symbols are NIK_NOT_DIGITS', () => {
    expect(codes(checkNik('62O3011201900012'))).toEqual(['NIK_NOT_DIGITS']); // letter O for zero
    expect(codes(checkNik('6203011201900012x'))).toEqual(['NIK_NOT_DIGITS']);
    expect(codes(checkNik('6203/0112/0190/0012'))).toEqual(['NIK_NOT_DIGITS']);
    expect(codes(checkNik(true))).toEqual(['NIK_NOT_DIGITS']);
    expect(codes(checkNik({ nik: MAN }))).toEqual(['NIK_NOT_DIGITS']);
    expect(codes(checkNik([MAN]))).toEqual(['NIK_NOT_DIGITS']);
  });

  it('15 or 17 digits are NIK_LENGTH with the count in the sentence params', () => {
    expect(checkNik(MAN.slice(0, 15))).toEqual({
      ok: false,
      issues: [{ code: 'NIK_LENGTH', params: { length: 15 } }],
      digits: MAN.slice(0, 15),
    });
    expect(checkNik(`${MAN}7`)).toMatchObject({ issues: [{ code: 'NIK_LENGTH', params: { length: 17 } }] });
  });

  it('an unknown province is NIK_PROVINCE_UNKNOWN (00, 10, 20, 99 and BPS-only 97)', () => {
    for (const province of ['00', '10', '20', '99', '97']) {
      expect(checkNik(`${province}03011201900012`)).toEqual({
        ok: false,
        issues: [{ code: 'NIK_PROVINCE_UNKNOWN', params: { province } }],
        digits: `${province}03011201900012`,
      });
    }
  });

  it('days 00, 32–40 and 72+ and months 00 and 13 are NIK_DATE_INVALID', () => {
    for (const ddmm of ['0001', '3201', '4001', '7201', '9901', '1200', '1213']) {
      expect(codes(checkNik(`620301${ddmm}900012`))).toEqual(['NIK_DATE_INVALID']);
    }
  });

  it('a day the month does not have is NIK_DATE_INVALID, for men and women', () => {
    expect(codes(checkNik('6203013104900012'))).toEqual(['NIK_DATE_INVALID']); // 31 April
    expect(codes(checkNik('6203017104900012'))).toEqual(['NIK_DATE_INVALID']); // 71 − 40 = 31 April
    expect(codes(checkNik('6203013002900012'))).toEqual(['NIK_DATE_INVALID']); // 30 February
  });

  it('29 February exists only in leap years of the resolved century', () => {
    // '04' with asOf 2026 → 2004, a leap year; '03' → 2003, not one.
    expect(parts('6203012902040012', { asOf: '2026-01-01' }).birthDate).toBe('2004-02-29');
    expect(codes(checkNik('6203012902030012', { asOf: '2026-01-01' }))).toEqual(['NIK_DATE_INVALID']);
    // '00': 2000 is a leap year (divisible by 400), 1900 is not (divisible by 100 only).
    expect(parts('6203016902000012', { asOf: '2026-01-01' })).toMatchObject({
      birthDate: '2000-02-29',
      sex: 'P',
    });
    expect(codes(checkNik('6203012902000012', { asOf: '1950-06-01' }))).toEqual(['NIK_DATE_INVALID']);
    expect(codes(checkNik('6203012902000012', { statedBirthDate: '1900-03-01' }))).toEqual([
      'NIK_DATE_INVALID',
    ]);
    // 1996 is a leap year in either reading.
    expect(parts('6203012902960012').birthDate).toBe('1996-02-29');
  });

  it('serial 0000 is NIK_SERIAL_ZERO', () => {
    expect(checkNik('6203011201900000')).toEqual({
      ok: false,
      issues: [{ code: 'NIK_SERIAL_ZERO' }],
      digits: '6203011201900000',
    });
  });

  it('reports every structural fault at once', () => {
    expect(codes(checkNik('9903013501900000'))).toEqual([
      'NIK_PROVINCE_UNKNOWN',
      'NIK_DATE_INVALID',
      'NIK_SERIAL_ZERO',
    ]);
  });
});

describe('a NIK that went through a number (domain.md §3 rule 5)', () => {
  it('a 16-digit number is NIK_PRECISION_LOST even when it looks exact', () => {
    // Excel keeps 15 significant digits: 6203011201900012 typed as a number becomes 6203011201900010.
    expect(checkNik(6203011201900010)).toEqual({
      ok: false,
      issues: [{ code: 'NIK_PRECISION_LOST' }],
      digits: '6203011201900010',
    });
    expect(codes(checkNik(6203011201900012))).toEqual(['NIK_PRECISION_LOST']);
  });

  it('any number of 15 digits or more is NIK_PRECISION_LOST', () => {
    expect(codes(checkNik(620301120190001))).toEqual(['NIK_PRECISION_LOST']); // 15 digits
    expect(codes(checkNik(62030112019000123))).toEqual(['NIK_PRECISION_LOST']); // 17 digits
    expect(codes(checkNik(6.20301e15))).toEqual(['NIK_PRECISION_LOST']);
    expect(codes(checkNik(1e25))).toEqual(['NIK_PRECISION_LOST']);
  });

  it('text in scientific notation, with a dot or a comma, is NIK_PRECISION_LOST', () => {
    for (const text of [
      '6.20301E+15',
      '6,20301E+15',
      '6.20301e+15',
      ' 6.203011201900E15 ',
      '6E+15',
      "'6.20301E+15",
    ]) {
      expect(checkNik(text)).toEqual({ ok: false, issues: [{ code: 'NIK_PRECISION_LOST' }] });
    }
  });

  it('a short number is a different mistake: NIK_LENGTH', () => {
    // 12,345 cannot be a NIK that lost digits (that needs 15+): it is the wrong value in the cell.
    expect(checkNik(12345)).toEqual({
      ok: false,
      issues: [{ code: 'NIK_LENGTH', params: { length: 5 } }],
      digits: '12345',
    });
  });

  it('a negative, fractional or non-finite number is NIK_NOT_DIGITS', () => {
    for (const n of [-6203011201900012, 62030.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(codes(checkNik(n))).toEqual(['NIK_NOT_DIGITS']);
    }
  });

  it('a bigint keeps every digit and is read like text', () => {
    expect(parts(6203011201900012n).nik).toBe(MAN);
  });
});

describe('century', () => {
  it('uses the stated birth date’s century', () => {
    expect(parts('6203011201050012', { statedBirthDate: '1905-01-12' }).birthDate).toBe('1905-01-12');
    expect(parts('6203011201050012', { statedBirthDate: '2005-01-12' }).birthDate).toBe('2005-01-12');
  });

  it('with a stated date of another year, takes the century nearest to it', () => {
    // NIK says '98'; the row says 2001 (a typo): 1998 is 3 years away, 2098 97 years.
    const result = checkNik('6203011201980012', { statedBirthDate: '2001-01-12' });
    expect(result.ok && result.parts.birthDate).toBe('1998-01-12');
  });

  it('never resolves below year 0, even for an absurd stated date', () => {
    const result = checkNik('6203011201990012', { statedBirthDate: '0001-01-12' });
    expect(result).toMatchObject({ ok: true, parts: { birthDate: '0099-01-12' } });
  });

  it('without a stated date, takes the latest year not after asOf', () => {
    // asOf 2026-01-01: '25' → 2025; '26' with 12 Jan is after 1 Jan 2026 → 1926; '27' → 1927.
    expect(parts('6203011201250012', { asOf: '2026-01-01' }).birthDate).toBe('2025-01-12');
    expect(parts('6203011201260012', { asOf: '2026-01-01' }).birthDate).toBe('1926-01-12');
    expect(parts('6203010101260012', { asOf: '2026-01-01' }).birthDate).toBe('2026-01-01');
    expect(parts('6203011201270012', { asOf: '2026-01-01' }).birthDate).toBe('1927-01-12');
  });

  it('with nothing to go by, reads 00–29 as 20xx and 30–99 as 19xx, like Excel', () => {
    expect(TWO_DIGIT_YEAR_PIVOT).toBe(29);
    expect(parts('6203011201290012').birthDate).toBe('2029-01-12');
    expect(parts('6203011201300012').birthDate).toBe('1930-01-12');
    expect(parts('6203011201000012').birthDate).toBe('2000-01-12');
  });
});

describe('warnings: the row or the programme disagrees with the NIK', () => {
  it('another regency than the programme’s is a warning, not a rejection', () => {
    // Issued in Kapuas Hulu (61.06), checked for Kapuas (62.03): the person may have moved.
    const result = checkNik('6106011201900012', { regency: '6203' });
    expect(result).toMatchObject({
      ok: true,
      warnings: [
        { code: 'NIK_REGION_MISMATCH', params: { nikRegency: '6106 Kapuas Hulu', regency: '6203 Kapuas' } },
      ],
    });
  });

  it('the programme regency may be written 62.03; the same regency gives no warning', () => {
    expect(codes(checkNik(MAN, { regency: '62.03' }))).toEqual([]);
    expect(codes(checkNik(MAN, { regency: '6203' }))).toEqual([]);
  });

  it('a regency outside the table is named by its code', () => {
    const result = checkNik('3201011201900012', { regency: '6205' });
    expect(result.ok && result.warnings[0]?.params).toEqual({
      nikRegency: '3201',
      regency: '6205 Barito Utara',
    });
  });

  it('a stated birth date that differs is NIK_BIRTHDATE_MISMATCH with the NIK’s date', () => {
    expect(checkNik(MAN, { statedBirthDate: '1990-01-13' })).toMatchObject({
      ok: true,
      warnings: [{ code: 'NIK_BIRTHDATE_MISMATCH', params: { nikBirthDate: '1990-01-12' } }],
    });
    expect(codes(checkNik(MAN, { statedBirthDate: '1990-01-12' }))).toEqual([]);
  });

  it('a stated sex that differs is NIK_SEX_MISMATCH with the NIK’s sex', () => {
    expect(checkNik(WOMAN, { statedSex: 'L' })).toMatchObject({
      ok: true,
      warnings: [{ code: 'NIK_SEX_MISMATCH', params: { nikSex: 'P' } }],
    });
    expect(codes(checkNik(WOMAN, { statedSex: 'P' }))).toEqual([]);
    expect(codes(checkNik(MAN, { statedSex: 'P' }))).toEqual(['NIK_SEX_MISMATCH']);
  });

  it('accepts a stated birth date with spaces around it', () => {
    expect(checkNik(MAN, { statedBirthDate: ' 1990-01-12 ' })).toMatchObject({
      ok: true,
      parts: { birthDate: '1990-01-12' },
      warnings: [],
    });
  });

  it('gives all three warnings together', () => {
    expect(
      codes(checkNik(WOMAN, { regency: '6205', statedBirthDate: '1991-01-12', statedSex: 'L' })),
    ).toEqual(['NIK_REGION_MISMATCH', 'NIK_BIRTHDATE_MISMATCH', 'NIK_SEX_MISMATCH']);
  });
});

describe('impossible context is the caller’s mistake', () => {
  it('throws InputError naming what to fix', () => {
    expect(() => checkNik(MAN, { regency: '62' })).toThrow(/4-digit Kemendagri code/);
    expect(() => checkNik(MAN, { regency: 'Kapuas' })).toThrow(InputError);
    expect(() => checkNik(MAN, { statedBirthDate: '12/01/1990' })).toThrow(/YYYY-MM-DD/);
    expect(() => checkNik(MAN, { statedBirthDate: '1990-02-30' })).toThrow(/not a real calendar day/);
    expect(() => checkNik(MAN, { statedBirthDate: '0000-01-12' })).toThrow(/year 0000/);
    expect(() => checkNik(MAN, { asOf: '2026' })).toThrow(InputError);
    expect(() => checkNik(MAN, { statedSex: 'M' as 'L' })).toThrow(/'L' or 'P'/);
  });
});

describe('maskNik', () => {
  it('keeps the regency and the last four digits', () => {
    expect(maskNik(MAN)).toBe('6203********0012');
    expect(maskNik('62.03.01 120190-0012')).toBe('6203********0012');
  });

  it('hides all but four characters of a malformed NIK', () => {
    expect(maskNik('620301120190001')).toBe('6203***********');
    expect(maskNik('62')).toBe('62');
    expect(maskNik('')).toBe('');
  });

  it('refuses anything but text', () => {
    expect(() => maskNik(6203011201900012 as unknown as string)).toThrow(InputError);
  });
});

describe('composeNik', () => {
  it('writes a woman’s day +40 and pads every part', () => {
    expect(composeNik({ district: '620301', birthDate: '1990-01-12', sex: 'P', serial: 12 })).toBe(WOMAN);
    expect(composeNik({ district: '620301', birthDate: '2005-03-07', sex: 'L', serial: 1 })).toBe(
      '6203010703050001',
    );
  });

  it('refuses impossible parts', () => {
    expect(() => composeNik({ district: '6203', birthDate: '1990-01-12', sex: 'L', serial: 1 })).toThrow(
      /6 digits/,
    );
    expect(() => composeNik({ district: '620301', birthDate: '1990-13-01', sex: 'L', serial: 1 })).toThrow(
      InputError,
    );
    expect(() =>
      composeNik({ district: '620301', birthDate: '1990-01-12', sex: 'X' as 'L', serial: 1 }),
    ).toThrow(/'L' or 'P'/);
    expect(() => composeNik({ district: '620301', birthDate: '1990-01-12', sex: 'L', serial: 0 })).toThrow(
      /1 to 9999/,
    );
    expect(() =>
      composeNik({ district: '620301', birthDate: '1990-01-12', sex: 'L', serial: 10000 }),
    ).toThrow(InputError);
  });
});

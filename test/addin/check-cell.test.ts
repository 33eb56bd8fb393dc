import { describe, expect, it } from 'vitest';
import { checkCellText } from '../../addin/functions/check-cell';
import { firstDayOfThisMonth } from '../../addin/functions/clock';

describe('checkCellText (the CHECK cell format)', () => {
  it('writes blank, OK, OK with warnings, and reasons with warnings', () => {
    expect(checkCellText({ row: 1, status: 'blank', reasons: [], warnings: [] })).toBe('');
    expect(checkCellText({ row: 1, status: 'eligible', reasons: [], warnings: [] })).toBe('OK');
    expect(
      checkCellText({
        row: 1,
        status: 'eligible',
        reasons: [],
        warnings: [
          { code: 'NIK_REGION_MISMATCH', params: { nikRegency: '6205', regency: '6203' } },
          { code: 'NIK_SEX_MISMATCH' },
        ],
      }),
    ).toBe('OK [NIK_REGION_MISMATCH; NIK_SEX_MISMATCH]');
    expect(
      checkCellText({
        row: 5,
        status: 'rejected',
        reasons: [
          { code: 'NIK_DUPLICATE', params: { firstRow: 3 } },
          { code: 'AGE_BELOW_MIN', params: { age: 16, minAge: 18 } },
        ],
        warnings: [{ code: 'NIK_BIRTHDATE_MISMATCH' }],
        duplicateOf: 3,
      }),
    ).toBe('NIK_DUPLICATE(row 3); AGE_BELOW_MIN [NIK_BIRTHDATE_MISMATCH]');
    expect(
      checkCellText({
        row: 9,
        status: 'waitlisted',
        reasons: [{ code: 'QUOTA_EXCEEDED', params: { village: 'Selat', quota: 100 } }],
        warnings: [],
      }),
    ).toBe('QUOTA_EXCEEDED');
  });

  it('never starts a cell with OK unless the row is eligible, so COUNTIF(range, "OK*") counts eligible rows', () => {
    for (const status of ['rejected', 'waitlisted', 'blank'] as const) {
      const text = checkCellText({
        row: 1,
        status,
        reasons: status === 'blank' ? [] : [{ code: 'NOT_IN_DTSEN' }],
        warnings: [],
      });
      expect(text.startsWith('OK')).toBe(false);
    }
  });
});

describe('firstDayOfThisMonth (the default as_of)', () => {
  it('is the 1st of the local month, also on the last evening of a month and in a leap February', () => {
    expect(firstDayOfThisMonth(new Date(2026, 0, 31, 23, 59))).toBe('2026-01-01');
    expect(firstDayOfThisMonth(new Date(2028, 1, 29, 8))).toBe('2028-02-01');
    expect(firstDayOfThisMonth(new Date(2026, 11, 1, 0, 0))).toBe('2026-12-01');
  });
});

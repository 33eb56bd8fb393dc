import { describe, expect, it } from 'vitest';
import {
  asRange,
  isEmpty,
  optionalCode,
  optionalDate,
  optionalMonth,
  wholeNumber,
} from '../../addin/functions/excel-values';
import { PROGRAMS } from '../../shared/codes';
import { InputError } from '../../shared/errors';

describe('reading Excel values', () => {
  it('treats null, undefined and blank text as empty, but not 0 or FALSE', () => {
    expect([null, undefined, '', '   '].map(isEmpty)).toEqual([true, true, true, true]);
    expect([0, false, 'x'].map(isEmpty)).toEqual([false, false, false]);
  });

  it('wraps a single value as a 1×1 range and refuses ragged input', () => {
    expect(asRange('workers', 5)).toEqual([[5]]);
    expect(asRange('workers', [[1, 2]])).toEqual([[1, 2]]);
    expect(() => asRange('workers', [1, 2])).toThrow(InputError);
  });

  it('reads months from serials, YYYY-MM and YYYY-MM-DD text', () => {
    // 46113 = 2026-04-01; 46142 = 2026-04-30 (29 days later)
    expect(optionalMonth('month', 46113)).toBe('2026-04');
    expect(optionalMonth('month', 46142)).toBe('2026-04');
    expect(optionalMonth('month', ' 2026-04 ')).toBe('2026-04');
    expect(optionalMonth('month', '2026-04-15')).toBe('2026-04');
    expect(optionalMonth('month', null)).toBeUndefined();
    expect(() => optionalMonth('month', '2026-02-30')).toThrow(/not a real calendar day/);
    expect(() => optionalMonth('month', true)).toThrow(/month must be a date or a month written YYYY-MM/);
  });

  it('reads dates from serials and YYYY-MM-DD text', () => {
    expect(optionalDate('as_of', 46023)).toBe('2026-01-01');
    expect(optionalDate('as_of', '2026-01-01')).toBe('2026-01-01');
    expect(optionalDate('as_of', '')).toBeUndefined();
    expect(() => optionalDate('as_of', '01/01/2026')).toThrow(/as_of must be a date written YYYY-MM-DD/);
  });

  it('reads whole numbers, also typed as text, and names the argument when it cannot', () => {
    expect(wholeNumber('months', 12)).toBe(12);
    expect(wholeNumber('months', ' 12 ')).toBe(12);
    // "39.073" is how Indonesian sheets write 39,073: refused rather than read as 39.073
    expect(() => wholeNumber('workers', '39.073')).toThrow(/workers must be a whole number, got "39.073"/);
    expect(() => wholeNumber('months', 12.5)).toThrow(/months must be a whole number, got 12.5/);
    expect(() => wholeNumber('months', -1)).toThrow(/months must be at least 0/);
  });

  it('matches codes ignoring case and spaces, listing the choices otherwise', () => {
    expect(optionalCode('program', PROGRAMS, ' jkk-jkm-jht ')).toBe('JKK-JKM-JHT');
    expect(optionalCode('program', PROGRAMS, null)).toBeUndefined();
    expect(() => optionalCode('program', PROGRAMS, 'JKK')).toThrow(
      /program must be one of JKK-JKM, JKK-JKM-JHT; got "JKK"/,
    );
  });
});

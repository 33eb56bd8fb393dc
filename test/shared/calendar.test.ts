import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addMonths,
  ageOn,
  civilFromDays,
  excelSerialToIsoDate,
  isoDateToExcelSerial,
  isRealDate,
  monthsBetween,
  parseYearMonth,
} from '../../shared/calendar';
import { InputError } from '../../shared/errors';
import { propertyRuns } from '../support/property-runs';

describe('Excel date serials', () => {
  it('maps the serials people know to their dates', () => {
    // Serial 1 is 1900-01-01; 59 is 1900-02-28; 60 is Excel's fictitious 1900-02-29; 61 is 1900-03-01.
    expect(excelSerialToIsoDate(1)).toBe('1900-01-01');
    expect(excelSerialToIsoDate(59)).toBe('1900-02-28');
    expect(excelSerialToIsoDate(61)).toBe('1900-03-01');
    // 1970-01-01 is serial 25569 (the Unix epoch); 2025-01-01 is 25569 + 20089 days
    // (55 years × 365 + 14 leap days from 1972 to 2024) = 45658.
    expect(excelSerialToIsoDate(25569)).toBe('1970-01-01');
    expect(excelSerialToIsoDate(45658)).toBe('2025-01-01');
    // A time of day (fraction) does not change the date.
    expect(excelSerialToIsoDate(45658.75)).toBe('2025-01-01');
  });

  it('round-trips every real date from 1900-03-01 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 73415 }), (serial) => {
        expect(isoDateToExcelSerial(excelSerialToIsoDate(serial))).toBe(serial);
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('refuses serials that are not dates', () => {
    expect(() => excelSerialToIsoDate(0)).toThrow(InputError);
    expect(() => excelSerialToIsoDate(Number.NaN)).toThrow(/not an Excel date/);
    expect(() => excelSerialToIsoDate(3_000_000)).toThrow(InputError);
  });
});

describe('contribution months', () => {
  it('adds months across year ends, both ways', () => {
    expect(addMonths('2026-01', 11)).toBe('2026-12');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthsBetween('2026-01', '2027-03')).toBe(14);
  });

  it('says what a month must look like', () => {
    expect(() => parseYearMonth('start_month', '2026-13')).toThrow(/months run 01 to 12/);
    expect(() => parseYearMonth('start_month', 'Jan 2026')).toThrow(/YYYY-MM/);
  });
});

describe('age and real dates', () => {
  it('counts full years, with the birthday itself counting', () => {
    expect(ageOn('2008-01-01', '2026-01-01')).toBe(18);
    expect(ageOn('2008-01-02', '2026-01-01')).toBe(17);
    // Born on 29 Feb: not yet 18 on 28 Feb of a common year, 18 on 1 Mar.
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('knows leap years', () => {
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2025, 2, 29)).toBe(false);
    expect(isRealDate(1900, 2, 29)).toBe(false);
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(isRealDate(2026, 4, 31)).toBe(false);
  });
});

describe('days to calendar dates', () => {
  it('agrees with the platform calendar from 1600 to 2400', () => {
    // Day counts from 1970-01-01: -135,140 is 1600-01-01 and 157,000 lies in 2399.
    fc.assert(
      fc.property(fc.integer({ min: -135_140, max: 157_000 }), (days) => {
        const d = new Date(days * 86_400_000);
        expect(civilFromDays(days)).toEqual({
          year: d.getUTCFullYear(),
          month: d.getUTCMonth() + 1,
          day: d.getUTCDate(),
        });
      }),
      { numRuns: propertyRuns() },
    );
  });
});

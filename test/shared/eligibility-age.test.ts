import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, formatIsoDate } from '../../shared/calendar';
import { InputError } from '../../shared/errors';
import { ageCalculator } from '../../shared/eligibility/age';
import { propertyRuns } from '../support/property-runs';

const dateArb = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => formatIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));

describe('ageCalculator', () => {
  it('agrees with calendar.ageOn on every pair of dates', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (birth, asOf) => {
        expect(ageCalculator(asOf)(birth)).toBe(ageOn(birth, asOf));
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('ages a 29 February birthday on 1 March in common years', () => {
    // Born 2004-02-29: on 2026-02-28 still 21, on 2026-03-01 22 (2026 − 2004 = 22).
    expect(ageCalculator('2026-02-28')('2004-02-29')).toBe(21);
    expect(ageCalculator('2026-03-01')('2004-02-29')).toBe(22);
  });

  it('refuses a birth date that is not a real YYYY-MM-DD day', () => {
    expect(() => ageCalculator('2026-01-01')('1980-02-30')).toThrow(InputError);
    expect(() => ageCalculator('2026-01-01')('12/05/1980')).toThrow(InputError);
  });
});

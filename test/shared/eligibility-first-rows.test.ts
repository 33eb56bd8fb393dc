import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../shared/errors';
import { FirstRows } from '../../shared/eligibility/first-rows';
import { propertyRuns } from '../support/property-runs';

// Keys built from a few halves, so that keys sharing a high or a low half, and exact repeats, are
// common; plus other lengths and non-digits, which take the Map path.
const half = fc.constantFrom('62030152', '62030110', '00000000', '99999999', '10000000');
const keyArb = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(half, half).map(([a, b]) => a + b) },
  { weight: 2, arbitrary: fc.stringMatching(/^\d{16}$/) },
  { weight: 1, arbitrary: fc.constantFrom('620301520580', '62030152058000011', '6203015205800x01', '') },
);

describe('FirstRows', () => {
  it('answers as a Map of first occurrences would, for 16-digit keys and any others', () => {
    fc.assert(
      fc.property(fc.array(keyArb, { maxLength: 300 }), (keys) => {
        const table = new FirstRows(keys.length);
        const model = new Map<string, number>();
        keys.forEach((key, i) => {
          const expected = model.get(key);
          if (expected === undefined) model.set(key, i + 1);
          expect(table.firstOrAdd(key, i + 1)).toBe(expected);
        });
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('tells apart keys that share one half', () => {
    const table = new FirstRows(3);
    expect(table.firstOrAdd('6203015205800012', 1)).toBeUndefined();
    expect(table.firstOrAdd('6203015205800013', 2)).toBeUndefined();
    expect(table.firstOrAdd('6203015305800012', 3)).toBeUndefined();
    expect(table.firstOrAdd('6203015205800013', 4)).toBe(2);
    expect(table.firstOrAdd('6203015305800012', 5)).toBe(3);
    expect(table.firstOrAdd('6203015205800012', 6)).toBe(1);
  });

  it('refuses more new keys than it was made for, and impossible row numbers', () => {
    const table = new FirstRows(1);
    table.firstOrAdd('6203015205800012', 1);
    expect(() => table.firstOrAdd('6203015205800013', 2)).toThrow(InputError);
    expect(table.firstOrAdd('6203015205800012', 3)).toBe(1);
    expect(() => table.firstOrAdd('6203015205800012', 0)).toThrow(/row number from 1/);
    expect(() => new FirstRows(-1)).toThrow(InputError);
  });
});

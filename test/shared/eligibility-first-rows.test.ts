import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FirstRows } from '../../shared/eligibility/first-rows';

// Keys drawn from few halves so that equal high or low halves, and full repeats, are common.
const half = fc.constantFrom('62030152', '62030110', '00000000', '99999999', '12345678');
const tail = fc.constantFrom('05800001', '05800002', '00000000', '99999999');
const keyArb = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(half, tail).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: fc.constantFrom('620301520580', '62030152058000011', '6203015205800x01', '') },
  { weight: 2, arbitrary: fc.stringMatching(/^\d{16}$/) },
);

describe('FirstRows', () => {
  it('answers like a Map of first occurrences, for 16-digit keys and any others', () => {
    fc.assert(
      fc.property(fc.array(keyArb, { maxLength: 200 }), (keys) => {
        const table = new FirstRows(keys.length);
        const model = new Map<string, number>();
        keys.forEach((key, i) => {
          const expected = model.get(key);
          if (expected === undefined) model.set(key, i + 1);
          expect(table.firstOrAdd(key, i + 1)).toBe(expected);
        });
      }),
    );
  });

  it('keeps working when more keys arrive than it was sized for', () => {
    const table = new FirstRows(1);
    for (let i = 1; i <= 40; i++) expect(table.firstOrAdd(String(6203015205800000 + i), i)).toBeUndefined();
    for (let i = 1; i <= 40; i++) expect(table.firstOrAdd(String(6203015205800000 + i), 100 + i)).toBe(i);
  });
});

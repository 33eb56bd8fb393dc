import { describe, expect, it } from 'vitest';
import {
  InputError,
  describe as describeValue,
  requireNumber,
  requireWholeNumber,
} from '../../shared/errors';

describe('input errors', () => {
  it('name the argument and what to fix', () => {
    const error = (() => {
      try {
        requireWholeNumber('workers', 2.5);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).field).toBe('workers');
    expect((error as InputError).message).toBe('workers must be a whole number, got 2.5.');
  });

  it('refuse non-numbers, fractions and values under the minimum', () => {
    expect(() => requireWholeNumber('months', '12')).toThrow('months must be a number, got "12".');
    expect(() => requireWholeNumber('months', 0, 1)).toThrow('months must be at least 1, got 0.');
    expect(() => requireNumber('budget', Number.POSITIVE_INFINITY)).toThrow(/must be a number/);
    expect(requireNumber('budget', 0.5)).toBe(0.5);
  });

  it('describe empty values in words', () => {
    expect(describeValue(null)).toBe('nothing (null)');
    expect(describeValue('')).toBe('an empty text');
    expect(describeValue({})).toBe('object');
  });
});

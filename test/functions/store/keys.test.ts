/** Key building: every tenant key carries the regency, nothing can smuggle a separator in, rows spread. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../shared/errors';
import { keys, ROWS_PER_BUCKET } from '../../../functions/store/keys';

const kapuas = { regency: '6203' };
const ROSTER = 'mi8abcd0f00aa11bb22cc33dd';

describe('keys', () => {
  it('prefixes every tenant key with the regency', () => {
    expect(keys.rosterMeta(kapuas, ROSTER)).toEqual({ pk: `T#6203#R#${ROSTER}`, sk: 'META' });
    expect(keys.chunk(kapuas, ROSTER, 3).pk).toBe(`T#6203#R#${ROSTER}`);
    expect(keys.row(kapuas, ROSTER, 3, 250)).toEqual({ pk: `T#6203#R#${ROSTER}#C#00003#B#002`, sk: '0250' });
    expect(keys.rosterListing(kapuas, '2026-01-01T00:00:00.000Z', ROSTER).gsi1pk).toBe('T#6203#ROSTERS');
    expect(keys.nikClaims('6203011201900012')).toEqual({ pk: 'NIK#6203011201900012', sk: 'CLAIMS' });
  });

  it('refuses regencies, roster ids and NIKs that could reach into another key', () => {
    for (const regency of ['62', '6203#R', '', '620a']) {
      expect(() => keys.rosterMeta({ regency }, ROSTER)).toThrow(InputError);
    }
    for (const id of ['abc', `${ROSTER}#X`, '../../etc', 'x'.repeat(41)]) {
      expect(() => keys.rosterMeta(kapuas, id)).toThrow(InputError);
    }
    expect(() => keys.nikClaims('6203#0112019000')).toThrow(InputError);
    expect(() => keys.row(kapuas, ROSTER, -1, 0)).toThrow(InputError);
  });

  it('spreads a 50,000-row roster over 500 partition keys of at most 100 rows', () => {
    const perKey = new Map<string, number>();
    for (let row = 0; row < 50_000; row++) {
      const { pk } = keys.row(kapuas, ROSTER, 1 + Math.floor(row / 2000), row % 2000);
      perKey.set(pk, (perKey.get(pk) ?? 0) + 1);
    }
    expect(perKey.size).toBe(500);
    expect(Math.max(...perKey.values())).toBe(ROWS_PER_BUCKET);
  });
});

/**
 * A small seeded pseudo-random generator (mulberry32: 32-bit state, one multiply-xorshift round per
 * draw). Not for anything secret; chosen because it is tiny, fast and gives the same sequence on
 * every JavaScript engine, so a seed names a roster for good.
 */
import { InputError, describe } from '../../../shared/errors';

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
}

export function createRandom(seed: number): Random {
  if (typeof seed !== 'number' || !Number.isInteger(seed)) {
    throw new InputError('seed', `seed must be a whole number, got ${describe(seed)}.`);
  }
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)]!,
    chance: (p) => next() < p,
  };
}

/** Picks from [value, weight] pairs in proportion to the weights. */
export function weightedPicker<T>(entries: readonly (readonly [T, number])[]): (random: Random) => T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  const cumulative = entries.map(([, w]) => w / total);
  for (let i = 1; i < cumulative.length; i++) cumulative[i]! += cumulative[i - 1]!;
  return (random) => {
    const u = random.next();
    for (let i = 0; i < cumulative.length; i++) if (u < cumulative[i]!) return entries[i]![0];
    return entries[entries.length - 1]![0];
  };
}

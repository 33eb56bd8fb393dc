/**
 * The one rounding step. Contributions are summed exactly (BigInt, so wages and bases of any size
 * stay exact) and rounded once per worker per month to whole rupiah, half up: BPJS bills whole
 * rupiah, and rounding once avoids the drift of rounding each program separately.
 */

/** Rates are in basis points and discounts in basis points of the rate: 10,000 × 10,000. */
export const SCALE = 100_000_000n;

/** Rounds num / SCALE (num ≥ 0) to the nearest whole number, halves up. */
export function roundHalfUp(num: bigint, den: bigint = SCALE): number {
  return Number((2n * num + den) / (2n * den));
}

/** `base × rateBp`, reduced by `discountBp`, in units of 1 / SCALE rupiah. */
export function percentOf(base: number, rateBp: number, discountBp = 0): bigint {
  return BigInt(base) * BigInt(rateBp) * BigInt(10_000 - discountBp);
}

/** A flat rupiah amount reduced by `discountBp`, in units of 1 / SCALE rupiah. */
export function flat(amount: number, discountBp = 0): bigint {
  return BigInt(amount) * 10_000n * BigInt(10_000 - discountBp);
}

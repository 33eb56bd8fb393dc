/** The mistakes a synthetic roster can be seeded with, and how many rows get each. */
import { InputError, describe } from '../../../shared/errors';
import type { Random } from './random';

/**
 * Each defect is one thing wrong with a row, chosen so that exactly one eligibility finding names it:
 * - duplicateNik: the same person as an earlier clean row (NIK_DUPLICATE)
 * - nikAsNumber: NIK typed as a number, rounded to 15 significant digits (NIK_PRECISION_LOST)
 * - badNikDate: a day or month inside the NIK that no date has (NIK_DATE_INVALID)
 * - unknownProvince: a province code that does not exist (NIK_PROVINCE_UNKNOWN)
 * - otherRegency: a valid NIK first issued in another regency (warning NIK_REGION_MISMATCH)
 * - sexMismatch: the sex column disagrees with the NIK (warning NIK_SEX_MISMATCH)
 * - underage / overage: 10–17 or 66–80 years old on asOf (AGE_BELOW_MIN / AGE_ABOVE_MAX at 18–65)
 * - wageEarner: a wage-earner category such as Non-ASN (WAGE_EARNER)
 * - notInDtsen: no decile (NOT_IN_DTSEN where DTSEN listing is required)
 * - highDecile: decile 5–10 (DECILE_ABOVE_MAX with the common limit of 4)
 * - missingName: an empty name (NAME_MISSING)
 */
export const SYNTHETIC_DEFECTS = [
  'duplicateNik',
  'nikAsNumber',
  'badNikDate',
  'unknownProvince',
  'otherRegency',
  'sexMismatch',
  'underage',
  'overage',
  'wageEarner',
  'notInDtsen',
  'highDecile',
  'missingName',
] as const;
export type SyntheticDefect = (typeof SYNTHETIC_DEFECTS)[number];

export type DefectShares = Partial<Record<SyntheticDefect, number>>;

/**
 * A small mix, about 22% of rows, in the spirit of Kapuas's 47,024 candidates of whom 39,073
 * (83%) survived verification (domain.md §1). The split between defects is illustrative.
 */
export const DEFAULT_DEFECT_SHARES: Readonly<Record<SyntheticDefect, number>> = Object.freeze({
  duplicateNik: 0.02,
  nikAsNumber: 0.01,
  badNikDate: 0.005,
  unknownProvince: 0.002,
  otherRegency: 0.03,
  sexMismatch: 0.01,
  underage: 0.01,
  overage: 0.02,
  wageEarner: 0.03,
  notInDtsen: 0.03,
  highDecile: 0.05,
  missingName: 0.005,
});

/** Checks the shares: known defects, each between 0 and 1, together at most 1. */
export function requireDefectShares(shares: unknown): DefectShares {
  if (typeof shares !== 'object' || shares === null || Array.isArray(shares)) {
    throw new InputError(
      'defects',
      `defects must map defect names to shares of rows, got ${describe(shares)}.`,
    );
  }
  let total = 0;
  for (const [name, share] of Object.entries(shares)) {
    if (!(SYNTHETIC_DEFECTS as readonly string[]).includes(name)) {
      throw new InputError(
        'defects',
        `Unknown defect "${name}"; use one of ${SYNTHETIC_DEFECTS.join(', ')}.`,
      );
    }
    if (typeof share !== 'number' || !Number.isFinite(share) || share < 0 || share > 1) {
      throw new InputError(
        `defects.${name}`,
        `The share of ${name} must be a number from 0 to 1, got ${describe(share)}.`,
      );
    }
    total += share;
  }
  if (total > 1 + 1e-9) {
    throw new InputError(
      'defects',
      `The defect shares add up to ${total.toFixed(3)}; together they must be at most 1.`,
    );
  }
  return shares as DefectShares;
}

/**
 * Which defect each row gets: share × rows rows per defect, rounded by largest remainder so the
 * counts add up to round(total share × rows) and never exceed the rows; placed at random positions.
 */
export function planDefects(rows: number, shares: DefectShares, random: Random): (SyntheticDefect | null)[] {
  const entries = SYNTHETIC_DEFECTS.filter((d) => (shares[d] ?? 0) > 0).map((d) => {
    const exact = (shares[d] ?? 0) * rows;
    return { defect: d, count: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  const wanted = Math.min(rows, Math.round(entries.reduce((s, e) => s + e.count + e.remainder, 0)));
  let assigned = entries.reduce((s, e) => s + e.count, 0);
  for (const e of [...entries].sort((a, b) => b.remainder - a.remainder)) {
    if (assigned >= wanted) break;
    if (e.remainder > 0) {
      e.count += 1;
      assigned += 1;
    }
  }
  const plan: (SyntheticDefect | null)[] = new Array(rows).fill(null);
  let at = 0;
  for (const e of entries) for (let k = 0; k < e.count; k++) plan[at++] = e.defect;
  // Fisher–Yates shuffle so the defects land anywhere in the roster.
  for (let i = rows - 1; i > 0; i--) {
    const j = random.int(0, i);
    const t = plan[i] ?? null;
    plan[i] = plan[j] ?? null;
    plan[j] = t;
  }
  return plan;
}

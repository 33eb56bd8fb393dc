/**
 * Largest-remainder rounding: turns fractional quotas that sum to a whole number into whole
 * workers with the same sum, each within one of its quota. Every quota is first rounded down;
 * the workers left over go one each to the largest fractional parts, ties to the earlier row.
 */

export interface Quota {
  /** Row position of the source, for tie-breaking. */
  readonly index: number;
  readonly quota: number;
  /** Optional group (a village) whose members together may not exceed `groupLimit`. */
  readonly group?: string;
}

/**
 * Rounds `quotas` to whole numbers summing to `total`. `groupLimits` caps the sum of each group;
 * a member of a full group is skipped and the worker goes to the next largest remainder.
 * Returns a map from row index to whole workers.
 */
export function largestRemainder(
  quotas: readonly Quota[],
  total: number,
  groupLimits: ReadonlyMap<string, number> = new Map(),
): Map<number, number> {
  const result = new Map<number, number>();
  const groupUsed = new Map<string, number>();
  let assigned = 0;
  for (const q of quotas) {
    // A quota a hair under a whole number (float division) still counts as that whole number.
    const whole = Math.floor(q.quota + 1e-9);
    result.set(q.index, whole);
    assigned += whole;
    if (q.group !== undefined) groupUsed.set(q.group, (groupUsed.get(q.group) ?? 0) + whole);
  }
  let left = total - assigned;
  const order = [...quotas]
    .map((q) => ({ ...q, fraction: q.quota - (result.get(q.index) ?? 0) }))
    .filter((q) => q.fraction > 1e-9)
    .sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (const q of order) {
    if (left <= 0) break;
    if (q.group !== undefined) {
      const limit = groupLimits.get(q.group);
      if (limit !== undefined && (groupUsed.get(q.group) ?? 0) >= limit) continue;
      groupUsed.set(q.group, (groupUsed.get(q.group) ?? 0) + 1);
    }
    result.set(q.index, (result.get(q.index) ?? 0) + 1);
    left -= 1;
  }
  if (left !== 0) throw new Error(`largest remainder could not place ${left} workers (internal error)`);
  return result;
}

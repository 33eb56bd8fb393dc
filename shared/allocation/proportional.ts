/**
 * Proportional allocation: the workers that can be funded are split between sources by share
 * (or by budget when no shares are given).
 *
 * The rule, stated as a water level: every source gets λ × its weight workers, for one common λ,
 * except that
 *   - no source gets more than its budget pays for (⌊budget ÷ unit cost⌋): a capped source stops
 *     there and the rest spills to the others, because λ rises for everyone else;
 *   - the village sources of one village together never get more than that village's workers:
 *     when they would, they share exactly the village's workers between them by weight (again
 *     capped by budget), and the rest spills to the other sources.
 * λ is raised until the largest number of workers that can be funded at all is reached, so the
 * proportional method never leaves more shortfall than the priority method. The fractional shares
 * are then rounded by largest remainder (ties to the earlier row). A share of 0 opts a source out.
 *
 * The level is found by fixing, round by round, the sources (or villages) that the current level
 * already pushes past their cap. Each fix can only raise λ for the others, so earlier fixes stay
 * right and the loop ends after at most one round per source.
 */
import { largestRemainder, type Quota } from './largest-remainder';
import type { CheckedRequest, CheckedSource } from './request';

/** Most workers the sources can fund together: village money only inside its village. */
export function maximumFundable(request: CheckedRequest, sources: readonly CheckedSource[]): number {
  let general = 0;
  const villageMoney = new Map<string, number>();
  for (const s of sources) {
    if (s.villageKey === undefined) general += s.capacity;
    else villageMoney.set(s.villageKey, (villageMoney.get(s.villageKey) ?? 0) + s.capacity);
  }
  let village = 0;
  for (const [key, capacity] of villageMoney)
    village += Math.min(capacity, request.villageWorkers.get(key) ?? 0);
  return Math.min(request.workers, general + village);
}

/** Splits `total` among `members` by weight, each capped by its capacity (a water level inside one village). */
function shareWithin(members: readonly CheckedSource[], weight: (s: CheckedSource) => number, total: number) {
  const quotas = new Map<number, number>();
  let active = [...members];
  let left = total;
  for (;;) {
    const w = active.reduce((sum, s) => sum + weight(s), 0);
    const over = active.filter((s) => (left * weight(s)) / w > s.capacity);
    if (over.length === 0) {
      for (const s of active) quotas.set(s.index, (left * weight(s)) / w);
      return quotas;
    }
    for (const s of over) {
      quotas.set(s.index, s.capacity);
      left -= s.capacity;
    }
    active = active.filter((s) => !over.includes(s));
  }
}

/** Workers paid for by each source, in source order. */
export function allocateProportionally(request: CheckedRequest): number[] {
  const hasShares = request.sources.some((s) => s.share !== undefined);
  const weight = (s: CheckedSource) => (hasShares ? (s.share ?? 0) : s.budget);
  const funded = new Array<number>(request.sources.length).fill(0);
  let active = request.sources.filter((s) => weight(s) > 0 && s.capacity > 0);

  let left = maximumFundable(request, active);
  const villageLeft = new Map(request.villageWorkers);
  const quotas: Quota[] = [];
  let toRound = 0;
  const fixedVillages: { quotas: Quota[]; total: number }[] = [];

  while (active.length > 0 && left > 0) {
    const totalWeight = active.reduce((sum, s) => sum + weight(s), 0);
    const level = left / totalWeight;
    const share = (s: CheckedSource) => Math.min(s.capacity, level * weight(s));

    // 1. Villages whose sources would take more than the village's workers left: fill them exactly.
    const saturated = new Set<string>();
    for (const s of active) {
      if (s.villageKey === undefined || saturated.has(s.villageKey)) continue;
      const members = active.filter((m) => m.villageKey === s.villageKey);
      const demand = members.reduce((sum, m) => sum + share(m), 0);
      if (demand >= (villageLeft.get(s.villageKey) ?? 0)) saturated.add(s.villageKey);
    }
    if (saturated.size > 0) {
      for (const village of saturated) {
        const members = active.filter((m) => m.villageKey === village);
        const total = villageLeft.get(village) ?? 0;
        const inner = shareWithin(members, weight, total);
        fixedVillages.push({
          total,
          quotas: members.map((m) => ({ index: m.index, quota: inner.get(m.index) ?? 0 })),
        });
        villageLeft.set(village, 0);
        left -= total;
      }
      active = active.filter((s) => s.villageKey === undefined || !saturated.has(s.villageKey));
      continue;
    }

    // 2. Sources whose share at this level is more than their budget pays for: cap them.
    const capped = active.filter((s) => level * weight(s) > s.capacity);
    if (capped.length > 0) {
      for (const s of capped) {
        funded[s.index] = s.capacity;
        left -= s.capacity;
        if (s.villageKey !== undefined)
          villageLeft.set(s.villageKey, (villageLeft.get(s.villageKey) ?? 0) - s.capacity);
      }
      active = active.filter((s) => !capped.includes(s));
      continue;
    }

    // 3. Nobody is over a limit: everyone left gets the level.
    for (const s of active) quotas.push({ index: s.index, quota: level * weight(s), group: s.villageKey });
    toRound = left;
    left = 0;
    active = [];
  }
  if (left > 0)
    throw new Error(`proportional allocation left ${left} fundable workers unplaced (internal error)`);

  for (const fixed of fixedVillages) {
    for (const [index, workers] of largestRemainder(fixed.quotas, fixed.total)) funded[index] = workers;
  }
  for (const [index, workers] of largestRemainder(quotas, toRound, villageLeft)) funded[index] = workers;
  return funded;
}

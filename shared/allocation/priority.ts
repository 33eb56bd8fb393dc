/**
 * Priority allocation: sources are used in row order, each paying for as many workers as its
 * budget allows before the next one is touched.
 *
 * Village money. A village source can only pay for workers of its village, while money without a
 * village can pay for anyone. Row order is respected, with one refinement so that row order never
 * costs coverage: when general money is used, it takes workers in this order
 *   1. workers counted in no village (no village money can ever pay for them);
 *   2. village workers beyond what the village's remaining (later-row) village money can pay for;
 *   3. only then village workers that the village's own money could still have paid for.
 * So general money listed first does everything it can afford, yet never takes a worker that later
 * village money was needed for while someone else was left to take. This always funds the largest
 * possible number of workers: village money pays min(its village's workers, its capacity), general
 * money pays for everyone else up to its capacity. Within each step villages are visited in the
 * order workersByVillage lists them.
 *
 * Linear time. A village's "excess" (step 2) is its workers left minus the village money in later
 * rows, floored at 0. Village money paying for its own village lowers both sides alike (or the excess
 * was already 0), so only general money ever lowers the excess: it can be worked out once, from all
 * the village money, and kept up to date as general money takes from it. Counts only go down, and
 * each step empties a village before moving on to the next, so one cursor per step walks the villages
 * once over the whole run.
 */
import type { CheckedRequest } from './request';

/** Workers paid for by each source, in source order. */
export function allocateByPriority(request: CheckedRequest): number[] {
  const { sources } = request;
  const position = new Map<string, number>();
  const left: number[] = [];
  for (const [village, count] of request.villageWorkers) {
    position.set(village, left.length);
    left.push(count);
  }
  const villageMoney = new Array<number>(left.length).fill(0);
  for (const source of sources) {
    const at = source.villageKey === undefined ? undefined : position.get(source.villageKey);
    if (at !== undefined) villageMoney[at]! += source.capacity;
  }
  // Workers of each village beyond what all its village money can pay for (step 2).
  const excess = left.map((count, at) => Math.max(0, count - villageMoney[at]!));
  let unplaced = request.unplacedWorkers;
  // Every village before a cursor has nothing left for that step.
  let excessCursor = 0;
  let leftCursor = 0;
  const funded = new Array<number>(sources.length).fill(0);

  sources.forEach((source, i) => {
    if (source.villageKey !== undefined) {
      const at = position.get(source.villageKey);
      if (at === undefined) return;
      const take = Math.min(source.capacity, left[at]!);
      left[at]! -= take;
      funded[i] = take;
      return;
    }

    let want = source.capacity;
    const fromUnplaced = Math.min(want, unplaced);
    unplaced -= fromUnplaced;
    want -= fromUnplaced;

    let fromVillages = 0;
    // Step 2: the excess no village money will cover.
    for (; want > 0 && excessCursor < excess.length; excessCursor++) {
      const take = Math.min(want, excess[excessCursor]!);
      excess[excessCursor]! -= take;
      left[excessCursor]! -= take;
      want -= take;
      fromVillages += take;
      if (excess[excessCursor]! > 0) break;
    }
    // Step 3: the rest. Reached only when every excess is spent, so the excess stays 0.
    for (; want > 0 && leftCursor < left.length; leftCursor++) {
      const take = Math.min(want, left[leftCursor]!);
      left[leftCursor]! -= take;
      want -= take;
      fromVillages += take;
      if (left[leftCursor]! > 0) break;
    }
    funded[i] = fromUnplaced + fromVillages;
  });
  return funded;
}

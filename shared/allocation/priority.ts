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
 */
import type { CheckedRequest } from './request';

/** Workers paid for by each source, in source order. */
export function allocateByPriority(request: CheckedRequest): number[] {
  const { sources } = request;
  const remaining = new Map(request.villageWorkers);
  let unplaced = request.unplacedWorkers;
  const funded = new Array<number>(sources.length).fill(0);

  sources.forEach((source, i) => {
    if (source.villageKey !== undefined) {
      const available = remaining.get(source.villageKey) ?? 0;
      const take = Math.min(source.capacity, available);
      if (remaining.has(source.villageKey)) remaining.set(source.villageKey, available - take);
      funded[i] = take;
      return;
    }

    let want = source.capacity;
    const fromUnplaced = Math.min(want, unplaced);
    unplaced -= fromUnplaced;
    want -= fromUnplaced;

    // What later village sources can still pay for in each village.
    const laterVillageMoney = new Map<string, number>();
    for (const later of sources.slice(i + 1)) {
      if (later.villageKey === undefined) continue;
      laterVillageMoney.set(
        later.villageKey,
        (laterVillageMoney.get(later.villageKey) ?? 0) + later.capacity,
      );
    }
    let fromVillages = 0;
    // Step 2: the excess no village money will cover; step 3: the rest.
    for (const step of ['excess', 'covered'] as const) {
      for (const [village, count] of remaining) {
        if (want === 0) break;
        const covered = Math.min(count, laterVillageMoney.get(village) ?? 0);
        const takeable = step === 'excess' ? count - covered : count;
        const take = Math.min(want, takeable);
        remaining.set(village, count - take);
        want -= take;
        fromVillages += take;
      }
    }
    funded[i] = fromUnplaced + fromVillages;
  });
  return funded;
}

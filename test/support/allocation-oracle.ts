/**
 * The priority allocation as it was before it was made linear (commit 9dc9c01), kept verbatim as an
 * oracle: test/shared/allocation-oracle.property.test.ts checks that the fast version gives exactly
 * the same answer. Quadratic or worse in sources; use only in tests.
 */
import type { CheckedRequest } from '../../shared/allocation/request';

/** Workers paid for by each source, in source order. */
export function allocateByPriorityOracle(request: CheckedRequest): number[] {
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

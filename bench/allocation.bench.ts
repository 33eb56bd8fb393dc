/**
 * ALLOCATE's two methods (shared/allocation) at 1,000, 10,000 and 20,000 funding sources, against
 * checking the same request (checkRequest: every source read, named, its capacity worked out),
 * which is the least either method must do. A third of the sources is general money, the rest
 * village money (DD/ADD) spread over one village per ten sources; the roster is larger than the
 * money, so every source is used and a shortfall is left.
 *
 * Priority was worse than quadratic (4.3 s at 20,000 sources); it is linear now, and the earlier
 * version (kept as a test oracle) is timed beside it at a size it can still finish.
 */
import { allocate, type AllocationRequest } from '../shared/allocation';
import { allocateByPriority } from '../shared/allocation/priority';
import { checkRequest } from '../shared/allocation/request';
import { allocateByPriorityOracle } from '../test/support/allocation-oracle';
import { createRandom } from '../test/support/synthetic';
import { compare, inTurns, keep, type BenchContext, type BenchOutput, type BenchRow } from './harness';

const UNIT_COST = 201_600;

function request(sources: number, seed: number): AllocationRequest {
  const random = createRandom(seed);
  const villages = Math.max(1, Math.floor(sources / 10));
  const workersByVillage: Record<string, number> = {};
  for (let v = 0; v < villages; v++) workersByVillage[`Desa ${v + 1}`] = random.int(50, 1_500);
  const placed = Object.values(workersByVillage).reduce((a, b) => a + b, 0);
  return {
    workers: placed + sources * 100,
    unitCost: UNIT_COST,
    workersByVillage,
    sources: Array.from({ length: sources }, (_, i) => ({
      name: `Sumber ${i + 1}`,
      budget: random.int(1, 500) * UNIT_COST + random.int(0, UNIT_COST - 1),
      ...(i % 3 === 0 ? {} : { village: `Desa ${random.int(1, villages)}` }),
    })),
  };
}

export async function run({ quick, progress }: BenchContext): Promise<BenchOutput> {
  const rows: BenchRow[] = [];
  const baseline = 'checking the same request (checkRequest)';
  for (const size of quick ? [1_000, 2_000] : [1_000, 10_000, 20_000]) {
    progress(`ALLOCATE at ${size} sources`);
    const req = request(size, size);
    const priority = { ...req, method: 'priority' as const };
    const proportional = { ...req, method: 'proportional' as const };
    const slow = size >= 10_000;
    const t = await inTurns(
      {
        check: () => keep(checkRequest(priority)),
        priority: () => keep(allocate(priority)),
        proportional: () => keep(allocate(proportional)),
      },
      quick ? 3 : slow ? 3 : 7,
      { repeats: { check: slow ? 1 : 5, priority: slow ? 1 : 5, proportional: 1 } },
    );
    const n = size.toLocaleString('en');
    for (const method of ['priority', 'proportional'] as const) {
      rows.push(
        compare({
          name: `allocate.${method}.${size}`,
          what: `ALLOCATE ${method}, ${n} sources`,
          baseline,
          measured: t[method],
          floor: t.check,
        }),
      );
    }
  }

  // The method alone against the earlier one, on the same checked request.
  const size = quick ? 1_000 : 5_000;
  const checked = checkRequest({ ...request(size, 7), method: 'priority' });
  const o = await inTurns(
    {
      now: () => keep(allocateByPriority(checked)),
      earlier: () => keep(allocateByPriorityOracle(checked)),
    },
    quick ? 3 : 5,
    { repeats: { now: 20, earlier: 1 } },
  );
  rows.push(
    compare({
      name: `allocate.priority-vs-earlier.${size}`,
      what: `priority method alone, ${size.toLocaleString('en')} sources`,
      baseline: 'the earlier (quadratic) priority method on the same request',
      measured: o.now,
      floor: o.earlier,
    }),
  );
  return { rows };
}

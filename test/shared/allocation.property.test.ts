import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, type AllocationRequest, type FundingSourceBudget } from '../../shared/allocation';
import { propertyRuns, propertyTimeout } from '../support/property-runs';

const VILLAGES = ['Sei Pudak', 'Mandomai', 'Pulau Telo'] as const;

/** A random but valid request: villages counted first, then the roster size is at least their sum. */
const request = (method: 'priority' | 'proportional') =>
  fc
    .record({
      unitCost: fc.integer({ min: 1, max: 250_000 }),
      villageCounts: fc.tuple(...VILLAGES.map(() => fc.integer({ min: 0, max: 400 }))),
      unplaced: fc.integer({ min: 0, max: 800 }),
      withShares: fc.boolean(),
      sources: fc.array(
        fc.record({
          workerBudget: fc.integer({ min: 0, max: 1_500 }),
          // Budgets are often not a whole number of workers: the leftover is up to one worker's cost.
          leftover: fc.double({ min: 0, max: 0.999, noNaN: true }),
          share: fc.integer({ min: 0, max: 100 }),
          village: fc.option(fc.constantFrom(...VILLAGES), { nil: undefined, freq: 3 }),
        }),
        { maxLength: 6 },
      ),
    })
    .map(({ unitCost, villageCounts, unplaced, withShares, sources }): AllocationRequest => {
      const workersByVillage = Object.fromEntries(VILLAGES.map((v, i) => [v, villageCounts[i]!]));
      const useShares = withShares && method === 'proportional' && sources.some((s) => s.share > 0);
      return {
        workers: villageCounts.reduce((a, b) => a + b, 0) + unplaced,
        unitCost,
        method,
        workersByVillage,
        sources: sources.map((s, i): FundingSourceBudget => ({
          name: `Source ${i + 1}`,
          budget: Math.floor((s.workerBudget + s.leftover) * unitCost),
          ...(useShares ? { share: s.share } : {}),
          ...(s.village === undefined ? {} : { village: s.village }),
        })),
      };
    });

const capacity = (s: FundingSourceBudget, unitCost: number) => Math.floor(s.budget / unitCost);

/** The most workers these sources can fund, worked out independently of the allocator. */
function mostFundable(req: AllocationRequest, usable: (s: FundingSourceBudget) => boolean): number {
  let general = 0;
  let village = 0;
  for (const v of VILLAGES) {
    const money = req.sources
      .filter((s) => s.village === v && usable(s))
      .reduce((sum, s) => sum + capacity(s, req.unitCost), 0);
    village += Math.min(money, req.workersByVillage![v]!);
  }
  for (const s of req.sources) if (s.village === undefined && usable(s)) general += capacity(s, req.unitCost);
  return Math.min(req.workers, general + village);
}

function checkInvariants(req: AllocationRequest) {
  const result = allocate(req);
  expect(result.lines.map((l) => l.name)).toEqual(req.sources.map((s) => s.name));
  const funded = result.lines.reduce((sum, l) => sum + l.workers, 0);
  expect(funded + result.shortfall.workers).toBe(req.workers);
  expect(result.shortfall.workers).toBeGreaterThanOrEqual(0);
  expect(result.shortfall.amount).toBe(result.shortfall.workers * req.unitCost);
  result.lines.forEach((line, i) => {
    const source = req.sources[i]!;
    expect(Number.isInteger(line.workers) && line.workers >= 0).toBe(true);
    expect(line.amount).toBe(line.workers * req.unitCost);
    expect(line.amount).toBeLessThanOrEqual(source.budget);
    expect(line.unused).toBe(source.budget - line.amount);
  });
  for (const v of VILLAGES) {
    const taken = result.lines.filter((l) => l.village === v).reduce((sum, l) => sum + l.workers, 0);
    expect(taken).toBeLessThanOrEqual(req.workersByVillage?.[v] ?? 0);
  }
  return result;
}

// Generous timeouts: the machine is shared, and these are correctness checks, not speed checks.
describe('allocation properties', { timeout: propertyTimeout() }, () => {
  it('priority: sums to N, within budgets, exact amounts, villages respected, as many funded as possible', () => {
    fc.assert(
      fc.property(request('priority'), (req) => {
        const result = checkInvariants(req);
        const funded = req.workers - result.shortfall.workers;
        expect(funded).toBe(mostFundable(req, () => true));
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  it('priority: while workers are unfunded, no general source has money left for one more', () => {
    fc.assert(
      fc.property(request('priority'), (req) => {
        const result = allocate(req);
        if (result.shortfall.workers === 0) return;
        result.lines.forEach((line, i) => {
          if (req.sources[i]!.village === undefined) expect(line.unused).toBeLessThan(req.unitCost);
        });
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  it('proportional: the same invariants, and as many funded as the sources that take part allow', () => {
    fc.assert(
      fc.property(request('proportional'), (req) => {
        const result = checkInvariants(req);
        // Sources with a share of 0 take no part; without shares every source does.
        const takesPart = (s: FundingSourceBudget) => s.share === undefined || s.share > 0;
        expect(req.workers - result.shortfall.workers).toBe(mostFundable(req, takesPart));
        req.sources.forEach((s, i) => {
          if (!takesPart(s)) expect(result.lines[i]!.workers).toBe(0);
        });
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  it('proportional: with budgets no source reaches, each gets its exact share ± less than one worker', () => {
    const ample = fc.record({
      workers: fc.integer({ min: 0, max: 50_000 }),
      unitCost: fc.integer({ min: 1, max: 250_000 }),
      shares: fc.array(fc.integer({ min: 1, max: 1_000 }), { minLength: 1, maxLength: 8 }),
    });
    fc.assert(
      fc.property(ample, ({ workers, unitCost, shares }) => {
        const total = shares.reduce((a, b) => a + b, 0);
        const result = checkInvariants({
          workers,
          unitCost,
          method: 'proportional',
          workersByVillage: {},
          sources: shares.map((share, i) => ({ name: `S${i}`, budget: workers * unitCost, share })),
        });
        expect(result.shortfall.workers).toBe(0);
        result.lines.forEach((line, i) => {
          const exact = (workers * shares[i]!) / total;
          expect(Math.abs(line.workers - exact)).toBeLessThan(1);
        });
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  it('proportional: sources that are never capped share one level, each within one worker of it', () => {
    // Sources whose budget covers the whole roster can never be capped; whatever the others do,
    // all of them must sit within one worker of λ × share for a single λ.
    fc.assert(
      fc.property(
        request('proportional').filter((r) => r.sources.some((s) => s.share !== undefined)),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 2, maxLength: 4 }),
        (req, ampleShares) => {
          const sources = [
            ...req.sources,
            ...ampleShares.map((share, i) => ({
              name: `Ample ${i}`,
              budget: req.workers * req.unitCost,
              share,
            })),
          ];
          const result = checkInvariants({ ...req, sources });
          const ample = result.lines
            .slice(req.sources.length)
            .map((l, i) => ({ x: l.workers, w: ampleShares[i]! }));
          const highestFloor = Math.max(...ample.map(({ x, w }) => (x - 1) / w));
          const lowestCeiling = Math.min(...ample.map(({ x, w }) => (x + 1) / w));
          expect(highestFloor).toBeLessThan(lowestCeiling);
        },
      ),
      { numRuns: propertyRuns(200) },
    );
  });
});

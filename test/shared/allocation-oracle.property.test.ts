import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, type AllocationRequest, type FundingSourceBudget } from '../../shared/allocation';
import { allocateByPriority } from '../../shared/allocation/priority';
import { checkRequest } from '../../shared/allocation/request';
import { allocateByPriorityOracle } from '../support/allocation-oracle';
import { propertyRuns, propertyTimeout } from '../support/property-runs';

// Spellings differ on purpose: village money is matched ignoring case and extra spaces.
const LISTED = ['Sei Pudak', 'Mandomai', 'Pulau Telo', 'Basarang', 'Kapuas Hilir'] as const;
const SPELLINGS = [...LISTED, 'SEI  PUDAK ', 'mandomai', 'Tamban Catur' /* never listed */] as const;

/**
 * A random valid priority request: some villages listed (in random order, some with 0 workers),
 * village money for listed and unlisted villages, general money anywhere in the row order, budgets
 * from nothing to more than the roster, so rosters end short, exact or with money to spare.
 */
const request = (maxSources: number, maxCount: number) =>
  fc
    .record({
      unitCost: fc.integer({ min: 1, max: 250_000 }),
      villages: fc.shuffledSubarray([...LISTED]),
      counts: fc.array(fc.integer({ min: 0, max: maxCount }), {
        minLength: LISTED.length,
        maxLength: LISTED.length,
      }),
      unplaced: fc.integer({ min: 0, max: maxCount * 2 }),
      sources: fc.array(
        fc.record({
          workerBudget: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: maxCount * 3 })),
          leftover: fc.double({ min: 0, max: 0.999, noNaN: true }),
          village: fc.option(fc.constantFrom(...SPELLINGS), { nil: undefined, freq: 2 }),
        }),
        { maxLength: maxSources },
      ),
    })
    .map(({ unitCost, villages, counts, unplaced, sources }): AllocationRequest => {
      const workersByVillage = Object.fromEntries(villages.map((v, i) => [v, counts[i]!]));
      const placed = villages.reduce((sum, _, i) => sum + counts[i]!, 0);
      return {
        workers: placed + unplaced,
        unitCost,
        method: 'priority',
        workersByVillage,
        sources: sources.map((s, i): FundingSourceBudget => ({
          name: `Source ${i + 1}`,
          budget: Math.floor((s.workerBudget + s.leftover) * unitCost),
          ...(s.village === undefined ? {} : { village: s.village }),
        })),
      };
    });

describe(
  'priority allocation matches the earlier (quadratic) implementation',
  { timeout: propertyTimeout() },
  () => {
    it('gives exactly the same workers per source for small rosters', () => {
      fc.assert(
        fc.property(request(8, 30), (req) => {
          const checked = checkRequest(req);
          expect(allocateByPriority(checked)).toEqual(allocateByPriorityOracle(checked));
        }),
        { numRuns: propertyRuns(500) },
      );
    });

    it('gives exactly the same workers per source for many sources', () => {
      fc.assert(
        fc.property(request(80, 400), (req) => {
          const checked = checkRequest(req);
          expect(allocateByPriority(checked)).toEqual(allocateByPriorityOracle(checked));
        }),
        { numRuns: propertyRuns(200) },
      );
    });

    it('and allocate() reports the oracle figures and shortfall', () => {
      fc.assert(
        fc.property(request(20, 100), (req) => {
          const checked = checkRequest(req);
          const expected = allocateByPriorityOracle(checked);
          const result = allocate(req);
          expect(result.lines.map((l) => l.workers)).toEqual(expected);
          const short = req.workers - expected.reduce((a, b) => a + b, 0);
          expect(result.shortfall).toEqual({ workers: short, amount: short * req.unitCost });
        }),
        { numRuns: propertyRuns(200) },
      );
    });
  },
);

/**
 * Checking an allocation request and putting it in the shape the methods work on: each source's
 * capacity in whole workers, and the workers of each village.
 */
import { ALLOCATION_METHODS, matchCode, type AllocationMethod } from '../codes';
import { InputError, describe, requireWholeNumber } from '../errors';
import type { AllocationRequest } from './types';

export interface CheckedSource {
  /** Row position in the request, kept for tie-breaking and output order. */
  readonly index: number;
  readonly name: string;
  readonly budget: number;
  readonly share: number | undefined;
  readonly village: string | undefined;
  /** The village as matched against workersByVillage (see `villageKey`). */
  readonly villageKey: string | undefined;
  /** ⌊budget ÷ unit cost⌋: the most workers this source can pay for in full. */
  readonly capacity: number;
}

export interface CheckedRequest {
  readonly workers: number;
  readonly unitCost: number;
  readonly method: AllocationMethod;
  readonly sources: readonly CheckedSource[];
  /** Eligible workers per village key, in the order the caller listed the villages. */
  readonly villageWorkers: ReadonlyMap<string, number>;
  /** Workers not counted in any village: only money without a village can pay for them. */
  readonly unplacedWorkers: number;
}

/**
 * Village names are typed by hand in several workbooks ("Sei Pudak", "SEI  PUDAK "), so they are
 * matched ignoring case and extra spaces.
 */
export function villageKey(village: string): string {
  return village.trim().replace(/\s+/g, ' ').toUpperCase();
}

const MAX_RUPIAH = Number.MAX_SAFE_INTEGER;

/** ⌊budget ÷ unitCost⌋, corrected for the rare float division that lands on the wrong side of a whole number. */
export function capacityOf(budget: number, unitCost: number): number {
  let n = Math.floor(budget / unitCost);
  while (n > 0 && n * unitCost > budget) n -= 1;
  while ((n + 1) * unitCost <= budget) n += 1;
  return n;
}

export function checkRequest(request: AllocationRequest): CheckedRequest {
  if (typeof request !== 'object' || request === null) {
    throw new InputError('request', `The allocation request must be an object, got ${describe(request)}.`);
  }
  const workers = requireWholeNumber('workers', request.workers, 0);
  const unitCost = request.unitCost;
  if (
    typeof unitCost !== 'number' ||
    !Number.isFinite(unitCost) ||
    !Number.isInteger(unitCost) ||
    unitCost <= 0
  ) {
    throw new InputError(
      'unit_cost',
      `unit_cost must be a whole number of rupiah above 0 (the cost of one worker for the period), got ${describe(unitCost)}.`,
    );
  }
  if (workers * unitCost > MAX_RUPIAH) {
    throw new InputError(
      'workers',
      'workers × unit_cost is too large to compute exactly; split the request.',
    );
  }
  let method: AllocationMethod = 'priority';
  if (request.method !== undefined) {
    const matched = matchCode(ALLOCATION_METHODS, request.method);
    if (!matched) {
      throw new InputError(
        'method',
        `method must be ${ALLOCATION_METHODS.join(' or ')}, got ${describe(request.method)}.`,
      );
    }
    method = matched;
  }
  if (!Array.isArray(request.sources)) {
    throw new InputError(
      'sources',
      `sources must be a list of funding sources, got ${describe(request.sources)}.`,
    );
  }

  const seen = new Map<string, number>();
  const sources = request.sources.map((source, index): CheckedSource => {
    const row = `sources row ${index + 1}`;
    if (typeof source !== 'object' || source === null) {
      throw new InputError('sources', `${row} must have a name and a budget, got ${describe(source)}.`);
    }
    if (typeof source.name !== 'string' || source.name.trim() === '') {
      throw new InputError('sources', `${row} needs a name (e.g. APBD, DD Sei Pudak).`);
    }
    const name = source.name.trim();
    const nameKey = name.toUpperCase();
    const earlier = seen.get(nameKey);
    if (earlier !== undefined) {
      throw new InputError(
        'sources',
        `Source name "${name}" is used in rows ${earlier + 1} and ${index + 1}; give each source its own name.`,
      );
    }
    seen.set(nameKey, index);
    const budget = source.budget;
    if (typeof budget !== 'number' || !Number.isFinite(budget) || budget < 0) {
      throw new InputError(
        'sources',
        `The budget of "${name}" must be a number of rupiah, 0 or more, got ${describe(budget)}.`,
      );
    }
    if (budget > MAX_RUPIAH) {
      throw new InputError('sources', `The budget of "${name}" is too large to compute exactly.`);
    }
    if (
      source.share !== undefined &&
      (typeof source.share !== 'number' || !Number.isFinite(source.share) || source.share < 0)
    ) {
      throw new InputError(
        'sources',
        `The share of "${name}" must be a number, 0 or more, got ${describe(source.share)}.`,
      );
    }
    let village: string | undefined;
    if (source.village !== undefined) {
      if (typeof source.village !== 'string' || source.village.trim() === '') {
        throw new InputError(
          'sources',
          `The village of "${name}" must be a village name, got ${describe(source.village)}.`,
        );
      }
      village = source.village.trim();
    }
    return {
      index,
      name,
      budget,
      share: source.share,
      village,
      villageKey: village === undefined ? undefined : villageKey(village),
      capacity: capacityOf(budget, unitCost),
    };
  });

  if (method === 'proportional') {
    const withShare = sources.filter((s) => s.share !== undefined).length;
    if (withShare > 0 && withShare < sources.length) {
      throw new InputError(
        'sources',
        'In proportional mode give a share for every source, or for none (then budgets are the weights).',
      );
    }
    if (withShare > 0 && sources.every((s) => s.share === 0)) {
      throw new InputError('sources', 'In proportional mode at least one share must be above 0.');
    }
  }

  const villageWorkers = checkVillages(request.workersByVillage, workers, sources);
  let placed = 0;
  for (const count of villageWorkers.values()) placed += count;
  return { workers, unitCost, method, sources, villageWorkers, unplacedWorkers: workers - placed };
}

function checkVillages(
  byVillage: AllocationRequest['workersByVillage'],
  workers: number,
  sources: readonly CheckedSource[],
): Map<string, number> {
  const result = new Map<string, number>();
  const villageSource = sources.find((s) => s.village !== undefined);
  if (byVillage === undefined) {
    if (villageSource) {
      throw new InputError(
        'workers_by_village',
        `"${villageSource.name}" is village money for ${villageSource.village}; give the number of eligible workers per village (workers_by_village) so it only pays for its own village.`,
      );
    }
    return result;
  }
  if (typeof byVillage !== 'object' || byVillage === null || Array.isArray(byVillage)) {
    throw new InputError(
      'workers_by_village',
      `workers_by_village must map each village to its number of eligible workers, got ${describe(byVillage)}.`,
    );
  }
  let total = 0;
  for (const [village, count] of Object.entries(byVillage)) {
    const key = villageKey(village);
    if (key === '')
      throw new InputError('workers_by_village', 'workers_by_village has a village with no name.');
    if (result.has(key)) {
      throw new InputError('workers_by_village', `workers_by_village lists village "${village}" twice.`);
    }
    result.set(key, requireWholeNumber(`workers_by_village["${village}"]`, count, 0));
    total += count;
  }
  if (total > workers) {
    throw new InputError(
      'workers_by_village',
      `workers_by_village counts ${total} workers but there are only ${workers}; the villages cannot hold more than the roster.`,
    );
  }
  // A village source whose village is not listed has no eligible workers to pay for (the roster
  // had none there), so it funds nobody; its whole budget shows as unused.
  return result;
}

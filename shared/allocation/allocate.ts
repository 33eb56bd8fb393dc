/**
 * Allocation of workers to funding sources (domain.md §6). Whole workers only; each amount is
 * exactly workers × unit cost; no source pays more than its budget; funded + shortfall = N.
 */
import { allocateByPriority } from './priority';
import { allocateProportionally } from './proportional';
import { checkRequest } from './request';
import type { AllocationRequest, AllocationResult } from './types';

export function allocate(request: AllocationRequest): AllocationResult {
  const checked = checkRequest(request);
  const funded =
    checked.method === 'priority' ? allocateByPriority(checked) : allocateProportionally(checked);
  const lines = checked.sources.map((source, i) => {
    const workers = funded[i] ?? 0;
    const amount = workers * checked.unitCost;
    return {
      name: source.name,
      ...(source.village === undefined ? {} : { village: source.village }),
      workers,
      amount,
      unused: source.budget - amount,
    };
  });
  const shortfall = checked.workers - funded.reduce((sum, n) => sum + n, 0);
  return { lines, shortfall: { workers: shortfall, amount: shortfall * checked.unitCost } };
}

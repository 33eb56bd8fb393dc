/**
 * A roster's summary: counts by status and by reason, and the cost of the covered workers
 * (eligible or registered), by village and by funding source. It reads the roster and its running
 * totals (store/stats.ts), two items whatever the roster's size, and prices each (village,
 * funding source, income base) cell with shared/premium's coverCost, the rule the export and the
 * formulas share.
 */
import { coverCost } from '../../shared/premium';
import type { FundingSource } from '../../shared/codes';
import { ROW_STATUSES, emptyCounts, type RosterSummary } from '../../shared/contracts';
import type { Tenant } from '../store';
import type { StoredRoster } from '../store/rosters';
import type { Totals } from '../store/stats';
import type { Deps } from './deps';

const NO_VILLAGE = '(tanpa desa)';

export function summarise(roster: StoredRoster, totals: Totals): RosterSummary {
  const counts = emptyCounts();
  const byReason: Record<string, number> = {};
  const byVillage = new Map<string, { village: string; workers: number; cost: number }>();
  const byFunding = new Map<FundingSource, { funding: FundingSource; workers: number; cost: number }>();
  for (const [name, n] of Object.entries(totals)) {
    const value = name.slice(2);
    if (name.startsWith('s:') && (ROW_STATUSES as readonly string[]).includes(value))
      counts[value as keyof typeof counts] += n;
    else if (name.startsWith('r:')) byReason[value] = n;
    else if (name.startsWith('c:')) {
      const [rowVillage, rowFunding, rowIncomeBase] = JSON.parse(value) as [
        string | null,
        FundingSource | null,
        number | null,
      ];
      const village = rowVillage ?? roster.village ?? NO_VILLAGE;
      const funding = rowFunding ?? roster.funding;
      const cost = coverCost(n, { funding: rowFunding, incomeBase: rowIncomeBase }, roster);
      const v = byVillage.get(village) ?? { village, workers: 0, cost: 0 };
      v.workers += n;
      v.cost += cost;
      byVillage.set(village, v);
      const f = byFunding.get(funding) ?? { funding, workers: 0, cost: 0 };
      f.workers += n;
      f.cost += cost;
      byFunding.set(funding, f);
    }
  }
  const fundingLines = [...byFunding.values()].sort((a, b) => a.funding.localeCompare(b.funding));
  return {
    rosterId: roster.id,
    status: roster.status,
    rowCount: roster.rowCount,
    counts,
    byReason,
    covered: {
      workers: fundingLines.reduce((sum, f) => sum + f.workers, 0),
      cost: fundingLines.reduce((sum, f) => sum + f.cost, 0),
    },
    byVillage: [...byVillage.values()].sort((a, b) => a.village.localeCompare(b.village)),
    byFunding: fundingLines,
  };
}

export async function rosterSummary(deps: Deps, tenant: Tenant, rosterId: string): Promise<RosterSummary> {
  const [roster, totals] = await Promise.all([
    deps.store.rosters.get(tenant, rosterId),
    deps.store.rosters.totals(tenant, rosterId),
  ]);
  return summarise(roster, totals);
}

/**
 * A roster's summary: counts by status and by reason, and the cost of the covered workers
 * (eligible or registered), priced by shared/premium month by month for the roster's program,
 * income base, start month and sector. A row's own funding source, when given, prices that row
 * (a PP 50/2025 discount depends on who pays); otherwise the roster's.
 */
import { premium } from '../../shared/premium';
import type { FundingSource } from '../../shared/codes';
import type { RosterSummary } from '../../shared/contracts';
import type { Tenant } from '../store';
import type { StoredRoster } from '../store/rosters';
import type { StoredRow } from '../store/rows';
import { countReasons, countStatuses } from './verdicts';
import type { Deps } from './deps';

const NO_VILLAGE = '(tanpa desa)';

export function summarise(roster: StoredRoster, rows: readonly StoredRow[]): RosterSummary {
  const covered = rows.filter((r) => r.status === 'eligible' || r.status === 'registered');
  const cost = (workers: number, funding: FundingSource) =>
    premium({
      workers,
      months: roster.months,
      program: roster.program,
      incomeBase: roster.incomeBase,
      startMonth: roster.startMonth,
      funding,
      sector: roster.sector,
    });

  // Group by (village, funding): both splits are sums of these cells.
  const cells = new Map<string, { village: string; funding: FundingSource; workers: number }>();
  for (const row of covered) {
    const village = row.data.village ?? roster.village ?? NO_VILLAGE;
    const funding = row.data.funding ?? roster.funding;
    const key = JSON.stringify([village, funding]);
    const cell = cells.get(key) ?? { village, funding, workers: 0 };
    cell.workers++;
    cells.set(key, cell);
  }
  const byVillage = new Map<string, { village: string; workers: number; cost: number }>();
  const byFunding = new Map<FundingSource, { funding: FundingSource; workers: number; cost: number }>();
  for (const cell of cells.values()) {
    const amount = cost(cell.workers, cell.funding);
    const v = byVillage.get(cell.village) ?? { village: cell.village, workers: 0, cost: 0 };
    v.workers += cell.workers;
    v.cost += amount;
    byVillage.set(cell.village, v);
    const f = byFunding.get(cell.funding) ?? { funding: cell.funding, workers: 0, cost: 0 };
    f.workers += cell.workers;
    f.cost += amount;
    byFunding.set(cell.funding, f);
  }
  const fundingLines = [...byFunding.values()].sort((a, b) => a.funding.localeCompare(b.funding));
  return {
    rosterId: roster.id,
    status: roster.status,
    rowCount: rows.length,
    counts: countStatuses(rows.map((r) => r.status)),
    byReason: countReasons(rows.map((r) => r.reasons)),
    covered: { workers: covered.length, cost: fundingLines.reduce((sum, f) => sum + f.cost, 0) },
    byVillage: [...byVillage.values()].sort((a, b) => a.village.localeCompare(b.village)),
    byFunding: fundingLines,
  };
}

export async function rosterSummary(deps: Deps, tenant: Tenant, rosterId: string): Promise<RosterSummary> {
  const roster = await deps.store.rosters.get(tenant, rosterId);
  const chunks = await deps.store.chunks.list(tenant, rosterId);
  const rows = await deps.store.rows.readAll(tenant, rosterId, chunks);
  return summarise(roster, rows);
}

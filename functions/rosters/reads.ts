/** Reads: rows of a roster (paginated, by status) and NIK lookups. */
import type { ChunkListing, NikLookupResult, Page, RosterRowView, RowStatus } from '../../shared/contracts';
import type { Tenant } from '../store';
import type { Deps } from './deps';

export async function listRows(
  deps: Deps,
  tenant: Tenant,
  rosterId: string,
  query: { limit: number; cursor?: string; status?: RowStatus },
): Promise<Page<RosterRowView>> {
  await deps.store.rosters.get(tenant, rosterId);
  const chunks = await deps.store.chunks.list(tenant, rosterId);
  const page = await deps.store.rows.page(tenant, rosterId, chunks, query);
  return {
    items: page.items.map((r) => ({
      row: r.row,
      chunk: r.chunk,
      status: r.status,
      reasons: r.reasons,
      warnings: r.warnings,
      nik: r.data.nik === null ? '' : String(r.data.nik),
      name: r.data.name ?? '',
      village: r.data.village ?? '',
      kpj: r.kpj ?? null,
    })),
    next: page.next,
  };
}

/** What the server holds of a roster's chunks, so a client resumes an upload where it stopped. */
export async function listChunks(deps: Deps, tenant: Tenant, rosterId: string): Promise<ChunkListing> {
  await deps.store.rosters.get(tenant, rosterId);
  const chunks = await deps.store.chunks.list(tenant, rosterId);
  return {
    items: chunks.map((c) => ({
      chunk: c.chunk,
      firstRow: c.firstRow,
      rowCount: c.rowCount,
      state: c.state,
      hash: c.hash,
    })),
  };
}

/** Own regency's claims in full; another regency's only as `claimedElsewhere`. */
export async function lookupNiks(
  deps: Deps,
  tenant: Tenant,
  niks: readonly string[],
): Promise<NikLookupResult> {
  const found = await deps.store.claims.lookup(niks);
  return {
    results: niks.map((nik) => {
      const claims = found.get(nik) ?? [];
      return {
        nik,
        claims: claims
          .filter((c) => c.regency === tenant.regency)
          .map((c) => ({
            rosterId: c.rosterId,
            rosterName: c.rosterName,
            row: c.row,
            startMonth: c.from,
            endMonth: c.to,
            status: c.kpj ? ('registered' as const) : ('claimed' as const),
            kpj: c.kpj,
          })),
        claimedElsewhere: claims.some((c) => c.regency !== tenant.regency),
      };
    }),
  };
}

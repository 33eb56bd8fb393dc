/**
 * Importing BPJS participant numbers (KPJ) back: each NIK this roster claimed gets its number, and
 * its row becomes `registered`. A NIK the roster does not hold is reported, not an error, because
 * BPJS's list may cover several rosters.
 */
import type { KpjImportRequest, KpjImportResult } from '../../shared/contracts';
import { maskNik } from '../../shared/nik';
import { inParallel } from '../store/batch-write';
import type { Actor } from '../store';
import { HttpProblem } from '../http/problem';
import type { Deps } from './deps';

export async function importKpj(
  deps: Deps,
  actor: Actor,
  rosterId: string,
  request: KpjImportRequest,
): Promise<KpjImportResult> {
  const roster = await deps.store.rosters.get(actor, rosterId);
  if (roster.status !== 'submitted') {
    throw new HttpProblem(
      'conflict',
      `Roster ${rosterId} is ${roster.status}; KPJ numbers come back for submitted rosters.`,
    );
  }
  const entries: KpjImportResult['entries'] = new Array(request.entries.length);
  let registered = 0;
  await inParallel(request.entries, 16, async ({ nik, kpj }, i) => {
    const before = (await deps.store.claims.lookup([nik]))
      .get(nik)
      ?.find((c) => c.regency === actor.regency && c.rosterId === rosterId);
    if (!before) {
      entries[i] = { nikMasked: maskNik(nik), outcome: 'not-in-roster', row: null };
      return;
    }
    if (before.kpj === kpj) {
      entries[i] = { nikMasked: maskNik(nik), outcome: 'already-registered', row: before.row };
      return;
    }
    const claim = await deps.store.claims.register(actor, rosterId, nik, kpj);
    const ok =
      claim && (await deps.store.rows.markRegistered(actor, rosterId, claim.chunk, claim.index, kpj));
    if (!claim || !ok) {
      entries[i] = { nikMasked: maskNik(nik), outcome: 'not-in-roster', row: null };
      return;
    }
    registered++;
    entries[i] = { nikMasked: maskNik(nik), outcome: 'registered', row: claim.row };
  });

  await deps.store.rosters.recordRegistrations(actor, rosterId, deps.now().toISOString(), registered, {
    entries: request.entries.length,
  });
  deps.logger.log('info', 'KPJ numbers imported', { rosterId, registered, entries: request.entries.length });
  return { registered, entries };
}

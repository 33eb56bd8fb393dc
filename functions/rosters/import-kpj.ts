/**
 * Importing BPJS participant numbers (KPJ) back: each NIK this roster claimed gets its number, and
 * its row becomes `registered`, with the roster's totals, in one transaction per NIK. A NIK the
 * roster does not hold is reported, not an error, because BPJS's list may cover several rosters.
 * A row that already has a different number keeps it unless the request says `replace`; a NIK
 * repeated in one request is registered once.
 */
import { allows, refusal, type KpjImportRequest, type KpjImportResult } from '../../shared/contracts';
import { maskNik } from '../../shared/nik';
import { inParallel } from '../store/batch-write';
import { addTotals } from '../store/stats';
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
  if (!allows(roster.status, 'importKpj'))
    throw new HttpProblem('conflict', refusal(rosterId, roster.status, 'importKpj'));

  // The same NIK with two different numbers in one request cannot both be right: refuse the request.
  const firstOf = new Map<string, number>();
  request.entries.forEach(({ nik, kpj }, i) => {
    const first = firstOf.get(nik);
    if (first === undefined) firstOf.set(nik, i);
    else if (request.entries[first]!.kpj !== kpj) {
      const message = `entries[${first}] and entries[${i}] give NIK ${maskNik(nik)} two different KPJ numbers.`;
      throw new HttpProblem('validation', message, [{ field: `entries.${i}.kpj`, message }]);
    }
  });

  const entries: KpjImportResult['entries'] = new Array(request.entries.length);
  let registered = 0;
  let replaced = 0;
  // Registrations of one roster all add to its totals item: a few at a time keeps conflicts rare.
  await inParallel(request.entries, 4, async ({ nik, kpj }, i) => {
    if (firstOf.get(nik) !== i) {
      entries[i] = { nikMasked: maskNik(nik), outcome: 'repeated', row: null };
      return;
    }
    const result = await deps.store.claims.setKpj(
      actor,
      rosterId,
      nik,
      kpj,
      request.replace,
      (wasRegistered) =>
        wasRegistered
          ? null
          : addTotals(deps.store.table, actor, rosterId, { 's:eligible': -1, 's:registered': 1 }),
    );
    if (result.outcome === 'registered') registered++;
    if (result.outcome === 'replaced') replaced++;
    entries[i] = {
      nikMasked: maskNik(nik),
      outcome: result.outcome,
      row: result.outcome === 'not-in-roster' ? null : result.claim.row,
    };
  });
  await deps.store.rosters.audit(actor, rosterId, 'kpj.imported', deps.now().toISOString(), {
    entries: request.entries.length,
    registered,
    replaced,
  });
  deps.logger.log('info', 'KPJ numbers imported', {
    rosterId,
    registered,
    replaced,
    entries: request.entries.length,
  });
  return { registered, replaced, entries };
}

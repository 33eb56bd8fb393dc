/**
 * Submitting a roster: lock it (draft → submitted, only when every chunk is fully written), check
 * eligibility again across the whole roster (duplicates between chunks, village quotas), then
 * claim each eligible NIK for the coverage period [startMonth, endMonth). A NIK another roster
 * holds for an overlapping period is rejected: naming that roster when it is the same regency's,
 * naming no one when it is another regency's.
 *
 * Submitting again resumes an interrupted submission: the roster's own claims are recognised and
 * rows already registered keep their KPJ number.
 */
import type { Reason, SubmitResult } from '../../shared/contracts';
import { isConditionFailure } from '../store/rosters';
import { publicRoster, type Actor, type StoredRow } from '../store';
import { HttpProblem } from '../http/problem';
import { checkRows, countReasons, countStatuses } from './verdicts';
import type { Deps } from './deps';

export async function submitRoster(deps: Deps, actor: Actor, rosterId: string): Promise<SubmitResult> {
  let roster = await deps.store.rosters.get(actor, rosterId);
  if (roster.status === 'withdrawn') throw new HttpProblem('conflict', `Roster ${rosterId} was withdrawn.`);
  if (roster.status === 'draft') {
    if (roster.chunkCount === 0) {
      throw new HttpProblem('conflict', 'Upload at least one chunk of rows before submitting.');
    }
    try {
      await deps.store.rosters.lockForSubmit(actor, rosterId, deps.now().toISOString());
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const now = await deps.store.rosters.get(actor, rosterId);
      if (now.status === 'draft' && now.pendingChunks > 0) {
        throw new HttpProblem(
          'conflict',
          `${now.pendingChunks} chunk(s) are still being uploaded; finish or replay them, then submit.`,
        );
      }
      if (now.status !== 'submitted')
        throw new HttpProblem('conflict', `Roster ${rosterId} is ${now.status}.`);
    }
    roster = await deps.store.rosters.get(actor, rosterId);
  }

  // Phase times go to the log line: a big roster's submit is the slowest request there is.
  const phases: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => {
    const t = performance.now();
    phases[name] = Math.round(t - mark);
    mark = t;
  };
  const chunks = await deps.store.chunks.list(actor, rosterId);
  const stored = (await deps.store.rows.readAll(actor, rosterId, chunks)).sort(
    (a, b) => a.row - b.row || a.chunk - b.chunk,
  );
  const verdicts = checkRows(
    stored.map((r) => r.data),
    roster.policy,
    `${roster.startMonth}-01`,
  );
  lap('readAndCheckMs');

  const updated: StoredRow[] = stored.map((row, i) => {
    const v = verdicts[i]!;
    if (row.status === 'registered') return row;
    return {
      ...row,
      status: v.status,
      reasons: v.reasons,
      warnings: v.warnings,
      duplicateOf: v.duplicateOf === null ? null : (stored[v.duplicateOf]?.row ?? null),
    };
  });

  const toClaim = updated.flatMap((row, i) => {
    const nik = verdicts[i]!.nik;
    if ((row.status !== 'eligible' && row.status !== 'registered') || !nik) return [];
    const claim = {
      regency: actor.regency,
      rosterId,
      rosterName: roster.name,
      from: roster.startMonth,
      to: roster.endMonth,
      chunk: row.chunk,
      index: row.index,
      row: row.row,
      kpj: row.kpj,
    };
    return [{ i, nik, claim }];
  });
  const outcomes = await deps.store.claims.claimMany(toClaim);
  lap('claimMs');
  let claimed = 0;
  outcomes.forEach((outcome, k) => {
    const { i } = toClaim[k]!;
    if (outcome.ok) {
      claimed++;
      return;
    }
    const reason: Reason = outcome.sameRegency
      ? { code: 'NIK_CLAIMED_OTHER_ROSTER', params: { roster: outcome.rosterName } }
      : { code: 'NIK_CLAIMED_ELSEWHERE', params: {} };
    const row = updated[i]!;
    updated[i] = { ...row, status: 'rejected', reasons: [...row.reasons, reason] };
  });

  const changed = updated.filter((row, i) => JSON.stringify(row) !== JSON.stringify(stored[i]));
  await deps.store.rows.put(actor, rosterId, changed);
  lap('writeRowsMs');

  const counts = countStatuses(updated.map((r) => r.status));
  const byReason = countReasons(updated.map((r) => r.reasons));
  await deps.store.rosters.recordClaims(actor, rosterId, deps.now().toISOString(), counts, claimed);
  deps.logger.log('info', 'roster submitted', { rosterId, counts, claimed, changed: changed.length, phases });
  return { roster: publicRoster(await deps.store.rosters.get(actor, rosterId)), counts, byReason, claimed };
}

/**
 * Starting (or resuming) a submission, and withdrawing. Both answer at once: the work that grows
 * with the roster (re-checking every row, claiming or releasing every NIK) is a job on the queue
 * (jobs/run.ts) whose progress the roster carries. Submitting a roster that is already
 * `submitting` sends its job again: that is how a client resumes a job that stopped (a crashed
 * worker, a lost message); a job running twice does no harm.
 */
import { allows, refusal, type Roster, type RosterProgress } from '../../shared/contracts';
import { publicRoster, type Actor, type StoredRoster } from '../store';
import { HttpProblem } from '../http/problem';
import type { Deps } from './deps';

function newProgress(job: RosterProgress['job'], roster: StoredRoster, at: string): RosterProgress {
  return {
    job,
    chunksDone: 0,
    chunkCount: roster.chunkCount,
    rowsDone: 0,
    niks: 0,
    startedAt: at,
    updatedAt: at,
  };
}

/** What POST /submit answers: 202 while a job runs, 200 once the roster is submitted. */
export async function submitRoster(
  deps: Deps,
  actor: Actor,
  rosterId: string,
): Promise<{ roster: Roster; accepted: boolean }> {
  let roster = await deps.store.rosters.get(actor, rosterId);
  if (!allows(roster.status, 'submit'))
    throw new HttpProblem('conflict', refusal(rosterId, roster.status, 'submit'));
  if (roster.status === 'draft') {
    if (roster.chunkCount === 0)
      throw new HttpProblem('conflict', 'Upload at least one chunk of rows before submitting.');
    if (roster.pendingChunks > 0) {
      const pending = (await deps.store.chunks.list(actor, rosterId)).filter((c) => c.state === 'pending');
      throw new HttpProblem(
        'conflict',
        `Chunk(s) ${pending.map((c) => c.chunk).join(', ')} are still being uploaded; ` +
          'upload them again with the same rows, then submit.',
      );
    }
    const at = deps.now().toISOString();
    if (!(await deps.store.rosters.lockForSubmit(actor, rosterId, at, newProgress('submit', roster, at)))) {
      // Changed under us (a chunk arrived, another submit won): say what it is now.
      const now = await deps.store.rosters.get(actor, rosterId);
      if (now.status === 'draft')
        throw new HttpProblem(
          'conflict',
          'The roster changed while submitting (a chunk arrived); submit again.',
        );
      if (!allows(now.status, 'submit'))
        throw new HttpProblem('conflict', refusal(rosterId, now.status, 'submit'));
    }
    roster = await deps.store.rosters.get(actor, rosterId);
  }
  if (roster.status === 'submitted') return { roster: publicRoster(roster), accepted: false };
  await deps.jobs.send({ regency: actor.regency, rosterId, user: actor.user });
  deps.logger.log('info', 'submission queued', { rosterId, chunksDone: roster.progress?.chunksDone ?? 0 });
  return { roster: publicRoster(roster), accepted: true };
}

/**
 * Withdrawing: a draft is withdrawn at once; a submission that is running or stopped becomes
 * `withdrawing` while a job releases its claims (so the NIKs are free for other rosters).
 */
export async function withdrawRoster(
  deps: Deps,
  actor: Actor,
  rosterId: string,
): Promise<{ roster: Roster; accepted: boolean }> {
  const roster = await deps.store.rosters.get(actor, rosterId);
  if (!allows(roster.status, 'withdraw'))
    throw new HttpProblem('conflict', refusal(rosterId, roster.status, 'withdraw'));
  const at = deps.now().toISOString();
  let changed = true;
  if (roster.status === 'draft') changed = await deps.store.rosters.withdrawDraft(actor, rosterId, at);
  else if (roster.status === 'submitting')
    changed = await deps.store.rosters.startWithdrawal(
      actor,
      rosterId,
      at,
      newProgress('withdraw', roster, at),
    );
  const now = await deps.store.rosters.get(actor, rosterId);
  if (!changed && !allows(now.status, 'withdraw'))
    throw new HttpProblem('conflict', refusal(rosterId, now.status, 'withdraw'));
  if (now.status === 'withdrawing') {
    await deps.jobs.send({ regency: actor.regency, rosterId, user: actor.user });
    return { roster: publicRoster(now), accepted: true };
  }
  return { roster: publicRoster(now), accepted: false };
}

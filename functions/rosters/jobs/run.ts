/**
 * The worker side of submitting and withdrawing: one job per roster, done chunk by chunk in row
 * order, each chunk a step that is safe to repeat.
 *
 * A submit step: (1) claim each NIK the whole-roster check finds eligible in this chunk (a
 * conditional put per NIK; this roster's own claim from an interrupted run counts as made),
 * (2) write the verdicts that changed to the chunk's rows, (3) record the step: progress and the
 * change to the roster's totals in one conditional write. A crash anywhere repeats the step from
 * (1) with the same outcome; only (3) counts, and only once. The check itself is recomputed from
 * the chunks' projections at every run: they are fixed once the roster is locked, so every run
 * sees the same verdicts, and no run holds the roster's rows.
 *
 * A withdraw step releases this roster's claims on the NIKs of one chunk. The last step of either
 * job moves the roster on (`submitted`, `withdrawn`), only once every chunk is recorded.
 */
import { applyRosterRules, type RowVerdict } from '../../../shared/eligibility';
import type { Reason, RosterStatus } from '../../../shared/contracts';
import type { Actor, StoredRoster } from '../../store';
import { unpackProjection, type StoredProjection } from '../../store/projection';
import { addTotals, difference, totalsOf, type CountedRow } from '../../store/stats';
import { inParallel } from '../../store/batch-write';
import type { ChunkRecord } from '../../store/chunks';
import type { NikClaim } from '../../store/claims';
import type { VerdictChange } from '../../store/rows';
import type { TransactItem } from '../../store/transact';
import { storedVerdict } from '../verdicts';
import type { Deps } from '../deps';
import type { JobMessage } from './queue';

/** `done`: the roster reached its end state; `more`: time ran out, send the message again; `idle`: nothing to do. */
export type JobResult = 'done' | 'more' | 'idle';

export interface RunOptions {
  /** Milliseconds this run may still use; a step starts only with `stepMs` left. */
  timeLeft?: () => number;
  /** Time kept for one step (a chunk of 2,000 NIKs takes well under this). */
  stepMs?: number;
}

/** NIK claims in flight at once within a step. */
const CLAIM_CONCURRENCY = 32;

interface Plan {
  chunks: ChunkRecord[];
  /** Per chunk: its rows' projections, row numbers and whole-roster verdicts. */
  parts: { projections: StoredProjection[]; rowNumbers: number[]; verdicts: RowVerdict[] }[];
}

async function plan(deps: Deps, actor: Actor, roster: StoredRoster): Promise<Plan> {
  const chunks = (await deps.store.chunks.list(actor, roster.id, true)).sort(
    (a, b) => a.firstRow - b.firstRow,
  );
  const projections = chunks.map((c) => unpackProjection(c.projection!));
  const rowNumbers = chunks.map((c, k) => projections[k]!.map((_, i) => c.firstRow + i));
  const verdicts = applyRosterRules(projections.flat(), roster.policy, rowNumbers.flat());
  let at = 0;
  const parts = chunks.map((_, k) => {
    const n = projections[k]!.length;
    const part = {
      projections: projections[k]!,
      rowNumbers: rowNumbers[k]!,
      verdicts: verdicts.slice(at, at + n),
    };
    at += n;
    return part;
  });
  return { chunks, parts };
}

export async function runJob(deps: Deps, message: JobMessage, options: RunOptions = {}): Promise<JobResult> {
  const timeLeft = options.timeLeft ?? (() => Infinity);
  const stepMs = options.stepMs ?? 10_000;
  const actor: Actor = { regency: message.regency, user: message.user };
  let roster = await deps.store.rosters.get(actor, message.rosterId);
  const status = roster.status;
  if ((status !== 'submitting' && status !== 'withdrawing') || !roster.progress) return 'idle';

  const { chunks, parts } = await plan(deps, actor, roster);
  while (roster.progress && roster.progress.chunksDone < chunks.length) {
    if (timeLeft() < stepMs) return 'more';
    const k = roster.progress.chunksDone;
    const step =
      status === 'submitting'
        ? await submitStep(deps, actor, roster, chunks[k]!, parts[k]!)
        : await withdrawStep(deps, actor, roster, parts[k]!);
    deps.fault?.(`${status}:before-advance:${k}`);
    await deps.store.rosters.advance(
      actor,
      roster.id,
      status,
      k,
      { rows: chunks[k]!.rowCount, niks: step.niks, at: deps.now().toISOString() },
      step.totals,
    );
    deps.fault?.(`${status}:after-advance:${k}`);
    roster = await deps.store.rosters.get(actor, roster.id);
    if (roster.status !== status) return 'idle';
  }
  await deps.store.rosters.finish(actor, roster.id, status, chunks.length, deps.now().toISOString());
  deps.logger.log('info', status === 'submitting' ? 'roster submitted' : 'roster withdrawn', {
    rosterId: roster.id,
    chunks: chunks.length,
    rows: roster.rowCount,
  });
  return 'done';
}

function claimReason(outcome: { sameRegency: boolean; rosterName?: string }): Reason {
  return outcome.sameRegency
    ? { code: 'NIK_CLAIMED_OTHER_ROSTER', params: { roster: outcome.rosterName ?? '' } }
    : { code: 'NIK_CLAIMED_ELSEWHERE', params: {} };
}

function counted(
  verdict: { status: CountedRow['status']; reasons: readonly Reason[] },
  p: StoredProjection,
): CountedRow {
  return {
    status: verdict.status,
    reasons: verdict.reasons,
    village: p.village,
    funding: p.funding,
    incomeBase: p.incomeBase,
  };
}

async function submitStep(
  deps: Deps,
  actor: Actor,
  roster: StoredRoster,
  chunk: ChunkRecord,
  part: Plan['parts'][number],
): Promise<{ niks: number; totals: TransactItem | null }> {
  const k = roster.progress!.chunksDone;
  // What the rows hold since upload: the chunk checked on its own.
  const uploaded = applyRosterRules(part.projections, roster.policy, part.rowNumbers).map(storedVerdict);
  const final = part.verdicts.map(storedVerdict);

  const toClaim = final.flatMap((v, i) => (v.status === 'eligible' && v.nik ? [i] : []));
  let claimed = 0;
  await inParallel(toClaim, CLAIM_CONCURRENCY, async (i) => {
    const claim: NikClaim = {
      regency: actor.regency,
      rosterId: roster.id,
      rosterName: roster.name,
      from: roster.startMonth,
      to: roster.endMonth,
      chunk: chunk.chunk,
      index: i,
      row: part.rowNumbers[i]!,
      kpj: null,
    };
    const outcome = await deps.store.claims.claimFresh(final[i]!.nik!, claim);
    if (outcome.ok) claimed++;
    else
      final[i] = { ...final[i]!, status: 'rejected', reasons: [...final[i]!.reasons, claimReason(outcome)] };
  });
  deps.fault?.(`submitting:after-claims:${k}`);

  const changes: VerdictChange[] = [];
  final.forEach((v, i) => {
    const before = uploaded[i]!;
    const same =
      v.status === before.status &&
      v.duplicateOf === before.duplicateOf &&
      JSON.stringify([v.reasons, v.warnings]) === JSON.stringify([before.reasons, before.warnings]);
    if (!same)
      changes.push({
        chunk: chunk.chunk,
        index: i,
        status: v.status,
        reasons: v.reasons,
        warnings: v.warnings,
        duplicateOf: v.duplicateOf,
      });
  });
  await deps.store.rows.updateVerdicts(actor, roster.id, changes);
  deps.fault?.(`submitting:after-rows:${k}`);

  const delta = difference(
    totalsOf(final.map((v, i) => counted(v, part.projections[i]!))),
    totalsOf(uploaded.map((v, i) => counted(v, part.projections[i]!))),
  );
  return { niks: claimed, totals: addTotals(deps.store.table, actor, roster.id, delta) };
}

async function withdrawStep(
  deps: Deps,
  actor: Actor,
  roster: StoredRoster,
  part: Plan['parts'][number],
): Promise<{ niks: number; totals: null }> {
  const niks = part.verdicts.flatMap((v) => (v.status === 'eligible' && v.nik ? [v.nik] : []));
  let released = 0;
  await inParallel(niks, CLAIM_CONCURRENCY, async (nik) => {
    if (await deps.store.claims.release(actor, roster.id, nik)) released++;
  });
  deps.fault?.(`withdrawing:after-release:${roster.progress!.chunksDone}`);
  return { niks: released, totals: null };
}

/** Statuses whose roster has a job to run. */
export const JOB_STATUSES: readonly RosterStatus[] = ['submitting', 'withdrawing'];

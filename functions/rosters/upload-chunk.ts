/**
 * Uploading one chunk of rows. Idempotent per chunk number: the body's hash is kept with the
 * chunk record, so the same body again returns the same result (recomputed: the check is a pure
 * function of the rows and the roster's fixed policy and start month) and writes nothing, while a
 * different body under a used number is refused with 409.
 */
import { createHash } from 'node:crypto';
import type { ChunkResult, ChunkUploadRequest } from '../../shared/contracts';
import type { Actor, ChunkRecord, StoredRoster, StoredRow } from '../store';
import { HttpProblem } from '../http/problem';
import { checkRows, countStatuses, rowResult } from './verdicts';
import type { Deps } from './deps';

export function chunkHash(body: ChunkUploadRequest): string {
  return createHash('sha256')
    .update(JSON.stringify({ firstRow: body.firstRow, rows: body.rows }))
    .digest('base64url');
}

function evaluate(roster: StoredRoster, chunk: number, body: ChunkUploadRequest) {
  const verdicts = checkRows(body.rows, roster.policy, `${roster.startMonth}-01`);
  const rows: StoredRow[] = verdicts.map((v, index) => ({
    chunk,
    index,
    row: body.firstRow + index,
    data: body.rows[index]!,
    status: v.status,
    reasons: v.reasons,
    warnings: v.warnings,
    duplicateOf: v.duplicateOf === null ? null : body.firstRow + v.duplicateOf,
    kpj: null,
  }));
  const result: ChunkResult = {
    rosterId: roster.id,
    chunk,
    firstRow: body.firstRow,
    rowCount: rows.length,
    counts: countStatuses(rows.map((r) => r.status)),
    rows: rows.map((r, i) => rowResult(r.row, r.data, verdicts[i]!, r.duplicateOf)),
  };
  return { rows, result };
}

export async function uploadChunk(
  deps: Deps,
  actor: Actor,
  rosterId: string,
  chunk: number,
  body: ChunkUploadRequest,
): Promise<{ result: ChunkResult; replayed: boolean }> {
  if (body.chunk !== undefined && body.chunk !== chunk) {
    const message = `The body says chunk ${body.chunk} but the address says chunk ${chunk}.`;
    throw new HttpProblem('validation', message, [{ field: 'chunk', message }]);
  }
  const roster = await deps.store.rosters.get(actor, rosterId);
  const hash = chunkHash(body);
  const record: ChunkRecord = {
    chunk,
    hash,
    firstRow: body.firstRow,
    rowCount: body.rows.length,
    state: 'pending',
  };

  // Checked before anything is written: a chunk record must never wait on a check that throws.
  const { rows, result } = evaluate(roster, chunk, body);
  let existing = await deps.store.chunks.get(actor, rosterId, chunk);
  if (!existing) {
    if (roster.status !== 'draft') {
      throw new HttpProblem(
        'conflict',
        `Roster ${rosterId} is ${roster.status}; rows can only be added to a draft.`,
      );
    }
    const claim = await deps.store.chunks.claim(actor, rosterId, record, deps.now().toISOString());
    if (!claim.taken && 'notDraft' in claim) {
      throw new HttpProblem(
        'conflict',
        `Roster ${rosterId} is no longer a draft; rows can only be added to a draft.`,
      );
    }
    if (claim.taken) {
      await deps.store.rows.put(actor, rosterId, rows);
      await deps.store.chunks.complete(actor, rosterId, chunk, deps.now().toISOString());
      deps.logger.log('info', 'chunk uploaded', {
        rosterId,
        chunk,
        rows: rows.length,
        counts: result.counts,
      });
      return { result, replayed: false };
    }
    existing = claim.existing;
  }

  if (existing.hash !== hash) {
    throw new HttpProblem(
      'chunkMismatch',
      `Chunk ${chunk} of roster ${rosterId} was already uploaded with different rows. ` +
        'Upload new rows under a new chunk number, or start a new roster.',
    );
  }
  if (existing.state === 'pending') {
    // The first upload of this body has not finished (it is in flight, or it failed half-way):
    // writing the same items again changes nothing and lets the chunk complete.
    await deps.store.rows.put(actor, rosterId, rows);
    await deps.store.chunks.complete(actor, rosterId, chunk, deps.now().toISOString());
  }
  deps.logger.log('info', 'chunk replayed', { rosterId, chunk });
  return { result, replayed: true };
}

/**
 * Uploading one chunk of rows. Idempotent per chunk number: the body's hash is kept with the
 * chunk record, so the same body again returns the same result (recomputed: the check is a pure
 * function of the rows and the roster's fixed policy and start month) and writes nothing, while a
 * different body under a used number is refused with 409.
 *
 * Everything that can refuse a chunk is checked before anything is written; an upload that fails
 * after taking its number gives it back, so no failure leaves a chunk pending.
 */
import { createHash } from 'node:crypto';
import { allows, refusal, type ChunkResult, type ChunkUploadRequest } from '../../shared/contracts';
import type { Actor, ChunkRecord, StoredRoster, StoredRow } from '../store';
import { packProjection } from '../store/projection';
import { MAX_TOTALS_PER_UPDATE, totalsOf } from '../store/stats';
import { HttpProblem } from '../http/problem';
import { checkChunk, countStatuses, rowResult } from './verdicts';
import type { Deps } from './deps';

/** Largest packed projection kept on a chunk record: DynamoDB caps an item at 400 KB. */
const MAX_PROJECTION_BYTES = 300 * 1024;

export function chunkHash(body: ChunkUploadRequest): string {
  return createHash('sha256')
    .update(JSON.stringify({ firstRow: body.firstRow, rows: body.rows }))
    .digest('base64url');
}

function evaluate(roster: StoredRoster, chunk: number, body: ChunkUploadRequest) {
  const { verdicts, projections } = checkChunk(
    body.rows,
    roster.policy,
    `${roster.startMonth}-01`,
    body.firstRow,
  );
  const rows: StoredRow[] = verdicts.map((v, index) => ({
    chunk,
    index,
    row: body.firstRow + index,
    data: body.rows[index]!,
    status: v.status,
    reasons: v.reasons,
    warnings: v.warnings,
    duplicateOf: v.duplicateOf,
    kpj: null,
  }));
  const result: ChunkResult = {
    rosterId: roster.id,
    chunk,
    firstRow: body.firstRow,
    rowCount: rows.length,
    counts: countStatuses(rows.map((r) => r.status)),
    rows: rows.map((r, i) => rowResult(r.row, r.data, verdicts[i]!)),
  };
  const totals = totalsOf(
    rows.map((r) => ({
      status: r.status,
      reasons: r.reasons,
      village: r.data.village,
      funding: r.data.funding,
      incomeBase: r.data.incomeBase,
    })),
  );
  return { rows, result, projection: packProjection(projections), totals };
}

function tooBig(message: string): HttpProblem {
  return new HttpProblem('validation', message, [{ field: 'rows', message }]);
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
  let roster = await deps.store.rosters.get(actor, rosterId);
  const hash = chunkHash(body);

  // Checked before anything is written: a chunk record must never wait on a check that throws.
  const { rows, result, projection, totals } = evaluate(roster, chunk, body);
  if (projection.byteLength > MAX_PROJECTION_BYTES)
    throw tooBig('These rows are too varied to keep as one chunk; send fewer rows per chunk.');
  if (Object.keys(totals).length > MAX_TOTALS_PER_UPDATE)
    throw tooBig('These rows span too many villages for one chunk; send fewer rows per chunk.');
  const record: ChunkRecord = {
    chunk,
    hash,
    firstRow: body.firstRow,
    rowCount: body.rows.length,
    state: 'pending',
    projection,
  };

  let existing = await deps.store.chunks.get(actor, rosterId, chunk);
  for (let attempt = 0; !existing; attempt++) {
    if (!allows(roster.status, 'upload'))
      throw new HttpProblem('conflict', refusal(rosterId, roster.status, 'upload'));
    const claim = await deps.store.chunks.claim(actor, rosterId, record, roster, deps.now().toISOString());
    if (claim === 'retry') {
      // Another chunk changed the roster between our read and write: read again and decide again.
      if (attempt >= 30)
        throw new HttpProblem('conflict', 'The roster kept changing; upload this chunk again.');
      roster = await deps.store.rosters.get(actor, rosterId);
      existing = await deps.store.chunks.get(actor, rosterId, chunk);
      continue;
    }
    if ('overlaps' in claim) {
      const [other, first, last] = claim.overlaps;
      const message =
        `Rows ${body.firstRow}–${body.firstRow + body.rows.length - 1} overlap chunk ${other} ` +
        `(rows ${first}–${last}); each roster row belongs to one chunk.`;
      throw new HttpProblem('validation', message, [{ field: 'firstRow', message }]);
    }
    if (claim.taken) {
      await writeRows(deps, actor, rosterId, record, rows, totals, () =>
        deps.store.rosters.get(actor, rosterId),
      );
      deps.logger.log('info', 'chunk uploaded', {
        rosterId,
        chunk,
        rows: rows.length,
        counts: result.counts,
      });
      return { result, replayed: false };
    }
    if ('notDraft' in claim) throw new HttpProblem('conflict', refusal(rosterId, roster.status, 'upload'));
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
    // The first upload of this body has not finished (it is in flight, or its process died):
    // writing the same items again changes nothing and lets the chunk complete.
    await deps.store.rows.put(actor, rosterId, rows);
    await deps.store.chunks.complete(actor, rosterId, chunk, totals, deps.now().toISOString());
  }
  deps.logger.log('info', 'chunk replayed', { rosterId, chunk });
  return { result, replayed: true };
}

/** Writes a newly claimed chunk's rows and completes it; on any failure gives the chunk back. */
async function writeRows(
  deps: Deps,
  actor: Actor,
  rosterId: string,
  record: ChunkRecord,
  rows: StoredRow[],
  totals: Record<string, number>,
  readRoster: () => Promise<StoredRoster>,
): Promise<void> {
  try {
    deps.fault?.(`upload:after-claim:${record.chunk}`);
    await deps.store.rows.put(actor, rosterId, rows);
    deps.fault?.(`upload:after-rows:${record.chunk}`);
    await deps.store.chunks.complete(actor, rosterId, record.chunk, totals, deps.now().toISOString());
  } catch (error) {
    try {
      await deps.store.chunks.release(actor, rosterId, record, readRoster);
    } catch (releaseError) {
      deps.logger.log('error', 'chunk could not be given back', {
        rosterId,
        chunk: record.chunk,
        error: releaseError,
      });
    }
    throw error;
  }
}

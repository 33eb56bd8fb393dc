/**
 * Roster rows. Each row item is keyed by roster, chunk and a bucket of 100 rows (see keys.ts), so
 * writes spread over many partitions; reads walk the chunks in order, bucket by bucket.
 */
import { QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RosterRow } from '../../shared/roster/schema';
import type { Reason, RowStatus } from '../../shared/contracts';
import { keys, ROWS_PER_BUCKET, type Tenant } from './keys';
import { batchWriteAll, inParallel, type BatchWriteOptions } from './batch-write';
import { BadCursorError, type CursorCodec } from './cursor';
import type { ChunkRecord } from './chunks';

export interface StoredRow {
  chunk: number;
  /** Index within the chunk. */
  index: number;
  /** Roster row number (chunk's firstRow + index). */
  row: number;
  data: RosterRow;
  status: RowStatus;
  reasons: Reason[];
  warnings: Reason[];
  duplicateOf: number | null;
  kpj: string | null;
}

export type VerdictChange = Pick<
  StoredRow,
  'chunk' | 'index' | 'status' | 'reasons' | 'warnings' | 'duplicateOf'
>;

export class RowStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly cursors: CursorCodec,
    private readonly batchOptions: BatchWriteOptions = {},
  ) {}

  async put(tenant: Tenant, rosterId: string, rows: readonly StoredRow[]): Promise<void> {
    await batchWriteAll(
      this.doc,
      this.table,
      rows.map((r) => ({
        PutRequest: { Item: { ...keys.row(tenant, rosterId, r.chunk, r.index), type: 'row', ...r } },
      })),
      this.batchOptions,
    );
  }

  private async readBucket(
    tenant: Tenant,
    rosterId: string,
    chunk: number,
    bucket: number,
    after?: string,
    limit?: number,
  ): Promise<{ rows: StoredRow[]; last?: string }> {
    const rows: StoredRow[] = [];
    let start: Record<string, unknown> | undefined = after
      ? { pk: keys.rowBucket(tenant, rosterId, chunk, bucket), sk: after }
      : undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.rowBucket(tenant, rosterId, chunk, bucket) },
          ExclusiveStartKey: start,
          ConsistentRead: true,
          ...(limit ? { Limit: limit - rows.length } : {}),
        }),
      );
      rows.push(...((out.Items ?? []) as StoredRow[]));
      start = out.LastEvaluatedKey;
      if (limit && rows.length >= limit) return { rows, last: start ? String(start.sk) : undefined };
    } while (start);
    return { rows };
  }

  /** Every row of the given chunks, in roster order (chunk, then index). */
  async readAll(tenant: Tenant, rosterId: string, chunks: readonly ChunkRecord[]): Promise<StoredRow[]> {
    const parts: { chunk: number; bucket: number }[] = [];
    for (const c of chunks) {
      for (let b = 0; b * ROWS_PER_BUCKET < c.rowCount; b++) parts.push({ chunk: c.chunk, bucket: b });
    }
    const results: StoredRow[][] = new Array(parts.length);
    const rowCounts = new Map(chunks.map((c) => [c.chunk, c.rowCount]));
    await inParallel(parts, 16, async (p, i) => {
      const count = rowCounts.get(p.chunk) ?? 0;
      // A bucket may still hold rows of an upload that failed and was given back: skip them.
      results[i] = (await this.readBucket(tenant, rosterId, p.chunk, p.bucket)).rows.filter(
        (r) => r.index < count,
      );
    });
    return results.flat().sort((a, b) => a.chunk - b.chunk || a.index - b.index);
  }

  /**
   * New verdicts for rows already stored (a submission's whole-roster check and claims): only
   * the verdict changes, the row's data stays as uploaded. Idempotent, so a retried step may
   * write them again.
   */
  async updateVerdicts(tenant: Tenant, rosterId: string, changes: readonly VerdictChange[]): Promise<void> {
    await inParallel(changes, 16, async (change) => {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.row(tenant, rosterId, change.chunk, change.index),
          UpdateExpression:
            'SET #status = :status, reasons = :reasons, warnings = :warnings, duplicateOf = :dup',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':status': change.status,
            ':reasons': change.reasons,
            ':warnings': change.warnings,
            ':dup': change.duplicateOf,
          },
        }),
      );
    });
  }

  async get(tenant: Tenant, rosterId: string, chunk: number, index: number): Promise<StoredRow | null> {
    const { rows } = await this.readBucket(tenant, rosterId, chunk, Math.floor(index / ROWS_PER_BUCKET));
    return rows.find((r) => r.index === index) ?? null;
  }

  /**
   * One page of rows, optionally only those of one status. The cursor holds a position
   * (chunk, bucket, last sort key), never a key: partitions are rebuilt from the token's tenant.
   */
  async page(
    tenant: Tenant,
    rosterId: string,
    chunks: readonly ChunkRecord[],
    options: { limit: number; cursor?: string; status?: RowStatus },
  ): Promise<{ items: StoredRow[]; next: string | null }> {
    const list = `rows:${rosterId}:${options.status ?? '*'}`;
    let pos = { c: 0, b: 0, a: undefined as string | undefined };
    if (options.cursor) pos = readPosition(this.cursors.decode(tenant, list, options.cursor));
    const ordered = [...chunks].sort((a, b) => a.chunk - b.chunk);
    const items: StoredRow[] = [];
    for (let ci = pos.c; ci < ordered.length; ci++) {
      const chunk = ordered[ci] as ChunkRecord;
      const buckets = Math.ceil(chunk.rowCount / ROWS_PER_BUCKET);
      for (let b = ci === pos.c ? pos.b : 0; b < buckets; b++) {
        const after = ci === pos.c && b === pos.b ? pos.a : undefined;
        const { rows } = await this.readBucket(tenant, rosterId, chunk.chunk, b, after);
        for (const row of rows) {
          if (row.index >= chunk.rowCount) continue;
          if (options.status && row.status !== options.status) continue;
          items.push(row);
          if (items.length === options.limit) {
            const next = this.cursors.encode(tenant, list, {
              c: ci,
              b,
              a: row.index.toString().padStart(4, '0'),
            });
            return { items, next };
          }
        }
      }
    }
    return { items, next: null };
  }
}

function readPosition(value: unknown): { c: number; b: number; a: string | undefined } {
  const p = value as { c?: unknown; b?: unknown; a?: unknown } | null;
  if (
    !p ||
    !Number.isInteger(p.c) ||
    !Number.isInteger(p.b) ||
    (p.c as number) < 0 ||
    (p.b as number) < 0 ||
    (p.a !== undefined && (typeof p.a !== 'string' || !/^\d{4}$/.test(p.a)))
  ) {
    throw new BadCursorError();
  }
  return { c: p.c as number, b: p.b as number, a: p.a as string | undefined };
}

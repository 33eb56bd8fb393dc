/**
 * Chunk records: the idempotency of uploads. A chunk number is taken by a conditional put in the
 * same transaction that counts the chunk on a roster that must still be a draft and records the
 * chunk's row range (ranges may not overlap: each row number belongs to one chunk). The record
 * keeps a hash of the body, so a replay is recognised (same hash) and a different body refused,
 * and the chunk's projection (projection.ts), which is all a submission reads of its rows.
 *
 * `pending` means its rows may not all be written yet: submit waits, and a replay finishes it.
 * An upload that fails after taking its number gives the number back (`release`), so a failure
 * never leaves a chunk pending.
 */
import { DeleteCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys, type Tenant } from './keys';
import { auditItem, type Actor } from './audit';
import { isConditionFailure } from './rosters';
import { addTotals, type Totals } from './stats';
import { transact, type TransactItem } from './transact';
import { inParallel } from './batch-write';

export interface ChunkRecord {
  chunk: number;
  hash: string;
  firstRow: number;
  rowCount: number;
  state: 'pending' | 'complete';
  /** packProjection of its rows; left out of listings that do not need it. */
  projection?: Uint8Array;
}

/** [chunk, first row, last row] of each chunk of a roster, kept on the roster's item. */
export type RowRange = [number, number, number];

export type ChunkClaim =
  | { taken: true }
  | { taken: false; existing: ChunkRecord }
  | { taken: false; notDraft: true }
  | { taken: false; overlaps: RowRange };

const LISTED = 'chunk, #hash, firstRow, rowCount, #state';

export class ChunkStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(tenant: Tenant, rosterId: string, chunk: number): Promise<ChunkRecord | null> {
    const out = await this.doc.send(
      new GetCommand({
        TableName: this.table,
        Key: keys.chunk(tenant, rosterId, chunk),
        ConsistentRead: true,
      }),
    );
    return (out.Item as ChunkRecord | undefined) ?? null;
  }

  /** Every chunk record of a roster, in chunk order; with their projections only when asked. */
  async list(tenant: Tenant, rosterId: string, withProjections = false): Promise<ChunkRecord[]> {
    const records: ChunkRecord[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :c)',
          ExpressionAttributeValues: { ':pk': keys.rosterMeta(tenant, rosterId).pk, ':c': keys.chunkPrefix },
          ...(withProjections
            ? {}
            : {
                ProjectionExpression: LISTED,
                ExpressionAttributeNames: { '#hash': 'hash', '#state': 'state' },
              }),
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      records.push(...((out.Items ?? []) as ChunkRecord[]));
      start = out.LastEvaluatedKey;
    } while (start);
    return records;
  }

  /**
   * Takes the chunk number for this body and its row range, counting it on the draft roster,
   * atomically. `ranges`/`rangesVersion` are what the caller read of the roster: a concurrent
   * upload that changed them makes this fail and the caller reads again.
   */
  async claim(
    actor: Actor,
    rosterId: string,
    record: ChunkRecord,
    roster: { ranges?: RowRange[]; rangesVersion?: number },
    at: string,
  ): Promise<ChunkClaim | 'retry'> {
    const last = record.firstRow + record.rowCount - 1;
    const clash = (roster.ranges ?? []).find(([, first, end]) => record.firstRow <= end && first <= last);
    if (clash) return { taken: false, overlaps: clash };
    const version = roster.rangesVersion ?? 0;
    try {
      await transact(this.doc, [
        {
          Put: {
            TableName: this.table,
            Item: { ...keys.chunk(actor, rosterId, record.chunk), type: 'chunk', ...record, createdAt: at },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Update: {
            TableName: this.table,
            Key: keys.rosterMeta(actor, rosterId),
            UpdateExpression:
              'ADD pendingChunks :one, chunkCount :one, rowCount :rows ' +
              'SET ranges = list_append(if_not_exists(ranges, :none), :range), rangesVersion = :next',
            ConditionExpression:
              '#status = :draft AND ' +
              (version === 0 ? 'attribute_not_exists(rangesVersion)' : 'rangesVersion = :version'),
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':one': 1,
              ':rows': record.rowCount,
              ':draft': 'draft',
              ':none': [],
              ':range': [[record.chunk, record.firstRow, last]],
              ':next': version + 1,
              ...(version === 0 ? {} : { ':version': version }),
            },
          },
        },
        {
          Put: {
            TableName: this.table,
            Item: auditItem(actor, rosterId, 'chunk.uploaded', at, {
              chunk: record.chunk,
              rows: record.rowCount,
            }),
          },
        },
      ]);
      return { taken: true };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const existing = await this.get(actor, rosterId, record.chunk);
      if (existing) return { taken: false, existing };
      // The roster changed: another chunk took a range, or it is no longer a draft.
      return 'retry';
    }
  }

  /**
   * pending → complete once its rows are written, adding its rows to the roster's totals in the
   * same transaction; only one caller wins, the others need nothing.
   */
  async complete(actor: Actor, rosterId: string, chunk: number, totals: Totals, at: string): Promise<void> {
    const items: TransactItem[] = [
      {
        Update: {
          TableName: this.table,
          Key: keys.chunk(actor, rosterId, chunk),
          UpdateExpression: 'SET #state = :complete, completedAt = :at',
          ConditionExpression: '#state = :pending',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':complete': 'complete', ':pending': 'pending', ':at': at },
        },
      },
      {
        Update: {
          TableName: this.table,
          Key: keys.rosterMeta(actor, rosterId),
          UpdateExpression: 'ADD pendingChunks :minus',
          ExpressionAttributeValues: { ':minus': -1 },
        },
      },
      {
        Put: {
          TableName: this.table,
          Item: auditItem(actor, rosterId, 'chunk.completed', at, { chunk }),
        },
      },
    ];
    const add = addTotals(this.table, actor, rosterId, totals);
    if (add) items.push(add);
    try {
      await transact(this.doc, items);
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  /**
   * Gives a pending chunk's number and row range back after its upload failed half-way: the
   * rows it wrote are deleted, the record removed, the roster's counts restored. A chunk that
   * completed meanwhile (a replay finished it) is left alone.
   */
  async release(
    actor: Actor,
    rosterId: string,
    record: ChunkRecord,
    readRoster: () => Promise<{ ranges?: RowRange[]; rangesVersion?: number }>,
  ): Promise<void> {
    const rowKeys = Array.from({ length: record.rowCount }, (_, i) =>
      keys.row(actor, rosterId, record.chunk, i),
    );
    await inParallel(rowKeys, 8, async (key) => {
      await this.doc.send(new DeleteCommand({ TableName: this.table, Key: key }));
    });
    for (let attempt = 0; attempt < 20; attempt++) {
      const roster = await readRoster();
      const ranges = (roster.ranges ?? []).filter(([chunk]) => chunk !== record.chunk);
      try {
        await transact(this.doc, [
          {
            Delete: {
              TableName: this.table,
              Key: keys.chunk(actor, rosterId, record.chunk),
              ConditionExpression: '#state = :pending AND #hash = :hash',
              ExpressionAttributeNames: { '#state': 'state', '#hash': 'hash' },
              ExpressionAttributeValues: { ':pending': 'pending', ':hash': record.hash },
            },
          },
          {
            Update: {
              TableName: this.table,
              Key: keys.rosterMeta(actor, rosterId),
              UpdateExpression:
                'ADD pendingChunks :minus, chunkCount :minus, rowCount :rows SET ranges = :ranges, rangesVersion = :next',
              ConditionExpression: 'rangesVersion = :version',
              ExpressionAttributeValues: {
                ':minus': -1,
                ':rows': -record.rowCount,
                ':ranges': ranges,
                ':next': (roster.rangesVersion ?? 0) + 1,
                ':version': roster.rangesVersion ?? 0,
              },
            },
          },
        ]);
        return;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        const now = await this.get(actor, rosterId, record.chunk);
        if (!now || now.state !== 'pending' || now.hash !== record.hash) return;
      }
    }
    throw new Error(`Chunk ${record.chunk} could not be given back; replay it with the same rows.`);
  }
}

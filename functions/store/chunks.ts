/**
 * Chunk records: the idempotency of uploads. A chunk number is taken by a conditional put in the
 * same transaction that counts the chunk on a roster that must still be a draft; the record keeps
 * a hash of the body, so a replay is recognised (same hash) and a different body refused.
 * `pending` means its rows may not all be written yet: submit waits, and a replay finishes it.
 */
import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys, type Tenant } from './keys';
import { auditItem, type Actor } from './audit';
import { isConditionFailure } from './rosters';

export interface ChunkRecord {
  chunk: number;
  hash: string;
  firstRow: number;
  rowCount: number;
  state: 'pending' | 'complete';
}

export type ChunkClaim =
  { taken: true } | { taken: false; existing: ChunkRecord } | { taken: false; notDraft: true };

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

  /** Every chunk record of a roster, in chunk order. */
  async list(tenant: Tenant, rosterId: string): Promise<ChunkRecord[]> {
    const records: ChunkRecord[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :c)',
          ExpressionAttributeValues: { ':pk': keys.rosterMeta(tenant, rosterId).pk, ':c': keys.chunkPrefix },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      records.push(...((out.Items ?? []) as ChunkRecord[]));
      start = out.LastEvaluatedKey;
    } while (start);
    return records;
  }

  /** Takes the chunk number for this body, counting it on the draft roster, atomically. */
  async claim(actor: Actor, rosterId: string, record: ChunkRecord, at: string): Promise<ChunkClaim> {
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.table,
                Item: {
                  ...keys.chunk(actor, rosterId, record.chunk),
                  type: 'chunk',
                  ...record,
                  createdAt: at,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Update: {
                TableName: this.table,
                Key: keys.rosterMeta(actor, rosterId),
                UpdateExpression: 'ADD pendingChunks :one, chunkCount :one, rowCount :rows',
                ConditionExpression: '#status = :draft',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: { ':one': 1, ':rows': record.rowCount, ':draft': 'draft' },
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
          ],
        }),
      );
      return { taken: true };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const existing = await this.get(actor, rosterId, record.chunk);
      if (existing) return { taken: false, existing };
      return { taken: false, notDraft: true };
    }
  }

  /** pending → complete once its rows are written; only one caller wins, the others need nothing. */
  async complete(actor: Actor, rosterId: string, chunk: number, at: string): Promise<void> {
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
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
          ],
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
}

/**
 * batchWriteAll against a throttled DynamoDB (the one allowed fake: a client whose `send` hands
 * back part of each batch as UnprocessedItems, as DynamoDB does under load).
 */
import { describe, expect, it } from 'vitest';
import type { BatchWriteCommand, BatchWriteCommandOutput } from '@aws-sdk/lib-dynamodb';
import {
  batchWriteAll,
  UnprocessedItemsError,
  type WriteRequest,
} from '../../../functions/store/batch-write';

const TABLE = 't';

function items(n: number): WriteRequest[] {
  return Array.from({ length: n }, (_, i) => ({ PutRequest: { Item: { pk: `p${i}`, sk: 's' } } }));
}

/** Processes only the first `accept` requests of every call; the rest come back unprocessed. */
function throttled(accept: (call: number) => number) {
  const written: string[] = [];
  const sizes: number[] = [];
  let calls = 0;
  return {
    written,
    sizes,
    async send(command: BatchWriteCommand): Promise<BatchWriteCommandOutput> {
      const requests = command.input.RequestItems![TABLE]!;
      sizes.push(requests.length);
      const n = Math.min(requests.length, accept(calls++));
      for (const r of requests.slice(0, n)) written.push(String(r.PutRequest!.Item!.pk));
      const rest = requests.slice(n);
      return { UnprocessedItems: rest.length ? { [TABLE]: rest } : {}, $metadata: {} };
    },
  };
}

describe('batchWriteAll', () => {
  it('retries unprocessed items until every item is written exactly once', async () => {
    const client = throttled(() => 7);
    const sleeps: number[] = [];
    await batchWriteAll(client, TABLE, items(60), {
      concurrency: 1,
      sleep: async (ms) => void sleeps.push(ms),
      random: () => 1,
    });
    expect(client.written.sort()).toEqual(
      items(60)
        .map((r) => String(r.PutRequest!.Item!.pk))
        .sort(),
    );
    // 60 items = batches of 25, 25, 10; never more than 25 per call.
    expect(Math.max(...client.sizes)).toBe(25);
    // A batch of 25 at 7 per call takes 4 calls: 25 → 18 → 11 → 4 → 0, waiting before each retry.
    // With random() = 1 the waits are the ceilings: 25·2¹, 25·2², 25·2³ ms.
    expect(sleeps.slice(0, 3)).toEqual([50, 100, 200]);
  });

  it('waits a random part of the exponential ceiling (full jitter), capped', async () => {
    const client = throttled((call) => (call < 9 ? 0 : 25));
    const sleeps: number[] = [];
    await batchWriteAll(client, TABLE, items(5), {
      concurrency: 1,
      maxAttempts: 10,
      baseDelayMs: 10,
      maxDelayMs: 1000,
      sleep: async (ms) => void sleeps.push(ms),
      random: () => 0.5,
    });
    // Ceilings 20, 40, 80, 160, 320, 640, 1000 (cap), 1000, 1000; half of each.
    expect(sleeps).toEqual([10, 20, 40, 80, 160, 320, 500, 500, 500]);
    expect(client.written).toHaveLength(5);
  });

  it('gives up with an error naming what is left when DynamoDB never takes the items', async () => {
    const client = throttled(() => 0);
    const attempt = batchWriteAll(client, TABLE, items(3), { maxAttempts: 4, sleep: async () => {} });
    await expect(attempt).rejects.toBeInstanceOf(UnprocessedItemsError);
    await expect(attempt).rejects.toMatchObject({ remaining: 3 });
    expect(client.sizes).toEqual([3, 3, 3, 3]);
  });
});

/**
 * BatchWriteItem for any number of items. DynamoDB takes 25 requests per call and, under load,
 * hands some back as `UnprocessedItems` without an error; the SDK does not retry those. We do,
 * with exponential backoff and full jitter (so many writers that were throttled together do not
 * come back together), and fail loudly if some never get through.
 */
import { BatchWriteCommand, type BatchWriteCommandOutput } from '@aws-sdk/lib-dynamodb';

export type WriteRequest = NonNullable<BatchWriteCommand['input']['RequestItems']>[string][number];

/** The one part of the document client this needs (so a throttled DynamoDB can be simulated). */
export interface BatchSender {
  send(command: BatchWriteCommand): Promise<BatchWriteCommandOutput>;
}

export interface BatchWriteOptions {
  /** Calls in flight at once. */
  concurrency?: number;
  /** Attempts per batch before giving up. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export class UnprocessedItemsError extends Error {
  constructor(readonly remaining: number) {
    super(`${remaining} items were still unprocessed after every retry; DynamoDB is throttling.`);
  }
}

const MAX_PER_CALL = 25;

export async function batchWriteAll(
  client: BatchSender,
  tableName: string,
  requests: readonly WriteRequest[],
  options: BatchWriteOptions = {},
): Promise<{ calls: number }> {
  const { concurrency = 8, maxAttempts = 8, baseDelayMs = 25, maxDelayMs = 2_000 } = options;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = options.random ?? Math.random;
  const batches: WriteRequest[][] = [];
  for (let i = 0; i < requests.length; i += MAX_PER_CALL) batches.push(requests.slice(i, i + MAX_PER_CALL));
  let calls = 0;

  async function writeBatch(batch: WriteRequest[]): Promise<void> {
    let pending = batch;
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      if (attempt > 0) {
        // Full jitter: a random wait up to the exponential ceiling.
        await sleep(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** attempt));
      }
      calls++;
      const out = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      pending = (out.UnprocessedItems?.[tableName] ?? []) as WriteRequest[];
      if (pending.length === 0) return;
    }
    throw new UnprocessedItemsError(pending.length);
  }

  await inParallel(batches, concurrency, writeBatch);
  return { calls };
}

/** Runs `work` over `items` with at most `limit` in flight; rejects on the first failure. */
export async function inParallel<T>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(Math.max(1, limit), items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i] as T, i);
    }
  });
  await Promise.all(workers);
}

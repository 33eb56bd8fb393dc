/**
 * TransactWriteItems with the one retry DynamoDB leaves to callers: a transaction cancelled only
 * because another transaction held one of its items (`TransactionConflict`, common when chunks of
 * one roster complete together and all count themselves on the roster) is tried again after a
 * jittered wait. A cancelled condition is the caller's answer and is thrown at once.
 */
import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export type TransactItem = NonNullable<TransactWriteCommand['input']['TransactItems']>[number];

/** The cancellation code of each item of a cancelled transaction ('None' for those that were fine). */
export function cancellationCodes(error: unknown): string[] | null {
  const e = error as { name?: string; CancellationReasons?: { Code?: string }[] } | null;
  if (e?.name !== 'TransactionCanceledException' || !e.CancellationReasons) return null;
  return e.CancellationReasons.map((r) => r.Code ?? 'None');
}

const ATTEMPTS = 10;

export async function transact(doc: DynamoDBDocumentClient, items: readonly TransactItem[]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await doc.send(new TransactWriteCommand({ TransactItems: [...items] }));
      return;
    } catch (error) {
      const codes = cancellationCodes(error);
      const conflictOnly =
        codes !== null && codes.includes('TransactionConflict') && !codes.includes('ConditionalCheckFailed');
      const busy = (error as { name?: string }).name === 'TransactionInProgressException';
      if (!(conflictOnly || busy) || attempt + 1 >= ATTEMPTS) throw error;
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(1_000, 20 * 2 ** attempt)));
    }
  }
}

/**
 * The store's conflict type, fed with the errors DynamoDB Local really throws: a conditional put on
 * an item that exists, a transaction where one item's condition fails, and an error that is not a
 * conflict at all.
 */
import { randomUUID } from 'node:crypto';
import { DynamoDBDocumentClient, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  conditionFailedItems,
  isConditionFailure,
  StoreConflict,
  toStoreConflict,
} from '../../../functions/store/errors';
import { testDynamoClient } from '../../support/local-services';

let doc: DynamoDBDocumentClient;
let table: string;
const key = (name: string) => ({ pk: `test-store-errors#${randomUUID()}`, sk: name });
const putIfNew = (item: Record<string, string>) => ({
  Put: { TableName: table, Item: item, ConditionExpression: 'attribute_not_exists(pk)' },
});

/** What `write` throws (failing the test if it throws nothing). */
async function thrownBy(write: () => Promise<unknown>): Promise<unknown> {
  try {
    await write();
  } catch (error) {
    return error;
  }
  throw new Error('the write succeeded; the test expected DynamoDB to refuse it');
}

beforeAll(() => {
  doc = DynamoDBDocumentClient.from(testDynamoClient());
  table = inject('tableName');
});

describe('store conflicts from real DynamoDB errors', () => {
  it('a conditional put on an item that exists becomes a StoreConflict with the reason', async () => {
    const item = key('roster');
    const put = () => doc.send(new PutCommand({ ...putIfNew(item).Put }));
    await put();
    const error = await thrownBy(put);
    expect(isConditionFailure(error)).toBe(true);
    const conflict = toStoreConflict(error, 'roster-exists');
    expect(conflict).toBeInstanceOf(StoreConflict);
    expect(conflict).toMatchObject({ reason: 'roster-exists', failedItems: [], cause: error });
    expect((conflict as StoreConflict).message).toBe('The store refused the write: roster-exists.');
  });

  it('a transaction whose second item exists names that item', async () => {
    const [first, taken, third] = [key('a'), key('b'), key('c')];
    await doc.send(new PutCommand({ TableName: table, Item: taken }));
    const error = await thrownBy(() =>
      doc.send(
        new TransactWriteCommand({ TransactItems: [putIfNew(first), putIfNew(taken), putIfNew(third)] }),
      ),
    );
    expect(isConditionFailure(error)).toBe(true);
    expect(conditionFailedItems(error)).toEqual([1]);
    expect(toStoreConflict(error, 'nik-claimed')).toMatchObject({ reason: 'nik-claimed', failedItems: [1] });
    // Nothing of a refused transaction was written.
    await expect(doc.send(new PutCommand({ ...putIfNew(first).Put }))).resolves.toBeDefined();
  });

  it('any other error passes through unchanged', async () => {
    const error = await thrownBy(() =>
      doc.send(new PutCommand({ TableName: table, Item: { pk: 'only-a-partition-key' } })),
    );
    expect(isConditionFailure(error)).toBe(false);
    expect(toStoreConflict(error, 'roster-exists')).toBe(error);
    const plain = new Error('network down');
    expect(toStoreConflict(plain, 'roster-exists')).toBe(plain);
    expect(isConditionFailure(null)).toBe(false);
  });

  it('a transaction cancelled for throttling is not a conflict; one without reasons still is', () => {
    const cancelled = (codes?: string[]) =>
      Object.assign(new Error('cancelled'), {
        name: 'TransactionCanceledException',
        ...(codes ? { CancellationReasons: codes.map((Code) => ({ Code })) } : {}),
      });
    expect(isConditionFailure(cancelled(['None', 'ThrottlingError']))).toBe(false);
    expect(isConditionFailure(cancelled(['None', 'TransactionConflict']))).toBe(true);
    expect(isConditionFailure(cancelled())).toBe(true);
    expect(conditionFailedItems(cancelled(['None', 'TransactionConflict']))).toEqual([]);
  });
});

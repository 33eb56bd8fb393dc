import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
  type AttributeDefinition,
  type DynamoDBClient,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import { InputError, describe as describeValue } from '../../shared/errors';
import { TABLE_DESIGN } from './table-design';

/** DynamoDB's own rule for table names: 3–255 of letters, digits, `_`, `-` and `.`. */
const TABLE_NAME = /^[A-Za-z0-9_.-]{3,255}$/;

export interface EnsureTableOptions {
  /** How long to wait for the table (and its index) to become ACTIVE. Default 60 s. */
  timeoutMs?: number;
}

/**
 * Creates Rentan's single table from TABLE_DESIGN if it is missing and waits until it and its
 * index are ACTIVE. Idempotent: an existing table is left as it is, and a concurrent creator
 * (ResourceInUseException) counts as success. Used by the local stack and the integration tests;
 * in AWS the CDK data stack creates the same table from the same design.
 */
export async function ensureTable(
  client: DynamoDBClient,
  tableName: string,
  options: EnsureTableOptions = {},
): Promise<void> {
  if (typeof tableName !== 'string' || !TABLE_NAME.test(tableName)) {
    throw new InputError(
      'tableName',
      `A table name has 3 to 255 letters, digits, "_", "-" or "."; got ${describeValue(tableName)}.`,
    );
  }
  const timeoutMs = options.timeoutMs ?? 60_000;
  if (!(await describe(client, tableName))) {
    try {
      await client.send(new CreateTableCommand(createTableInput(tableName)));
    } catch (error) {
      if (!(error instanceof ResourceInUseException)) throw error;
    }
  }
  await waitUntilActive(client, tableName, timeoutMs);
  await enableTimeToLive(client, tableName);
}

/** The CreateTable request that TABLE_DESIGN describes; exported so tests can compare. */
export function createTableInput(tableName: string) {
  const { partitionKey, sortKey, globalIndexes } = TABLE_DESIGN;
  // Every key attribute of the table and its indexes, declared once each.
  const attributes = new Map<string, AttributeDefinition>();
  for (const key of [partitionKey, sortKey, ...globalIndexes.flatMap((i) => [i.partitionKey, i.sortKey])]) {
    attributes.set(key.name, { AttributeName: key.name, AttributeType: key.type });
  }
  return {
    TableName: tableName,
    // On demand: roster uploads come in bursts; nobody should have to size capacity for them.
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: [...attributes.values()],
    KeySchema: [
      { AttributeName: partitionKey.name, KeyType: 'HASH' as const },
      { AttributeName: sortKey.name, KeyType: 'RANGE' as const },
    ],
    GlobalSecondaryIndexes: globalIndexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey.name, KeyType: 'HASH' as const },
        { AttributeName: index.sortKey.name, KeyType: 'RANGE' as const },
      ],
      Projection: { ProjectionType: 'ALL' as const },
    })),
  };
}

async function describe(client: DynamoDBClient, tableName: string): Promise<TableDescription | undefined> {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

async function waitUntilActive(client: DynamoDBClient, tableName: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const table = await describe(client, tableName);
    const indexesActive = (table?.GlobalSecondaryIndexes ?? []).every((i) => i.IndexStatus === 'ACTIVE');
    if (table?.TableStatus === 'ACTIVE' && indexesActive) return;
    if (Date.now() > deadline) {
      throw new Error(
        `Table ${tableName} is still ${table?.TableStatus ?? 'missing'} after ${timeoutMs / 1000} s; is DynamoDB reachable?`,
      );
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Turns on expiry of idempotency records. DynamoDB Local accepts and reports the setting (it does
 * not delete expired items itself), so readers must still ignore items past `expiresAt`.
 */
async function enableTimeToLive(client: DynamoDBClient, tableName: string): Promise<void> {
  const attribute = TABLE_DESIGN.timeToLiveAttribute;
  if (await timeToLiveOn(client, tableName)) return;
  try {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: attribute, Enabled: true },
      }),
    );
  } catch (error) {
    // A concurrent caller may have turned it on between our read and our update
    // (DynamoDB then answers "TimeToLive is already enabled"): that is the state we wanted.
    if (!(await timeToLiveOn(client, tableName))) throw error;
  }
}

async function timeToLiveOn(client: DynamoDBClient, tableName: string): Promise<boolean> {
  const current = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  const status = current.TimeToLiveDescription?.TimeToLiveStatus;
  return status === 'ENABLED' || status === 'ENABLING';
}

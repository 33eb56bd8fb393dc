/** The store: one object per kind of item, all on the single table of table-design.ts. */
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { cursorCodec } from './cursor';
import { RosterStore } from './rosters';
import { ChunkStore } from './chunks';
import { RowStore } from './rows';
import { ClaimStore } from './claims';

export interface Store {
  /** The table's name, for transaction items built beside the stores (totals). */
  table: string;
  rosters: RosterStore;
  chunks: ChunkStore;
  rows: RowStore;
  claims: ClaimStore;
}

export function createStore(client: DynamoDBClient, tableName: string, cursorSecret?: string): Store {
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  const cursors = cursorCodec(cursorSecret);
  return {
    table: tableName,
    rosters: new RosterStore(doc, tableName, cursors),
    chunks: new ChunkStore(doc, tableName),
    rows: new RowStore(doc, tableName, cursors),
    claims: new ClaimStore(doc, tableName),
  };
}

export type { Tenant } from './keys';
export type { Actor } from './audit';
export { ConflictError, NotFoundError, publicRoster, type StoredRoster } from './rosters';
export { BadCursorError } from './cursor';
export type { StoredRow } from './rows';
export type { ChunkRecord } from './chunks';
export type { NikClaim } from './claims';

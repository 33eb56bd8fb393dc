/** Roster metadata: create, read, list newest first, and the status transitions. */
import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE_DESIGN } from './table-design';
import { keys, type Tenant } from './keys';
import { auditItem, type Actor, type AuditAction } from './audit';
import { BadCursorError, type CursorCodec } from './cursor';
import type { Roster, StatusCounts } from '../../shared/contracts';

/** What the table keeps about a roster beyond its public shape. */
export interface StoredRoster extends Roster {
  /** Chunks whose rows are still being written; submit waits for 0. */
  pendingChunks: number;
  counts: StatusCounts | null;
}

export class ConflictError extends Error {}
export class NotFoundError extends Error {}

const PUBLIC_FIELDS = [
  'id',
  'regency',
  'name',
  'village',
  'funding',
  'program',
  'incomeBase',
  'startMonth',
  'months',
  'endMonth',
  'sector',
  'policy',
  'status',
  'rowCount',
  'chunkCount',
  'createdAt',
  'createdBy',
  'submittedAt',
  'withdrawnAt',
] as const;

export function publicRoster(stored: StoredRoster): Roster {
  return Object.fromEntries(PUBLIC_FIELDS.map((f) => [f, stored[f]])) as Roster;
}

export function isConditionFailure(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'ConditionalCheckFailedException' || name === 'TransactionCanceledException';
}

export class RosterStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly cursors: CursorCodec,
  ) {}

  async create(actor: Actor, roster: StoredRoster): Promise<void> {
    await this.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: this.table,
              Item: {
                ...keys.rosterMeta(actor, roster.id),
                ...keys.rosterListing(actor, roster.createdAt, roster.id),
                type: 'roster',
                ...roster,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Put: {
              TableName: this.table,
              Item: auditItem(actor, roster.id, 'roster.created', roster.createdAt, {
                name: roster.name,
                startMonth: roster.startMonth,
                months: roster.months,
              }),
            },
          },
        ],
      }),
    );
  }

  async get(tenant: Tenant, rosterId: string): Promise<StoredRoster> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.table, Key: keys.rosterMeta(tenant, rosterId), ConsistentRead: true }),
    );
    if (!out.Item) throw new NotFoundError(`No roster ${rosterId} in your regency.`);
    return out.Item as StoredRoster;
  }

  async list(
    tenant: Tenant,
    limit: number,
    cursor?: string,
  ): Promise<{ items: Roster[]; next: string | null }> {
    const start = cursor ? this.cursors.decode(tenant, 'rosters', cursor) : undefined;
    const out = await this.doc.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: TABLE_DESIGN.globalIndexes[0].indexName,
        KeyConditionExpression: 'gsi1pk = :p',
        ExpressionAttributeValues: { ':p': keys.rosterListingPartition(tenant) },
        ScanIndexForward: false,
        Limit: limit,
        ...(start ? { ExclusiveStartKey: this.listingStartKey(tenant, start) } : {}),
      }),
    );
    const items = (out.Items ?? []) as StoredRoster[];
    const last = out.LastEvaluatedKey;
    return {
      items: items.map(publicRoster),
      next: last ? this.cursors.encode(tenant, 'rosters', { s: last.gsi1sk }) : null,
    };
  }

  /** Rebuilds the start key from the tenant; the cursor only carries the position. */
  private listingStartKey(tenant: Tenant, position: unknown): Record<string, string> {
    const s = (position as { s?: unknown } | null)?.s;
    if (typeof s !== 'string' || !/^[^#]+#[0-9A-Za-z]{10,40}$/.test(s)) throw new BadCursorError();
    const rosterId = s.slice(s.lastIndexOf('#') + 1);
    const createdAt = s.slice(0, s.lastIndexOf('#'));
    return { ...keys.rosterMeta(tenant, rosterId), ...keys.rosterListing(tenant, createdAt, rosterId) };
  }

  /** draft → submitted, only once every chunk's rows are written. */
  async lockForSubmit(actor: Actor, rosterId: string, at: string): Promise<void> {
    await this.transition(actor, rosterId, at, 'submitted', 'roster.submitted', {
      condition: '#status = :draft AND pendingChunks = :zero',
      values: { ':draft': 'draft', ':zero': 0 },
      set: 'submittedAt = :at, submittedBy = :who',
    });
  }

  /** draft → withdrawn. */
  async withdraw(actor: Actor, rosterId: string, at: string): Promise<void> {
    await this.transition(actor, rosterId, at, 'withdrawn', 'roster.withdrawn', {
      condition: '#status = :draft',
      values: { ':draft': 'draft' },
      set: 'withdrawnAt = :at, withdrawnBy = :who',
    });
  }

  private async transition(
    actor: Actor,
    rosterId: string,
    at: string,
    status: string,
    action: 'roster.submitted' | 'roster.withdrawn',
    spec: { condition: string; values: Record<string, unknown>; set: string },
  ): Promise<void> {
    await this.updateWithAudit(
      actor,
      rosterId,
      {
        UpdateExpression: `SET #status = :status, ${spec.set}`,
        ConditionExpression: spec.condition,
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ...spec.values, ':status': status, ':at': at, ':who': actor.user },
      },
      auditItem(actor, rosterId, action, at, { status }),
    );
  }

  /** Keeps the row counts after a change of statuses, with its audit item. */
  async recordCounts(
    actor: Actor,
    rosterId: string,
    at: string,
    counts: StatusCounts,
    action: AuditAction,
    what: Record<string, string | number>,
  ): Promise<void> {
    await this.updateWithAudit(
      actor,
      rosterId,
      {
        UpdateExpression: 'SET #counts = :c',
        ExpressionAttributeNames: { '#counts': 'counts' },
        ExpressionAttributeValues: { ':c': counts },
      },
      auditItem(actor, rosterId, action, at, { ...counts, ...what }),
    );
  }

  /** Moves `count` rows from eligible to registered in the kept counts, with its audit item. */
  async recordRegistrations(
    actor: Actor,
    rosterId: string,
    at: string,
    count: number,
    what: Record<string, number>,
  ): Promise<void> {
    await this.updateWithAudit(
      actor,
      rosterId,
      {
        UpdateExpression: 'ADD #counts.#registered :n, #counts.#eligible :minus',
        ExpressionAttributeNames: {
          '#counts': 'counts',
          '#registered': 'registered',
          '#eligible': 'eligible',
        },
        ExpressionAttributeValues: { ':n': count, ':minus': -count },
      },
      auditItem(actor, rosterId, 'kpj.imported', at, { registered: count, ...what }),
    );
  }

  /** One change of the roster's metadata and its audit item, in one transaction: both or neither. */
  private async updateWithAudit(
    actor: Actor,
    rosterId: string,
    update: {
      UpdateExpression: string;
      ConditionExpression?: string;
      ExpressionAttributeNames: Record<string, string>;
      ExpressionAttributeValues: Record<string, unknown>;
    },
    audit: Record<string, unknown>,
  ): Promise<void> {
    await this.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Update: { TableName: this.table, Key: keys.rosterMeta(actor, rosterId), ...update } },
          { Put: { TableName: this.table, Item: audit } },
        ],
      }),
    );
  }

  async recordClaims(actor: Actor, rosterId: string, at: string, counts: StatusCounts, claimed: number) {
    await this.recordCounts(actor, rosterId, at, counts, 'roster.claims-made', { claimed });
  }
}

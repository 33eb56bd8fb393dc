/** Roster metadata: create, read, list newest first, and the status transitions. */
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE_DESIGN } from './table-design';
import { keys, type Tenant } from './keys';
import { auditItem, type Actor, type AuditAction } from './audit';
import { BadCursorError, type CursorCodec } from './cursor';
import type { Roster, RosterProgress } from '../../shared/contracts';
import type { RowRange } from './chunks';
import { readTotals, type Totals } from './stats';
import { transact, type TransactItem } from './transact';

/** What the table keeps about a roster beyond its public shape. */
export interface StoredRoster extends Roster {
  /** Chunks whose rows are still being written; submit waits for 0. */
  pendingChunks: number;
  /** Each chunk's row range; uploads may not overlap (chunks.ts). */
  ranges?: RowRange[];
  rangesVersion?: number;
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
  'progress',
] as const;

export function publicRoster(stored: StoredRoster): Roster {
  return Object.fromEntries(PUBLIC_FIELDS.map((f) => [f, stored[f] ?? null])) as Roster;
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
    await transact(this.doc, [
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
    ]);
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

  /**
   * draft → submitting, only once every chunk's rows are written: the roster is locked and its
   * job starts at chunk 0. False when the roster was not in that state (the caller reads why).
   */
  async lockForSubmit(
    actor: Actor,
    rosterId: string,
    at: string,
    progress: RosterProgress,
  ): Promise<boolean> {
    return this.conditional(() =>
      this.updateWithAudit(
        actor,
        rosterId,
        {
          UpdateExpression: 'SET #status = :submitting, progress = :progress, submitStartedBy = :who',
          ConditionExpression: '#status = :draft AND pendingChunks = :zero AND chunkCount > :zero',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':submitting': 'submitting',
            ':draft': 'draft',
            ':zero': 0,
            ':progress': progress,
            ':who': actor.user,
          },
        },
        auditItem(actor, rosterId, 'roster.submit-started', at, { chunks: progress.chunkCount }),
      ),
    );
  }

  /** draft → withdrawn: nothing was claimed yet, so nothing is left to release. */
  async withdrawDraft(actor: Actor, rosterId: string, at: string): Promise<boolean> {
    return this.conditional(() =>
      this.updateWithAudit(
        actor,
        rosterId,
        {
          UpdateExpression: 'SET #status = :withdrawn, withdrawnAt = :at, withdrawnBy = :who',
          ConditionExpression: '#status = :draft',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':withdrawn': 'withdrawn',
            ':draft': 'draft',
            ':at': at,
            ':who': actor.user,
          },
        },
        auditItem(actor, rosterId, 'roster.withdrawn', at, { status: 'withdrawn' }),
      ),
    );
  }

  /** submitting → withdrawing: a job releases the claims the submission made, from chunk 0. */
  async startWithdrawal(
    actor: Actor,
    rosterId: string,
    at: string,
    progress: RosterProgress,
  ): Promise<boolean> {
    return this.conditional(() =>
      this.updateWithAudit(
        actor,
        rosterId,
        {
          UpdateExpression: 'SET #status = :withdrawing, progress = :progress, withdrawnBy = :who',
          ConditionExpression: '#status = :submitting',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':withdrawing': 'withdrawing',
            ':submitting': 'submitting',
            ':progress': progress,
            ':who': actor.user,
          },
        },
        auditItem(actor, rosterId, 'roster.withdraw-started', at, { chunks: progress.chunkCount }),
      ),
    );
  }

  /**
   * One finished step of a job: chunk `from` is done. Its progress and its change to the totals
   * are written together, only if the job is still at that chunk, so a step retried after a
   * crash (or run twice by two workers) counts once. False when another run got there first.
   */
  async advance(
    tenant: Tenant,
    rosterId: string,
    status: 'submitting' | 'withdrawing',
    from: number,
    step: { rows: number; niks: number; at: string },
    totals: TransactItem | null,
  ): Promise<boolean> {
    const update: TransactItem = {
      Update: {
        TableName: this.table,
        Key: keys.rosterMeta(tenant, rosterId),
        UpdateExpression:
          'SET progress.chunksDone = :next, progress.updatedAt = :at ADD progress.rowsDone :rows, progress.niks :niks',
        ConditionExpression: '#status = :status AND progress.chunksDone = :from',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':status': status,
          ':from': from,
          ':next': from + 1,
          ':at': step.at,
          ':rows': step.rows,
          ':niks': step.niks,
        },
      },
    };
    return this.conditional(() => transact(this.doc, totals ? [update, totals] : [update]));
  }

  /** The job's last step: submitting → submitted, or withdrawing → withdrawn, once every chunk is done. */
  async finish(
    actor: Actor,
    rosterId: string,
    status: 'submitting' | 'withdrawing',
    chunkCount: number,
    at: string,
  ): Promise<boolean> {
    const next = status === 'submitting' ? 'submitted' : 'withdrawn';
    return this.conditional(() =>
      this.updateWithAudit(
        actor,
        rosterId,
        {
          UpdateExpression: `SET #status = :next, ${next === 'submitted' ? 'submittedAt' : 'withdrawnAt'} = :at, progress = :none`,
          ConditionExpression: '#status = :status AND progress.chunksDone = :count',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':next': next,
            ':status': status,
            ':count': chunkCount,
            ':at': at,
            ':none': null,
          },
        },
        auditItem(actor, rosterId, next === 'submitted' ? 'roster.submitted' : 'roster.withdrawn', at, {
          status: next,
        }),
      ),
    );
  }

  /** An audit item on its own, for changes made item by item (KPJ imports). */
  async audit(
    actor: Actor,
    rosterId: string,
    action: AuditAction,
    at: string,
    what: Record<string, string | number>,
  ) {
    await this.doc.send(
      new PutCommand({ TableName: this.table, Item: auditItem(actor, rosterId, action, at, what) }),
    );
  }

  /** Reads the running totals (functions/store/stats.ts). */
  async totals(tenant: Tenant, rosterId: string): Promise<Totals> {
    const out = await this.doc.send(
      new GetCommand({
        TableName: this.table,
        Key: keys.rosterTotals(tenant, rosterId),
        ConsistentRead: true,
      }),
    );
    return readTotals(out.Item);
  }

  /** true when `write` succeeded, false when its condition failed. */
  private async conditional(write: () => Promise<void>): Promise<boolean> {
    try {
      await write();
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
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
    await transact(this.doc, [
      { Update: { TableName: this.table, Key: keys.rosterMeta(actor, rosterId), ...update } },
      { Put: { TableName: this.table, Item: audit } },
    ]);
  }
}

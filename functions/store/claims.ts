/**
 * The NIK claim registry: "one person, one entry" across rosters and regencies (domain.md §3.6).
 *
 * One item per NIK holds every claim on it (regency, roster, coverage months). A claim is added
 * only by a conditional write: `attribute_not_exists` for a NIK never claimed, or a version check
 * for one that is, after checking in code that no other roster's period overlaps. Two rosters
 * claiming the same NIK at the same moment therefore cannot both succeed: the loser's condition
 * fails, it re-reads, sees the winner's claim and reports the conflict.
 */
import {
  BatchGetCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { cancellationCodes, transact, type TransactItem } from './transact';
import { keys, type Tenant } from './keys';
import { inParallel } from './batch-write';
import { isConditionFailure } from './rosters';

export interface NikClaim {
  regency: string;
  rosterId: string;
  rosterName: string;
  /** First covered month, `YYYY-MM`. */
  from: string;
  /** First month after coverage (exclusive), `YYYY-MM`. */
  to: string;
  chunk: number;
  index: number;
  row: number;
  kpj: string | null;
}

interface ClaimsItem {
  claims: NikClaim[];
  version: number;
}

export type ClaimOutcome =
  | { ok: true }
  | { ok: false; sameRegency: true; rosterId: string; rosterName: string }
  | { ok: false; sameRegency: false };

/** Months as `YYYY-MM` compare correctly as text; periods are half-open [from, to). */
export function overlaps(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
  return a.from < b.to && b.from < a.to;
}

const MAX_ATTEMPTS = 20;

export type KpjOutcome =
  | { outcome: 'registered' | 'replaced' | 'already-registered' | 'different-kpj'; claim: NikClaim }
  | { outcome: 'not-in-roster' };

/**
 * What the claims already on a NIK say about a new one, or null when it may be added: the same
 * roster's claim (a resumed submission) is success; an overlapping period of another roster is a
 * clash, naming that roster only to its own regency.
 */
function decide(existing: readonly NikClaim[], claim: NikClaim): ClaimOutcome | null {
  if (existing.some((c) => c.regency === claim.regency && c.rosterId === claim.rosterId)) return { ok: true };
  const clash = existing.find((c) => overlaps(c, claim));
  if (!clash) return null;
  return clash.regency === claim.regency
    ? { ok: false, sameRegency: true, rosterId: clash.rosterId, rosterName: clash.rosterName }
    : { ok: false, sameRegency: false };
}

export class ClaimStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  private async read(nik: string): Promise<ClaimsItem | null> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.table, Key: keys.nikClaims(nik), ConsistentRead: true }),
    );
    return (out.Item as ClaimsItem | undefined) ?? null;
  }

  /**
   * Replaces a NIK's claims only if nobody changed them since `read` returned `previous`
   * (optimistic locking on `version`; no item yet → only if there still is none).
   * A lost race throws a condition failure for the caller to read again.
   */
  private async write(nik: string, claims: NikClaim[], previous: ClaimsItem | null): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.table,
        Item: { ...keys.nikClaims(nik), type: 'nik-claims', claims, version: (previous?.version ?? 0) + 1 },
        ConditionExpression: previous ? 'version = :v' : 'attribute_not_exists(pk)',
        ...(previous ? { ExpressionAttributeValues: { ':v': previous.version } } : {}),
      }),
    );
  }

  async claim(nik: string, claim: NikClaim): Promise<ClaimOutcome> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const item = await this.read(nik);
      const existing = item?.claims ?? [];
      const decided = decide(existing, claim);
      if (decided) return decided;
      try {
        await this.write(nik, [...existing, claim], item);
        return { ok: true };
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        // Someone else wrote this NIK between our read and write: read again and re-decide.
      }
    }
    throw new Error('A NIK claim kept changing under us; try the submission again.');
  }

  /**
   * Claims one NIK nobody may have claimed yet, as a submission does for each eligible row: a
   * conditional put that hands back the existing item when there is one (one write unit, no read
   * first). Only then is the item read and decided on: this roster's own claim (a resumed step)
   * is success; another roster's overlapping claim is the clash; a claim for other months gets
   * this one added beside it.
   */
  async claimFresh(nik: string, claim: NikClaim): Promise<ClaimOutcome> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...keys.nikClaims(nik), type: 'nik-claims', claims: [claim], version: 1 },
          ConditionExpression: 'attribute_not_exists(pk)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { ok: true };
    } catch (error) {
      if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
      const old = (error as { Item?: Record<string, AttributeValue> }).Item;
      const existing = old ? (unmarshall(old) as ClaimsItem).claims : [];
      const decided = decide(existing, claim);
      return decided ?? this.claim(nik, claim);
    }
  }

  /** Removes this roster's claim on a NIK (a withdrawn submission); true when there was one. */
  async release(tenant: Tenant, rosterId: string, nik: string): Promise<boolean> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const item = await this.read(nik);
      const rest = item?.claims.filter((c) => !(c.regency === tenant.regency && c.rosterId === rosterId));
      if (!item || !rest || rest.length === item.claims.length) return false;
      try {
        if (rest.length === 0) {
          await this.doc.send(
            new DeleteCommand({
              TableName: this.table,
              Key: keys.nikClaims(nik),
              ConditionExpression: 'version = :v',
              ExpressionAttributeValues: { ':v': item.version },
            }),
          );
        } else {
          await this.write(nik, rest, item);
        }
        return true;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    }
    throw new Error('A NIK claim kept changing under us; withdraw again.');
  }

  /**
   * Sets the KPJ number on this roster's claim of a NIK, its row and the roster's totals, in one
   * transaction, so the claim, the row and the counts never disagree.
   */
  async setKpj(
    tenant: Tenant,
    rosterId: string,
    nik: string,
    kpj: string,
    replace: boolean,
    totals: (wasRegistered: boolean) => TransactItem | null,
  ): Promise<KpjOutcome> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const item = await this.read(nik);
      const mine = item?.claims.find((c) => c.regency === tenant.regency && c.rosterId === rosterId);
      if (!item || !mine) return { outcome: 'not-in-roster' };
      if (mine.kpj === kpj) return { outcome: 'already-registered', claim: mine };
      if (mine.kpj !== null && !replace) return { outcome: 'different-kpj', claim: mine };
      const wasRegistered = mine.kpj !== null;
      const add = totals(wasRegistered);
      try {
        await transact(this.doc, [
          {
            Put: {
              TableName: this.table,
              Item: {
                ...keys.nikClaims(nik),
                type: 'nik-claims',
                claims: item.claims.map((c) => (c === mine ? { ...c, kpj } : c)),
                version: item.version + 1,
              },
              ConditionExpression: 'version = :v',
              ExpressionAttributeValues: { ':v': item.version },
            },
          },
          {
            Update: {
              TableName: this.table,
              Key: keys.row(tenant, rosterId, mine.chunk, mine.index),
              UpdateExpression: 'SET #status = :registered, kpj = :kpj',
              ConditionExpression: '#status = :was',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: {
                ':registered': 'registered',
                ':kpj': kpj,
                ':was': wasRegistered ? 'registered' : 'eligible',
              },
            },
          },
          ...(add ? [add] : []),
        ]);
        return { outcome: wasRegistered ? 'replaced' : 'registered', claim: mine };
      } catch (error) {
        const codes = cancellationCodes(error);
        if (!codes) throw error;
        // The row is not a covered row of this roster (its claim is stale): nothing to register.
        if (codes[1] === 'ConditionalCheckFailed' && codes[0] !== 'ConditionalCheckFailed')
          return { outcome: 'not-in-roster' };
        // Otherwise the claim item changed under us: read again.
      }
    }
    throw new Error('A NIK claim kept changing under us; try the import again.');
  }

  /** Claims on many NIKs (BatchGetItem, 100 keys per call, unprocessed keys retried). */
  async lookup(niks: readonly string[]): Promise<Map<string, NikClaim[]>> {
    const unique = [...new Set(niks)];
    const found = new Map<string, NikClaim[]>();
    const groups: string[][] = [];
    for (let i = 0; i < unique.length; i += 100) groups.push(unique.slice(i, i + 100));
    await inParallel(groups, 8, async (group) => {
      let pending: Record<string, unknown>[] = group.map((nik) => ({ ...keys.nikClaims(nik) }));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > 0)
          await new Promise((r) => setTimeout(r, Math.random() * Math.min(1000, 20 * 2 ** attempt)));
        if (attempt > 10) throw new Error('DynamoDB kept NIK lookups unprocessed; try again.');
        const out = await this.doc.send(
          new BatchGetCommand({ RequestItems: { [this.table]: { Keys: pending, ConsistentRead: true } } }),
        );
        for (const item of out.Responses?.[this.table] ?? []) {
          found.set(String(item.pk).slice('NIK#'.length), (item as ClaimsItem).claims);
        }
        pending = (out.UnprocessedKeys?.[this.table]?.Keys ?? []) as Record<string, unknown>[];
      }
    });
    return found;
  }
}

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
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
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
      // Re-submitting the same roster (a resumed submit) finds its own claim: nothing to do.
      if (existing.some((c) => c.regency === claim.regency && c.rosterId === claim.rosterId))
        return { ok: true };
      const clash = existing.find((c) => overlaps(c, claim));
      if (clash) {
        return clash.regency === claim.regency
          ? { ok: false, sameRegency: true, rosterId: clash.rosterId, rosterName: clash.rosterName }
          : { ok: false, sameRegency: false };
      }
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
   * Claims many NIKs at once, as submitting a 50,000-row roster needs. NIKs nobody has claimed (the
   * usual case) are written 100 to a transaction, each Put conditional on `attribute_not_exists`;
   * when a transaction is cancelled, its reasons say which NIKs were taken meanwhile, and those
   * (with every NIK that already had claims) go through `claim` one by one. Outcomes are in order.
   */
  async claimMany(entries: readonly { nik: string; claim: NikClaim }[]): Promise<ClaimOutcome[]> {
    const outcomes: ClaimOutcome[] = new Array(entries.length);
    const known = await this.lookup(entries.map((e) => e.nik));
    const seen = new Set<string>();
    const fresh: number[] = [];
    const slow: number[] = [];
    entries.forEach((e, i) => {
      // A NIK twice in one transaction is refused by DynamoDB, so a repeat goes the slow way.
      if (known.has(e.nik) || seen.has(e.nik)) slow.push(i);
      else fresh.push(i);
      seen.add(e.nik);
    });
    const groups: number[][] = [];
    for (let i = 0; i < fresh.length; i += 100) groups.push(fresh.slice(i, i + 100));
    await inParallel(groups, 8, async (group) => {
      let pending = group;
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt >= MAX_ATTEMPTS) {
          slow.push(...pending);
          return;
        }
        try {
          await this.doc.send(
            new TransactWriteCommand({
              TransactItems: pending.map((i) => ({
                Put: {
                  TableName: this.table,
                  Item: {
                    ...keys.nikClaims(entries[i]!.nik),
                    type: 'nik-claims',
                    claims: [entries[i]!.claim],
                    version: 1,
                  },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              })),
            }),
          );
          for (const i of pending) outcomes[i] = { ok: true };
          return;
        } catch (error) {
          const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
          if ((error as { name?: string }).name !== 'TransactionCanceledException' || !reasons) throw error;
          const taken = pending.filter((_, k) => reasons[k]?.Code === 'ConditionalCheckFailed');
          slow.push(...taken);
          pending = pending.filter((_, k) => reasons[k]?.Code !== 'ConditionalCheckFailed');
          await new Promise((r) => setTimeout(r, Math.random() * Math.min(500, 10 * 2 ** attempt)));
        }
      }
    });
    await inParallel(slow, 16, async (i) => {
      outcomes[i] = await this.claim(entries[i]!.nik, entries[i]!.claim);
    });
    return outcomes;
  }

  /** Sets the KPJ number on this roster's claim of a NIK; returns the claim, or null if it has none. */
  async register(tenant: Tenant, rosterId: string, nik: string, kpj: string): Promise<NikClaim | null> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const item = await this.read(nik);
      const mine = item?.claims.find((c) => c.regency === tenant.regency && c.rosterId === rosterId);
      if (!item || !mine) return null;
      try {
        await this.write(
          nik,
          item.claims.map((c) => (c === mine ? { ...c, kpj } : c)),
          item,
        );
        return mine;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
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

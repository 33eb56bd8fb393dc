/**
 * Every DynamoDB key value Rentan writes or reads is built here, and nowhere else.
 *
 * Tenant data lives under `T#<regency>#...`, the regency always taken from the verified token
 * (callers pass `Tenant`, which only the auth middleware makes). The one exception is the NIK
 * claim registry (`NIK#<nik>`): "one person, one entry" spans regencies, so its key cannot carry
 * one; what a regency may see of another's claim is decided in claims.ts.
 *
 * Roster rows are spread over many partitions (roster × chunk × bucket of 100 rows), so a
 * 50,000-row upload writes to ~500 keys and never meets DynamoDB's 1,000 writes/s per key.
 */
import { InputError } from '../../shared/errors';

/** The caller's regency as verified from the token. */
export interface Tenant {
  readonly regency: string;
}

/** Rows per partition key on the write path. */
export const ROWS_PER_BUCKET = 100;

function tenantPrefix(tenant: Tenant): string {
  if (!/^\d{4}$/.test(tenant.regency)) {
    throw new InputError('regency', `A regency code has 4 digits, got "${tenant.regency}".`);
  }
  return `T#${tenant.regency}`;
}

function checkRosterId(rosterId: string): string {
  if (!/^[0-9A-Za-z]{10,40}$/.test(rosterId)) throw new InputError('rosterId', 'Not a roster id.');
  return rosterId;
}

function pad(n: number, width: number): string {
  if (!Number.isInteger(n) || n < 0) throw new InputError('number', `Expected a whole number, got ${n}.`);
  return String(n).padStart(width, '0');
}

export interface Key {
  pk: string;
  sk: string;
}

export const keys = {
  rosterMeta(tenant: Tenant, rosterId: string): Key {
    return { pk: `${tenantPrefix(tenant)}#R#${checkRosterId(rosterId)}`, sk: 'META' };
  },
  /** GSI key listing a regency's rosters; the sort key orders them by creation time. */
  rosterListing(tenant: Tenant, createdAt: string, rosterId: string): { gsi1pk: string; gsi1sk: string } {
    return { gsi1pk: `${tenantPrefix(tenant)}#ROSTERS`, gsi1sk: `${createdAt}#${checkRosterId(rosterId)}` };
  },
  rosterListingPartition(tenant: Tenant): string {
    return `${tenantPrefix(tenant)}#ROSTERS`;
  },
  /** A roster's running totals (functions/store/stats.ts), beside its metadata. */
  rosterTotals(tenant: Tenant, rosterId: string): Key {
    return { pk: keys.rosterMeta(tenant, rosterId).pk, sk: 'TOTALS' };
  },
  chunk(tenant: Tenant, rosterId: string, chunk: number): Key {
    return { pk: keys.rosterMeta(tenant, rosterId).pk, sk: `CHUNK#${pad(chunk, 5)}` };
  },
  chunkPrefix: 'CHUNK#',
  audit(tenant: Tenant, rosterId: string, at: string, id: string): Key {
    return { pk: keys.rosterMeta(tenant, rosterId).pk, sk: `AUDIT#${at}#${id}` };
  },
  auditPrefix: 'AUDIT#',
  /** Regency-wide audit trail (GSI), newest last. */
  auditListing(tenant: Tenant, at: string, id: string): { gsi1pk: string; gsi1sk: string } {
    return { gsi1pk: `${tenantPrefix(tenant)}#AUDIT`, gsi1sk: `${at}#${id}` };
  },
  rowBucket(tenant: Tenant, rosterId: string, chunk: number, bucket: number): string {
    return `${keys.rosterMeta(tenant, rosterId).pk}#C#${pad(chunk, 5)}#B#${pad(bucket, 3)}`;
  },
  /** A row by its chunk and its index within the chunk. */
  row(tenant: Tenant, rosterId: string, chunk: number, index: number): Key {
    return {
      pk: keys.rowBucket(tenant, rosterId, chunk, Math.floor(index / ROWS_PER_BUCKET)),
      sk: pad(index, 4),
    };
  },
  nikClaims(nik: string): Key {
    if (!/^\d{16}$/.test(nik)) throw new InputError('nik', 'A NIK is 16 digits.');
    return { pk: `NIK#${nik}`, sk: 'CLAIMS' };
  },
};

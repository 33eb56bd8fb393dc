/**
 * A chunk's projection: per row, what the whole-roster rules and the totals need (see
 * shared/eligibility/roster-rules.ts), kept compressed on the chunk's record. A submission reads
 * these, about 30 bytes a row, instead of the rows themselves, so a 200,000-row roster is a few
 * megabytes to a worker rather than its full text twice over.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { RowProjection } from '../../shared/eligibility';
import type { FundingSource } from '../../shared/codes';

export interface StoredProjection extends RowProjection {
  funding: FundingSource | null;
  incomeBase: number | null;
}

export function packProjection(rows: readonly StoredProjection[]): Uint8Array {
  return deflateRawSync(Buffer.from(JSON.stringify(rows)));
}

export function unpackProjection(packed: Uint8Array): StoredProjection[] {
  return JSON.parse(inflateRawSync(packed).toString('utf8')) as StoredProjection[];
}

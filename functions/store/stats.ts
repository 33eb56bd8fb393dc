/**
 * A roster's running totals, kept in one item beside its metadata so that a summary is one read
 * however large the roster is: rows by status, by reason, and covered workers by (village,
 * funding source, income base), from which the cost is priced on read.
 *
 * Totals change only by deltas added in the same transaction as the change they count (a chunk
 * completed, a submission step, a KPJ registration), so they cannot drift from the rows: a step
 * that is retried after a crash either committed its delta with its own progress or did not.
 */
import type { Reason, RowStatus } from '../../shared/contracts';
import type { FundingSource } from '../../shared/codes';
import { keys, type Tenant } from './keys';
import type { TransactItem } from './transact';

/** What a row contributes to the totals. */
export interface CountedRow {
  status: RowStatus;
  reasons: readonly Reason[];
  village: string | null;
  funding: FundingSource | null;
  incomeBase: number | null;
}

/** Totals by attribute name: `s:<status>`, `r:<reason code>`, `c:<json [village, funding, income base]>`. */
export type Totals = Record<string, number>;

const COVERED: ReadonlySet<RowStatus> = new Set(['eligible', 'registered']);

export function cellKey(row: Pick<CountedRow, 'village' | 'funding' | 'incomeBase'>): string {
  return `c:${JSON.stringify([row.village, row.funding, row.incomeBase])}`;
}

export function totalsOf(rows: Iterable<CountedRow>): Totals {
  const totals: Totals = {};
  const add = (name: string, n = 1) => (totals[name] = (totals[name] ?? 0) + n);
  for (const row of rows) {
    add(`s:${row.status}`);
    for (const reason of row.reasons) add(`r:${reason.code}`);
    if (COVERED.has(row.status)) add(cellKey(row));
  }
  return totals;
}

/** after − before, without the names that did not change. */
export function difference(after: Totals, before: Totals = {}): Totals {
  const delta: Totals = {};
  for (const name of new Set([...Object.keys(after), ...Object.keys(before)])) {
    const d = (after[name] ?? 0) - (before[name] ?? 0);
    if (d !== 0) delta[name] = d;
  }
  return delta;
}

/**
 * Most names one update may add: DynamoDB caps an expression at 4 KB, and each `#n0 :v0, ` term
 * takes about 12 characters. A chunk of one regency's roster touches far fewer villages.
 */
export const MAX_TOTALS_PER_UPDATE = 300;

export class TooManyTotalsError extends Error {
  constructor(readonly names: number) {
    super(
      `One chunk spans ${names} villages, funding sources and income bases together; ` +
        'send fewer rows per chunk (rows of fewer villages).',
    );
  }
}

/** The transaction item that adds `delta` to a roster's totals, or null when nothing changes. */
export function addTotals(
  table: string,
  tenant: Tenant,
  rosterId: string,
  delta: Totals,
): TransactItem | null {
  const names = Object.keys(delta);
  if (names.length === 0) return null;
  if (names.length > MAX_TOTALS_PER_UPDATE) throw new TooManyTotalsError(names.length);
  const attributeNames: Record<string, string> = {};
  const values: Record<string, number> = {};
  const terms = names.map((name, i) => {
    attributeNames[`#n${i}`] = name;
    values[`:v${i}`] = delta[name]!;
    return `#n${i} :v${i}`;
  });
  return {
    Update: {
      TableName: table,
      Key: keys.rosterTotals(tenant, rosterId),
      UpdateExpression: `ADD ${terms.join(', ')}`,
      ExpressionAttributeNames: attributeNames,
      ExpressionAttributeValues: values,
    },
  };
}

/** The totals part of a stored totals item (its key attributes left out, zeros dropped). */
export function readTotals(item: Record<string, unknown> | undefined): Totals {
  const totals: Totals = {};
  for (const [name, value] of Object.entries(item ?? {})) {
    if (typeof value === 'number' && value !== 0 && /^[src]:/.test(name)) totals[name] = value;
  }
  return totals;
}

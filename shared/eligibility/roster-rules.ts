/**
 * Eligibility in two steps, for rosters that arrive in chunks (the HTTP API): what a row says on
 * its own is judged once, when its chunk arrives, and kept as a small projection; the rules that
 * need the whole roster (one person one entry, village quotas) then run over the projections of
 * every chunk. `applyRosterRules(projections of each chunk)` gives the same verdicts as
 * `checkRoster(all rows)` (a property test holds the two together), so a submission never needs
 * the full rows again.
 */
import { readNik } from '../nik';
import type { RosterRow } from '../roster/schema';
import { FirstRows } from './first-rows';
import { applyVillageQuota, memoKey } from './check';
import { requirePolicy, type EligibilityPolicy } from './policy';
import type { Finding, RowVerdict } from './verdict';

/** What the whole-roster rules need of one row. */
export interface RowProjection {
  blank: boolean;
  /** The NIK's digits as read (valid or not): duplicates are compared on them. */
  digits: string | null;
  /** The 16 digits when the NIK is valid. */
  nik: string | null;
  /** Reasons the row has on its own (never NIK_DUPLICATE or QUOTA_EXCEEDED). */
  reasons: Finding[];
  /** Where NIK_DUPLICATE goes among `reasons`: after the NIK's own issues, as checkRoster orders them. */
  dupAt: number;
  warnings: Finding[];
  district: string | null;
  village: string | null;
  decile: number | null;
}

const ROSTER_WIDE = new Set(['NIK_DUPLICATE', 'QUOTA_EXCEEDED']);

/**
 * Projections of rows checked together by checkRoster (without `problems`, as the API checks
 * them): the roster-wide findings are dropped, to be decided again over the whole roster.
 */
export function projectRows(rows: readonly RosterRow[], verdicts: readonly RowVerdict[]): RowProjection[] {
  return verdicts.map((v, i) => {
    const row = rows[i]!;
    const read = v.status === 'blank' ? null : readNik(row.nik, {});
    return {
      blank: v.status === 'blank',
      digits: read === null ? null : read.ok ? read.nik : read.digits || null,
      nik: v.nik ?? null,
      reasons: v.reasons.filter((r) => !ROSTER_WIDE.has(r.code)),
      dupAt: read === null || read.ok ? 0 : read.issues.length,
      warnings: [...v.warnings],
      district: row.district,
      village: row.village,
      decile: row.decile,
    };
  });
}

/**
 * Verdicts of the whole roster from its rows' projections, in roster order. `rowNumbers` names
 * each row as the user numbers it (duplicates point at it); by default 1, 2, 3 ...
 */
export function applyRosterRules(
  projections: readonly RowProjection[],
  policy: EligibilityPolicy,
  rowNumbers?: readonly number[],
): RowVerdict[] {
  const p = requirePolicy(policy);
  const numberOf = (i: number) => rowNumbers?.[i] ?? i + 1;
  const firstOf = new FirstRows(projections.length);
  const verdicts: RowVerdict[] = projections.map((row, i) => {
    if (row.blank) return { row: numberOf(i), status: 'blank', reasons: [], warnings: [] };
    let reasons = row.reasons;
    let duplicateOf: number | undefined;
    if (row.digits !== null) {
      // FirstRows numbers from 1 in list order; the user's row number is applied after.
      const first = firstOf.firstOrAdd(row.digits, i + 1);
      if (first !== undefined) {
        duplicateOf = numberOf(first - 1);
        reasons = [
          ...reasons.slice(0, row.dupAt),
          { code: 'NIK_DUPLICATE', params: { firstRow: duplicateOf } },
          ...reasons.slice(row.dupAt),
        ];
      }
    }
    const verdict: RowVerdict = {
      row: numberOf(i),
      status: reasons.length > 0 ? 'rejected' : 'eligible',
      reasons,
      warnings: row.warnings,
    };
    if (row.nik !== null) verdict.nik = row.nik;
    if (duplicateOf !== undefined) verdict.duplicateOf = duplicateOf;
    return verdict;
  });
  if (p.villageQuota !== null) applyVillageQuota(projections, verdicts, p.villageQuota, memoKey());
  return verdicts;
}

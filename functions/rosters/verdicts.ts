/**
 * From shared/eligibility's verdicts to what the API stores and returns. The rules themselves live
 * in shared/; this only attaches row numbers and masks NIKs.
 */
import { checkRoster, type EligibilityPolicy } from '../../shared/eligibility';
import { maskNik } from '../../shared/nik';
import type { RosterRow } from '../../shared/roster/schema';
import {
  emptyCounts,
  type Reason,
  type RowResult,
  type RowStatus,
  type StatusCounts,
} from '../../shared/contracts';

export interface Verdict {
  status: RowStatus;
  reasons: Reason[];
  warnings: Reason[];
  /** The normalised NIK when it could be read. */
  nik: string | null;
  /** Position (0-based, in the checked list) of the first occurrence, for a duplicate. */
  duplicateOf: number | null;
}

/** Checks rows in order; `asOf` is the first day of coverage. */
export function checkRows(rows: readonly RosterRow[], policy: EligibilityPolicy, asOf: string): Verdict[] {
  // A row sent with every field empty is a blank line of the sheet, not a worker with no NIK.
  const blank = rows.map((row) => Object.values(row).every((value) => value === null));
  return checkRoster(rows, policy, { asOf }, blank).map((v) => ({
    status: v.status,
    reasons: v.reasons.map((r) => ({ code: r.code, params: { ...(r.params ?? {}) } })),
    warnings: v.warnings.map((r) => ({ code: r.code, params: { ...(r.params ?? {}) } })),
    nik: v.nik ?? null,
    // shared/eligibility numbers rows from 1 in the list it was given.
    duplicateOf: v.duplicateOf === undefined ? null : v.duplicateOf - 1,
  }));
}

export function maskedNik(raw: RosterRow['nik']): string | null {
  if (raw === null || raw === undefined) return null;
  return maskNik(String(raw));
}

export function rowResult(
  row: number,
  data: RosterRow,
  v: Verdict,
  duplicateOfRow: number | null,
): RowResult {
  return {
    row,
    status: v.status,
    reasons: v.reasons,
    warnings: v.warnings,
    nikMasked: maskedNik(data.nik),
    duplicateOf: duplicateOfRow,
  };
}

export function countStatuses(statuses: Iterable<RowStatus>): StatusCounts {
  const counts = emptyCounts();
  for (const s of statuses) counts[s]++;
  return counts;
}

export function countReasons(reasonLists: Iterable<readonly Reason[]>): Record<string, number> {
  const byReason: Record<string, number> = {};
  for (const list of reasonLists) for (const r of list) byReason[r.code] = (byReason[r.code] ?? 0) + 1;
  return byReason;
}

/**
 * From shared/eligibility's verdicts to what the API stores and returns. The rules themselves live
 * in shared/; this only attaches row numbers and masks NIKs.
 */
import {
  applyRosterRules,
  checkRoster,
  projectRows,
  type EligibilityPolicy,
  type Finding,
  type RowVerdict,
} from '../../shared/eligibility';
import type { StoredProjection } from '../store/projection';
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
  /** For a duplicate, the roster row number of the first occurrence. */
  duplicateOf: number | null;
}

function reason(finding: Finding): Reason {
  return { code: finding.code, params: { ...(finding.params ?? {}) } };
}

/** A shared/eligibility verdict as the API stores and returns it. */
export function storedVerdict(v: RowVerdict): Verdict {
  return {
    status: v.status,
    reasons: v.reasons.map(reason),
    warnings: v.warnings.map(reason),
    nik: v.nik ?? null,
    duplicateOf: v.duplicateOf ?? null,
  };
}

/**
 * Checks one chunk on its own (`asOf` is the first day of coverage): its verdicts, numbered by
 * roster row, and its projection for the whole-roster check at submission.
 */
export function checkChunk(
  rows: readonly RosterRow[],
  policy: EligibilityPolicy,
  asOf: string,
  firstRow: number,
): { verdicts: Verdict[]; projections: StoredProjection[] } {
  // A row sent with every field empty is a blank line of the sheet, not a worker with no NIK.
  const blank = rows.map((row) => Object.values(row).every((value) => value === null));
  const own = checkRoster(rows, policy, { asOf }, blank);
  const projections = projectRows(rows, own).map((p, i) => ({
    ...p,
    funding: rows[i]!.funding,
    incomeBase: rows[i]!.incomeBase,
  }));
  const rowNumbers = rows.map((_, i) => firstRow + i);
  return { verdicts: applyRosterRules(projections, policy, rowNumbers).map(storedVerdict), projections };
}

export function maskedNik(raw: RosterRow['nik']): string | null {
  if (raw === null || raw === undefined) return null;
  return maskNik(String(raw));
}

export function rowResult(row: number, data: RosterRow, v: Verdict): RowResult {
  return {
    row,
    status: v.status,
    reasons: v.reasons,
    warnings: v.warnings,
    nikMasked: maskedNik(data.nik),
    duplicateOf: v.duplicateOf,
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

/**
 * The one JSON object `rentan check --json` prints (design.md §3): a stable shape for scripts.
 * `rows` counts worker rows (blank and ignored rows left out); `headerRow` is the sheet's 1-based
 * row number; `cost` is null unless a cost was asked for.
 */
import type { ReasonCode } from '../../shared/reasons';
import type { CheckedRoster } from './run-check';

export interface CheckJson {
  file: string;
  sheet: string | null;
  headerRow: number;
  rows: number;
  eligible: number;
  waitlisted: number;
  rejected: number;
  byReason: Partial<Record<ReasonCode, number>>;
  cost: number | null;
}

export function reportJson(checked: CheckedRoster): CheckJson {
  const { summary } = checked;
  return {
    file: checked.request.file,
    sheet: checked.located.sheet,
    headerRow: checked.headerRow,
    rows: checked.kinds.workers.length,
    eligible: summary.eligible,
    waitlisted: summary.waitlisted,
    rejected: summary.rejected,
    byReason: summary.byReason,
    cost: checked.cost === null ? null : checked.cost.total,
  };
}

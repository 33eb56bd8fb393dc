/** Counting verdicts for a roster summary (the task pane, the API and RENTAN.ELIGIBLE). */
import { InputError, describe } from '../errors';
import type { ReasonCode } from '../reasons';
import type { RowVerdict } from './verdict';

export interface VerdictSummary {
  eligible: number;
  waitlisted: number;
  rejected: number;
  blank: number;
  /** Rows carrying each code, reasons and warnings alike (a row counts once per code). */
  byReason: Partial<Record<ReasonCode, number>>;
}

export function summariseVerdicts(verdicts: readonly RowVerdict[]): VerdictSummary {
  if (!Array.isArray(verdicts as unknown)) {
    throw new InputError(
      'verdicts',
      `verdicts must be the list checkRoster returned, got ${describe(verdicts)}.`,
    );
  }
  const summary: VerdictSummary = { eligible: 0, waitlisted: 0, rejected: 0, blank: 0, byReason: {} };
  for (const v of verdicts) {
    summary[v.status] += 1;
    const codes = new Set<ReasonCode>();
    for (const f of v.reasons) codes.add(f.code);
    for (const f of v.warnings) codes.add(f.code);
    for (const code of codes) summary.byReason[code] = (summary.byReason[code] ?? 0) + 1;
  }
  return summary;
}

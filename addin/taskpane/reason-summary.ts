/**
 * The check's result grouped by reason for the pane: each code with its rows and one sentence.
 * A sentence's figures are filled where every row agrees (the policy's minimum age) and left as
 * "…" where rows differ (each row's own age), so one line speaks for all its rows.
 */
import type { RowVerdict } from '../../shared/eligibility';
import { REASONS, reasonText, type ReasonCode, type ReasonParams } from '../../shared/reasons';
import type { PaneLanguage } from '../workbook';

export interface ReasonGroup {
  code: ReasonCode;
  /** 1-based data rows carrying the code. */
  rows: number[];
  sentence: string;
}

function collect(verdicts: readonly RowVerdict[], pick: (v: RowVerdict) => RowVerdict['reasons']) {
  const groups = new Map<ReasonCode, { rows: number[]; params: Map<string, Set<string>> }>();
  for (const verdict of verdicts) {
    for (const finding of pick(verdict)) {
      let group = groups.get(finding.code);
      if (!group) groups.set(finding.code, (group = { rows: [], params: new Map() }));
      if (group.rows[group.rows.length - 1] !== verdict.row) group.rows.push(verdict.row);
      for (const [key, value] of Object.entries(finding.params ?? {})) {
        const seen = group.params.get(key) ?? new Set<string>();
        seen.add(String(value));
        group.params.set(key, seen);
      }
    }
  }
  return groups;
}

function groupsOf(
  verdicts: readonly RowVerdict[],
  lang: PaneLanguage,
  pick: (v: RowVerdict) => RowVerdict['reasons'],
): ReasonGroup[] {
  return [...collect(verdicts, pick)]
    .map(([code, { rows, params }]) => {
      const shared: Record<string, string> = {};
      for (const [key, values] of params) shared[key] = values.size === 1 ? [...values][0]! : '…';
      return { code, rows, sentence: reasonText(code, lang, shared as ReasonParams) };
    })
    .sort((a, b) => b.rows.length - a.rows.length || a.code.localeCompare(b.code));
}

/** Reasons rows are rejected or waitlisted for, most rows first. */
export function reasonGroups(verdicts: readonly RowVerdict[], lang: PaneLanguage): ReasonGroup[] {
  return groupsOf(verdicts, lang, (v) => v.reasons);
}

/** Warnings (likely typos that do not stop a row), most rows first. */
export function warningGroups(verdicts: readonly RowVerdict[], lang: PaneLanguage): ReasonGroup[] {
  return groupsOf(verdicts, lang, (v) => v.warnings).filter((g) => REASONS[g.code].severity === 'warning');
}

/**
 * The findings of a checked roster as the user reads them: sentences in their language with row
 * numbers of the sheet (not of the table), grouped by reason with the first rows of each.
 */
import type { Finding } from '../../shared/eligibility';
import { REASONS, reasonText, type ReasonCode } from '../../shared/reasons';
import { sheetRowOf, type CheckedRoster } from './run-check';
import type { Lang } from './labels';

/** A finding's sentence; a row it points to ("already listed on row …") becomes a sheet row. */
export function findingText(finding: Finding, lang: Lang, checked: Pick<CheckedRoster, 'headerRow'>): string {
  const params = finding.params;
  if (params && typeof params.firstRow === 'number') {
    return reasonText(finding.code, lang, { ...params, firstRow: sheetRowOf(checked, params.firstRow - 1) });
  }
  return reasonText(finding.code, lang, params);
}

export interface ReasonGroup {
  code: ReasonCode;
  warning: boolean;
  /** Rows carrying the code (a row counts once). */
  count: number;
  /** Data-row indices of the first rows carrying it, in roster order. */
  firstRows: number[];
  /** The sentence of each of those rows, in the same order. */
  sentences: string[];
}

/** Reasons first (most rows first), then warnings; at most `perReason` rows remembered for each. */
export function groupFindings(checked: CheckedRoster, lang: Lang, perReason: number): ReasonGroup[] {
  const groups = new Map<ReasonCode, ReasonGroup>();
  checked.verdicts.forEach((verdict, index) => {
    const seen = new Set<ReasonCode>();
    for (const finding of [...verdict.reasons, ...verdict.warnings]) {
      if (seen.has(finding.code)) continue;
      seen.add(finding.code);
      let group = groups.get(finding.code);
      if (!group) {
        group = {
          code: finding.code,
          warning: REASONS[finding.code].severity === 'warning',
          count: 0,
          firstRows: [],
          sentences: [],
        };
        groups.set(finding.code, group);
      }
      group.count += 1;
      if (group.firstRows.length < perReason) {
        group.firstRows.push(index);
        group.sentences.push(findingText(finding, lang, checked));
      }
    }
  });
  return [...groups.values()].sort((a, b) => Number(a.warning) - Number(b.warning) || b.count - a.count);
}

/** All findings of one row as one cell's text: "CODE: sentence; CODE: sentence". */
export function rowFindingsText(checked: CheckedRoster, index: number, lang: Lang): string {
  const verdict = checked.verdicts[index]!;
  return [...verdict.reasons, ...verdict.warnings]
    .map((finding) => `${finding.code}: ${findingText(finding, lang, checked)}`)
    .join('; ');
}

/**
 * The findings of a checked roster as the user reads them: sentences in their language with row
 * numbers of the sheet (not of the table), grouped by reason with the first rows of each.
 */
import type { Finding } from '../../shared/eligibility';
import { REASONS, reasonText, type ReasonCode, type ReasonParams } from '../../shared/reasons';
import { sheetRowOf, type CheckedRoster } from './run-check';
import type { Lang } from './labels';

/** A finding's parameters as the user reads them: a row it points to is a sheet row. */
function displayParams(finding: Finding, checked: Pick<CheckedRoster, 'headerRow'>): ReasonParams {
  const params = finding.params ?? {};
  if (typeof params.firstRow === 'number')
    return { ...params, firstRow: sheetRowOf(checked, params.firstRow - 1) };
  return params;
}

/** A finding's sentence in the user's language, with sheet row numbers. */
export function findingText(finding: Finding, lang: Lang, checked: Pick<CheckedRoster, 'headerRow'>): string {
  return reasonText(finding.code, lang, displayParams(finding, checked));
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
  /** One sentence for all its rows: what differs between rows ("Usia … tahun") left as "…". */
  summary: string;
}

/** A placeholder value that differs between the rows of a reason. */
const VARIES = '…';

/** Reasons first (most rows first), then warnings; at most `perReason` rows remembered for each. */
export function groupFindings(checked: CheckedRoster, lang: Lang, perReason: number): ReasonGroup[] {
  const groups = new Map<ReasonCode, ReasonGroup>();
  // Per reason, each parameter's value while every row agrees on it, VARIES once two rows differ.
  const shared = new Map<ReasonCode, Map<string, string | number>>();
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
          summary: '',
        };
        groups.set(finding.code, group);
        shared.set(finding.code, new Map(Object.entries(displayParams(finding, checked))));
      } else {
        const common = shared.get(finding.code)!;
        const params = displayParams(finding, checked);
        for (const [key, value] of common) if (params[key] !== value) common.set(key, VARIES);
      }
      group.count += 1;
      if (group.firstRows.length < perReason) {
        group.firstRows.push(index);
        group.sentences.push(findingText(finding, lang, checked));
      }
    }
  });
  for (const group of groups.values()) {
    group.summary = reasonText(group.code, lang, Object.fromEntries(shared.get(group.code)!));
  }
  return [...groups.values()].sort((a, b) => Number(a.warning) - Number(b.warning) || b.count - a.count);
}

/** All findings of one row as one cell's text: "CODE: sentence; CODE: sentence". */
export function rowFindingsText(checked: CheckedRoster, index: number, lang: Lang): string {
  const verdict = checked.verdicts[index]!;
  return [...verdict.reasons, ...verdict.warnings]
    .map((finding) => `${finding.code}: ${findingText(finding, lang, checked)}`)
    .join('; ');
}

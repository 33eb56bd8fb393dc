/**
 * How one roster verdict reads in the cell CHECK spills (a stable format: people filter on it).
 *
 *   ""                                   a blank row
 *   OK                                   eligible
 *   OK [NIK_REGION_MISMATCH]             eligible, with warnings to look at in brackets
 *   NIK_DUPLICATE(row 3); AGE_BELOW_MIN  rejected or waitlisted: every reason, in order
 *   AGE_BELOW_MIN [NIK_SEX_MISMATCH]     reasons, then warnings in brackets
 *
 * So COUNTIF(range, "OK*") counts eligible rows, and a cell never starts with OK unless the row
 * is eligible. Rows are numbered as CHECK's own output is: row 1 is the first row under the
 * headers. Codes are those of shared/reasons.ts; their sentences are in the task pane and README.
 */
import type { Finding, RowVerdict } from '../../shared/eligibility';

function findingText(finding: Finding): string {
  // Only the duplicate's first row is needed to act on a code; the other parameters are in the sentence.
  if (finding.code === 'NIK_DUPLICATE' && finding.params?.firstRow !== undefined) {
    return `NIK_DUPLICATE(row ${finding.params.firstRow})`;
  }
  return finding.code;
}

export function checkCellText(verdict: RowVerdict): string {
  if (verdict.status === 'blank') return '';
  const head = verdict.status === 'eligible' ? 'OK' : verdict.reasons.map(findingText).join('; ');
  if (verdict.warnings.length === 0) return head;
  return `${head} [${verdict.warnings.map(findingText).join('; ')}]`;
}

/**
 * The words Rentan writes into the sheet: a status per row and the reasons as sentences, in the
 * pane's language (shared/reasons has every sentence in both). The highlight rule matches the
 * status words of both languages, so switching language and writing again keeps it working.
 */
import type { Finding, RowStatus } from '../../shared/eligibility';
import { reasonText } from '../../shared/reasons';
import type { PaneLanguage, RowOutcome } from './types';

export const STATUS_WORDS: Readonly<Record<PaneLanguage, Readonly<Record<RowStatus, string>>>> = {
  id: { eligible: 'Layak', rejected: 'Ditolak', waitlisted: 'Daftar tunggu', blank: '' },
  en: { eligible: 'Eligible', rejected: 'Rejected', waitlisted: 'Waitlisted', blank: '' },
};

/** The two column headers, in each language; either is recognised as Rentan's own column. */
export const RESULT_HEADERS: Readonly<Record<PaneLanguage, readonly [status: string, reasons: string]>> = {
  id: ['Status Rentan', 'Alasan Rentan'],
  en: ['Rentan status', 'Rentan reasons'],
};

const WARNING_LABEL: Readonly<Record<PaneLanguage, string>> = { id: 'Perhatikan', en: 'Note' };

/** A row the sheet has but the check did not see (added, or its NIK changed since): check again. */
export const CHECK_AGAIN: Readonly<Record<PaneLanguage, string>> = {
  id: 'Baris ini berubah setelah diperiksa; periksa ulang.',
  en: 'This row changed after the check; check again.',
};

export function isResultHeader(text: string): boolean {
  const t = text.trim().toLowerCase();
  return Object.values(RESULT_HEADERS).some((pair) => pair.some((h) => h.toLowerCase() === t));
}

function sentences(findings: readonly Finding[], lang: PaneLanguage): string {
  return findings.map((f) => reasonText(f.code, lang, f.params)).join(' ');
}

/** [status, reasons] for one row: reasons first, warnings after them, marked as such. */
export function outcomeCells(outcome: RowOutcome, lang: PaneLanguage): [string, string] {
  const status = STATUS_WORDS[lang][outcome.status];
  const reasons = sentences(outcome.reasons, lang);
  const warnings =
    outcome.warnings.length > 0 ? `${WARNING_LABEL[lang]}: ${sentences(outcome.warnings, lang)}` : '';
  return [status, reasons && warnings ? `${reasons} ${warnings}` : reasons || warnings];
}

/** The statuses the highlight rule marks, in every language. */
export function highlightedWords(): string[] {
  return Object.values(STATUS_WORDS).flatMap((words) => [words.rejected, words.waitlisted]);
}

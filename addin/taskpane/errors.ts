/** Any error from the workbook or Excel as a sentence in the pane's language. */
import { WorkbookError } from '../workbook';
import type { Dictionary } from './i18n';

export function errorSentence(t: Dictionary, error: unknown): string {
  if (error instanceof WorkbookError) return t.errors[error.problem];
  return t.errors.generic(error instanceof Error ? error.message : String(error));
}

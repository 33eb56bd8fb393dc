/**
 * Why the workbook could not do what the pane asked, as a code the pane turns into a sentence in
 * its language. Excel's own errors (OfficeExtension.Error) pass through unchanged.
 */
export type WorkbookProblem =
  /** The active sheet has nothing on it. */
  | 'EMPTY_SHEET'
  /** No row near the top names a NIK column. */
  | 'NO_HEADER_ROW'
  /** The header row is no longer where the roster was read (rows inserted or deleted above it). */
  | 'ROSTER_MOVED'
  /** The roster's sheet was renamed or deleted since it was read. */
  | 'SHEET_GONE';

export class WorkbookError extends Error {
  override readonly name = 'WorkbookError';
  constructor(
    readonly problem: WorkbookProblem,
    message: string,
  ) {
    super(message);
  }
}

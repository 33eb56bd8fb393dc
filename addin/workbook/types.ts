/**
 * What the task pane asks of the workbook, with no Excel in sight: the pane's components receive
 * a `RosterWorkbook` (the Excel one from `createExcelWorkbook`, or an in-page fake in browser
 * tests) and never call Office themselves.
 */
import type { Finding, RowStatus } from '../../shared/eligibility';
import type { RosterField } from '../../shared/roster';

export type PaneLanguage = 'id' | 'en';

/** Where a roster sits in the workbook. Rows and columns are 0-based sheet indexes. */
export interface RosterPlace {
  sheet: string;
  /** The Excel table's name when the roster is a table; null for a plain range. */
  table: string | null;
  /** The header row (title rows above it are not part of the roster). */
  headerRow: number;
  firstColumn: number;
  /** Roster columns, without the status and reasons columns Rentan writes beside them. */
  columnCount: number;
  /** Data rows under the header, up to the last used row. */
  rowCount: number;
  /** The header cells as text, one per roster column. */
  headers: string[];
  /** Sheet column of the status column; the reasons column is the one after it. */
  resultColumn: number;
  /** JSON bytes per data row seen while finding the roster; sizes the first read block. */
  bytesPerRow?: number;
}

/** A roster as read: the values the checks need, and what finds each row again later. */
export interface RosterSnapshot {
  place: RosterPlace;
  /** Header row first, then one array per data row: the shape shared/roster's readRoster takes. */
  values: unknown[][];
  /**
   * Roster-relative column of the NIK (null when none is known): rows are found again by it after
   * a sort. Set from the header names when read; the pane replaces it when a person remaps NIK.
   */
  nikColumn: number | null;
}

/** What to write beside one data row: `row` is 1-based, as in shared/eligibility's verdicts. */
export interface RowOutcome {
  row: number;
  status: RowStatus;
  reasons: readonly Finding[];
  warnings: readonly Finding[];
}

export interface Progress {
  done: number;
  total: number;
}

export interface BlockOptions {
  onProgress?: (progress: Progress) => void;
}

export interface WriteReport {
  /** Rows that got a status. */
  written: number;
  /** True when the sheet had changed since the read and rows were found by NIK. */
  matchedByNik: boolean;
  /** Rows found in the sheet that no outcome could be matched to (marked "check again"). */
  unmatched: number;
}

export interface SelectReport {
  /** Rows asked for that were found in the sheet. */
  found: number;
  /** Rows actually selected (Excel caps how many separate areas one selection may have). */
  selected: number;
}

/** The header match a person confirmed or corrected: field → header text of its column. */
export interface HeaderMapping {
  sheet: string;
  columns: Partial<Record<RosterField, string>>;
}

/**
 * How far a submission got, so it resumes after the pane, the workbook or Excel was closed. The
 * submission protocol (client/) decides what "chunk" means; the workbook only keeps the numbers.
 */
export interface SubmissionProgress {
  rosterId: string;
  totalRows: number;
  chunkRows: number;
  /** Chunks the server has acknowledged, counted from the first. */
  chunksDone: number;
  state: 'uploading' | 'submitting' | 'submitted';
  /** ISO time of the last acknowledged step, as told by the caller (the workbook reads no clock). */
  updatedAt: string;
}

/** What Rentan remembers per workbook (document settings travel with the file). */
export interface WorkbookMemory {
  headerMapping: HeaderMapping | null;
  rosterId: string | null;
  submission: SubmissionProgress | null;
}

export interface RosterWorkbook {
  /** The roster on the active sheet: the Excel table at the selection, or the sheet's used range. */
  findRoster(): Promise<RosterPlace>;
  /** Reads the roster in blocks sized to stay well under Excel on the web's request limit. */
  readRoster(place: RosterPlace, options?: BlockOptions): Promise<RosterSnapshot>;
  /** Writes the status and reasons columns beside the roster and highlights rejected and waitlisted rows. */
  writeResults(
    snapshot: RosterSnapshot,
    outcomes: readonly RowOutcome[],
    lang: PaneLanguage,
    options?: BlockOptions,
  ): Promise<WriteReport>;
  /** Selects one data row (1-based), wherever a sort has moved it. False when it is gone. */
  goToRow(snapshot: RosterSnapshot, row: number): Promise<boolean>;
  /** Selects the given data rows (1-based), e.g. every row with one reason. */
  selectRows(snapshot: RosterSnapshot, rows: readonly number[]): Promise<SelectReport>;
  recall(): Promise<WorkbookMemory>;
  /** Saves the given parts of the memory; null forgets a part. */
  remember(patch: Partial<WorkbookMemory>): Promise<void>;
}

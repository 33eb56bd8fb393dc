/** What eligibility says about each roster row. */
import type { ReasonCode, ReasonParams } from '../reasons';

export type RowStatus = 'eligible' | 'waitlisted' | 'rejected' | 'blank';

export interface Finding {
  code: ReasonCode;
  params?: ReasonParams;
}

export interface RowVerdict {
  /** 1-based data row number as the user sees it in the roster (1 = the row below the headers). */
  row: number;
  status: RowStatus;
  /**
   * Why the row is rejected or waitlisted; every one that applies, not just the first. Read-only:
   * rows without findings share one frozen empty list.
   */
  reasons: readonly Finding[];
  /** Likely typos and facts worth a look that do not stop the row (region, birth date, sex ...). */
  warnings: readonly Finding[];
  /** The 16 digits when the NIK is valid. */
  nik?: string;
  /** For NIK_DUPLICATE: the row number of the NIK's first occurrence. */
  duplicateOf?: number;
}

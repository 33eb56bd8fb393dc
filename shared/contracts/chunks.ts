/**
 * Uploading a roster's rows in chunks, and the per-row verdicts that come back.
 *
 * A chunk is 1 to 2,000 rows (Lambda's 6 MB payload and the 30 s API timeout set the ceiling).
 * Chunks are idempotent by number: the same body again returns the same result and writes
 * nothing; a different body under a number already used is refused (409).
 */
import * as z from 'zod';
import { RosterRowSchema } from '../roster';
import { ReasonSchema, RosterIdSchema } from './common';
import { RosterSchema } from './rosters';

export const MAX_CHUNK_ROWS = 2_000;
export const MAX_CHUNK_NUMBER = 10_000;

/** Row verdicts; `registered` once BPJS's participant number (KPJ) has been imported. */
export const ROW_STATUSES = ['eligible', 'waitlisted', 'rejected', 'blank', 'registered'] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

export const ChunkNumberSchema = z.coerce.number().int().min(1).max(MAX_CHUNK_NUMBER);

/** Highest roster row number: 10,000 chunks of 2,000 rows, with room for gaps. */
export const MAX_ROW_NUMBER = 100_000_000;

/**
 * A NIK over the API is text. A JSON number cannot hold one safely (above 2^53 digits change in
 * transit, and a NIK that went through Excel's 15 digits has already lost its last one), so a
 * number is refused with a sentence; clients send a cell that held a number as Excel shows it
 * (`nikForUpload` in shared/nik), and the check then says "precision lost" for that row.
 */
export const UploadNikSchema = z.union(
  [z.string().max(40, 'A NIK is 16 digits; this text is far longer.'), z.null()],
  {
    error: (issue) =>
      typeof issue.input === 'number'
        ? 'Send the NIK as text in quotes ("6203..."): as a JSON number it loses digits.'
        : 'The NIK must be text (or null when the row has none).',
  },
);

/** One row as uploaded: the roster row, with the NIK as text. */
export const UploadRowSchema = RosterRowSchema.extend({ nik: UploadNikSchema });

export const ChunkUploadRequestSchema = z.object({
  /** Optional echo of the chunk number in the path; when given it must match. */
  chunk: z.number().int().min(1).max(MAX_CHUNK_NUMBER).optional(),
  /**
   * The roster row number of rows[0] (1 = the first data row under the header). Chunks of one
   * roster may not overlap: each row number belongs to one chunk.
   */
  firstRow: z.number().int().min(1).max(MAX_ROW_NUMBER),
  rows: z.array(UploadRowSchema).min(1).max(MAX_CHUNK_ROWS),
});

/**
 * One row's verdict. The NIK comes back masked (`6203********0001`): the client matches results
 * by row number, so the full identity number need not travel back or sit in proxies' logs.
 */
export const RowResultSchema = z.object({
  row: z.number().int(),
  status: z.enum(ROW_STATUSES),
  reasons: z.array(ReasonSchema),
  warnings: z.array(ReasonSchema),
  nikMasked: z.string().nullable(),
  /** For a duplicate, the row number of the first occurrence. */
  duplicateOf: z.number().int().nullable(),
});

export const StatusCountsSchema = z.object({
  eligible: z.number().int(),
  waitlisted: z.number().int(),
  rejected: z.number().int(),
  blank: z.number().int(),
  registered: z.number().int(),
});

export const ChunkResultSchema = z.object({
  rosterId: RosterIdSchema,
  chunk: z.number().int(),
  firstRow: z.number().int(),
  rowCount: z.number().int(),
  counts: StatusCountsSchema,
  rows: z.array(RowResultSchema),
});

/**
 * Submitting answers at once (202): the roster is locked (`submitting`) and a job re-checks it and
 * claims its NIKs in the background; poll the roster for `progress` until it is `submitted`.
 * Row details are read with the rows list, counts with the summary.
 */
export const SubmitResultSchema = z.object({
  roster: RosterSchema,
});

/** One stored row as the rows list shows it to the roster's own regency. */
export const RosterRowViewSchema = z.object({
  row: z.number().int(),
  chunk: z.number().int(),
  status: z.enum(ROW_STATUSES),
  reasons: z.array(ReasonSchema),
  warnings: z.array(ReasonSchema),
  nik: z.string(),
  name: z.string(),
  village: z.string(),
  kpj: z.string().nullable(),
});

export const RowsQuerySchema = z.object({
  status: z.enum(ROW_STATUSES).optional(),
});

/**
 * The chunks the server holds for a roster: a client resuming an upload sends only the others
 * (and sends `pending` ones again with the same rows, which completes them). `hash` is the
 * SHA-256 (base64url) of `{"firstRow":..,"rows":[..]}` as sent.
 */
export const ChunkListingSchema = z.object({
  items: z.array(
    z.object({
      chunk: z.number().int(),
      firstRow: z.number().int(),
      rowCount: z.number().int(),
      state: z.enum(['pending', 'complete']),
      hash: z.string(),
    }),
  ),
});

export type ChunkListing = z.infer<typeof ChunkListingSchema>;
export type ChunkUploadRequest = z.infer<typeof ChunkUploadRequestSchema>;
export type RowResult = z.infer<typeof RowResultSchema>;
export type StatusCounts = z.infer<typeof StatusCountsSchema>;
export type ChunkResult = z.infer<typeof ChunkResultSchema>;
export type SubmitResult = z.infer<typeof SubmitResultSchema>;
export type RosterRowView = z.infer<typeof RosterRowViewSchema>;

export function emptyCounts(): StatusCounts {
  return { eligible: 0, waitlisted: 0, rejected: 0, blank: 0, registered: 0 };
}

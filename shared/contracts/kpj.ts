/**
 * Importing BPJS participant numbers (KPJ, "Kartu Peserta Jamsostek") back into a submitted
 * roster: each matched row becomes `registered`.
 */
import * as z from 'zod';
import { NikSchema } from './lookup';

export const MAX_KPJ_ENTRIES = 2_000;

export const KpjSchema = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z-]{6,24}$/, 'A KPJ number is 6 to 24 letters, digits or dashes.');

export const KpjImportRequestSchema = z.object({
  entries: z
    .array(z.object({ nik: NikSchema, kpj: KpjSchema }))
    .min(1)
    .max(MAX_KPJ_ENTRIES),
  /**
   * Replace a participant number a row already has by a different one. Off by default: a
   * different number for a registered worker is usually a mix-up in BPJS's list, not a change.
   */
  replace: z.boolean().default(false),
});

/**
 * Per entry: `registered` (the row got this number), `replaced` (it had another; `replace` was
 * set), `already-registered` (it had this number), `different-kpj` (it has another and `replace`
 * was not set: nothing changed), `repeated` (the same NIK earlier in this request),
 * `not-in-roster` (this roster holds no covered row with this NIK).
 */
export const KPJ_OUTCOMES = [
  'registered',
  'replaced',
  'already-registered',
  'different-kpj',
  'repeated',
  'not-in-roster',
] as const;

export const KpjImportResultSchema = z.object({
  /** Rows that became registered by this request (each NIK counted once). */
  registered: z.number().int(),
  /** Rows whose number was replaced (with `replace`). */
  replaced: z.number().int(),
  entries: z.array(
    z.object({
      nikMasked: z.string(),
      outcome: z.enum(KPJ_OUTCOMES),
      row: z.number().int().nullable(),
    }),
  ),
});

export type KpjImportRequest = z.infer<typeof KpjImportRequestSchema>;
export type KpjImportInput = z.input<typeof KpjImportRequestSchema>;
export type KpjImportResult = z.infer<typeof KpjImportResultSchema>;

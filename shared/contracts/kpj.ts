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
});

export const KPJ_OUTCOMES = ['registered', 'already-registered', 'not-in-roster'] as const;

export const KpjImportResultSchema = z.object({
  registered: z.number().int(),
  entries: z.array(
    z.object({
      nikMasked: z.string(),
      outcome: z.enum(KPJ_OUTCOMES),
      row: z.number().int().nullable(),
    }),
  ),
});

export type KpjImportRequest = z.infer<typeof KpjImportRequestSchema>;
export type KpjImportResult = z.infer<typeof KpjImportResultSchema>;

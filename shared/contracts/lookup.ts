/**
 * Looking up many NIKs at once (the task pane checks a whole sheet before upload).
 * Claims by the caller's own regency are shown in full; a claim by any other regency is only a
 * yes/no (`claimedElsewhere`), never which regency: one regency may not read another's data.
 */
import * as z from 'zod';
import { RosterIdSchema, YearMonthSchema } from './common';

export const MAX_LOOKUP_NIKS = 1_000;

export const NikSchema = z.string().regex(/^\d{16}$/, 'A NIK is 16 digits written as text.');

export const NikLookupRequestSchema = z.object({
  niks: z.array(NikSchema).min(1).max(MAX_LOOKUP_NIKS),
});

export const NikClaimViewSchema = z.object({
  rosterId: RosterIdSchema,
  rosterName: z.string(),
  row: z.number().int(),
  startMonth: YearMonthSchema,
  endMonth: YearMonthSchema,
  status: z.enum(['claimed', 'registered']),
  kpj: z.string().nullable(),
});

export const NikLookupResultSchema = z.object({
  results: z.array(
    z.object({
      nik: z.string(),
      claims: z.array(NikClaimViewSchema),
      claimedElsewhere: z.boolean(),
    }),
  ),
});

export type NikLookupRequest = z.infer<typeof NikLookupRequestSchema>;
export type NikClaimView = z.infer<typeof NikClaimViewSchema>;
export type NikLookupResult = z.infer<typeof NikLookupResultSchema>;

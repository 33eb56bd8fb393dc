/** Building blocks shared by the API contracts. */
import * as z from 'zod';
import { REASON_CODES, type ReasonCode } from '../reasons';

/** `YYYY-MM` with a real month. */
export const YearMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Write the month as YYYY-MM, e.g. 2026-01.');

/** Years a coverage period may start in: BPJS BPU cover for pekerja rentan began in 2014. */
export const COVERAGE_YEARS = { min: 2014, max: 2100 } as const;

/** The first month of a coverage period: `YYYY-MM` within COVERAGE_YEARS, so months compare as text. */
export const CoverageMonthSchema = YearMonthSchema.refine(
  (m) => Number(m.slice(0, 4)) >= COVERAGE_YEARS.min && Number(m.slice(0, 4)) <= COVERAGE_YEARS.max,
  { message: `Start in a year from ${COVERAGE_YEARS.min} to ${COVERAGE_YEARS.max}.` },
);

/** A 4-digit Kemendagri regency code, e.g. 6203 for Kapuas. */
export const RegencySchema = z.string().regex(/^\d{4}$/, 'A regency code has 4 digits, e.g. 6203.');

/** Roster ids are server-made: 26 characters, time-ordered. */
export const RosterIdSchema = z.string().regex(/^[0-9A-Za-z]{10,40}$/, 'Not a roster id.');

export const ReasonCodeSchema = z.enum(REASON_CODES as [ReasonCode, ...ReasonCode[]]);

/** A reason with the values its sentence needs (see shared/reasons.ts). */
export const ReasonSchema = z.object({
  code: ReasonCodeSchema,
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});

export type Reason = z.infer<typeof ReasonSchema>;

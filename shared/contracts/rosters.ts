/**
 * A roster: a named list of workers one regency submits for one coverage period and one budget.
 *
 * Lifecycle (shared/contracts/lifecycle.ts says which status allows what): `draft` (chunks may be
 * uploaded) → `submitting` (locked; a background job re-checks the whole roster and claims each
 * eligible NIK for [startMonth, startMonth + months), chunk by chunk, with its progress on the
 * roster) → `submitted` (every claim made; exportable) → rows become `registered` as KPJ numbers
 * come back. A draft, or a submission that is abandoned, may be withdrawn: `withdrawing` while a
 * job releases the claims already made, then `withdrawn`.
 */
import * as z from 'zod';
import { FUNDING_SOURCES, PROGRAMS, SECTORS } from '../codes';
import { EligibilityPolicySchema } from '../eligibility';
import { MIN_INCOME_BASE } from '../roster/schema';
import { safeText } from '../text';
import { CoverageMonthSchema, RosterIdSchema, YearMonthSchema } from './common';

export const ROSTER_STATUSES = ['draft', 'submitting', 'submitted', 'withdrawing', 'withdrawn'] as const;
export type RosterStatus = (typeof ROSTER_STATUSES)[number];

/** Longest coverage period one roster may claim: 5 years of monthly contributions. */
export const MAX_COVERAGE_MONTHS = 60;

/** Some settings of an eligibility policy (the refined schema itself cannot be made partial). */
export const PolicyOverridesSchema = z.object(EligibilityPolicySchema.shape).partial();

export const CreateRosterRequestSchema = z.object({
  name: safeText(120).min(1, 'Give the roster a name.'),
  /** The village (desa/kelurahan) the roster is for, or null for the whole regency. */
  village: safeText(120).min(1).nullable().default(null),
  funding: z.enum(FUNDING_SOURCES).default('APBD'),
  program: z.enum(PROGRAMS).default('JKK-JKM'),
  incomeBase: z
    .number()
    .int()
    .min(MIN_INCOME_BASE, `The income base is at least Rp ${MIN_INCOME_BASE}.`)
    .default(MIN_INCOME_BASE),
  startMonth: CoverageMonthSchema,
  months: z.number().int().min(1).max(MAX_COVERAGE_MONTHS),
  sector: z.enum(SECTORS).default('OTHER'),
  /** Eligibility settings; omitted ones take the defaults of shared/eligibility (regency: the caller's). */
  policy: PolicyOverridesSchema.optional(),
});

/** The background job of a roster in `submitting` or `withdrawing`: how far it has come. */
export const RosterProgressSchema = z.object({
  job: z.enum(['submit', 'withdraw']),
  /** Chunks finished, of `chunkCount`, in chunk order. */
  chunksDone: z.number().int(),
  chunkCount: z.number().int(),
  /** Rows of the finished chunks, of the roster's `rowCount`. */
  rowsDone: z.number().int(),
  /** NIKs claimed so far (submit) or released so far (withdraw). */
  niks: z.number().int(),
  startedAt: z.string(),
  /** Last step finished: a job whose `updatedAt` is old has stopped; submit again to resume it. */
  updatedAt: z.string(),
});

export const RosterSchema = z.object({
  id: RosterIdSchema,
  regency: z.string(),
  name: z.string(),
  village: z.string().nullable(),
  funding: z.enum(FUNDING_SOURCES),
  program: z.enum(PROGRAMS),
  incomeBase: z.number().int(),
  startMonth: YearMonthSchema,
  months: z.number().int(),
  /** The first month after coverage ends (exclusive end of the claim period). */
  endMonth: YearMonthSchema,
  sector: z.enum(SECTORS),
  policy: EligibilityPolicySchema,
  status: z.enum(ROSTER_STATUSES),
  rowCount: z.number().int(),
  chunkCount: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  submittedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  /** The running (or stopped) job of a `submitting` or `withdrawing` roster; null otherwise. */
  progress: RosterProgressSchema.nullable(),
});

export type CreateRosterRequest = z.infer<typeof CreateRosterRequestSchema>;
export type CreateRosterInput = z.input<typeof CreateRosterRequestSchema>;
export type Roster = z.infer<typeof RosterSchema>;
export type RosterProgress = z.infer<typeof RosterProgressSchema>;

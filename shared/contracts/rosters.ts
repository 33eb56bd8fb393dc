/**
 * A roster: a named list of workers one regency submits for one coverage period and one budget.
 *
 * Lifecycle: `draft` (chunks may be uploaded) → `submitted` (locked; each eligible NIK claimed for
 * [startMonth, startMonth + months)) → rows become `registered` as KPJ numbers come back.
 * A draft may be `withdrawn` instead.
 */
import * as z from 'zod';
import { FUNDING_SOURCES, PROGRAMS, SECTORS } from '../codes';
import { EligibilityPolicySchema } from '../eligibility';
import { MIN_INCOME_BASE } from '../roster/schema';
import { RosterIdSchema, YearMonthSchema } from './common';

export const ROSTER_STATUSES = ['draft', 'submitted', 'withdrawn'] as const;
export type RosterStatus = (typeof ROSTER_STATUSES)[number];

/** Longest coverage period one roster may claim: 5 years of monthly contributions. */
export const MAX_COVERAGE_MONTHS = 60;

/** Some settings of an eligibility policy (the refined schema itself cannot be made partial). */
export const PolicyOverridesSchema = z.object(EligibilityPolicySchema.shape).partial();

export const CreateRosterRequestSchema = z.object({
  name: z.string().trim().min(1, 'Give the roster a name.').max(120),
  /** The village (desa/kelurahan) the roster is for, or null for the whole regency. */
  village: z.string().trim().min(1).max(120).nullable().default(null),
  funding: z.enum(FUNDING_SOURCES).default('APBD'),
  program: z.enum(PROGRAMS).default('JKK-JKM'),
  incomeBase: z
    .number()
    .int()
    .min(MIN_INCOME_BASE, `The income base is at least Rp ${MIN_INCOME_BASE}.`)
    .default(MIN_INCOME_BASE),
  startMonth: YearMonthSchema,
  months: z.number().int().min(1).max(MAX_COVERAGE_MONTHS),
  sector: z.enum(SECTORS).default('OTHER'),
  /** Eligibility settings; omitted ones take the defaults of shared/eligibility (regency: the caller's). */
  policy: PolicyOverridesSchema.optional(),
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
});

export type CreateRosterRequest = z.infer<typeof CreateRosterRequestSchema>;
export type CreateRosterInput = z.input<typeof CreateRosterRequestSchema>;
export type Roster = z.infer<typeof RosterSchema>;

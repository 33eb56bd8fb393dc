/**
 * A roster's summary: how many rows have each status and reason, and what the covered workers
 * cost (computed with shared/premium month by month, so discounts apply), split by village and
 * by funding source. Covered workers are rows `eligible` or `registered`.
 */
import * as z from 'zod';
import { FUNDING_SOURCES } from '../codes';
import { RosterIdSchema } from './common';
import { StatusCountsSchema } from './chunks';
import { ROSTER_STATUSES } from './rosters';

export const CostLineSchema = z.object({
  workers: z.number().int(),
  /** Total contribution for the coverage period, whole rupiah. */
  cost: z.number().int(),
});

export const RosterSummarySchema = z.object({
  rosterId: RosterIdSchema,
  status: z.enum(ROSTER_STATUSES),
  rowCount: z.number().int(),
  counts: StatusCountsSchema,
  byReason: z.record(z.string(), z.number().int()),
  covered: CostLineSchema,
  byVillage: z.array(CostLineSchema.extend({ village: z.string() })),
  byFunding: z.array(CostLineSchema.extend({ funding: z.enum(FUNDING_SOURCES) })),
});

export type CostLine = z.infer<typeof CostLineSchema>;
export type RosterSummary = z.infer<typeof RosterSummarySchema>;

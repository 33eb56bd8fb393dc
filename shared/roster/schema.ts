/**
 * One normalised roster row: what `readRoster` produces from a workbook and what the HTTP API
 * accepts per row. Every field but `nik` may be omitted (it then reads as null), because rosters
 * carry different columns; eligibility decides what a missing value means.
 */
import * as z from 'zod';
import { FUNDING_SOURCES } from '../codes';
import { isRealDate } from '../calendar';
import { safeText } from '../text';

/** Longest text per field: generous for real names and addresses, far below DynamoDB's 400 KB item. */
export const TEXT_LIMITS = {
  name: 200,
  birthPlace: 100,
  address: 300,
  village: 120,
  district: 120,
  phone: 40,
  occupation: 120,
  workLocation: 200,
  category: 120,
} as const;

const text = (max: number) => safeText(max).min(1).nullable().default(null);

/** Birth years a living worker can have; outside them a date is a typo (0000, 2999). */
export const BIRTH_YEARS = { min: 1900, max: 2100 } as const;

/** `YYYY-MM-DD` naming a real day. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Write dates as YYYY-MM-DD.')
  .refine((s) => isRealDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))), {
    message: 'Not a real calendar day.',
  })
  .refine((s) => Number(s.slice(0, 4)) >= BIRTH_YEARS.min && Number(s.slice(0, 4)) <= BIRTH_YEARS.max, {
    message: `Write a year from ${BIRTH_YEARS.min} to ${BIRTH_YEARS.max}.`,
  });

/** Lowest nominal income base for BPU contributions (Lampiran II PP 44/2015; domain.md §2.1). */
export const MIN_INCOME_BASE = 1_000_000;

export const RosterRowSchema = z.object({
  // Kept as given (text, or a number when Excel turned it into one) so that checkNik can tell
  // "precision lost" from "wrong length"; it is never coerced here.
  nik: z.union([z.string(), z.number(), z.null()]),
  name: text(TEXT_LIMITS.name),
  birthPlace: text(TEXT_LIMITS.birthPlace),
  birthDate: IsoDateSchema.nullable().default(null),
  sex: z.enum(['L', 'P']).nullable().default(null),
  address: text(TEXT_LIMITS.address),
  village: text(TEXT_LIMITS.village),
  district: text(TEXT_LIMITS.district),
  phone: text(TEXT_LIMITS.phone),
  occupation: text(TEXT_LIMITS.occupation),
  workLocation: text(TEXT_LIMITS.workLocation),
  category: text(TEXT_LIMITS.category),
  /** DTSEN welfare decile, 1 (poorest) to 10. */
  decile: z.number().int().min(1).max(10).nullable().default(null),
  /** Listed in DTSEN; null when the roster does not say. */
  dtsen: z.boolean().nullable().default(null),
  funding: z.enum(FUNDING_SOURCES).nullable().default(null),
  /** Declared monthly income base in rupiah (BPU). */
  incomeBase: z.number().int().min(MIN_INCOME_BASE).nullable().default(null),
});

export type RosterRow = z.infer<typeof RosterRowSchema>;

/** A row with every field empty: the starting point of `readRoster` and of tests. */
export function emptyRow(): RosterRow {
  return {
    nik: null,
    name: null,
    birthPlace: null,
    birthDate: null,
    sex: null,
    address: null,
    village: null,
    district: null,
    phone: null,
    occupation: null,
    workLocation: null,
    category: null,
    decile: null,
    dtsen: null,
    funding: null,
    incomeBase: null,
  };
}

/**
 * The closed vocabularies users type into formulas and the API accepts.
 * Each list is the single source: zod schemas, formula help and validation read from here.
 */

/** BPU (non-wage) packages: JKK+JKM is what nearly every government programme buys. */
export const PROGRAMS = ['JKK-JKM', 'JKK-JKM-JHT'] as const;
export type Program = (typeof PROGRAMS)[number];

/** Who pays (domain.md §5). */
export const FUNDING_SOURCES = ['APBD', 'APBN', 'DD', 'ADD', 'DBH-SAWIT', 'CSR', 'MANDIRI'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** PP 50/2025 sets different discount windows for the transport sector and all others. */
export const SECTORS = ['OTHER', 'TRANSPORT'] as const;
export type Sector = (typeof SECTORS)[number];

/** JKK risk classes for wage earners (PU), lowest first. Government offices are usually VERY_LOW. */
export const RISK_CLASSES = ['VERY_LOW', 'LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH'] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];

/** Programs a wage-earner (PU) line may include; JKP costs the employer nothing extra. */
export const WAGE_PROGRAMS = ['JKK', 'JKM', 'JHT', 'JP'] as const;
export type WageProgram = (typeof WAGE_PROGRAMS)[number];

/** Allocation methods for RENTAN.ALLOCATE (domain.md §6). */
export const ALLOCATION_METHODS = ['priority', 'proportional'] as const;
export type AllocationMethod = (typeof ALLOCATION_METHODS)[number];

/** Returns the member of `list` equal to `value` ignoring case and surrounding spaces, or undefined. */
export function matchCode<T extends string>(list: readonly T[], value: unknown): T | undefined {
  if (typeof value !== 'string') return undefined;
  const wanted = value.trim().toUpperCase();
  return list.find((item) => item.toUpperCase() === wanted);
}

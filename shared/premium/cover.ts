/**
 * What a roster's covered workers cost: the one pricing rule the summary, the export and the
 * formulas share. A row's own funding source and income base, when it gives them, price that row
 * (a PP 50/2025 discount depends on who pays; JKK is a share of the declared income base), and
 * the roster's terms price the rest. The BPJS export writes the same values (its columns fall
 * back to the roster's), so the bill BPJS computes is the cost Rentan showed.
 */
import type { FundingSource, Program, Sector } from '../codes';
import { premium } from './premium';

/** The terms a roster sets for all its rows. */
export interface CoverTerms {
  program: Program;
  funding: FundingSource;
  incomeBase: number;
  startMonth: string;
  months: number;
  sector: Sector;
}

/** What one row may set for itself. */
export interface RowTerms {
  funding: FundingSource | null;
  incomeBase: number | null;
}

/** The funding source and income base that price a row. */
export function effectiveTerms(
  row: RowTerms,
  roster: CoverTerms,
): { funding: FundingSource; incomeBase: number } {
  return { funding: row.funding ?? roster.funding, incomeBase: row.incomeBase ?? roster.incomeBase };
}

/** Cost of `workers` workers sharing one funding source and income base, over the roster's months. */
export function coverCost(workers: number, row: RowTerms, roster: CoverTerms): number {
  const { funding, incomeBase } = effectiveTerms(row, roster);
  return premium({
    workers,
    months: roster.months,
    program: roster.program,
    incomeBase,
    startMonth: roster.startMonth,
    funding,
    sector: roster.sector,
  });
}

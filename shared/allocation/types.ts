/**
 * The allocation question (domain.md §6): given N eligible workers, the cost of one worker for the
 * period and a list of funding sources, how many workers does each source pay for, for how much,
 * and what is left unfunded?
 */
import type { AllocationMethod } from '../codes';

export interface FundingSourceBudget {
  /** How the source is called in the budget workbook (e.g. `DD Sei Pudak`, `APBD`). Unique. */
  name: string;
  /** Rupiah available for the period. */
  budget: number;
  /** Relative weight in proportional mode; when no source has one, budgets are the weights. */
  share?: number;
  /** Village money (DD, ADD) pays only for workers of this village. */
  village?: string;
}

export interface AllocationRequest {
  workers: number;
  unitCost: number;
  sources: FundingSourceBudget[];
  method?: AllocationMethod; // 'priority' (default, row order) | 'proportional'
  /** Eligible workers per village; needed when any source has a village (village money only pays its own village's workers). Sum ≤ workers. */
  workersByVillage?: Readonly<Record<string, number>>;
}

export interface AllocationLine {
  name: string;
  village?: string;
  workers: number;
  amount: number;
  unused: number;
}

export interface AllocationResult {
  /** Same order as the sources. */
  lines: AllocationLine[];
  shortfall: { workers: number; amount: number };
}

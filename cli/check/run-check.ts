/**
 * `rentan check` without the printing: read the file, find the table, leave the signature block
 * out, judge every worker row and cost the eligible ones. All rules are shared/'s.
 */
import type { IsoDate } from '../../shared/calendar';
import {
  checkRoster,
  summariseVerdicts,
  type EligibilityPolicy,
  type RowVerdict,
  type VerdictSummary,
} from '../../shared/eligibility';
import { premium, premiumBreakdown, type PremiumRun } from '../../shared/premium';
import { readRoster, sortRosterRows, type RosterRead, type RosterRowKinds } from '../../shared/roster';
import { EXIT } from '../exit-codes';
import { fileError, withInputErrorsAs } from '../errors';
import { readRosterFile, type LocatedRoster } from '../roster-file/read-roster-file';
import type { CostLine } from './settings';

export interface CheckRequest {
  file: string;
  sheet?: string;
  asOf: IsoDate;
  /** Progress while a big workbook is read. */
  onRows?: (rowsRead: number) => void;
  policy: EligibilityPolicy;
  cost: CostLine | null;
}

export interface RosterCost {
  line: CostLine;
  /** The eligible workers the cost is for. */
  workers: number;
  runs: PremiumRun[];
  total: number;
}

export interface CheckedRoster {
  request: CheckRequest;
  located: LocatedRoster;
  /** 1-based sheet row of the headers. */
  headerRow: number;
  read: RosterRead;
  kinds: RosterRowKinds;
  /** One per data row under the header; blank and ignored rows have status 'blank'. */
  verdicts: RowVerdict[];
  summary: VerdictSummary;
  cost: RosterCost | null;
}

/** The 1-based sheet row of data row `index` (0 = the row under the headers). */
export function sheetRowOf(checked: Pick<CheckedRoster, 'headerRow'>, index: number): number {
  return checked.headerRow + 1 + index;
}

export async function checkFile(request: CheckRequest): Promise<CheckedRoster> {
  const located = await readRosterFile(request.file, {
    ...(request.sheet === undefined ? {} : { sheet: request.sheet }),
    ...(request.onRows === undefined ? {} : { onRows: request.onRows }),
  });
  const where = located.sheet === null ? request.file : `${request.file}, sheet "${located.sheet}"`;
  const headerRow = located.headerIndex + 1;
  // Two columns for one field is the file's problem; readRoster says which.
  const read = withInputErrorsAs(EXIT.FILE, where, () => readRoster(located.grid.slice(located.headerIndex)));
  const kinds = sortRosterRows(read);
  if (kinds.workers.length === 0) {
    throw fileError(`${where}: the table has headers on row ${headerRow} but no worker rows under them.`);
  }
  // Ignored rows (the signature block) are handed to the check as blank: not workers, no verdict.
  const notWorker = read.blank.slice();
  for (const i of kinds.ignored) notWorker[i] = true;
  const verdicts = checkRoster(read.rows, request.policy, { asOf: request.asOf }, notWorker, read.problems);
  const summary = summariseVerdicts(verdicts);
  return {
    request,
    located,
    headerRow,
    read,
    kinds,
    verdicts,
    summary,
    cost: costOf(request.cost, summary.eligible),
  };
}

function costOf(line: CostLine | null, workers: number): RosterCost | null {
  if (line === null) return null;
  const cost = {
    workers,
    months: line.months,
    startMonth: line.startMonth,
    program: line.program,
    funding: line.funding,
    sector: line.sector,
  };
  return withInputErrorsAs(EXIT.USAGE, 'cost', () => ({
    line,
    workers,
    runs: premiumBreakdown(cost),
    total: premium(cost),
  }));
}

/**
 * ALLOCATE's arguments and its spill. Sources are rows of `name, budget[, share][, village]`;
 * the result has one row per source row, in the same order (a blank source row stays a blank
 * result row, so the spill lines up with the table beside it), then `SHORTFALL`.
 */
import { allocate as allocateWorkers } from '../../shared/allocation';
import { ALLOCATION_METHODS } from '../../shared/codes';
import { InputError } from '../../shared/errors';
import { asRange, isEmpty, numberAt, optionalCode, wholeNumber } from './excel-values';

interface SourceInput {
  name: string;
  budget: number;
  share?: number;
  village?: string;
}

export function allocationCells(
  workers: unknown,
  unitCost: unknown,
  sources: unknown,
  method: unknown,
): (string | number)[][] {
  const headcount = readWorkers(workers);
  const rows = readSources(sources);
  const given = rows.filter((row): row is SourceInput => row !== null);
  if (given.length === 0)
    throw new InputError('sources', 'sources is empty; give at least one row: name, budget.');
  const result = allocateWorkers({
    workers: headcount.total,
    unitCost: wholeNumber('unit_cost', unitCost, 1),
    sources: given,
    method: optionalCode('method', ALLOCATION_METHODS, method),
    ...(headcount.byVillage ? { workersByVillage: headcount.byVillage } : {}),
  });
  let next = 0;
  const out: (string | number)[][] = rows.map((row) => {
    if (row === null) return ['', '', '', ''];
    const line = result.lines[next++]!;
    return [line.name, line.workers, line.amount, line.unused];
  });
  out.push(['SHORTFALL', result.shortfall.workers, result.shortfall.amount, '']);
  return out;
}

/** A number of workers, or a two-column range of village and workers (for village money). */
function readWorkers(value: unknown): { total: number; byVillage?: Record<string, number> } {
  const cells = asRange('workers', value);
  if (cells.length === 1 && cells[0]!.length === 1) return { total: wholeNumber('workers', cells[0]![0]) };
  if (cells[0]!.length !== 2) {
    throw new InputError('workers', 'workers must be a number, or a two-column range: village, workers.');
  }
  const byVillage: Record<string, number> = {};
  let total = 0;
  cells.forEach(([village, count], i) => {
    if (isEmpty(village) && isEmpty(count)) return;
    if (isEmpty(village)) throw new InputError('workers', `workers row ${i + 1} has a count but no village.`);
    const name = String(village).trim();
    if (Object.hasOwn(byVillage, name)) {
      throw new InputError(
        'workers',
        `workers lists village ${name} twice (row ${i + 1}); give each village once.`,
      );
    }
    byVillage[name] = wholeNumber(`workers of village ${name}`, count);
    total += byVillage[name];
  });
  return { total, byVillage };
}

function readSources(value: unknown): (SourceInput | null)[] {
  const cells = asRange('sources', value);
  if (cells[0]!.length < 2 || cells[0]!.length > 4) {
    throw new InputError('sources', 'sources must have 2 to 4 columns: name, budget[, share][, village].');
  }
  return cells.map(([name, budget, share, village], i) => {
    if ([name, budget, share, village].every(isEmpty)) return null;
    const row = `sources row ${i + 1}`;
    if (isEmpty(name)) throw new InputError('sources', `${row} has no name; name every source (e.g. APBD).`);
    if (isEmpty(budget)) throw new InputError('sources', `${row} (${String(name)}) has no budget.`);
    const source: SourceInput = {
      name: String(name).trim(),
      budget: readBudget(`${row} budget`, budget),
    };
    if (!isEmpty(share)) source.share = numberAt(`${row} share`, share);
    if (!isEmpty(village)) source.village = String(village).trim();
    return source;
  });
}

function readBudget(field: string, value: unknown): number {
  if (typeof value === 'string' && !/^\s*\d+\s*$/.test(value)) {
    // The usual cause is a header row selected with the sources.
    throw new InputError(
      'sources',
      `${field} must be a number of rupiah, got "${value.trim()}"; select the sources without their header row.`,
    );
  }
  return wholeNumber(field, value);
}

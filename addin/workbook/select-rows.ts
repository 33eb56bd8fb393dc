/** Taking the user to roster rows: one row, or every row with a given reason. */
import { areaAddress } from './a1';
import { readCurrentRows } from './current-rows';
import type { RosterSnapshot, SelectReport } from './types';

/**
 * Most separate areas one selection gets. Excel takes a selection of areas as one address string;
 * a few hundred runs of rows are plenty to work through, and the pane says how many were selected.
 */
export const MAX_AREAS = 300;

/** The sheet rows (0-based) of the given data rows (1-based) as they stand now, sorted. */
function rowsNow(currentOf: readonly (number | null)[], rows: readonly number[]): number[] {
  const found: number[] = [];
  for (const row of rows) {
    const at = currentOf[row - 1];
    if (at !== null && at !== undefined) found.push(at);
  }
  return found.sort((a, b) => a - b);
}

/** Consecutive rows joined into runs [first, last]. */
function runsOf(sorted: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && row <= last[1] + 1) last[1] = Math.max(last[1], row);
    else runs.push([row, row]);
  }
  return runs;
}

export async function selectRowsIn(
  context: Excel.RequestContext,
  snapshot: RosterSnapshot,
  rows: readonly number[],
): Promise<SelectReport> {
  const now = await readCurrentRows(context, snapshot);
  const found = rowsNow(now.map.currentOf, rows);
  if (found.length === 0) return { found: 0, selected: 0 };
  const { place } = snapshot;
  const firstDataRow = place.headerRow + 1;
  const lastColumn = place.resultColumn + 1;
  const runs = runsOf(found).slice(0, MAX_AREAS);
  const address = runs
    .map(([a, b]) => areaAddress(firstDataRow + a, firstDataRow + b, place.firstColumn, lastColumn))
    .join(',');
  now.sheet.activate();
  now.sheet.getRanges(address).select();
  await context.sync();
  const selected = runs.reduce((sum, [a, b]) => sum + b - a + 1, 0);
  return { found: found.length, selected };
}

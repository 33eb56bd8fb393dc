/**
 * Where the header row is on a sheet that does not start with it.
 *
 * Village sheets open with a title (programme, village, district, regency, year), often merged
 * across the table, and a blank row; the headers come after. The header row is the one whose
 * cells name the most roster fields, and it must name the NIK: without a NIK column nothing can
 * be checked, and a title line that happens to say "Desa" or "Kecamatan" names at most one field.
 */
import { fieldForHeader } from './headers';
import type { RosterField } from './fields';

/** How many rows from the top are searched: title blocks are a handful of rows, never pages. */
export const HEADER_SCAN_ROWS = 50;

/** The distinct fields the cells of `row` name, and whether one of them is the NIK. */
function namedFields(row: readonly unknown[]): { count: number; nik: boolean } {
  const fields = new Set<RosterField>();
  for (const cell of row) {
    // Headers are text; a number or date in the row makes it data, whatever else it holds.
    if (typeof cell !== 'string') continue;
    const field = fieldForHeader(cell);
    if (field) fields.add(field);
  }
  return { count: fields.size, nik: fields.has('nik') };
}

/**
 * The 0-based index of the header row among the first `maxScan` rows of `grid`, or null when no
 * row there names the NIK. Among rows that name the NIK, the one naming the most fields wins; on
 * a tie, the upper one (a repeated header further down is a page break, not the header).
 */
export function locateHeaderRow(
  grid: readonly (readonly unknown[])[],
  maxScan: number = HEADER_SCAN_ROWS,
): number | null {
  let best: number | null = null;
  let bestCount = 0;
  const end = Math.min(grid.length, Math.max(0, maxScan));
  for (let r = 0; r < end; r++) {
    const row = grid[r];
    if (!Array.isArray(row)) continue;
    const { count, nik } = namedFields(row);
    if (nik && count > bestCount) {
      best = r;
      bestCount = count;
    }
  }
  return best;
}

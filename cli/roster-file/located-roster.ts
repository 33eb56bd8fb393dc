/** What the file readers hand on: the grid of the sheet holding the roster and where its headers are. */
export interface LocatedRoster {
  /** The sheet's name; null for a CSV file, which has no sheets. */
  sheet: string | null;
  /** The sheet's cells from row 1, column A: grid[r] is sheet row r + 1 (an empty list for an empty row). */
  grid: unknown[][];
  /** 0-based index of the header row in `grid`. */
  headerIndex: number;
}

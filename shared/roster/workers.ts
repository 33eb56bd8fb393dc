/**
 * Which rows of a read roster are workers.
 *
 * Under the table a village sheet carries a signature block: place and date, "Kepala Desa", a
 * blank line and the name in brackets, usually in the right-hand columns, where it lands in
 * mapped columns such as Alamat or Pekerjaan. A row that holds neither a NIK nor a name names
 * nobody, so it is not a worker: it is ignored and counted, never rejected. Ignoring such a row
 * can never drop an eligible worker, since a row without a NIK cannot be eligible.
 *
 * Below the table, after a blank row, the block may also reach the name column ("Mengetahui,
 * Camat ..." on the left): there, rows without a NIK are ignored too, because the table has ended.
 */
import type { RosterRow } from './schema';

export interface RosterRowKinds {
  /** Indices (into RosterRead.rows) of the rows that are workers, in order. */
  workers: number[];
  /** Indices of rows that hold something but name no worker: the signature block and notes. */
  ignored: number[];
  /** How many rows are blank in every mapped column. */
  blank: number;
}

/** True when the row names somebody: it holds a NIK or a name. */
export function namesWorker(row: Pick<RosterRow, 'nik' | 'name'>): boolean {
  return row.nik !== null || row.name !== null;
}

/**
 * Sorts the rows of a read roster (`rows` and `blank` as readRoster returns them) into workers,
 * ignored rows and blank rows.
 */
export function sortRosterRows(read: {
  rows: readonly Pick<RosterRow, 'nik' | 'name'>[];
  blank: readonly boolean[];
}): RosterRowKinds {
  const { rows, blank } = read;
  // The table ends at the last row holding a NIK; a blank row after it opens the block below.
  let lastNik = -1;
  for (let r = rows.length - 1; r >= 0; r--) {
    if (rows[r]!.nik !== null) {
      lastNik = r;
      break;
    }
  }
  let tableEnd = rows.length;
  // With no NIK at all there is no table end to go by: only the row-by-row rule applies.
  for (let r = lastNik + 1; lastNik >= 0 && r < rows.length; r++) {
    if (blank[r]) {
      tableEnd = r;
      break;
    }
  }
  const kinds: RosterRowKinds = { workers: [], ignored: [], blank: 0 };
  for (let r = 0; r < rows.length; r++) {
    if (blank[r]) kinds.blank++;
    else if (r < tableEnd && namesWorker(rows[r]!)) kinds.workers.push(r);
    else kinds.ignored.push(r);
  }
  return kinds;
}

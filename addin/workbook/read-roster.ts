/**
 * Reading a roster in row blocks sized by bytes: the first block from the rows seen while
 * finding the roster (or a small probe), later ones from the bytes per row read so far.
 */
import { nikColumnOfHeaders } from './find-roster';
import { inBlocks, jsonBytes, rowsPerBlock } from './payload';
import type { BlockOptions, RosterPlace, RosterSnapshot } from './types';

/** Rows read first when nothing is known of their size: a few hundred rows are always small. */
const PROBE_ROWS = 200;

export async function readRosterIn(
  context: Excel.RequestContext,
  place: RosterPlace,
  options: BlockOptions = {},
): Promise<RosterSnapshot> {
  const sheet = context.workbook.worksheets.getItem(place.sheet);
  const values: unknown[][] = [[...place.headers]];
  let bytesPerRow = place.bytesPerRow;
  await inBlocks(
    place.rowCount,
    () => (bytesPerRow === undefined ? PROBE_ROWS : rowsPerBlock(bytesPerRow)),
    async (start, count) => {
      const block = sheet.getRangeByIndexes(
        place.headerRow + 1 + start,
        place.firstColumn,
        count,
        place.columnCount,
      );
      block.load('values');
      await context.sync();
      const rows = block.values;
      for (const row of rows) values.push(row);
      // The largest rows so far size the next block: a roster's long addresses are rarely spread evenly.
      const seen = jsonBytes(rows) / Math.max(rows.length, 1);
      bytesPerRow = Math.max(bytesPerRow ?? 0, seen);
    },
    (done) => options.onProgress?.({ done, total: place.rowCount }),
  );
  return { place, values, nikColumn: nikColumnOfHeaders(place.headers) };
}

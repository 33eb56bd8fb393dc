/**
 * The roster's rows as they are now, found again by NIK (see row-map.ts): the header row is
 * checked, then the NIK column read in blocks. The first block shares its sync with whatever the
 * caller queued before calling (the write loads the rules on its columns there).
 */
import { WorkbookError } from './errors';
import { inBlocks, rowsPerBlock } from './payload';
import { mapRows, nikKey, repeatedKeys, snapshotKeys, type RowMap } from './row-map';
import type { RosterSnapshot } from './types';

/** A NIK cell as JSON: 16 digits in quotes, brackets and a comma. */
const NIK_BYTES_PER_ROW = 24;

export interface CurrentRows {
  sheet: Excel.Worksheet;
  /** Data rows under the header now. */
  count: number;
  keys: string[];
  map: RowMap;
}

function sameHeaders(now: readonly unknown[], then: readonly string[]): boolean {
  return then.every((text, i) => String(now[i] ?? '').trim() === text);
}

export async function readCurrentRows(
  context: Excel.RequestContext,
  snapshot: RosterSnapshot,
): Promise<CurrentRows> {
  const { place } = snapshot;
  const sheet = context.workbook.worksheets.getItemOrNullObject(place.sheet);
  const header = sheet.getRangeByIndexes(
    place.headerRow,
    place.firstColumn,
    1,
    Math.max(place.columnCount, 1),
  );
  header.load('values');
  const extent = place.table
    ? sheet.tables.getItem(place.table).getDataBodyRange()
    : sheet.getUsedRangeOrNullObject(true);
  extent.load(place.table ? 'rowCount' : 'rowIndex,rowCount');
  const nikColumn = snapshot.nikColumn;
  const expected = snapshot.values.length - 1;
  const firstBlock = nikColumn === null ? 0 : Math.min(expected, rowsPerBlock(NIK_BYTES_PER_ROW));
  const nikBlock =
    firstBlock > 0
      ? sheet.getRangeByIndexes(place.headerRow + 1, place.firstColumn + nikColumn!, firstBlock, 1)
      : null;
  nikBlock?.load('values');
  sheet.load('isNullObject');
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ItemNotFound')
      throw new WorkbookError(
        'ROSTER_MOVED',
        `The roster's table "${place.table}" is gone; check the roster again.`,
      );
    throw error;
  }
  if (sheet.isNullObject)
    throw new WorkbookError('SHEET_GONE', `Sheet "${place.sheet}" is gone; check the roster again.`);
  if (!sameHeaders(header.values[0] ?? [], place.headers)) {
    throw new WorkbookError(
      'ROSTER_MOVED',
      `The roster's header row on "${place.sheet}" has moved; check the roster again.`,
    );
  }
  const count = place.table
    ? extent.rowCount
    : extent.isNullObject
      ? 0
      : Math.max(0, extent.rowIndex + extent.rowCount - place.headerRow - 1);

  const keys: string[] = new Array(count).fill('');
  if (nikColumn !== null) {
    const first = nikBlock?.values ?? [];
    for (let i = 0; i < Math.min(first.length, count); i++) keys[i] = nikKey(first[i]![0]);
    const rest = count - first.length;
    if (rest > 0) {
      await inBlocks(
        rest,
        () => rowsPerBlock(NIK_BYTES_PER_ROW),
        async (start, n) => {
          const block = sheet.getRangeByIndexes(
            place.headerRow + 1 + first.length + start,
            place.firstColumn + nikColumn,
            n,
            1,
          );
          block.load('values');
          await context.sync();
          block.values.forEach((row, i) => (keys[first.length + start + i] = nikKey(row[0])));
        },
      );
    }
  }
  const before = snapshotKeys(snapshot);
  const repeated = repeatedKeys(before);
  const moved = !(before.length === keys.length && before.every((key, i) => key === keys[i]));
  if (!moved || repeated.size === 0) return { sheet, count, keys, map: mapRows(before, keys) };
  // The sheet moved and a NIK is listed twice: the rows holding such NIKs now are read whole, so
  // each copy is matched to its own verdict (the second copy is the one marked duplicate).
  const rows = await readWholeRows(
    context,
    sheet,
    snapshot,
    keys.flatMap((key, i) => (repeated.has(key) ? [i] : [])),
  );
  const text = (cells: readonly unknown[] | undefined) =>
    cells === undefined ? undefined : JSON.stringify(cells);
  const map = mapRows(before, keys, {
    before: (i) => text(snapshot.values[i + 1])!,
    now: (i) => text(rows.get(i)),
  });
  return { sheet, count, keys, map };
}

/** Reads the given data rows (0-based, ascending) whole: one range per run of adjacent rows. */
async function readWholeRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  snapshot: RosterSnapshot,
  indices: readonly number[],
): Promise<Map<number, unknown[]>> {
  const { place } = snapshot;
  const bytesPerRow = place.bytesPerRow ?? 400;
  const rows = new Map<number, unknown[]>();
  await inBlocks(
    indices.length,
    () => rowsPerBlock(bytesPerRow),
    async (start, n) => {
      const wanted = indices.slice(start, start + n);
      const runs: [number, number][] = [];
      for (const i of wanted) {
        const last = runs[runs.length - 1];
        if (last && i === last[0] + last[1]) last[1]++;
        else runs.push([i, 1]);
      }
      const ranges = runs.map(([first, length]) => {
        const range = sheet.getRangeByIndexes(
          place.headerRow + 1 + first,
          place.firstColumn,
          length,
          place.columnCount,
        );
        range.load('values');
        return [first, range] as const;
      });
      await context.sync();
      for (const [first, range] of ranges) range.values.forEach((cells, k) => rows.set(first + k, cells));
    },
  );
  return rows;
}

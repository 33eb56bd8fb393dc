/**
 * Writing the check's outcome beside the roster: a status column and a reasons column, in blocks
 * sized by the bytes written, with Excel's calculation suspended during each write; then one
 * conditional-format rule that highlights rejected and waitlisted rows.
 */
import { columnLetter } from '../../shared/roster';
import { readCurrentRows } from './current-rows';
import { blockSizer, inBlocks, jsonBytes } from './payload';
import { CHECK_AGAIN, RESULT_HEADERS, highlightedWords, outcomeCells } from './result-text';
import type { BlockOptions, PaneLanguage, RosterSnapshot, RowOutcome, WriteReport } from './types';

/** A pale orange every Office theme shows; the row's text stays readable on it. */
export const HIGHLIGHT_FILL = '#FCE4D6';

/**
 * The rule's formula for a status column, in Excel's own (English, comma-separated) syntax:
 * `formula`, never `formulaLocal`, since Indonesian Excel separates arguments with semicolons.
 */
export function highlightFormula(statusColumn: number, firstDataRow: number): string {
  const cell = `$${columnLetter(statusColumn)}${firstDataRow + 1}`;
  return `=OR(${highlightedWords()
    .map((word) => `${cell}="${word}"`)
    .join(',')})`;
}

export async function writeResultsIn(
  context: Excel.RequestContext,
  snapshot: RosterSnapshot,
  outcomes: readonly RowOutcome[],
  lang: PaneLanguage,
  options: BlockOptions = {},
): Promise<WriteReport> {
  const { place } = snapshot;
  // The rules already on Rentan's two columns (an earlier check's highlight) are replaced below;
  // they are loaded in the same sync as the header and the first NIKs.
  const oldRules = context.workbook.worksheets
    .getItem(place.sheet)
    .getRangeByIndexes(
      place.headerRow + 1,
      place.resultColumn,
      Math.max(1, snapshot.values.length - 1),
      2,
    ).conditionalFormats;
  oldRules.load('items/id');
  const now = await readCurrentRows(context, snapshot);

  const byRow = new Map<number, RowOutcome>();
  for (const outcome of outcomes) byRow.set(outcome.row, outcome);
  let written = 0;
  let unmatched = 0;
  const cells: [string, string][] = new Array(now.count);
  for (let i = 0; i < now.count; i++) {
    const from = now.map.snapshotOf[i];
    const outcome = from === null || from === undefined ? undefined : byRow.get(from + 1);
    if (outcome) {
      cells[i] = outcomeCells(outcome, lang);
      if (outcome.status !== 'blank') written++;
    } else if (now.keys[i] !== '') {
      cells[i] = ['', CHECK_AGAIN[lang]];
      unmatched++;
    } else cells[i] = ['', ''];
  }

  const { sheet } = now;
  const firstDataRow = place.headerRow + 1;
  const rowBytes = cells.map((pair) => jsonBytes([pair]));
  // Results of rows deleted since the read would linger under the roster: cleared with the last block.
  const leftover = snapshot.values.length - 1 - now.count;
  const finish = () => {
    for (const rule of oldRules.items) rule.delete();
    if (leftover > 0)
      sheet.getRangeByIndexes(firstDataRow + now.count, place.resultColumn, leftover, 2).clear('Contents');
    if (now.count === 0) return;
    const rows = sheet.getRangeByIndexes(
      firstDataRow,
      place.firstColumn,
      now.count,
      place.resultColumn + 2 - place.firstColumn,
    );
    const rule = rows.conditionalFormats.add('Custom');
    rule.custom.rule.formula = highlightFormula(place.resultColumn, firstDataRow);
    rule.custom.format.fill.color = HIGHLIGHT_FILL;
  };

  // Queued with the first block, so a block Excel refuses and retries smaller takes it along.
  const writeHeader = () =>
    (sheet.getRangeByIndexes(place.headerRow, place.resultColumn, 1, 2).values = [[...RESULT_HEADERS[lang]]]);
  if (now.count === 0) {
    writeHeader();
    finish();
    await context.sync();
    return { written, matchedByNik: !now.map.sameOrder, unmatched };
  }
  await inBlocks(
    now.count,
    blockSizer(rowBytes),
    async (start, count) => {
      context.application.suspendApiCalculationUntilNextSync();
      if (start === 0) writeHeader();
      sheet.getRangeByIndexes(firstDataRow + start, place.resultColumn, count, 2).values = cells.slice(
        start,
        start + count,
      );
      if (start + count === now.count) finish();
      await context.sync();
    },
    (done) => options.onProgress?.({ done, total: now.count }),
  );
  return { written, matchedByNik: !now.map.sameOrder, unmatched };
}

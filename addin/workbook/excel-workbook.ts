/**
 * The RosterWorkbook that works on the open workbook through Excel's JavaScript API. The only
 * place in the project that calls `Excel.run`: each operation is one batch with as few syncs as
 * the data allows (see payload.ts).
 */
import { findRosterIn } from './find-roster';
import { recallIn, rememberIn } from './memory';
import { readRosterIn } from './read-roster';
import { selectRowsIn } from './select-rows';
import type { RosterWorkbook } from './types';
import { writeResultsIn } from './write-results';

/** `Excel.run` in the one form used here; tests pass a fake Excel's. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const officeRun: ExcelRun = (batch) => Excel.run(batch);

export function createExcelWorkbook(run: ExcelRun = officeRun): RosterWorkbook {
  return {
    findRoster: () => run((context) => findRosterIn(context)),
    readRoster: (place, options) => run((context) => readRosterIn(context, place, options)),
    writeResults: (snapshot, outcomes, lang, options) =>
      run((context) => writeResultsIn(context, snapshot, outcomes, lang, options)),
    goToRow: (snapshot, row) =>
      run(async (context) => (await selectRowsIn(context, snapshot, [row])).found > 0),
    selectRows: (snapshot, rows) => run((context) => selectRowsIn(context, snapshot, rows)),
    recall: () => run((context) => recallIn(context)),
    remember: (patch) => run((context) => rememberIn(context, patch)),
  };
}

export { createExcelWorkbook, type ExcelRun } from './excel-workbook';
export { WorkbookError, type WorkbookProblem } from './errors';
export { STATUS_WORDS, RESULT_HEADERS, outcomeCells } from './result-text';
export type * from './types';

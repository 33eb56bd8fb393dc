/**
 * The pane in Excel: the Excel workbook adapter, sign-in (none until client/ provides it) and
 * the month's first day as the default coverage start, mounted into the runtime page.
 */
import { formatIsoDate } from '../../shared/calendar';
import { createExcelWorkbook } from '../workbook';
import { mountPane } from './mount';
import { NO_SIGN_IN } from './services';

/** The first day of this month in the user's calendar: coverage starts on a month's first day. */
function firstDayOfThisMonth(): string {
  const now = new Date();
  return formatIsoDate(now.getFullYear(), now.getMonth() + 1, 1);
}

export function startPane(element: HTMLElement): () => void {
  return mountPane(element, {
    workbook: createExcelWorkbook(),
    auth: NO_SIGN_IN,
    api: null,
    today: firstDayOfThisMonth,
  });
}

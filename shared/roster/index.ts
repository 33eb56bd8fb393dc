export { ROSTER_FIELDS, TEXT_FIELDS, isTextField, type RosterField, type TextField } from './fields';
export { HEADER_NAMES, headerKey } from './header-names';
export { mapHeaders, fieldForHeader, columnLetter, type HeaderMap } from './headers';
export { RosterRowSchema, IsoDateSchema, MIN_INCOME_BASE, emptyRow, type RosterRow } from './schema';
export {
  normaliseCell,
  isEmptyCell,
  parseDateText,
  splitPlaceAndDate,
  type CellResult,
  type RowProblem,
} from './cells';
export { readRoster, type RosterRead } from './read';
export { locateHeaderRow, HEADER_SCAN_ROWS } from './header-row';
export { sortRosterRows, namesWorker, type RosterRowKinds } from './workers';

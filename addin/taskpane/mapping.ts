/**
 * The header match the pane shows and lets a person correct: which roster column holds each
 * field. Matched by name first (shared/roster's header names), then as the person sets it; kept
 * in the workbook by header text, so it still applies when columns are moved.
 */
import { ROSTER_FIELDS, fieldForHeader, HEADER_NAMES, type RosterField } from '../../shared/roster';
import type { HeaderMapping, RosterSnapshot } from '../workbook';

/** Field → roster-relative column. */
export type ColumnMapping = Partial<Record<RosterField, number>>;

/** Each field to the first column whose header names it; later columns naming it again are left for the person. */
export function autoMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  headers.forEach((header, column) => {
    const field = fieldForHeader(header);
    if (field && mapping[field] === undefined) mapping[field] = column;
  });
  return mapping;
}

/** The remembered mapping applied to these headers, over the automatic one; fields whose header is gone fall back. */
export function recalledMapping(
  headers: readonly string[],
  remembered: HeaderMapping | null,
  sheet: string,
): ColumnMapping {
  const mapping = autoMapping(headers);
  if (!remembered || remembered.sheet !== sheet) return mapping;
  for (const field of ROSTER_FIELDS) {
    const text = remembered.columns[field];
    if (text === undefined) continue;
    const column = text === '' ? -1 : headers.indexOf(text);
    if (text === '') delete mapping[field];
    else if (column >= 0) mapping[field] = column;
  }
  return mapping;
}

/** What to remember: every field's header text, '' for a field the person unmapped on purpose. */
export function mappingToMemory(
  headers: readonly string[],
  mapping: ColumnMapping,
  sheet: string,
): HeaderMapping {
  const columns: HeaderMapping['columns'] = {};
  const auto = autoMapping(headers);
  for (const field of ROSTER_FIELDS) {
    const column = mapping[field];
    if (column !== undefined) columns[field] = headers[column]!;
    else if (auto[field] !== undefined) columns[field] = '';
  }
  return { sheet, columns };
}

/**
 * The snapshot's values with a header row that names exactly the mapped columns (each by its
 * field's first header name), so shared/roster's readRoster reads the columns the person chose.
 * Data rows are shared, not copied.
 */
export function mappedValues(snapshot: RosterSnapshot, mapping: ColumnMapping): unknown[][] {
  const header: string[] = snapshot.values[0]!.map(() => '');
  for (const field of ROSTER_FIELDS) {
    const column = mapping[field];
    if (column !== undefined) header[column] = HEADER_NAMES[field][0]!;
  }
  const values = snapshot.values.slice();
  values[0] = header;
  return values;
}

/** Two fields mapped to one column: readRoster would refuse, so the pane points at it first. */
export function clashingFields(mapping: ColumnMapping): RosterField[] {
  const byColumn = new Map<number, RosterField[]>();
  for (const field of ROSTER_FIELDS) {
    const column = mapping[field];
    if (column !== undefined) byColumn.set(column, [...(byColumn.get(column) ?? []), field]);
  }
  return [...byColumn.values()].filter((fields) => fields.length > 1).flat();
}

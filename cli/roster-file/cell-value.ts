/**
 * exceljs cell values → the plain values Excel hands the add-in (text, number, boolean, null), so
 * shared/roster reads a file exactly as it reads a range: a formula gives its result, rich text
 * its text, a link its text, an error cell its error text (#N/A).
 */
export function plainCellValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (value instanceof Date) return value;
  const v = value as {
    richText?: { text: string }[];
    formula?: unknown;
    sharedFormula?: unknown;
    result?: unknown;
    text?: unknown;
    hyperlink?: unknown;
    error?: unknown;
  };
  if (Array.isArray(v.richText)) return v.richText.map((run) => run.text).join('');
  if ('result' in v || v.formula !== undefined || v.sharedFormula !== undefined)
    return plainCellValue(v.result);
  if (v.hyperlink !== undefined || v.text !== undefined) return plainCellValue(v.text);
  if (typeof v.error === 'string') return v.error;
  return null;
}

/** One streamed row (`row.values`: index 1 is column A, holes for empty cells) → plain cells from column A. */
export function plainRow(values: unknown): unknown[] {
  if (!Array.isArray(values)) return [];
  const cells = new Array<unknown>(Math.max(0, values.length - 1));
  for (let c = 1; c < values.length; c++) cells[c - 1] = plainCellValue(values[c]);
  return cells;
}

/**
 * Formula injection: a spreadsheet opening a CSV or XLSX runs a cell that starts with = + - @ (or
 * a tab or carriage return before one) as a formula. Roster text comes from many hands, so every
 * text cell starting with one of those characters gets a leading apostrophe, which Excel and
 * LibreOffice show as plain text.
 */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

export function safeCell(text: string): string {
  return text.length > 0 && TRIGGERS.has(text[0]!) ? `'${text}` : text;
}

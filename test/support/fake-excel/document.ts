/**
 * The state of a fake workbook: sheets of cells, tables, conditional formats, settings, the
 * selection, and a record of every sync (what it carried, whether calculation was suspended).
 * Tests arrange and inspect it directly; the add-in reaches it only through `run` (context.ts),
 * which behaves like Excel's JavaScript API.
 */

/** Excel on the web refuses a request or a response above 5 MB. */
export const WEB_PAYLOAD_LIMIT = 5_000_000;

export interface Area {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface FakeTable {
  name: string;
  /** The table's whole range, header row included. */
  area: Area;
}

export interface FakeConditionalFormat {
  id: string;
  area: Area;
  type: string;
  formula: string;
  fill: string | null;
}

export interface SyncRecord {
  /** Bytes the add-in sent (values and formulas written, plus a little per operation). */
  request: number;
  /** Bytes Excel sent back (loaded properties). */
  response: number;
  calculationSuspended: boolean;
  writes: number;
}

export type Cell = string | number | boolean;

export class FakeSheet {
  rows: Cell[][] = [];
  readonly numberFormats = new Map<string, string>();
  readonly fills = new Map<string, string>();
  readonly tables: FakeTable[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];

  constructor(public name: string) {}

  get(row: number, column: number): Cell {
    return this.rows[row]?.[column] ?? '';
  }

  set(row: number, column: number, value: Cell): void {
    const cells = (this.rows[row] ??= []);
    while (cells.length < column) cells.push('');
    cells[column] = value;
  }

  /** Puts a grid of values with its top-left cell at (row, column). */
  put(row: number, column: number, grid: readonly (readonly Cell[])[]): this {
    grid.forEach((cells, r) => cells.forEach((value, c) => this.set(row + r, column + c, value)));
    return this;
  }

  /** The smallest area holding every non-empty cell, or null for an empty sheet. */
  usedArea(): Area | null {
    let top = -1,
      bottom = -1,
      left = Number.POSITIVE_INFINITY,
      right = -1;
    this.rows.forEach((cells, r) => {
      if (!cells) return;
      cells.forEach((value, c) => {
        if (value === '' || value === null || value === undefined) return;
        if (top < 0) top = r;
        bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      });
    });
    if (top < 0) return null;
    return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  /**
   * Sorts `count` rows starting at `first` (whole rows, every column), as Excel's Sort does when a
   * person sorts the roster by one of its columns.
   */
  sortRows(first: number, count: number, compare: (a: Cell[], b: Cell[]) => number): void {
    const block = this.rows.slice(first, first + count).map((cells) => cells ?? []);
    block.sort(compare);
    this.rows.splice(first, count, ...block);
  }
}

export class FakeDocument {
  readonly sheets: FakeSheet[] = [];
  activeSheet: string;
  /** Selected areas of the active sheet: one for an ordinary selection. */
  selection: Area[] = [{ row: 0, column: 0, rows: 1, columns: 1 }];
  /** Settings as stored in the file: JSON text, as Office keeps them. */
  readonly settings = new Map<string, string>();
  readonly syncs: SyncRecord[] = [];
  payloadLimit = WEB_PAYLOAD_LIMIT;
  private nextId = 1;

  constructor(firstSheet = 'Sheet1') {
    this.sheets.push(new FakeSheet(firstSheet));
    this.activeSheet = firstSheet;
  }

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`The fake document has no sheet "${name}".`);
    return found;
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  newId(prefix: string): string {
    return `${prefix}-${this.nextId++}`;
  }

  /** Selected area addresses of the active sheet, e.g. ["A5:Q5"]. */
  selectedAddresses(): string[] {
    return this.selection.map(areaAddress);
  }
}

export function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function areaAddress(area: Area): string {
  const start = `${columnName(area.column)}${area.row + 1}`;
  if (area.rows === 1 && area.columns === 1) return start;
  return `${start}:${columnName(area.column + area.columns - 1)}${area.row + area.rows}`;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "A1", "B2:D9", "C:D" (whole columns) or "Sheet1!A1:B2" → an area; `sheetRows` bounds whole columns. */
export function parseAddress(address: string): Area {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [from, to = from] = bare.replace(/\$/g, '').split(':') as [string, string?];
  const cell = /^([A-Za-z]+)(\d+)?$/;
  const a = cell.exec(from);
  const b = cell.exec(to!);
  if (!a || !b) throw fakeError('InvalidArgument', `The fake cannot read the address "${address}".`);
  const top = a[2] ? Number(a[2]) - 1 : 0;
  const bottom = b[2] ? Number(b[2]) - 1 : 1_048_575;
  const left = columnIndex(a[1]!);
  const right = columnIndex(b[1]!);
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

export function intersects(a: Area, b: Area): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

/** An error shaped like OfficeExtension.Error: Excel's code, a message, and debugInfo. */
export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.debugInfo = { code, message };
  }
}

export function fakeError(code: string, message: string): FakeOfficeError {
  return new FakeOfficeError(code, message);
}

/**
 * The part of Excel's JavaScript API the workbook adapter uses, over a FakeDocument, with the
 * behaviour that matters for it: operations are queued and carried out at `context.sync()`;
 * a property can be read only after it was loaded and synced (PropertyNotLoaded otherwise);
 * each sync's request and response are measured as JSON and refused above the payload limit,
 * as Excel on the web refuses them; a missing item fails the sync with ItemNotFound.
 */
import {
  areaAddress,
  fakeError,
  intersects,
  parseAddress,
  type Area,
  type Cell,
  type FakeConditionalFormat,
  type FakeDocument,
  type FakeSheet,
  type SyncRecord,
} from './document';

/** What Office adds to a request for each operation (ids, method names): small but not nothing. */
const OPERATION_BYTES = 60;
const encoder = new TextEncoder();
const bytesOf = (value: unknown): number => encoder.encode(JSON.stringify(value) ?? 'null').length;

interface Operation {
  bytes: number;
  write: boolean;
  run: (record: SyncRecord) => void;
}

export class FakeRequestContext {
  private queue: Operation[] = [];
  private suspended = false;
  readonly workbook: FakeWorkbook;
  readonly application = {
    suspendApiCalculationUntilNextSync: (): void => {
      this.suspended = true;
    },
  };

  constructor(readonly document: FakeDocument) {
    this.workbook = new FakeWorkbook(this);
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  enqueue(write: boolean, bytes: number, run: (record: SyncRecord) => void): void {
    this.queue.push({ write, bytes: OPERATION_BYTES + bytes, run });
  }

  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    const record: SyncRecord = {
      request: operations.reduce((sum, op) => sum + op.bytes, 0),
      response: 0,
      calculationSuspended: this.suspended,
      writes: operations.filter((op) => op.write).length,
    };
    this.suspended = false;
    this.document.syncs.push(record);
    const limit = this.document.payloadLimit;
    if (record.request > limit) {
      throw fakeError(
        'RequestPayloadSizeLimitExceeded',
        'The request payload size has exceeded the limit. Please refer to the documentation on resource limits.',
      );
    }
    for (const op of operations) {
      op.run(record);
      if (record.response > limit) {
        throw fakeError(
          'ResponsePayloadSizeLimitExceeded',
          'The response payload size has exceeded the limit. Please refer to the documentation on resource limits.',
        );
      }
    }
    await Promise.resolve();
  }
}

/** Base of every proxy: loaded properties, readable only after the sync that loaded them. */
abstract class FakeClientObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private resolved: { value: T | null } | undefined;

  constructor(
    readonly context: FakeRequestContext,
    private readonly resolver: () => T | null,
  ) {}

  /** The object this proxy stands for, found once, at the first sync that needs it. */
  target(): T | null {
    return (this.resolved ??= { value: this.resolver() }).value;
  }

  protected abstract property(target: T, name: string): unknown;

  load(names?: string | string[] | { select?: string }): this {
    const list = (
      typeof names === 'string' ? names : Array.isArray(names) ? names.join(',') : (names?.select ?? '')
    )
      .split(',')
      .map((n) => n.trim())
      .filter((n) => n !== '');
    this.context.enqueue(false, bytesOf(list), (record) => {
      const target = this.target();
      this.loaded.set('isNullObject', target === null);
      if (target === null) return;
      for (const name of list) {
        if (name === 'isNullObject') continue;
        const value = this.property(target, name);
        record.response += bytesOf(value) + name.length;
        this.loaded.set(name, value);
      }
    });
    return this;
  }

  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) {
      throw fakeError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name) as V;
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }

  /** Queues a change to the target, sent with `bytes` of payload. */
  protected change(bytes: number, apply: (target: T) => void): void {
    this.context.enqueue(true, bytes, () => {
      const target = this.target();
      if (target === null) throw fakeError('InvalidOperation', 'The object is a null object.');
      apply(target);
    });
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  constructor(private readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.settings = new FakeSettingCollection(context);
  }

  getSelectedRange(): FakeRange {
    const doc = this.context.document;
    const sheet = new FakeWorksheet(this.context, () => doc.sheet(doc.activeSheet));
    return new FakeRange(this.context, sheet, () => doc.selection[0] ?? null);
  }
}

class FakeWorksheetCollection {
  constructor(private readonly context: FakeRequestContext) {}

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const found = this.context.document.sheets.find((s) => s.name === name);
      if (!found) throw fakeError('ItemNotFound', `The requested resource doesn't exist (sheet "${name}").`);
      return found;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => this.context.document.sheets.find((s) => s.name === name) ?? null,
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    const doc = this.context.document;
    return new FakeWorksheet(this.context, () => doc.sheet(doc.activeSheet));
  }
}

class FakeWorksheet extends FakeClientObject<FakeSheet> {
  get name(): string {
    return this.read('name');
  }

  protected property(sheet: FakeSheet, name: string): unknown {
    if (name === 'name') return sheet.name;
    throw fakeError('InvalidArgument', `The fake worksheet has no property "${name}".`);
  }

  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.context, () => this.target()?.tables ?? null, this);
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, this, () => this.target()?.usedArea() ?? null);
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    if (
      ![row, column, rowCount, columnCount].every(Number.isInteger) ||
      rowCount < 1 ||
      columnCount < 1 ||
      row < 0 ||
      column < 0
    )
      throw fakeError(
        'InvalidArgument',
        `getRangeByIndexes(${row}, ${column}, ${rowCount}, ${columnCount}): bad arguments.`,
      );
    return new FakeRange(this.context, this, () =>
      this.target() ? { row, column, rows: rowCount, columns: columnCount } : null,
    );
  }

  getRange(address?: string): FakeRange {
    const area = address ? parseAddress(address) : { row: 0, column: 0, rows: 1_048_576, columns: 16_384 };
    return new FakeRange(this.context, this, () => (this.target() ? area : null));
  }

  getRanges(address: string): { select(): void } {
    const areas = address.split(',').map(parseAddress);
    return {
      select: () =>
        this.context.enqueue(false, address.length, () => {
          const sheet = this.target();
          if (!sheet) throw fakeError('InvalidOperation', 'The object is a null object.');
          this.context.document.activeSheet = sheet.name;
          this.context.document.selection = areas;
        }),
    };
  }

  activate(): void {
    this.change(0, (sheet) => (this.context.document.activeSheet = sheet.name));
  }
}

class FakeRange extends FakeClientObject<Area> {
  constructor(
    context: FakeRequestContext,
    readonly worksheet: FakeWorksheet,
    resolver: () => Area | null,
  ) {
    super(context, () => (worksheet.target() === null ? null : resolver()));
  }

  private sheet(): FakeSheet {
    return this.worksheet.target()!;
  }

  protected property(area: Area, name: string): unknown {
    const sheet = this.sheet();
    const grid = <V>(cell: (row: number, column: number) => V): V[][] =>
      Array.from({ length: area.rows }, (_, r) =>
        Array.from({ length: area.columns }, (_, c) => cell(area.row + r, area.column + c)),
      );
    switch (name) {
      case 'values':
        return grid((r, c) => sheet.get(r, c));
      case 'numberFormat':
        return grid((r, c) => sheet.numberFormats.get(`${r},${c}`) ?? 'General');
      case 'rowIndex':
        return area.row;
      case 'columnIndex':
        return area.column;
      case 'rowCount':
        return area.rows;
      case 'columnCount':
        return area.columns;
      case 'address':
        return `${sheet.name}!${areaAddress(area)}`;
      default:
        throw fakeError('InvalidArgument', `The fake range has no property "${name}".`);
    }
  }

  get values(): Cell[][] {
    return this.read('values');
  }
  set values(grid: Cell[][]) {
    this.change(bytesOf(grid), (area) => {
      if (grid.length !== area.rows || grid.some((row) => row.length !== area.columns)) {
        throw fakeError(
          'InvalidArgument',
          `The number of rows or columns in the input array doesn't match the size of the range.`,
        );
      }
      this.sheet().put(area.row, area.column, grid);
    });
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(grid: string[][]) {
    this.change(bytesOf(grid), (area) =>
      grid.forEach((row, r) =>
        row.forEach((f, c) => this.sheet().numberFormats.set(`${area.row + r},${area.column + c}`, f)),
      ),
    );
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get address(): string {
    return this.read('address');
  }

  /** `range.format.fill.color = ...`: a fill on every cell of the range. */
  get format(): { fill: { color: string } } {
    const change = (color: string) =>
      this.change(color.length, (area) => {
        for (let r = 0; r < area.rows; r++)
          for (let c = 0; c < area.columns; c++)
            this.sheet().fills.set(`${area.row + r},${area.column + c}`, color);
      });
    return {
      fill: {
        get color(): string {
          throw fakeError('PropertyNotLoaded', 'The fake does not read fills back.');
        },
        set color(color: string) {
          change(color);
        },
      },
    };
  }

  getTables(fullyContained = false): FakeTableCollection {
    return new FakeTableCollection(
      this.context,
      () => {
        const area = this.target();
        if (!area) return null;
        return this.sheet().tables.filter((t) =>
          fullyContained
            ? t.area.row >= area.row && t.area.row + t.area.rows <= area.row + area.rows
            : intersects(t.area, area),
        );
      },
      this.worksheet,
    );
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.context, this);
  }

  select(): void {
    this.change(0, (area) => {
      this.context.document.activeSheet = this.sheet().name;
      this.context.document.selection = [area];
    });
  }

  clear(_applyTo?: string): void {
    this.change(0, (area) => {
      for (let r = 0; r < area.rows; r++)
        for (let c = 0; c < area.columns; c++) this.sheet().set(area.row + r, area.column + c, '');
    });
  }
}

class FakeTableCollection extends FakeClientObject<FakeSheet['tables']> {
  constructor(
    context: FakeRequestContext,
    resolver: () => FakeSheet['tables'] | null,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(context, resolver);
  }

  protected property(tables: FakeSheet['tables'], name: string): unknown {
    if (name !== 'items/name')
      throw fakeError('InvalidArgument', `The fake table collection cannot load "${name}".`);
    return tables.map((t) => t.name);
  }

  get items(): FakeTable[] {
    return this.read<string[]>('items/name').map((name) => this.getItem(name, name));
  }

  getItem(name: string, loadedName?: string): FakeTable {
    const table = new FakeTable(this.context, this.worksheet, () => {
      const found = this.worksheet.target()?.tables.find((t) => t.name === name);
      if (!found) throw fakeError('ItemNotFound', `The requested resource doesn't exist (table "${name}").`);
      return found;
    });
    if (loadedName !== undefined) table.knownName = loadedName;
    return table;
  }
}

class FakeTable extends FakeClientObject<FakeSheet['tables'][number]> {
  knownName: string | undefined;
  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet,
    resolver: () => FakeSheet['tables'][number],
  ) {
    super(context, resolver);
  }

  get name(): string {
    return this.knownName ?? this.read('name');
  }

  protected property(table: FakeSheet['tables'][number], name: string): unknown {
    if (name === 'name') return table.name;
    throw fakeError('InvalidArgument', `The fake table has no property "${name}".`);
  }

  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.context, this.worksheet, () => {
      const { area } = this.target()!;
      return { ...area, rows: 1 };
    });
  }

  getDataBodyRange(): FakeRange {
    return new FakeRange(this.context, this.worksheet, () => {
      const { area } = this.target()!;
      return { ...area, row: area.row + 1, rows: Math.max(1, area.rows - 1) };
    });
  }
}

class FakeConditionalFormatCollection extends FakeClientObject<FakeConditionalFormat[]> {
  constructor(
    context: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(context, () => {
      const area = range.target();
      const sheet = range.worksheet.target();
      return area && sheet ? sheet.conditionalFormats.filter((cf) => intersects(cf.area, area)) : null;
    });
  }

  protected property(formats: FakeConditionalFormat[], name: string): unknown {
    if (name !== 'items/id')
      throw fakeError('InvalidArgument', `The fake cannot load "${name}" of conditional formats.`);
    return formats.map((cf) => cf.id);
  }

  get items(): FakeConditionalFormatItem[] {
    return this.read<string[]>('items/id').map((id) => this.getItem(id));
  }

  getItem(id: string): FakeConditionalFormatItem {
    return new FakeConditionalFormatItem(
      this.context,
      () => {
        const found = this.range.worksheet.target()?.conditionalFormats.find((cf) => cf.id === id);
        if (!found)
          throw fakeError('ItemNotFound', `The requested resource doesn't exist (conditional format ${id}).`);
        return found;
      },
      this.range.worksheet,
    );
  }

  add(type: string): FakeConditionalFormatItem {
    let created: FakeConditionalFormat | undefined;
    this.context.enqueue(true, type.length, () => {
      const area = this.range.target();
      const sheet = this.range.worksheet.target();
      if (!area || !sheet) throw fakeError('InvalidOperation', 'The object is a null object.');
      created = { id: this.context.document.newId('cf'), area, type, formula: '', fill: null };
      sheet.conditionalFormats.push(created);
    });
    return new FakeConditionalFormatItem(this.context, () => created!, this.range.worksheet);
  }
}

class FakeConditionalFormatItem extends FakeClientObject<FakeConditionalFormat> {
  constructor(
    context: FakeRequestContext,
    resolver: () => FakeConditionalFormat,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(context, resolver);
  }

  get id(): string {
    return this.read('id');
  }

  protected property(cf: FakeConditionalFormat, name: string): unknown {
    if (name === 'id') return cf.id;
    if (name === 'type') return cf.type;
    throw fakeError('InvalidArgument', `The fake conditional format has no property "${name}".`);
  }

  get custom() {
    const set = (bytes: number, apply: (cf: FakeConditionalFormat) => void) => this.change(bytes, apply);
    return {
      rule: {
        set formula(formula: string) {
          set(formula.length, (cf) => (cf.formula = formula));
        },
        /** formulaLocal is the user's language (semicolons in Indonesian): the fake records it as a mistake. */
        set formulaLocal(_formula: string) {
          throw fakeError('InvalidArgument', 'The fake expects formula, not formulaLocal.');
        },
      },
      format: {
        fill: {
          set color(color: string) {
            set(color.length, (cf) => (cf.fill = color));
          },
        },
      },
    };
  }

  delete(): void {
    this.change(0, (cf) => {
      const list = this.worksheet.target()!.conditionalFormats;
      list.splice(list.indexOf(cf), 1);
    });
  }
}

class FakeSettingCollection {
  constructor(private readonly context: FakeRequestContext) {}

  add(key: string, value: unknown): void {
    const stored = JSON.stringify(value);
    this.context.enqueue(true, stored.length + key.length, () =>
      this.context.document.settings.set(key, stored),
    );
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, () => {
      const stored = this.context.document.settings.get(key);
      return stored === undefined ? null : { key, value: JSON.parse(stored) as unknown };
    });
  }
}

class FakeSetting extends FakeClientObject<{ key: string; value: unknown }> {
  get value(): unknown {
    return this.read('value');
  }
  get key(): string {
    return this.read('key');
  }
  protected property(setting: { key: string; value: unknown }, name: string): unknown {
    if (name === 'value') return setting.value;
    if (name === 'key') return setting.key;
    throw fakeError('InvalidArgument', `The fake setting has no property "${name}".`);
  }
}

/** Excel.run over a fake document: one context per batch, and a last sync for what is left queued. */
export function fakeExcelRun(document: FakeDocument) {
  return async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeRequestContext(document);
    const result = await batch(context);
    if (context.pending) await context.sync();
    return result;
  };
}

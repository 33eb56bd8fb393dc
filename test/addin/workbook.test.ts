/**
 * The workbook adapter (addin/workbook/) against a fake Excel (test/support/fake-excel/) that
 * queues operations until sync, refuses unloaded properties and measures every sync's payload,
 * refusing it above 5 MB as Excel on the web does.
 */
import { describe, expect, it } from 'vitest';
import { checkRoster, DEFAULT_POLICY, summariseVerdicts, type RowVerdict } from '../../shared/eligibility';
import { readRoster } from '../../shared/roster';
import {
  createExcelWorkbook,
  type ExcelRun,
  type RosterSnapshot,
  type RosterWorkbook,
} from '../../addin/workbook';
import { STATUS_WORDS } from '../../addin/workbook/result-text';
import { FakeDocument, fakeExcelRun, type Cell } from '../support/fake-excel';
import { fifteenColumnRoster, putWithTitle } from '../support/fake-excel/rosters';

const AS_OF = '2026-01-01';

function adapterFor(doc: FakeDocument): RosterWorkbook {
  return createExcelWorkbook(fakeExcelRun(doc) as unknown as ExcelRun);
}

function check(snapshot: RosterSnapshot): RowVerdict[] {
  const read = readRoster(snapshot.values);
  return checkRoster(read.rows, DEFAULT_POLICY, { asOf: AS_OF }, read.blank, read.problems);
}

/** The status words in column `column` of the data rows under `headerRow`. */
function column(doc: FakeDocument, headerRow: number, column: number, rows: number): Cell[] {
  const sheet = doc.sheet(doc.activeSheet);
  return Array.from({ length: rows }, (_, i) => sheet.get(headerRow + 1 + i, column));
}

describe('a 50,000-row roster of 15 columns', () => {
  const doc = new FakeDocument();
  const grid = fifteenColumnRoster(50_000);
  doc.sheet('Sheet1').put(0, 0, grid);
  doc.selection = [{ row: 10, column: 2, rows: 1, columns: 1 }];
  const workbook = adapterFor(doc);

  it('is found, read and its two result columns written in at most 12 syncs, none above 4 MB', async () => {
    const progress: number[] = [];
    const place = await workbook.findRoster();
    expect(place).toMatchObject({
      sheet: 'Sheet1',
      table: null,
      headerRow: 0,
      firstColumn: 0,
      columnCount: 15,
    });
    expect(place.rowCount).toBe(50_000);
    const snapshot = await workbook.readRoster(place, { onProgress: (p) => progress.push(p.done) });
    expect(snapshot.values).toEqual(grid);
    expect(progress.at(-1)).toBe(50_000);
    const verdicts = check(snapshot);
    const report = await workbook.writeResults(snapshot, verdicts, 'id');
    expect(report).toMatchObject({ matchedByNik: false, unmatched: 0 });

    expect(doc.syncs.length).toBeLessThanOrEqual(12);
    const largest = Math.max(...doc.syncs.map((s) => s.request + s.response));
    expect(largest).toBeLessThan(4_000_000);
    // Several blocks each way, so the limit is what shaped them (not one sync that happened to fit).
    expect(doc.syncs.filter((s) => s.response > 1_000_000).length).toBeGreaterThanOrEqual(3);

    // Every sync that wrote result cells ran with calculation suspended.
    const cellWrites = doc.syncs.filter((s) => s.request > 100_000);
    expect(cellWrites.length).toBeGreaterThan(0);
    for (const sync of cellWrites) expect(sync.calculationSuspended).toBe(true);

    const summary = summariseVerdicts(verdicts);
    const statuses = column(doc, 0, 15, 50_000);
    expect(doc.sheet('Sheet1').get(0, 15)).toBe('Status Rentan');
    expect(doc.sheet('Sheet1').get(0, 16)).toBe('Alasan Rentan');
    expect(statuses.filter((s) => s === STATUS_WORDS.id.eligible).length).toBe(summary.eligible);
    expect(statuses.filter((s) => s === STATUS_WORDS.id.rejected).length).toBe(summary.rejected);
    expect(summary.rejected).toBeGreaterThan(1_000);
  }, 60_000);
});

describe('writing results', () => {
  function smallRoster(rows: number): { doc: FakeDocument; grid: Cell[][]; workbook: RosterWorkbook } {
    const doc = new FakeDocument();
    const grid = fifteenColumnRoster(rows, 11);
    doc.sheet('Sheet1').put(0, 0, grid);
    return { doc, grid, workbook: adapterFor(doc) };
  }

  it('puts each status on the right person after the sheet was sorted between read and write', async () => {
    const { doc, workbook } = smallRoster(400);
    const snapshot = await workbook.readRoster(await workbook.findRoster());
    const verdicts = check(snapshot);
    // What each row should get, by its No column (unique, unlike the NIK: the roster has duplicates).
    const expected = new Map(
      snapshot.values.slice(1).map((row, i) => [row[0], STATUS_WORDS.en[verdicts[i]!.status]]),
    );
    expect(verdicts.some((v) => v.status === 'rejected')).toBe(true);
    expect(verdicts.some((v) => v.reasons.some((f) => f.code === 'NIK_DUPLICATE'))).toBe(true);

    // The user sorts by name (column C), Z to A.
    doc.sheet('Sheet1').sortRows(1, 400, (a, b) => String(b[2]).localeCompare(String(a[2])));
    const moved = column(doc, 0, 1, 400).filter((nik, i) => nik !== snapshot.values[i + 1]![1]).length;
    expect(moved).toBeGreaterThan(300);

    const report = await workbook.writeResults(snapshot, verdicts, 'en');
    expect(report).toMatchObject({ matchedByNik: true, unmatched: 0 });
    const sheet = doc.sheet('Sheet1');
    const got = new Map(Array.from({ length: 400 }, (_, i) => [sheet.get(i + 1, 0), sheet.get(i + 1, 15)]));
    expect(got).toEqual(expected);
    // Sentences, in English, on the rejected rows.
    const rejectedRow = [...Array(400).keys()]
      .map((i) => i + 1)
      .find((r) => sheet.get(r, 15) === 'Rejected')!;
    expect(String(sheet.get(rejectedRow, 16))).toMatch(/[A-Z].*\.$/);
  });

  it('marks a row whose NIK was changed after the check as "check again", and keeps the others', async () => {
    const { doc, workbook } = smallRoster(20);
    const snapshot = await workbook.readRoster(await workbook.findRoster());
    doc.sheet('Sheet1').sortRows(1, 20, (a, b) => Number(b[0]) - Number(a[0]));
    doc.sheet('Sheet1').set(1, 1, '6203014101900009');
    const report = await workbook.writeResults(snapshot, check(snapshot), 'id');
    expect(report).toMatchObject({ matchedByNik: true, unmatched: 1 });
    expect(doc.sheet('Sheet1').get(1, 16)).toBe('Baris ini berubah setelah diperiksa; periksa ulang.');
    expect(doc.sheet('Sheet1').get(1, 15)).toBe('');
  });

  it('highlights rejected and waitlisted rows with one rule in formula syntax (commas), kept single when written again', async () => {
    const { doc, workbook } = smallRoster(30);
    const snapshot = await workbook.readRoster(await workbook.findRoster());
    await workbook.writeResults(snapshot, check(snapshot), 'id');
    await workbook.writeResults(snapshot, check(snapshot), 'en');
    const rules = doc.sheet('Sheet1').conditionalFormats;
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({
      type: 'Custom',
      area: { row: 1, column: 0, rows: 30, columns: 17 },
      formula: '=OR($P2="Ditolak",$P2="Daftar tunggu",$P2="Rejected",$P2="Waitlisted")',
      fill: '#FCE4D6',
    });
    expect(doc.sheet('Sheet1').get(0, 15)).toBe('Rentan status');
  });

  it('finds the same roster again with its result columns beside it, and writes them in place', async () => {
    const { doc, workbook } = smallRoster(10);
    const first = await workbook.findRoster();
    await workbook.writeResults(await workbook.readRoster(first), [], 'id');
    const again = await workbook.findRoster();
    expect(again).toMatchObject({ columnCount: 15, resultColumn: 15 });
    expect(doc.sheet('Sheet1').get(0, 17)).toBe('');
  });

  it('goes to a row and selects the rows of one reason, after a sort', async () => {
    const { doc, workbook } = smallRoster(200);
    const snapshot = await workbook.readRoster(await workbook.findRoster());
    const verdicts = check(snapshot);
    const duplicates = verdicts
      .filter((v) => v.reasons.some((f) => f.code === 'NIK_DUPLICATE'))
      .map((v) => v.row);
    expect(duplicates.length).toBeGreaterThan(0);
    doc.sheet('Sheet1').sortRows(1, 200, (a, b) => Number(b[0]) - Number(a[0]));

    // Row 5 as read had No = 5; sorted descending it is now on sheet row 200 - 5 + 2 = 197 (1-based).
    expect(await workbook.goToRow(snapshot, 5)).toBe(true);
    expect(doc.selectedAddresses()).toEqual(['A197:Q197']);

    const report = await workbook.selectRows(snapshot, duplicates);
    expect(report.found).toBe(duplicates.length);
    const selectedNumbers = doc.selection.flatMap((a) =>
      Array.from({ length: a.rows }, (_, i) => doc.sheet('Sheet1').get(a.row + i, 0)),
    );
    // The selected rows are the duplicates themselves (the second copies), not their first rows.
    expect(selectedNumbers.map(Number).sort((a, b) => a - b)).toEqual(
      duplicates.map((r) => Number(snapshot.values[r]![0])).sort((a, b) => a - b),
    );
  });
});

describe('finding the roster', () => {
  it('finds the header row under title rows and a blank row', async () => {
    const doc = new FakeDocument();
    const grid = fifteenColumnRoster(25);
    const { headerRow } = putWithTitle(doc.sheet('Sheet1'), grid);
    const workbook = adapterFor(doc);
    const place = await workbook.findRoster();
    expect(place).toMatchObject({
      headerRow,
      firstColumn: 0,
      columnCount: 15,
      rowCount: 25,
      resultColumn: 15,
    });
    expect(place.headers[1]).toBe('NIK');
    const snapshot = await workbook.readRoster(place);
    expect(snapshot.values).toEqual(grid);
    expect(snapshot.nikColumn).toBe(1);
    await workbook.writeResults(snapshot, check(snapshot), 'id');
    expect(doc.sheet('Sheet1').get(headerRow, 15)).toBe('Status Rentan');
    expect(doc.sheet('Sheet1').get(0, 15)).toBe('');
  });

  it('takes the Excel table at the selection', async () => {
    const doc = new FakeDocument();
    const sheet = doc.sheet('Sheet1');
    sheet.put(0, 0, [['Catatan: daftar di bawah ini']]);
    const grid = fifteenColumnRoster(12);
    sheet.put(2, 1, grid);
    sheet.tables.push({ name: 'Peserta', area: { row: 2, column: 1, rows: 13, columns: 15 } });
    doc.selection = [{ row: 5, column: 4, rows: 1, columns: 1 }];
    const place = await adapterFor(doc).findRoster();
    expect(place).toMatchObject({
      table: 'Peserta',
      headerRow: 2,
      firstColumn: 1,
      rowCount: 12,
      resultColumn: 16,
    });
  });

  it('says why when the sheet is empty or names no NIK column', async () => {
    const doc = new FakeDocument();
    await expect(adapterFor(doc).findRoster()).rejects.toMatchObject({ problem: 'EMPTY_SHEET' });
    doc.sheet('Sheet1').put(0, 0, [
      ['Nama', 'Desa'],
      ['Budi', 'Selat Hulu'],
    ]);
    await expect(adapterFor(doc).findRoster()).rejects.toMatchObject({ problem: 'NO_HEADER_ROW' });
  });
});

describe('request size', () => {
  it('retries a block smaller when Excel refuses it as too large, and still reads every row', async () => {
    const doc = new FakeDocument();
    const grid = fifteenColumnRoster(3_000);
    doc.sheet('Sheet1').put(0, 0, grid);
    const workbook = adapterFor(doc);
    const place = await workbook.findRoster();
    // A host with a far lower limit than the adapter's target: its first block must be refused.
    doc.payloadLimit = 200_000;
    const snapshot = await workbook.readRoster(place);
    expect(snapshot.values).toEqual(grid);
    const refused = doc.syncs.filter((s) => s.response > 200_000);
    expect(refused.length).toBeGreaterThan(0);
  });
});

describe('workbook memory', () => {
  it('survives a reopen: a new adapter on the same document recalls the mapping, roster id and progress', async () => {
    const doc = new FakeDocument();
    const before = adapterFor(doc);
    expect(await before.recall()).toEqual({ headerMapping: null, rosterId: null, submission: null });
    const memory = {
      headerMapping: { sheet: 'Sheet1', columns: { nik: 'NO KTP', name: 'NAMA LENGKAP' } },
      rosterId: 'r-01J0ABC',
      submission: {
        rosterId: 'r-01J0ABC',
        totalRows: 5_000,
        chunkRows: 1_000,
        chunksDone: 3,
        state: 'uploading' as const,
        updatedAt: '2026-12-02T18:00:00Z',
      },
    };
    await before.remember(memory);
    expect(await adapterFor(doc).recall()).toEqual(memory);

    await adapterFor(doc).remember({ submission: null });
    expect(await adapterFor(doc).recall()).toEqual({ ...memory, submission: null });
  });

  it('ignores a setting that does not read back as expected (edited by hand, or an older version)', async () => {
    const doc = new FakeDocument();
    doc.settings.set('rentan.submission', JSON.stringify('{"rosterId": 5}'));
    doc.settings.set('rentan.rosterId', JSON.stringify('not json'));
    expect(await adapterFor(doc).recall()).toEqual({ headerMapping: null, rosterId: null, submission: null });
  });
});

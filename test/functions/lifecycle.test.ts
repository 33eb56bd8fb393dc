/**
 * The full roster lifecycle through app.request(): create → chunks → submit → summary → rows →
 * export (CSV and XLSX parsed back) → KPJ import → registered. Also: no NIK in any log line.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type {
  ChunkResult,
  KpjImportResult,
  Page,
  Roster,
  RosterRowView,
  RosterSummary,
  SubmitResult,
} from '../../shared/contracts';
import { BPJS_COLLECTIVE_COLUMNS } from '../../shared/contracts';
import { KAPUAS, draft, freshNik, json, testApp, tokenOf, worker, workers } from './fixtures';

describe('roster lifecycle', () => {
  it('goes from draft to registered, with costs by village and funding and files BPJS can read', async () => {
    const t = testApp();
    const operator = await tokenOf(KAPUAS.operator);
    const admin = await tokenOf(KAPUAS.admin);
    const finance = await tokenOf(KAPUAS.finance);

    const created = await t.call(
      'POST',
      '/v1/rosters',
      operator,
      draft({ funding: 'DD', startMonth: '2026-01', months: 12 }),
    );
    expect(created.status).toBe(201);
    const roster = await json<Roster>(created);
    expect(roster).toMatchObject({ status: 'draft', regency: '6203', endMonth: '2027-01', rowCount: 0 });

    // Chunk 1: three eligible workers of Selat Hulu, one 17-year-old, one wage earner.
    const young = freshNik('620301', 'L', '2009-06-15');
    const chunk1 = [
      ...workers(3),
      worker({ nik: young.nik, birthDate: young.birthDate }),
      worker({ category: 'Perangkat Desa' }),
    ];
    // Chunk 2: two workers of another village, one formula-looking name, and a duplicate of chunk 1's first NIK.
    const chunk2 = [
      worker({ village: 'Anjir Serapat' }),
      worker({ village: 'Anjir Serapat', name: '=HYPERLINK("http://x","y")' }),
      { ...worker(), nik: chunk1[0]!.nik, birthDate: chunk1[0]!.birthDate },
    ];

    const up1 = await t.call('PUT', `/v1/rosters/${roster.id}/chunks/1`, operator, {
      firstRow: 1,
      rows: chunk1,
    });
    expect(up1.status).toBe(200);
    const r1 = await json<ChunkResult>(up1);
    expect(r1.counts).toEqual({ eligible: 3, waitlisted: 0, rejected: 2, blank: 0, registered: 0 });
    expect(r1.rows[3]!.reasons.map((r) => r.code)).toContain('AGE_BELOW_MIN');
    expect(r1.rows[4]!.reasons.map((r) => r.code)).toContain('WAGE_EARNER');
    expect(r1.rows[0]!.nikMasked).toBe(
      `${String(chunk1[0]!.nik).slice(0, 4)}********${String(chunk1[0]!.nik).slice(12)}`,
    );

    const up2 = await t.call('PUT', `/v1/rosters/${roster.id}/chunks/2`, operator, {
      firstRow: 6,
      rows: chunk2,
    });
    const r2 = await json<ChunkResult>(up2);
    // Within chunk 2 alone the duplicate is not visible yet: all three pass the per-chunk check.
    expect(r2.counts.eligible).toBe(3);

    const submitted = await t.call('POST', `/v1/rosters/${roster.id}/submit`, operator);
    expect(submitted.status).toBe(202);
    expect((await json<SubmitResult>(submitted)).roster.status).toBe('submitting');
    await t.service.jobs!.idle();
    const s = await json<RosterSummary>(await t.call('GET', `/v1/rosters/${roster.id}/summary`, operator));
    // Across the roster, row 8 repeats row 1's NIK: 3 + 2 eligible, rows 4, 5 and 8 rejected.
    expect(s.counts).toEqual({ eligible: 5, waitlisted: 0, rejected: 3, blank: 0, registered: 0 });
    expect(s.byReason).toMatchObject({ AGE_BELOW_MIN: 1, WAGE_EARNER: 1, NIK_DUPLICATE: 1 });
    expect(s.status).toBe('submitted');

    // Locked: no more chunks.
    const late = await t.call('PUT', `/v1/rosters/${roster.id}/chunks/3`, operator, {
      firstRow: 9,
      rows: workers(1),
    });
    expect(late.status).toBe(409);

    const summary = await json<RosterSummary>(
      await t.call('GET', `/v1/rosters/${roster.id}/summary`, finance),
    );
    // DD-funded, non-transport, Jan–Dec 2026: PP 50/2025 halves JKK+JKM for Apr–Dec 2026.
    // Per worker: 3 × 16,800 + 9 × 8,400 = 50,400 + 75,600 = 126,000.
    // Selat Hulu 3 workers = 378,000; Anjir Serapat 2 = 252,000; total 5 = 630,000.
    expect(summary.covered).toEqual({ workers: 5, cost: 630_000 });
    expect(summary.byVillage).toEqual([
      { village: 'Anjir Serapat', workers: 2, cost: 252_000 },
      { village: 'Selat Hulu', workers: 3, cost: 378_000 },
    ]);
    expect(summary.byFunding).toEqual([{ funding: 'DD', workers: 5, cost: 630_000 }]);

    const rejected = await json<Page<RosterRowView>>(
      await t.call('GET', `/v1/rosters/${roster.id}/rows?status=rejected`, finance),
    );
    expect(rejected.items.map((r) => r.row)).toEqual([4, 5, 8]);
    expect(rejected.next).toBeNull();

    // CSV, parsed back: header row from the column data, 5 covered rows, NIKs intact, formula neutralised.
    const csvResponse = await t.call('GET', `/v1/rosters/${roster.id}/export?format=csv`, finance);
    expect(csvResponse.status).toBe(200);
    expect(csvResponse.headers.get('Content-Type')).toContain('text/csv');
    const csv = Papa.parse<string[]>(await csvResponse.text(), { skipEmptyLines: true }).data;
    expect(csv[0]).toEqual(BPJS_COLLECTIVE_COLUMNS.map((c) => c.header));
    expect(csv).toHaveLength(6);
    const nikColumn = csv.slice(1).map((r) => r[0]);
    expect(nikColumn).toEqual([
      chunk1[0]!.nik,
      chunk1[1]!.nik,
      chunk1[2]!.nik,
      chunk2[0]!.nik,
      chunk2[1]!.nik,
    ]);
    const nameColumn = csv.slice(1).map((r) => r[1]);
    expect(nameColumn[4]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(csv[1]![BPJS_COLLECTIVE_COLUMNS.findIndex((c) => c.field === 'funding')]).toBe('DD');

    const xlsxResponse = await t.call('GET', `/v1/rosters/${roster.id}/export?format=xlsx`, finance);
    expect(xlsxResponse.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsxResponse.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(6);
    expect(sheet.getCell('A2').value).toBe(chunk1[0]!.nik);
    expect(typeof sheet.getCell('A2').value).toBe('string');
    expect(sheet.getCell('B6').value).toBe(`'=HYPERLINK("http://x","y")`);
    expect(sheet.getCell('B6').formula).toBeUndefined();

    // KPJ numbers back: operators may not import them, admins may.
    const entries = [
      { nik: String(chunk1[0]!.nik), kpj: '26010000001' },
      { nik: String(chunk2[0]!.nik), kpj: '26010000002' },
      { nik: String(chunk1[3]!.nik), kpj: '26010000003' }, // rejected row: not in the roster's claims
    ];
    expect((await t.call('POST', `/v1/rosters/${roster.id}/kpj`, operator, { entries })).status).toBe(403);
    const imported = await json<KpjImportResult>(
      await t.call('POST', `/v1/rosters/${roster.id}/kpj`, admin, { entries }),
    );
    expect(imported.registered).toBe(2);
    expect(imported.entries.map((e) => e.outcome)).toEqual(['registered', 'registered', 'not-in-roster']);
    expect(imported.entries.map((e) => e.row)).toEqual([1, 6, null]);

    const registered = await json<Page<RosterRowView>>(
      await t.call('GET', `/v1/rosters/${roster.id}/rows?status=registered`, finance),
    );
    expect(registered.items.map((r) => [r.row, r.kpj])).toEqual([
      [1, '26010000001'],
      [6, '26010000002'],
    ]);
    const after = await json<RosterSummary>(await t.call('GET', `/v1/rosters/${roster.id}/summary`, finance));
    expect(after.counts).toMatchObject({ eligible: 3, registered: 2 });
    expect(after.covered).toEqual({ workers: 5, cost: 630_000 });

    // The same import again changes nothing.
    const again = await json<KpjImportResult>(
      await t.call('POST', `/v1/rosters/${roster.id}/kpj`, admin, { entries }),
    );
    expect(again.registered).toBe(0);
    expect(again.entries.map((e) => e.outcome)).toEqual([
      'already-registered',
      'already-registered',
      'not-in-roster',
    ]);

    // No log line carries a NIK, though NIKs went through every request above.
    const niks = [...chunk1, ...chunk2].map((r) => String(r.nik));
    expect(t.logs.length).toBeGreaterThan(10);
    for (const line of t.logs) for (const nik of niks) expect(line).not.toContain(nik);
  });

  it('withdraws a draft, and a withdrawn roster takes no chunks and cannot be submitted', async () => {
    const t = testApp();
    const operator = await tokenOf(KAPUAS.operator);
    const roster = await json<Roster>(await t.call('POST', '/v1/rosters', operator, draft()));
    const withdrawn = await t.call('POST', `/v1/rosters/${roster.id}/withdraw`, operator);
    expect(withdrawn.status).toBe(200);
    expect((await json<Roster>(withdrawn)).status).toBe('withdrawn');
    expect(
      (await t.call('PUT', `/v1/rosters/${roster.id}/chunks/1`, operator, { firstRow: 1, rows: workers(1) }))
        .status,
    ).toBe(409);
    expect((await t.call('POST', `/v1/rosters/${roster.id}/submit`, operator)).status).toBe(409);
    expect((await t.call('POST', `/v1/rosters/${roster.id}/withdraw`, operator)).status).toBe(409);
  });
});

/**
 * Numbers that agree (issue: submission that survives ...): KPJ import never silently replaces a
 * participant number, counts a NIK repeated in one request once, and the summary's counts stay
 * equal to the rows' statuses through every change; the summary prices a row with its own income
 * base and funding source, as the BPJS export writes them.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import {
  BPJS_COLLECTIVE_COLUMNS,
  type KpjImportResult,
  type Page,
  type Roster,
  type RosterRowView,
  type RosterSummary,
} from '../../shared/contracts';
import { KAPUAS, draft, json, testApp, tokenOf, worker, workers, type TestApp } from './fixtures';

async function countsFromRows(t: TestApp, token: string, id: string): Promise<Record<string, number>> {
  const page = await json<Page<RosterRowView>>(
    await t.call('GET', `/v1/rosters/${id}/rows?limit=500`, token),
  );
  const counts: Record<string, number> = { eligible: 0, waitlisted: 0, rejected: 0, blank: 0, registered: 0 };
  for (const row of page.items) counts[row.status]!++;
  return counts;
}

describe('KPJ import and the summary', () => {
  it('refuses to replace a different KPJ unless asked, counts repeats once, and keeps counts equal to the rows', async () => {
    const t = testApp();
    const operator = await tokenOf(KAPUAS.operator);
    const admin = await tokenOf(KAPUAS.admin);
    const people = workers(10);
    const roster = await json<Roster>(await t.call('POST', '/v1/rosters', operator, draft()));
    await t.call('PUT', `/v1/rosters/${roster.id}/chunks/1`, operator, { firstRow: 1, rows: people });
    await t.submit(roster.id, operator);
    const kpj = (body: unknown) => t.call('POST', `/v1/rosters/${roster.id}/kpj`, admin, body);
    const nik = (i: number) => String(people[i]!.nik);

    // Three NIKs, one of them twice with the same number: three registrations, not four.
    const first = await json<KpjImportResult>(
      await kpj({
        entries: [
          { nik: nik(0), kpj: 'KPJ-0000001' },
          { nik: nik(1), kpj: 'KPJ-0000002' },
          { nik: nik(0), kpj: 'KPJ-0000001' },
          { nik: nik(2), kpj: 'KPJ-0000003' },
        ],
      }),
    );
    expect(first.registered).toBe(3);
    expect(first.entries.map((e) => e.outcome)).toEqual([
      'registered',
      'registered',
      'repeated',
      'registered',
    ]);

    // The same NIK with two numbers in one request cannot both be right.
    const torn = await kpj({
      entries: [
        { nik: nik(3), kpj: 'KPJ-0000004' },
        { nik: nik(3), kpj: 'KPJ-0000005' },
      ],
    });
    expect(torn.status).toBe(422);

    // A different number for a registered worker changes nothing without "replace".
    const other = await json<KpjImportResult>(await kpj({ entries: [{ nik: nik(1), kpj: 'KPJ-9999999' }] }));
    expect(other).toMatchObject({
      registered: 0,
      replaced: 0,
      entries: [{ outcome: 'different-kpj', row: 2 }],
    });
    const rows = await json<Page<RosterRowView>>(
      await t.call('GET', `/v1/rosters/${roster.id}/rows`, operator),
    );
    expect(rows.items[1]!.kpj).toBe('KPJ-0000002');
    const replaced = await json<KpjImportResult>(
      await kpj({ entries: [{ nik: nik(1), kpj: 'KPJ-9999999' }], replace: true }),
    );
    expect(replaced).toMatchObject({ registered: 0, replaced: 1, entries: [{ outcome: 'replaced' }] });

    // Counts: kept totals equal the rows' own statuses, after every change.
    const summary = await json<RosterSummary>(
      await t.call('GET', `/v1/rosters/${roster.id}/summary`, operator),
    );
    expect(summary.counts).toEqual(await countsFromRows(t, operator, roster.id));
    expect(summary.counts).toMatchObject({ eligible: 7, registered: 3 });
    expect(summary.covered.workers).toBe(10);
  });

  it('prices each row with its own income base and funding, as the export states them', async () => {
    const t = testApp();
    const operator = await tokenOf(KAPUAS.operator);
    const roster = await json<Roster>(
      await t.call(
        'POST',
        '/v1/rosters',
        operator,
        draft({ funding: 'APBD', incomeBase: 1_000_000, months: 12 }),
      ),
    );
    await t.call('PUT', `/v1/rosters/${roster.id}/chunks/1`, operator, {
      firstRow: 1,
      rows: [worker(), worker({ incomeBase: 2_000_000 }), worker({ funding: 'DD' })],
    });
    await t.submit(roster.id, operator);
    const summary = await json<RosterSummary>(
      await t.call('GET', `/v1/rosters/${roster.id}/summary`, operator),
    );
    // APBD, Jan–Dec 2026, no discount: 16,800 × 12 = 201,600 at B = 1,000,000;
    // at B = 2,000,000, JKK is 20,000 + JKM 6,800 = 26,800 × 12 = 321,600;
    // DD: 3 × 16,800 + 9 × 8,400 = 126,000 (PP 50/2025, Apr–Dec 2026).
    expect(summary.byFunding).toEqual([
      { funding: 'APBD', workers: 2, cost: 201_600 + 321_600 },
      { funding: 'DD', workers: 1, cost: 126_000 },
    ]);
    expect(summary.covered).toEqual({ workers: 3, cost: 201_600 + 321_600 + 126_000 });
    const csv = Papa.parse<string[]>(
      await (await t.call('GET', `/v1/rosters/${roster.id}/export?format=csv`, operator)).text(),
      { skipEmptyLines: true },
    ).data;
    const base = BPJS_COLLECTIVE_COLUMNS.findIndex((c) => c.header === 'Upah/Penghasilan');
    const funding = BPJS_COLLECTIVE_COLUMNS.findIndex((c) => c.field === 'funding');
    expect(csv.slice(1).map((r) => [r[base], r[funding]])).toEqual([
      ['1000000', 'APBD'],
      ['2000000', 'APBD'],
      ['1000000', 'DD'],
    ]);
  });
});

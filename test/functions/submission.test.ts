/**
 * The submission job survives crashes (issue: submission that survives crashes, bad input and
 * real sizes). A crash is a fault hook that throws at a named step, exactly where a killed
 * process would stop; the job is then resumed as a client would (submitting again, on a new
 * service over the same table). Each run gets its own table, because NIK claims span the table.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Page, Roster, RosterRowView, RosterSummary } from '../../shared/contracts';
import type { RosterRow } from '../../shared/roster/schema';
import { ensureTable } from '../../functions/store/create-table';
import { runJob } from '../../functions/rosters/jobs/run';
import type { JobMessage } from '../../functions/rosters/jobs/queue';
import { testDynamoClient } from '../support/local-services';
import { KAPUAS, draft, json, testApp, tokenOf, worker, workers, type TestApp } from './fixtures';

let tables = 0;
async function freshTable(): Promise<string> {
  const name = `rentan-submission-${process.pid}-${++tables}`;
  await ensureTable(testDynamoClient(), name);
  return name;
}

/** A service whose jobs go nowhere (like SQS with no worker yet), so the test runs each job itself. */
function manual(table: string, fault?: (point: string) => void): { t: TestApp; sent: JobMessage[] } {
  const sent: JobMessage[] = [];
  const t = testApp({ tableName: table, jobs: { send: async (m) => void sent.push(m) }, fault });
  return { t, sent };
}

async function upload(t: TestApp, token: string, rosterId: string, rows: RosterRow[], size: number) {
  for (let at = 0, chunk = 1; at < rows.length; at += size, chunk++) {
    const res = await t.call('PUT', `/v1/rosters/${rosterId}/chunks/${chunk}`, token, {
      firstRow: at + 1,
      rows: rows.slice(at, at + size),
    });
    expect(res.status, await res.clone().text()).toBe(200);
  }
}

async function allRows(t: TestApp, token: string, rosterId: string): Promise<RosterRowView[]> {
  const rows: RosterRowView[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page: Page<RosterRowView> = await json(
      await t.call('GET', `/v1/rosters/${rosterId}/rows?limit=500${query}`, token),
    );
    rows.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return rows.sort((a, b) => a.row - b.row);
}

async function exportedNiks(t: TestApp, token: string, rosterId: string): Promise<string[]> {
  const res = await t.call('GET', `/v1/rosters/${rosterId}/export?format=csv`, token);
  expect(res.status).toBe(200);
  return Papa.parse<string[]>(await res.text(), { skipEmptyLines: true })
    .data.slice(1)
    .map((r) => r[0]!);
}

/** Everything a finished submission leaves that a user can see, without ids that differ per run. */
async function endState(t: TestApp, token: string, rosterId: string) {
  const roster = await json<Roster>(await t.call('GET', `/v1/rosters/${rosterId}`, token));
  const summary = await json<RosterSummary>(await t.call('GET', `/v1/rosters/${rosterId}/summary`, token));
  const rows = (await allRows(t, token, rosterId)).map((r) => ({
    row: r.row,
    status: r.status,
    reasons: r.reasons,
    nik: r.nik,
  }));
  const claimed = rows.filter((r) => r.status === 'eligible').map((r) => r.nik);
  const lookup: { results: { nik: string; claims: { rosterId: string; row: number }[] }[] } = { results: [] };
  for (let at = 0; at < claimed.length; at += 1_000) {
    const part = await json<typeof lookup>(
      await t.call('POST', '/v1/niks/lookup', token, { niks: claimed.slice(at, at + 1_000) }),
    );
    lookup.results.push(...part.results);
  }
  return {
    status: roster.status,
    rowCount: roster.rowCount,
    counts: summary.counts,
    byReason: summary.byReason,
    covered: summary.covered,
    byVillage: summary.byVillage,
    rows,
    claims: lookup.results.map((r) => r.claims.filter((c) => c.rosterId === rosterId).map((c) => c.row)),
    exported: await exportedNiks(t, token, rosterId),
  };
}

// Thousands of real writes per test: generous limits for a loaded 2-core machine.
const LARGE = { timeout: 600_000 };

describe('a submission stopped at any step and resumed', () => {
  it('crash mid-submit: not exportable until resumed; no NIK ends up in two exports', LARGE, async () => {
    const table = await freshTable();
    const operator = await tokenOf(KAPUAS.operator);
    let crashed = false;
    const { t: a } = manual(table, (point) => {
      if (point === 'submitting:after-advance:0' && !crashed) {
        crashed = true;
        throw new Error('killed');
      }
    });
    const people = workers(2_000);
    const first = await json<Roster>(
      await a.call('POST', '/v1/rosters', operator, draft({ name: 'Roster A' })),
    );
    await upload(a, operator, first.id, people, 400);
    expect((await a.call('POST', `/v1/rosters/${first.id}/submit`, operator)).status).toBe(202);
    await expect(runJob(a.service.deps, { regency: '6203', rosterId: first.id, user: 'x' })).rejects.toThrow(
      'killed',
    );

    // Half-way: the roster says so, and neither export nor KPJ import will take it.
    const halfway = await json<Roster>(await a.call('GET', `/v1/rosters/${first.id}`, operator));
    expect(halfway.status).toBe('submitting');
    expect(halfway.progress).toMatchObject({
      job: 'submit',
      chunksDone: 1,
      chunkCount: 5,
      rowsDone: 400,
      niks: 400,
    });
    expect((await a.call('GET', `/v1/rosters/${first.id}/export?format=csv`, operator)).status).toBe(409);
    const admin = await tokenOf(KAPUAS.admin);
    const kpj = await a.call('POST', `/v1/rosters/${first.id}/kpj`, admin, {
      entries: [{ nik: String(people[0]!.nik), kpj: '26010000001' }],
    });
    expect(kpj.status).toBe(409);

    // Meanwhile a second roster with the other 1,600 people (and 100 of the claimed ones) is submitted.
    const b = testApp({ tableName: table });
    const second = await json<Roster>(
      await b.call('POST', '/v1/rosters', operator, draft({ name: 'Roster B' })),
    );
    await upload(b, operator, second.id, [...people.slice(300, 2_000)], 1_000);
    expect((await b.submit(second.id, operator)).status).toBe('submitted');

    // The first is resumed, as a client does after a restart: submit again.
    expect((await b.submit(first.id, operator)).status).toBe('submitted');
    const inA = await exportedNiks(b, operator, first.id);
    const inB = await exportedNiks(b, operator, second.id);
    expect(inA.length + inB.length).toBe(2_000);
    expect(inA.filter((nik) => inB.includes(nik))).toEqual([]);
    expect(inA).toHaveLength(400);
    // A's rows beyond its first chunk went to B first: rejected, naming B.
    const rowsA = await allRows(b, operator, first.id);
    expect(rowsA[1_999]).toMatchObject({
      status: 'rejected',
      reasons: [{ code: 'NIK_CLAIMED_OTHER_ROSTER', params: { roster: 'Roster B' } }],
    });
  });

  it(
    'ends with the same claims, statuses and counts as an uninterrupted run, whichever step it stopped at',
    LARGE,
    async () => {
      const operator = await tokenOf(KAPUAS.operator);
      // 3,000 rows in 4 chunks: duplicates across chunks, 60 people another roster holds already,
      // blank lines, and rows of several villages with their own funding and income base.
      const people = workers(2_900).map((p, i) =>
        i % 7 === 0 ? { ...p, village: 'Anjir Serapat', funding: 'DD' as const, incomeBase: 2_000_000 } : p,
      );
      const blank = Object.fromEntries(Object.keys(worker()).map((k) => [k, null])) as unknown as RosterRow;
      const rows = [...people, ...people.slice(0, 80), ...Array.from({ length: 20 }, () => blank)];
      const held = people.slice(1_000, 1_060);

      async function scenario(stopAt?: string) {
        const table = await freshTable();
        // Armed once the earlier roster is in: only the main roster's job is stopped.
        let armed = false;
        const { t } = manual(table, (point) => {
          if (armed && point === stopAt) {
            armed = false;
            throw new Error(`stopped at ${point}`);
          }
        });
        const prior = await json<Roster>(
          await t.call('POST', '/v1/rosters', operator, draft({ name: 'Earlier' })),
        );
        await upload(t, operator, prior.id, held, 1_000);
        await t.call('POST', `/v1/rosters/${prior.id}/submit`, operator);
        await runJob(t.service.deps, { regency: '6203', rosterId: prior.id, user: 'x' });

        const roster = await json<Roster>(
          await t.call('POST', '/v1/rosters', operator, draft({ name: 'Main' })),
        );
        await upload(t, operator, roster.id, rows, 800);
        expect((await t.call('POST', `/v1/rosters/${roster.id}/submit`, operator)).status).toBe(202);
        const message = { regency: '6203', rosterId: roster.id, user: 'x' };
        armed = true;
        if (stopAt) {
          await expect(runJob(t.service.deps, message)).rejects.toThrow('stopped at');
          // Restarted: a new service on the same table, resumed by submitting again.
          const restarted = testApp({ tableName: table });
          expect((await restarted.submit(roster.id, operator)).status).toBe('submitted');
          return endState(restarted, operator, roster.id);
        }
        expect(await runJob(t.service.deps, message)).toBe('done');
        return endState(t, operator, roster.id);
      }

      const baseline = await scenario();
      expect(baseline.status).toBe('submitted');
      expect(baseline.rowCount).toBe(3_000);
      // 2,900 people, 80 repeated, 60 held elsewhere, 20 blank lines.
      expect(baseline.counts).toEqual({
        eligible: 2_840,
        waitlisted: 0,
        rejected: 140,
        blank: 20,
        registered: 0,
      });
      expect(baseline.byReason).toMatchObject({ NIK_DUPLICATE: 80, NIK_CLAIMED_OTHER_ROSTER: 60 });
      expect(baseline.exported).toHaveLength(2_840);
      expect(new Set(baseline.exported).size).toBe(2_840);

      for (const stopAt of [
        'submitting:after-claims:0',
        'submitting:after-rows:1',
        'submitting:before-advance:2',
        'submitting:after-advance:2',
        'submitting:after-claims:3',
      ]) {
        expect(await scenario(stopAt), stopAt).toEqual(baseline);
      }
    },
  );

  it('withdrawing a stopped submission releases its claims for other rosters', LARGE, async () => {
    const table = await freshTable();
    const operator = await tokenOf(KAPUAS.operator);
    let stopped = false;
    const { t } = manual(table, (point) => {
      if (point === 'submitting:after-advance:1' && !stopped) {
        stopped = true;
        throw new Error('stopped');
      }
    });
    const people = workers(900);
    const roster = await json<Roster>(await t.call('POST', '/v1/rosters', operator, draft()));
    await upload(t, operator, roster.id, people, 300);
    await t.call('POST', `/v1/rosters/${roster.id}/submit`, operator);
    await expect(
      runJob(t.service.deps, { regency: '6203', rosterId: roster.id, user: 'x' }),
    ).rejects.toThrow();

    const local = testApp({ tableName: table });
    const withdrawing = await local.call('POST', `/v1/rosters/${roster.id}/withdraw`, operator);
    expect(withdrawing.status).toBe(202);
    expect((await json<Roster>(withdrawing)).status).toBe('withdrawing');
    await local.service.jobs!.idle();
    const withdrawn = await json<Roster>(await local.call('GET', `/v1/rosters/${roster.id}`, operator));
    expect(withdrawn).toMatchObject({ status: 'withdrawn', progress: null });

    const next = await json<Roster>(await local.call('POST', '/v1/rosters', operator, draft()));
    await upload(local, operator, next.id, people, 900);
    await local.submit(next.id, operator);
    expect(await exportedNiks(local, operator, next.id)).toHaveLength(900);
  });
});

/**
 * One person, one entry: a NIK is claimed once per overlapping period, within a roster, across a
 * regency's rosters and across regencies, and concurrent claims have exactly one winner.
 */
import { describe, expect, it } from 'vitest';
import type {
  NikLookupResult,
  Page,
  Roster,
  RosterRowView,
  RosterSummary,
  StatusCounts,
} from '../../shared/contracts';
import { ClaimStore, type NikClaim } from '../../functions/store/claims';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { testDynamoClient } from '../support/local-services';
import {
  BARITO,
  KAPUAS,
  draft,
  freshNik,
  json,
  testApp,
  tokenOf,
  worker,
  workers,
  type TestApp,
} from './fixtures';
import type { RosterRow } from '../../shared/roster/schema';

async function submitRoster(
  t: TestApp,
  token: string,
  rows: RosterRow[],
  overrides: Parameters<typeof draft>[0] = {},
): Promise<{ roster: Roster; result: Submitted; rows: RosterRowView[] }> {
  const roster = await json<Roster>(await t.call('POST', '/v1/rosters', token, draft(overrides)));
  const up = await t.call('PUT', `/v1/rosters/${roster.id}/chunks/1`, token, { firstRow: 1, rows });
  expect(up.status).toBe(200);
  expect((await t.submit(roster.id, token)).status).toBe('submitted');
  const page = await json<Page<RosterRowView>>(await t.call('GET', `/v1/rosters/${roster.id}/rows`, token));
  return { roster, result: await submitted(t, roster.id, token), rows: page.items };
}

/** What a finished submission comes to: counts from the summary, and the NIKs it holds claimed. */
type Submitted = { counts: StatusCounts; claimed: number };
async function submitted(t: TestApp, rosterId: string, token: string): Promise<Submitted> {
  const summary = await json<RosterSummary>(await t.call('GET', `/v1/rosters/${rosterId}/summary`, token));
  const page = await json<Page<RosterRowView>>(await t.call('GET', `/v1/rosters/${rosterId}/rows`, token));
  const niks = page.items.filter((r) => r.nik.length === 16).map((r) => r.nik);
  const found = await json<NikLookupResult>(await t.call('POST', '/v1/niks/lookup', token, { niks }));
  const claimed = new Set(
    found.results.filter((r) => r.claims.some((c) => c.rosterId === rosterId)).map((r) => r.nik),
  ).size;
  return { counts: summary.counts, claimed };
}

describe('NIK claims', () => {
  it('rejects a duplicate within a roster, pointing at the first row', async () => {
    const t = testApp();
    const operator = await tokenOf(KAPUAS.operator);
    const first = worker();
    const { rows, result } = await submitRoster(t, operator, [
      first,
      worker(),
      { ...first, name: 'Same person' },
    ]);
    expect(result.counts.eligible).toBe(2);
    expect(rows[2]).toMatchObject({
      status: 'rejected',
      reasons: [{ code: 'NIK_DUPLICATE', params: { firstRow: 1 } }],
    });
  });

  it("rejects a NIK another of the regency's rosters holds for an overlapping period, naming that roster", async () => {
    const t = testApp();
    const operator = await tokenOf(KAPUAS.operator);
    const shared = worker();
    const a = await submitRoster(t, operator, [shared, worker()], {
      name: 'Petani Selat 2026',
      startMonth: '2026-01',
      months: 12,
    });
    expect(a.result.claimed).toBe(2);

    // Overlaps Jul–Dec 2026.
    const b = await submitRoster(t, operator, [worker(), shared], { startMonth: '2026-07', months: 12 });
    expect(b.result.counts).toMatchObject({ eligible: 1, rejected: 1 });
    expect(b.rows[1]).toMatchObject({
      status: 'rejected',
      reasons: [{ code: 'NIK_CLAIMED_OTHER_ROSTER', params: { roster: 'Petani Selat 2026' } }],
    });

    // Starts the month a's coverage ends (a covers [2026-01, 2027-01)): no overlap, accepted.
    const c = await submitRoster(t, operator, [shared], { startMonth: '2027-01', months: 6 });
    expect(c.result.counts.eligible).toBe(1);
  });

  it('rejects a NIK another regency holds without naming that regency or roster', async () => {
    const t = testApp();
    const kapuas = await tokenOf(KAPUAS.operator);
    const barito = await tokenOf(BARITO.operator);
    const mover = worker(); // a Kapuas-issued NIK; a roster of Barito Utara may list them too (a warning)
    const a = await submitRoster(t, kapuas, [mover], { name: 'Nelayan Kapuas Rahasia' });
    expect(a.result.claimed).toBe(1);

    const b = await submitRoster(t, barito, [mover, worker({}, '620501')], { months: 6 });
    expect(b.result.counts).toMatchObject({ eligible: 1, rejected: 1 });
    expect(b.rows[0]!.reasons).toEqual([{ code: 'NIK_CLAIMED_ELSEWHERE', params: {} }]);
    const text = JSON.stringify(b);
    expect(text).not.toContain('Nelayan Kapuas Rahasia');
    expect(text).not.toContain(a.roster.id);

    // Lookups: Kapuas sees its claim; Barito Utara sees only that someone else holds it.
    const niks = { niks: [String(mover.nik), freshNik().nik] };
    const own = await json<NikLookupResult>(await t.call('POST', '/v1/niks/lookup', kapuas, niks));
    expect(own.results[0]).toMatchObject({
      claimedElsewhere: false,
      claims: [{ rosterId: a.roster.id, rosterName: 'Nelayan Kapuas Rahasia', row: 1, status: 'claimed' }],
    });
    expect(own.results[1]).toEqual({ nik: niks.niks[1], claims: [], claimedElsewhere: false });
    const other = await json<NikLookupResult>(await t.call('POST', '/v1/niks/lookup', barito, niks));
    expect(other.results[0]).toEqual({ nik: niks.niks[0], claims: [], claimedElsewhere: true });
  });

  it('lets exactly one of several rosters submitted at once claim a shared NIK', async () => {
    const t = testApp();
    const operator = await tokenOf(KAPUAS.operator);
    const barito = await tokenOf(BARITO.operator);
    const contested = worker();
    const rosters: { id: string; token: string }[] = [];
    for (const token of [operator, operator, operator, barito, barito]) {
      const roster = await json<Roster>(await t.call('POST', '/v1/rosters', token, draft()));
      await t.call('PUT', `/v1/rosters/${roster.id}/chunks/1`, token, {
        firstRow: 1,
        rows: [contested, ...workers(2)],
      });
      rosters.push({ id: roster.id, token });
    }
    const accepted = await Promise.all(
      rosters.map(async (r) => (await t.call('POST', `/v1/rosters/${r.id}/submit`, r.token)).status),
    );
    expect(accepted).toEqual([202, 202, 202, 202, 202]);
    await t.service.jobs!.idle();
    const results = await Promise.all(rosters.map((r) => submitted(t, r.id, r.token)));
    // Each roster claims its two own workers; the contested NIK goes to exactly one.
    expect(results.map((r) => r.claimed).reduce((a, b) => a + b, 0)).toBe(5 * 2 + 1);
    expect(results.filter((r) => r.counts.eligible === 3)).toHaveLength(1);
    expect(results.filter((r) => r.counts.rejected === 1)).toHaveLength(4);
  });

  it('store: of 12 concurrent claims on one NIK and period, exactly one succeeds', async () => {
    const store = new ClaimStore(DynamoDBDocumentClient.from(testDynamoClient()), inject('tableName'));
    const { nik } = freshNik();
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        store.claim(nik, {
          regency: i % 2 ? '6203' : '6205',
          rosterId: `concurrent${String(i).padStart(4, '0')}`,
          rosterName: `R${i}`,
          from: '2026-01',
          to: '2026-07',
          chunk: 1,
          index: 0,
          row: 1,
          kpj: null,
        }),
      ),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    const claims = (await store.lookup([nik])).get(nik)!;
    expect(claims).toHaveLength(1);
  });

  it('store: two bulk claims racing over 150 shared NIKs give each NIK to exactly one of them', async () => {
    const store = new ClaimStore(DynamoDBDocumentClient.from(testDynamoClient()), inject('tableName'));
    const niks = Array.from({ length: 150 }, () => freshNik().nik);
    const entries = (rosterId: string, regency: string) =>
      niks.map((nik, i) => ({
        nik,
        claim: {
          regency,
          rosterId,
          rosterName: rosterId,
          from: '2026-03',
          to: '2026-09',
          chunk: 1,
          index: i,
          row: i + 1,
          kpj: null,
        },
      }));
    // Half of the NIKs already have a claim of another period (the slow path); half are new (transactions).
    const earlier = await claimAll(
      store,
      entries('earlierRoster00', '6203')
        .slice(0, 75)
        .map((e) => ({ ...e, claim: { ...e.claim, from: '2025-01', to: '2026-03' } })),
    );
    expect(earlier.every((o) => o.ok)).toBe(true);

    const [a, b] = await Promise.all([
      claimAll(store, entries('bulkRosterAAAA', '6203')),
      claimAll(store, [...entries('bulkRosterBBBB', '6205')].reverse()),
    ]);
    const bInOrder = [...b].reverse();
    for (let i = 0; i < niks.length; i++) {
      expect([a[i]!.ok, bInOrder[i]!.ok].filter(Boolean), `NIK ${i}`).toHaveLength(1);
    }
    const stored = await store.lookup(niks);
    for (const [i, nik] of niks.entries()) expect(stored.get(nik)).toHaveLength(i < 75 ? 2 : 1);
  });
});

/** Each entry claimed as a submission step does: claimFresh, all at once. */
function claimAll(store: ClaimStore, entries: { nik: string; claim: NikClaim }[]) {
  return Promise.all(entries.map((e) => store.claimFresh(e.nik, e.claim)));
}

/**
 * Input that used to lock a roster or poison a regency's lists (issue: submission that survives
 * bad input): each is a 4xx naming the row and field, leaves no chunk pending, and the roster can
 * still be submitted afterwards. This file owns a tenant (regency 6272) so "nothing pending" can
 * be checked over all of it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChunkListing, Problem, Roster, RosterRowView, Page } from '../../shared/contracts';
import { hasLoneSurrogate } from '../../shared/text';
import { draft, itemsUnder, json, tenantToken, testApp, worker, workers } from './fixtures';

const REGENCY = '6272';
const t = testApp();
let operator = '';

beforeAll(async () => {
  operator = await tenantToken(REGENCY, 'operator');
});

async function newRoster(overrides: Parameters<typeof draft>[0] = {}): Promise<Roster> {
  const res = await t.call('POST', '/v1/rosters', operator, draft({ ...overrides }));
  expect(res.status, await res.clone().text()).toBe(201);
  return json<Roster>(res);
}

async function problem(res: Response, status = 422): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get('Content-Type')).toContain('application/problem+json');
  return json<Problem>(res);
}

/** No chunk of the tenant is pending, and the roster still takes rows and submits. */
async function stillSubmittable(rosterId: string, nextFirstRow: number): Promise<void> {
  const pending = (await itemsUnder(`T#${REGENCY}#R#${rosterId}`)).filter(
    (i) => i.type === 'chunk' && i.state === 'pending',
  );
  expect(pending).toEqual([]);
  const up = await t.call('PUT', `/v1/rosters/${rosterId}/chunks/${nextFirstRow}`, operator, {
    firstRow: nextFirstRow,
    rows: workers(2),
  });
  expect(up.status).toBe(200);
  expect((await t.submit(rosterId, operator)).status).toBe('submitted');
}

describe('bad input is refused whole, naming the row, and locks nothing', () => {
  it('refuses a NIK sent as a JSON number, saying to send it as text', async () => {
    const roster = await newRoster();
    const body = `{"firstRow":1,"rows":[${JSON.stringify(worker())},{"nik":9203011506851110,"name":"Angka"}]}`;
    const p = await problem(await t.call('PUT', `/v1/rosters/${roster.id}/chunks/1`, operator, body));
    expect(p.errors).toContainEqual({
      field: 'rows.1.nik',
      message: expect.stringMatching(/as text.*roster row 2/),
    });
    await stillSubmittable(roster.id, 10);
  });

  it('refuses a 450 KB name and a 409,000-character wage-earner category', async () => {
    const roster = await newRoster();
    const huge = 'A'.repeat(450_000);
    const p = await problem(
      await t.call('PUT', `/v1/rosters/${roster.id}/chunks/1`, operator, {
        firstRow: 5,
        rows: [worker(), worker({ name: huge })],
      }),
    );
    expect(p.errors?.[0]).toEqual({ field: 'rows.1.name', message: expect.stringContaining('roster row 6') });
    await stillSubmittable(roster.id, 100);

    const category = await t.call('POST', '/v1/rosters', operator, {
      ...draft(),
      policy: { wageEarnerCategories: ['x'.repeat(409_000)] },
    });
    expect((await problem(category)).errors?.[0]?.field).toBe('policy.wageEarnerCategories.0');
  });

  it('refuses lone surrogates, NUL and control characters, and stores names in NFC', async () => {
    const roster = await newRoster();
    for (const [name, fragment] of [
      ['Siti \uD800 Aminah', 'broken character'],
      ['Siti\u0000Aminah', 'U+0000'],
      ['Siti\u001BAminah', 'U+001B'],
      ['Siti\nAminah', 'U+000A'],
    ] as const) {
      const p = await problem(
        await t.call('PUT', `/v1/rosters/${roster.id}/chunks/1`, operator, {
          firstRow: 1,
          rows: [worker({ name })],
        }),
      );
      expect(p.errors?.[0]).toEqual({ field: 'rows.0.name', message: expect.stringContaining(fragment) });
    }
    const lone = await t.call('POST', '/v1/rosters', operator, { ...draft(), name: 'Roster \uDC00' });
    expect((await problem(lone)).errors?.[0]?.field).toBe('name');

    // "é" as e + combining acute (NFD) is stored as the one precomposed letter (NFC).
    const nfd = 'Rene\u0301';
    const up = await t.call('PUT', `/v1/rosters/${roster.id}/chunks/1`, operator, {
      firstRow: 1,
      rows: [worker({ name: nfd })],
    });
    expect(up.status).toBe(200);
    const rows = await json<Page<RosterRowView>>(
      await t.call('GET', `/v1/rosters/${roster.id}/rows`, operator),
    );
    expect(rows.items[0]!.name).toBe('Ren\u00e9');
    // The regency's roster list still parses as strict JSON (no lone surrogate got in).
    const list = await t.call('GET', '/v1/rosters', operator);
    expect(hasLoneSurrogate(await list.text())).toBe(false);
    await stillSubmittable(roster.id, 50);
  });

  it('keeps coverage months between 2014 and 2100, and months 1 to 60', async () => {
    for (const [startMonth, months] of [
      ['9999-12', 60],
      ['2013-12', 12],
      ['2026-01', 61],
      ['2026-01', 0],
    ] as const) {
      const res = await t.call('POST', '/v1/rosters', operator, draft({ startMonth, months }));
      expect((await problem(res)).errors?.[0]?.field).toBe(
        months >= 1 && months <= 60 ? 'startMonth' : 'months',
      );
    }
    expect((await newRoster({ startMonth: '2100-12', months: 60 })).endMonth).toBe('2105-12');
  });

  it('refuses a chunk whose rows overlap another chunk, naming both ranges', async () => {
    const roster = await newRoster();
    const first = await t.call('PUT', `/v1/rosters/${roster.id}/chunks/1`, operator, {
      firstRow: 1,
      rows: workers(10),
    });
    expect(first.status).toBe(200);
    const p = await problem(
      await t.call('PUT', `/v1/rosters/${roster.id}/chunks/2`, operator, { firstRow: 10, rows: workers(5) }),
    );
    expect(p.detail).toContain('overlap chunk 1 (rows 1–10)');
    expect(p.errors?.[0]?.field).toBe('firstRow');
    // Parallel uploads of overlapping ranges: at most one wins.
    const racers = await Promise.all(
      [3, 4, 5].map((chunk) =>
        t.call('PUT', `/v1/rosters/${roster.id}/chunks/${chunk}`, operator, {
          firstRow: 20,
          rows: workers(3),
        }),
      ),
    );
    expect(racers.map((r) => r.status).sort()).toEqual([200, 422, 422]);
    const listing = await json<ChunkListing>(
      await t.call('GET', `/v1/rosters/${roster.id}/chunks`, operator),
    );
    expect(listing.items.map((c) => [c.firstRow, c.rowCount, c.state])).toEqual(
      expect.arrayContaining([
        [1, 10, 'complete'],
        [20, 3, 'complete'],
      ]),
    );
    expect(listing.items).toHaveLength(2);
    await stillSubmittable(roster.id, 30);
  });

  it('calls a birth date after coverage start impossible, and refuses year 0000 naming the row', async () => {
    const roster = await newRoster({ startMonth: '2026-01' });
    const up = await t.call('PUT', `/v1/rosters/${roster.id}/chunks/1`, operator, {
      firstRow: 1,
      rows: [worker({ birthDate: '2030-03-01' })],
    });
    const result = await json<{ rows: { reasons: { code: string }[] }[] }>(up);
    expect(result.rows[0]!.reasons.map((r) => r.code)).toContain('BIRTHDATE_AFTER_START');
    expect(result.rows[0]!.reasons.map((r) => r.code)).not.toContain('AGE_BELOW_MIN');

    const zero = await problem(
      await t.call('PUT', `/v1/rosters/${roster.id}/chunks/2`, operator, {
        firstRow: 7,
        rows: [worker({ birthDate: '0000-05-12' })],
      }),
    );
    expect(zero.errors?.[0]).toEqual({
      field: 'rows.0.birthDate',
      message: expect.stringContaining('roster row 7'),
    });
  });

  it('names path parameters as such, not "(body)"', async () => {
    const p = await problem(await t.call('GET', '/v1/rosters/not!an!id', operator));
    expect(p.errors?.[0]).toEqual({ field: 'id', message: expect.stringContaining('in the address') });
    const roster = await newRoster();
    const c = await problem(
      await t.call('PUT', `/v1/rosters/${roster.id}/chunks/0`, operator, { firstRow: 1, rows: workers(1) }),
    );
    expect(c.errors?.[0]?.field).toBe('chunk');
  });

  it('gives a chunk back when writing its rows fails half-way (no chunk left pending)', async () => {
    let failNext = true;
    const flaky = testApp({
      fault: (point) => {
        if (point.startsWith('upload:after-rows') && failNext) {
          failNext = false;
          throw new Error('DynamoDB went away');
        }
      },
    });
    const roster = await json<Roster>(await flaky.call('POST', '/v1/rosters', operator, draft()));
    const rows = workers(150);
    const failed = await flaky.call('PUT', `/v1/rosters/${roster.id}/chunks/1`, operator, {
      firstRow: 1,
      rows,
    });
    expect(failed.status).toBe(500);
    const listing = await json<ChunkListing>(
      await flaky.call('GET', `/v1/rosters/${roster.id}/chunks`, operator),
    );
    expect(listing.items).toEqual([]);
    const now = await json<Roster>(await flaky.call('GET', `/v1/rosters/${roster.id}`, operator));
    expect(now).toMatchObject({ chunkCount: 0, rowCount: 0 });
    // A different, shorter body may now take the number; no row of the failed upload shows.
    const retry = await flaky.call('PUT', `/v1/rosters/${roster.id}/chunks/1`, operator, {
      firstRow: 1,
      rows: rows.slice(0, 120),
    });
    expect(retry.status).toBe(200);
    const page = await json<Page<RosterRowView>>(
      await flaky.call('GET', `/v1/rosters/${roster.id}/rows?limit=500`, operator),
    );
    expect(page.items).toHaveLength(120);
    expect((await flaky.submit(roster.id, operator)).status).toBe('submitted');
  });
});

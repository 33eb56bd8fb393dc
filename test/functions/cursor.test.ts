/**
 * Pagination cursors are opaque, signed and bound to the regency and the list: a forged, edited or
 * foreign cursor is refused and never reaches another regency's data.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, Problem, Roster, RosterRowView } from '../../shared/contracts';
import { draft, json, tenantToken, testApp, worker, workers } from './fixtures';

// Regencies 6276 and 6277 belong to this file alone: the first test counts every roster of 6276.
const t = testApp({ cursorSecret: 'test-cursor-secret' });
let mine = '';
let theirs = '';
const created: Roster[] = [];

beforeAll(async () => {
  mine = await tenantToken('6276', 'operator');
  theirs = await tenantToken('6277', 'operator');
  for (let i = 0; i < 3; i++) {
    created.push(
      await json<Roster>(await t.call('POST', '/v1/rosters', mine, draft({ name: `Cursor ${i}` }))),
    );
    // Listings are ordered by creation time: wait for the clock to pass this roster's, not a fixed time.
    const at = Date.parse(created.at(-1)!.createdAt);
    while (Date.now() <= at) await new Promise((r) => setImmediate(r));
  }
  await t.call('POST', '/v1/rosters', theirs, draft({ name: 'Theirs' }));
});

/** 400 as problem+json, and no page: neither items nor a next cursor. */
async function refused(response: Response): Promise<void> {
  expect(response.status).toBe(400);
  expect(response.headers.get('Content-Type')).toContain('application/problem+json');
  const body = await json<Problem & { items?: unknown; next?: unknown }>(response);
  expect(body.type).toBe('https://rentan.id/problems/bad-request');
  expect(body).not.toHaveProperty('items');
  expect(body).not.toHaveProperty('next');
}

const q = encodeURIComponent;

describe('pagination cursors', () => {
  it('pages through rosters newest first', async () => {
    const names: string[] = [];
    let next: string | null = null;
    do {
      const query: string = next ? `?limit=1&cursor=${encodeURIComponent(next)}` : '?limit=1';
      const page: Page<Roster> = await json<Page<Roster>>(await t.call('GET', `/v1/rosters${query}`, mine));
      names.push(...page.items.map((r) => r.name));
      next = page.next;
    } while (next);
    expect(names).toEqual(['Cursor 2', 'Cursor 1', 'Cursor 0']);
  });

  it('refuses a made-up, edited or foreign cursor', async () => {
    const first = await json<Page<Roster>>(await t.call('GET', '/v1/rosters?limit=1', mine));
    const cursor = first.next!;
    const [body, signature] = cursor.split('.');

    await refused(await t.call('GET', `/v1/rosters?cursor=garbage`, mine));
    // The same position re-signed by someone without the secret.
    const decoded = JSON.parse(Buffer.from(body!, 'base64url').toString()) as { t: string };
    const edited = Buffer.from(JSON.stringify({ ...decoded, t: '6277' })).toString('base64url');
    await refused(await t.call('GET', `/v1/rosters?cursor=${edited}.${signature}`, mine));
    await refused(await t.call('GET', `/v1/rosters?cursor=${body}.${'A'.repeat(signature!.length)}`, mine));
    // A genuine cursor of regency 6276 presented by 6277.
    await refused(await t.call('GET', `/v1/rosters?cursor=${encodeURIComponent(cursor)}`, theirs));
    // A cursor of one list used on another.
    await refused(
      await t.call('GET', `/v1/rosters/${created[0]!.id}/rows?cursor=${encodeURIComponent(cursor)}`, mine),
    );
    // A cursor from another instance with another secret.
    const stranger = testApp({ cursorSecret: 'another-secret' });
    await refused(await stranger.call('GET', `/v1/rosters?cursor=${encodeURIComponent(cursor)}`, mine));
  });

  it('pages rows by status, and binds row cursors to the status filter', async () => {
    const rosterId = created[0]!.id;
    const rows = [...workers(130), worker({ birthDate: null, nik: '1234' }), ...workers(5)];
    await t.call('PUT', `/v1/rosters/${rosterId}/chunks/1`, mine, { firstRow: 1, rows: rows.slice(0, 70) });
    await t.call('PUT', `/v1/rosters/${rosterId}/chunks/2`, mine, { firstRow: 71, rows: rows.slice(70) });
    const seen: number[] = [];
    let next: string | null = null;
    let pages = 0;
    do {
      const query: string = next ? `&cursor=${encodeURIComponent(next)}` : '';
      const page: Page<RosterRowView> = await json<Page<RosterRowView>>(
        await t.call('GET', `/v1/rosters/${rosterId}/rows?status=eligible&limit=40${query}`, mine),
      );
      seen.push(...page.items.map((r) => r.row));
      next = page.next;
      pages++;
      if (next) {
        await refused(
          await t.call(
            'GET',
            `/v1/rosters/${rosterId}/rows?status=rejected&cursor=${encodeURIComponent(next)}`,
            mine,
          ),
        );
      }
    } while (next);
    // 135 eligible rows (row 131 is rejected), in order, none twice: 40 + 40 + 40 + 15.
    const expected = Array.from({ length: 136 }, (_, i) => i + 1).filter((n) => n !== 131);
    expect(seen).toEqual(expected);
    expect(pages).toBe(4);
  });

  it('refuses a stripped cursor: truncated or missing signature, missing body, an extra part', async () => {
    const { next } = await json<Page<Roster>>(await t.call('GET', '/v1/rosters?limit=1', mine));
    const [body, signature] = next!.split('.') as [string, string];
    for (const stripped of [
      body,
      `${body}.`,
      `${body}.${signature.slice(0, -1)}`,
      `${body}.${signature.slice(0, 22)}`,
      `.${signature}`,
      `${body}.${signature}.`,
      `${body}.${signature}.${signature}`,
      `${body.slice(0, -2)}.${signature}`,
    ]) {
      await refused(await t.call('GET', `/v1/rosters?limit=1&cursor=${q(stripped)}`, mine));
    }
    // The genuine one still works, so the refusals are about the stripping.
    expect((await t.call('GET', `/v1/rosters?limit=1&cursor=${q(next!)}`, mine)).status).toBe(200);
  });

  it('binds a rows cursor to its roster, its status filter and its regency', async () => {
    const [one, two] = [created[1]!.id, created[2]!.id];
    for (const id of [one, two])
      await t.call('PUT', `/v1/rosters/${id}/chunks/1`, mine, { firstRow: 1, rows: workers(3) });
    const their = await json<Roster>(
      await t.call('POST', '/v1/rosters', theirs, draft({ name: 'Theirs 2' })),
    );
    await t.call('PUT', `/v1/rosters/${their.id}/chunks/1`, theirs, { firstRow: 1, rows: workers(3) });

    const page = await json<Page<RosterRowView>>(
      await t.call('GET', `/v1/rosters/${one}/rows?limit=1`, mine),
    );
    const cursor = page.next!;
    expect((await t.call('GET', `/v1/rosters/${one}/rows?limit=1&cursor=${q(cursor)}`, mine)).status).toBe(
      200,
    );
    // Another roster of the same regency, another list of the same roster, and the roster list.
    await refused(await t.call('GET', `/v1/rosters/${two}/rows?limit=1&cursor=${q(cursor)}`, mine));
    await refused(await t.call('GET', `/v1/rosters/${one}/rows?status=eligible&cursor=${q(cursor)}`, mine));
    await refused(await t.call('GET', `/v1/rosters?cursor=${q(cursor)}`, mine));
    // Regency 6277 replaying 6276's cursor on its own lists.
    await refused(await t.call('GET', `/v1/rosters/${their.id}/rows?limit=1&cursor=${q(cursor)}`, theirs));
    await refused(await t.call('GET', `/v1/rosters?cursor=${q(cursor)}`, theirs));
    // And 6277's own rows cursor, presented by 6276 on 6276's roster.
    const theirPage = await json<Page<RosterRowView>>(
      await t.call('GET', `/v1/rosters/${their.id}/rows?limit=1`, theirs),
    );
    await refused(await t.call('GET', `/v1/rosters/${one}/rows?limit=1&cursor=${q(theirPage.next!)}`, mine));
  });
});

/** Chunk uploads are idempotent per chunk number: replays, concurrent replays, different bodies. */
import { describe, expect, it } from 'vitest';
import type { ChunkResult, Roster } from '../../shared/contracts';
import { KAPUAS, draft, itemsUnder, json, testApp, tokenOf, workers } from './fixtures';

const rosterPrefix = (id: string) => `T#6203#R#${id}`;

describe('chunk upload', () => {
  it('returns the same result for a replay and writes nothing new', async () => {
    const t = testApp();
    const operator = await tokenOf(KAPUAS.operator);
    const roster = await json<Roster>(await t.call('POST', '/v1/rosters', operator, draft()));
    const body = { firstRow: 1, rows: workers(150) };

    const first = await t.call('PUT', `/v1/rosters/${roster.id}/chunks/1`, operator, body);
    expect(first.headers.get('Idempotent-Replayed')).toBe('false');
    const firstResult = await json<ChunkResult>(first);
    const before = await itemsUnder(rosterPrefix(roster.id));
    // 150 rows (2 buckets) + meta + chunk record + 2 audit items (uploaded, completed) + 1 (created).
    expect(before.filter((i) => i.type === 'row')).toHaveLength(150);

    const replay = await t.call('PUT', `/v1/rosters/${roster.id}/chunks/1`, operator, body);
    expect(replay.status).toBe(200);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await json<ChunkResult>(replay)).toEqual(firstResult);
    const after = await itemsUnder(rosterPrefix(roster.id));
    expect(after).toEqual(before);

    const meta = await json<Roster>(await t.call('GET', `/v1/rosters/${roster.id}`, operator));
    expect(meta).toMatchObject({ rowCount: 150, chunkCount: 1 });
  });

  it('refuses different rows under a chunk number already used, and keeps the first rows', async () => {
    const t = testApp();
    const operator = await tokenOf(KAPUAS.operator);
    const roster = await json<Roster>(await t.call('POST', '/v1/rosters', operator, draft()));
    const firstRows = workers(3);
    await t.call('PUT', `/v1/rosters/${roster.id}/chunks/1`, operator, { firstRow: 1, rows: firstRows });
    const before = await itemsUnder(rosterPrefix(roster.id));

    const other = await t.call('PUT', `/v1/rosters/${roster.id}/chunks/1`, operator, {
      firstRow: 1,
      rows: workers(3),
    });
    expect(other.status).toBe(409);
    expect(other.headers.get('Content-Type')).toContain('application/problem+json');
    expect((await json(other)).type).toBe('https://rentan.id/problems/chunk-mismatch');
    expect(await itemsUnder(rosterPrefix(roster.id))).toEqual(before);
  });

  it('handles the same chunk sent concurrently: same answer, rows written once', async () => {
    const t = testApp();
    const operator = await tokenOf(KAPUAS.operator);
    const roster = await json<Roster>(await t.call('POST', '/v1/rosters', operator, draft()));
    const body = { firstRow: 1, rows: workers(120) };
    const responses = await Promise.all(
      Array.from({ length: 4 }, () => t.call('PUT', `/v1/rosters/${roster.id}/chunks/1`, operator, body)),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const results = await Promise.all(responses.map((r) => json<ChunkResult>(r)));
    for (const r of results) expect(r).toEqual(results[0]);
    expect(responses.filter((r) => r.headers.get('Idempotent-Replayed') === 'false')).toHaveLength(1);

    const items = await itemsUnder(rosterPrefix(roster.id));
    expect(items.filter((i) => i.type === 'row')).toHaveLength(120);
    expect(items.filter((i) => i.type === 'chunk')).toHaveLength(1);
    const meta = await json<Roster>(await t.call('GET', `/v1/rosters/${roster.id}`, operator));
    expect(meta).toMatchObject({ rowCount: 120, chunkCount: 1 });
    // Every replay waited for or finished the write, so the roster can be submitted.
    expect((await t.submit(roster.id, operator)).status).toBe('submitted');
  });

  it('lets exactly one of two different bodies sent concurrently under one number win', async () => {
    const t = testApp();
    const operator = await tokenOf(KAPUAS.operator);
    const roster = await json<Roster>(await t.call('POST', '/v1/rosters', operator, draft()));
    const bodies = [
      { firstRow: 1, rows: workers(40) },
      { firstRow: 1, rows: workers(40) },
    ];
    const responses = await Promise.all(
      bodies.map((b) => t.call('PUT', `/v1/rosters/${roster.id}/chunks/7`, operator, b)),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = bodies[responses.findIndex((r) => r.status === 200)]!;
    const rows = (await itemsUnder(rosterPrefix(roster.id))).filter((i) => i.type === 'row');
    expect(rows).toHaveLength(40);
    expect(new Set(rows.map((r) => (r.data as { nik: string }).nik))).toEqual(
      new Set(winner.rows.map((r) => r.nik)),
    );
  });

  it('accepts chunks uploaded in parallel and counts them all', async () => {
    const t = testApp();
    const operator = await tokenOf(KAPUAS.operator);
    const roster = await json<Roster>(await t.call('POST', '/v1/rosters', operator, draft()));
    const responses = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        t.call('PUT', `/v1/rosters/${roster.id}/chunks/${n}`, operator, {
          firstRow: (n - 1) * 30 + 1,
          rows: workers(30),
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const meta = await json<Roster>(await t.call('GET', `/v1/rosters/${roster.id}`, operator));
    expect(meta).toMatchObject({ rowCount: 150, chunkCount: 5 });
  });
});

/**
 * Bad input is answered with 4xx problem details and nothing is written. This file owns a tenant
 * (regency 6271, no demo account) so "nothing written" can be checked over the whole tenant.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Problem, Roster } from '../../shared/contracts';
import { draft, itemsUnder, json, tenantToken, testApp, workers } from './fixtures';

const REGENCY = '6271';
const t = testApp({ maxBodyBytes: 64 * 1024 });
let operator = '';
let rosterId = '';

beforeAll(async () => {
  operator = await tenantToken(REGENCY, 'operator');
  rosterId = (await json<Roster>(await t.call('POST', '/v1/rosters', operator, draft()))).id;
});

async function expectProblem(response: Response, status: number, type: string): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toContain('application/problem+json');
  const problem = await json<Problem>(response);
  expect(problem.type).toBe(`https://rentan.id/problems/${type}`);
  expect(problem.status).toBe(status);
  expect(problem.detail.length).toBeGreaterThan(10);
  expect(problem.requestId).toBe(response.headers.get('X-Request-Id'));
  return problem;
}

describe('bad requests', () => {
  it('answers each kind of bad body with a problem and writes nothing', async () => {
    const before = await itemsUnder(`T#${REGENCY}#`);
    const chunk = `/v1/rosters/${rosterId}/chunks/1`;

    await expectProblem(
      await t.call('POST', '/v1/rosters', operator, '{"name": "x",'),
      400,
      'malformed-json',
    );
    await expectProblem(await t.call('PUT', chunk, operator, '{rows: [}'), 400, 'malformed-json');

    const wrongTypes = await expectProblem(
      await t.call('POST', '/v1/rosters', operator, { ...draft(), months: 'twelve', startMonth: '2026-13' }),
      422,
      'validation',
    );
    expect(wrongTypes.errors?.map((e) => e.field).sort()).toEqual(['months', 'startMonth']);

    const badPolicy = await expectProblem(
      await t.call('POST', '/v1/rosters', operator, { ...draft(), policy: { minAge: 70, maxAge: 60 } }),
      422,
      'validation',
    );
    expect(badPolicy.errors?.[0]?.field).toBe('policy.minAge');

    const badRows = await expectProblem(
      await t.call('PUT', chunk, operator, {
        firstRow: 1,
        rows: [{ ...workers(1)[0], sex: 'X', decile: 11 }],
      }),
      422,
      'validation',
    );
    expect(badRows.errors?.map((e) => e.field).sort()).toEqual(['rows.0.decile', 'rows.0.sex']);

    await expectProblem(await t.call('PUT', chunk, operator, { firstRow: 1, rows: [] }), 422, 'validation');
    await expectProblem(
      await t.call('PUT', chunk, operator, { chunk: 2, firstRow: 1, rows: workers(1) }),
      422,
      'validation',
    );
    await expectProblem(
      await t.call('PUT', `/v1/rosters/${rosterId}/chunks/0`, operator, { firstRow: 1, rows: workers(1) }),
      422,
      'validation',
    );
    await expectProblem(await t.call('GET', `/v1/rosters/not!an!id`, operator), 422, 'validation');
    await expectProblem(await t.call('GET', `/v1/rosters?limit=100000`, operator), 422, 'validation');
    await expectProblem(
      await t.call('POST', '/v1/niks/lookup', operator, { niks: Array(1001).fill('6203011201900012') }),
      422,
      'validation',
    );
    await expectProblem(
      await t.call('POST', '/v1/niks/lookup', operator, { niks: [6203011201900012] }),
      422,
      'validation',
    );

    await expectProblem(
      await t.call('POST', '/v1/rosters', operator, JSON.stringify(draft()), {
        'Content-Type': 'text/plain',
      }),
      415,
      'unsupported-media-type',
    );

    // 400 rows of a full worker are well over the 64 KiB limit of this app.
    const big = await t.call('PUT', chunk, operator, { firstRow: 1, rows: workers(400) });
    await expectProblem(big, 413, 'payload-too-large');

    await expectProblem(await t.call('GET', `/v1/rosters/00000000000000000000`, operator), 404, 'not-found');
    await expectProblem(await t.call('GET', `/v1/nothing-here`, operator), 404, 'not-found');

    expect(await itemsUnder(`T#${REGENCY}#`)).toEqual(before);
  });

  it('rejects an oversized body sent without a Content-Length (streamed)', async () => {
    const before = await itemsUnder(`T#${REGENCY}#`);
    const payload = new TextEncoder().encode(JSON.stringify({ firstRow: 1, rows: workers(400) }));
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < payload.length; i += 8192) controller.enqueue(payload.slice(i, i + 8192));
        controller.close();
      },
    });
    const response = await t.app.request(`/v1/rosters/${rosterId}/chunks/1`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${operator}`, 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await expectProblem(response, 413, 'payload-too-large');
    expect(await itemsUnder(`T#${REGENCY}#`)).toEqual(before);
  });
});

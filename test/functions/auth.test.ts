/**
 * Every route refuses a missing, expired, tampered, foreign-audience or regency-less token, and
 * a token of the wrong role; a token of another regency cannot see or change this regency's
 * rosters. The loop runs over the route table, and the app's own routes are checked against it,
 * so a new route cannot be added without being tested here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ROUTES, type OperationId } from '../../functions/routes/table';
import { ROLES, type Role } from '../../shared/access';
import type { Roster } from '../../shared/contracts';
import { signWithIssuerKey, signWithStrangerKey, tokenClaims } from '../support/local-services';
import { BARITO, KAPUAS, draft, freshNik, json, testApp, tokenOf, workers } from './fixtures';

const t = testApp();
let rosterId = '';

/** A request each route accepts from a rightful caller: a path (with a Kapuas roster) and a body. */
function sample(id: OperationId): { path: string; body?: unknown } {
  const roster = `/v1/rosters/${rosterId}`;
  const samples: Record<OperationId, { path: string; body?: unknown }> = {
    createRoster: { path: '/v1/rosters', body: draft() },
    listRosters: { path: '/v1/rosters' },
    getRoster: { path: roster },
    uploadChunk: { path: `${roster}/chunks/1`, body: { firstRow: 1, rows: workers(2) } },
    submitRoster: { path: `${roster}/submit` },
    withdrawRoster: { path: `${roster}/withdraw` },
    listChunks: { path: `${roster}/chunks` },
    rosterSummary: { path: `${roster}/summary` },
    listRows: { path: `${roster}/rows` },
    exportRoster: { path: `${roster}/export?format=csv` },
    importKpj: { path: `${roster}/kpj`, body: { entries: [{ nik: freshNik().nik, kpj: '26019999999' }] } },
    lookupNiks: { path: '/v1/niks/lookup', body: { niks: [freshNik().nik] } },
    rateTables: { path: '/v1/rates' },
  };
  return samples[id];
}

const USERNAMES: Record<Role, string> = KAPUAS;
const now = () => Math.floor(Date.now() / 1000);

async function badTokens(): Promise<[string, string | null, number][]> {
  const claims = tokenClaims(KAPUAS.admin);
  const good = await signWithIssuerKey(claims);
  const [h, , s] = good.split('.');
  const escalated = Buffer.from(
    JSON.stringify({ ...claims, 'cognito:groups': ['regency:6205', 'role:admin'] }),
  ).toString('base64url');
  return [
    ['missing', null, 401],
    ['expired', await signWithIssuerKey({ ...claims, iat: now() - 7200, exp: now() - 3600 }), 401],
    ['signed by a stranger', await signWithStrangerKey(claims), 401],
    ['payload edited after signing', `${h}.${escalated}.${s}`, 401],
    ['for another audience', await signWithIssuerKey({ ...claims, aud: 'some-other-app' }), 401],
    ['from another issuer', await signWithIssuerKey({ ...claims, iss: 'https://evil.example' }), 401],
    ['not a JWT', 'not-a-token', 401],
    ['without a regency', await signWithIssuerKey({ ...claims, 'cognito:groups': ['role:admin'] }), 403],
    [
      'with two regencies',
      await signWithIssuerKey({
        ...claims,
        'cognito:groups': ['regency:6203', 'regency:6205', 'role:admin'],
      }),
      403,
    ],
    ['without a role', await signWithIssuerKey({ ...claims, 'cognito:groups': ['regency:6203'] }), 403],
  ];
}

beforeAll(async () => {
  const created = await t.call('POST', '/v1/rosters', await tokenOf(KAPUAS.operator), draft());
  rosterId = (await json<Roster>(created)).id;
});

describe('authentication and roles on every route', () => {
  it('has a sample for every route of the table, and the app serves exactly the table under /v1', () => {
    const served = t.app.routes
      .filter((r) => r.path.startsWith('/v1/') && r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path}`);
    const table = ROUTES.map((r) => `${r.method.toUpperCase()} ${r.path}`);
    expect(new Set(served)).toEqual(new Set(table));
    for (const route of ROUTES) expect(sample(route.operationId).path).toMatch(/^\/v1\//);
  });

  it('refuses missing, expired, tampered, foreign and regency-less tokens on every route, writing nothing', async () => {
    const cases = await badTokens();
    for (const route of ROUTES) {
      const { path, body } = sample(route.operationId);
      for (const [label, token, status] of cases) {
        const response = await t.call(route.method.toUpperCase(), path, token, body);
        expect(response.status, `${route.operationId} with a token ${label}`).toBe(status);
        expect(response.headers.get('Content-Type')).toContain('application/problem+json');
      }
    }
    const roster = await json<Roster>(
      await t.call('GET', `/v1/rosters/${rosterId}`, await tokenOf(KAPUAS.admin)),
    );
    expect(roster).toMatchObject({ status: 'draft', rowCount: 0 });
  });

  it('refuses each role the table does not name for a route, with 403', async () => {
    for (const route of ROUTES) {
      const { path, body } = sample(route.operationId);
      for (const role of ROLES.filter((r) => !(route.roles as readonly Role[]).includes(r))) {
        const response = await t.call(route.method.toUpperCase(), path, await tokenOf(USERNAMES[role]), body);
        expect(response.status, `${route.operationId} as ${role}`).toBe(403);
      }
    }
  });

  it("does not let another regency's token read or change this regency's roster", async () => {
    for (const route of ROUTES.filter((r) => r.path.includes(':id'))) {
      const { path, body } = sample(route.operationId);
      const role = route.roles.includes('admin') ? BARITO.admin : BARITO.operator;
      const response = await t.call(route.method.toUpperCase(), path, await tokenOf(role), body);
      expect(response.status, route.operationId).toBe(404);
      expect(await response.text()).not.toContain('6203');
    }
    const list = await json<{ items: Roster[] }>(
      await t.call('GET', '/v1/rosters?limit=500', await tokenOf(BARITO.finance)),
    );
    expect(list.items.every((r) => r.regency === '6205')).toBe(true);
    // And the Kapuas roster is untouched.
    const roster = await json<Roster>(
      await t.call('GET', `/v1/rosters/${rosterId}`, await tokenOf(KAPUAS.finance)),
    );
    expect(roster).toMatchObject({ status: 'draft', rowCount: 0 });
  });

  it('serves health, the OpenAPI document and the docs page without a token', async () => {
    expect((await t.call('GET', '/health', null)).status).toBe(200);
    const doc = await json<{ paths: Record<string, unknown> }>(await t.call('GET', '/openapi.json', null));
    expect(Object.keys(doc.paths)).toContain('/v1/rosters/{id}/chunks/{chunk}');
    const docs = await t.call('GET', '/docs', null);
    expect(docs.headers.get('Content-Type')).toContain('text/html');
    const html = await docs.text();
    for (const route of ROUTES) expect(html).toContain(route.path.replace(/:(\w+)/g, '{$1}'));
    expect(html).not.toMatch(/<script|https?:\/\/cdn/i);
  });
});

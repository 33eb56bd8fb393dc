/**
 * Every route of the route table × every way in that is not a rightful caller's token: each is
 * refused with a problem+json and not one byte of roster data. Requests are built from the route's
 * own schemas (test/support/route-requests.ts), so a route added to the table is attacked here
 * without anyone writing a case for it, and a positive control per route proves the same request
 * with a rightful token gets through (so the token is the only thing the API could refuse).
 *
 * Where the tokens come from: the rightful, wrong-audience and wrong-issuer tokens are minted by
 * real oidc-provider issuers through their token endpoints (the run's issuer for a second client;
 * a second issuer at another URL holding the very same signing key). Tokens the issuer cannot be
 * made to mint (expired, without `exp`) are signed with the run's issuer key, which the global
 * setup hands to tests; so these too carry a valid signature and only their claims are wrong.
 */
import { createLocalJWKSet, jwtVerify, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ROUTES, type RouteSpec } from '../../functions/routes/table';
import { DEMO_ACCOUNTS } from '../../infra/local/demo-accounts';
import { startIssuer, type LocalIssuer } from '../../infra/local/issuer';
import { ROLES, type Role } from '../../shared/access';
import {
  ChunkNumberSchema,
  ProblemSchema,
  PROBLEM_CONTENT_TYPE,
  type KpjImportResult,
  type NikLookupResult,
  type Roster,
} from '../../shared/contracts';
import { maskNik } from '../../shared/nik';
import { signIn, signWithIssuerKey, tokenClaims } from '../support/local-services';
import {
  flippedSignature,
  keySetServer,
  publicKeyAsHmacSecret,
  signAsStranger,
  strangerKey,
  unsignedToken,
  type KeySetServer,
} from '../support/hostile-tokens';
import { requestFor, sampleOf } from '../support/route-requests';
import { BARITO, KAPUAS, draft, json, testApp, tokenOf, workers } from './fixtures';

const t = testApp();
const routes = ROUTES as readonly RouteSpec[];
const hasParams = (route: RouteSpec) => route.path.includes(':');
const KNOWN_PARAMS = ['id', 'chunk'];
const onlyKnownParams = (route: RouteSpec) =>
  [...route.path.matchAll(/:(\w+)/g)].every(([, name]) => KNOWN_PARAMS.includes(name!));

/** Kapuas (regency A) data no one else may see: a draft with rows, and a submitted roster. */
const victim = {
  draftId: '',
  submittedId: '',
  secret: '',
  submittedNiks: [] as string[],
  markers: [] as string[],
  ids: [] as string[],
};

/** Path parameters: A's draft roster, a chunk number from the handler's own schema. */
function paramsFor(rosterId: string): Record<string, string> {
  const base: Record<string, string> = { id: rosterId, chunk: String(sampleOf(ChunkNumberSchema, 1)) };
  // A route with a parameter this suite has not met (a job id, say) still gets a well-formed value:
  // every refusal below happens before any lookup, so the value cannot be what is refused.
  return new Proxy(base, { get: (target, name: string) => target[name] ?? '0aaaaaaaaaaaaaaaaaaaaaaaa1' });
}

/** The first role of the route, preferring admin (so a refusal is never for lack of a role). */
function rightfulRole(route: RouteSpec): Role {
  return route.roles.includes('admin') ? 'admin' : route.roles[0]!;
}

async function call(route: RouteSpec, token: string | null, rosterId = victim.draftId, seed = 1) {
  const request = requestFor(route, paramsFor(rosterId), seed);
  const response = await t.call(request.method, request.path, token, request.body);
  return { request, response, text: await response.text() };
}

/** Refused with `status`, as problem+json, and nothing of A's rosters in the answer. */
function expectRefusedWithoutData(
  { request, response, text }: Awaited<ReturnType<typeof call>>,
  status: number,
  label: string,
): void {
  expect(response.status, `${label}: ${text.slice(0, 300)}`).toBe(status);
  expect(response.headers.get('Content-Type'), label).toContain(PROBLEM_CONTENT_TYPE);
  const problem = ProblemSchema.parse(JSON.parse(text));
  expect(problem.status, label).toBe(status);
  expectNoVictimData(text, request.path, label);
}

function expectNoVictimData(text: string, path: string, label: string): void {
  for (const marker of victim.markers)
    expect(text.includes(marker), `${label} leaks "${marker}"`).toBe(false);
  // A roster id the caller sent in the path may be echoed (`instance`); any other is a leak.
  for (const id of victim.ids.filter((i) => !path.includes(i)))
    expect(text.includes(id), `${label} leaks roster id ${id}`).toBe(false);
}

function publicPart({ kty, n, e, kid, alg }: JWK): JWK {
  return { kty, n, e, kid, alg };
}

interface Attack {
  label: string;
  tokens: () => Promise<(string | null)[]>;
}

let secondIssuer: LocalIssuer;
let jku: KeySetServer;
const now = () => Math.floor(Date.now() / 1000);
const claims = () => tokenClaims(KAPUAS.admin);
const stranger = strangerKey();

/** An ID token minted by another real issuer (its own URL, but the run issuer's signing key). */
async function signInAtSecondIssuer(username: string): Promise<string> {
  const account = DEMO_ACCOUNTS.find((a) => a.username === username)!;
  const response = await fetch(secondIssuer.tokenEndpoint, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: inject('clientId'),
      username: account.username,
      password: account.password,
    }),
  });
  const body = (await response.json()) as { id_token?: string };
  if (!body.id_token) throw new Error(`Second issuer refused the sign-in: ${JSON.stringify(body)}`);
  return body.id_token;
}

const ATTACKS: Attack[] = [
  { label: 'no token', tokens: async () => [null] },
  {
    label: 'an expired token',
    tokens: async () => [await signWithIssuerKey({ ...claims(), iat: now() - 7200, exp: now() - 3600 })],
  },
  {
    label: 'a token without an expiry',
    tokens: async () => [await signWithIssuerKey({ ...claims(), exp: undefined })],
  },
  {
    label: 'a token for another audience',
    tokens: async () => [await signIn(KAPUAS.admin, inject('otherClientId'))],
  },
  { label: 'a token of another issuer', tokens: async () => [await signInAtSecondIssuer(KAPUAS.admin)] },
  { label: 'alg none', tokens: async () => [unsignedToken(claims())] },
  { label: 'a tampered signature', tokens: async () => [flippedSignature(await tokenOf(KAPUAS.admin))] },
  {
    label: "a key the issuer never had, under the issuer's kid",
    tokens: async () => [await signAsStranger(claims(), await stranger)],
  },
  {
    label: 'a key embedded in the header (jwk)',
    tokens: async () => {
      const key = await stranger;
      return [await signAsStranger(claims(), key, { jwk: key.publicJwk })];
    },
  },
  {
    label: 'a key set URL in the header (jku)',
    tokens: async () => [await signAsStranger(claims(), await stranger, { jku: jku.url })],
  },
  {
    label: "HS256 with the issuer's public key as the secret",
    tokens: () => publicKeyAsHmacSecret(claims()),
  },
];

beforeAll(async () => {
  const key = await stranger;
  jku = await keySetServer([{ ...key.publicJwk, kid: inject('issuerSigningKey').kid }]);
  secondIssuer = await startIssuer({
    clientId: inject('clientId'),
    redirectUris: [inject('redirectUri')],
    accounts: DEMO_ACCOUNTS,
    signingKey: inject('issuerSigningKey'),
  });

  const operator = await tokenOf(KAPUAS.operator);
  const secret = `Rahasia ${Math.random().toString(36).slice(2)}`;
  const rows = workers(3);
  const made = await json<Roster>(
    await t.call('POST', '/v1/rosters', operator, draft({ name: `${secret} A` })),
  );
  expect(
    (await t.call('PUT', `/v1/rosters/${made.id}/chunks/1`, operator, { firstRow: 1, rows })).status,
  ).toBe(200);
  const submittedRows = workers(2);
  const submitted = await json<Roster>(
    await t.call('POST', '/v1/rosters', operator, draft({ name: `${secret} B` })),
  );
  await t.call('PUT', `/v1/rosters/${submitted.id}/chunks/1`, operator, { firstRow: 1, rows: submittedRows });
  expect((await t.submit(submitted.id, operator)).status).toBe('submitted');

  victim.draftId = made.id;
  victim.submittedId = submitted.id;
  victim.ids = [made.id, submitted.id];
  victim.secret = secret;
  victim.submittedNiks = submittedRows.map((r) => String(r.nik));
  victim.markers = [
    secret,
    ...[...rows, ...submittedRows].flatMap((r) => [String(r.nik), maskNik(String(r.nik)), r.name!]),
  ];
});

afterAll(async () => {
  await Promise.all([jku?.stop(), secondIssuer?.stop()]);
});

describe.each(routes.map((r) => [r.operationId, r] as const))('%s', (_id, route) => {
  it.each(ATTACKS.map((a) => [a.label, a] as const))(
    'refuses %s with 401 and no data',
    async (label, attack) => {
      for (const token of await attack.tokens()) {
        expectRefusedWithoutData(await call(route, token), 401, `${route.operationId} with ${label}`);
      }
    },
  );

  it('refuses every role the table does not name with 403 and no data', async () => {
    const lower = ROLES.filter((r) => !route.roles.includes(r));
    for (const role of lower) {
      expectRefusedWithoutData(
        await call(route, await tokenOf(KAPUAS[role])),
        403,
        `${route.operationId} as ${role}`,
      );
    }
  });

  it("gives another regency's token nothing of this regency's rosters", async () => {
    const token = await tokenOf(BARITO[rightfulRole(route)]);
    for (const rosterId of victim.ids) {
      const result = await call(route, token, rosterId);
      if (hasParams(route))
        expectRefusedWithoutData(result, 404, `${route.operationId} from another regency`);
      else expectNoVictimData(result.text, result.request.path, `${route.operationId} from another regency`);
    }
  });
});

describe.each(routes.map((r) => [r.operationId, r] as const))('%s spelled oddly', (_id, route) => {
  it('never answers without a token, whatever the spelling of the path or HEAD for GET', async () => {
    const { method, path, body } = requestFor(route, paramsFor(victim.draftId));
    const [bare, query = ''] = path.split('?');
    const spellings = [
      `${bare}/`,
      `/${bare}`,
      bare!.replace('/v1/', '/V1/'),
      bare!.replace('/v1/', '/%76%31/'),
      bare!.replace('/v1/', '/v1/./'),
      bare!.replace('/v1/', '/x/../v1/'),
      `${bare};x=1`,
      bare!.replace(/\//g, '%2F').replace(/^%2F/, '/'),
    ].map((p) => (query ? `${p}?${query}` : p));
    const methods = method === 'GET' ? ['GET', 'HEAD'] : [method];
    for (const spelling of spellings) {
      for (const m of methods) {
        const response = await t.call(m, spelling, null, m === 'HEAD' ? undefined : body);
        const text = await response.text();
        const label = `${m} ${spelling} without a token`;
        expect([401, 404], `${label}: ${response.status} ${text.slice(0, 200)}`).toContain(response.status);
        if (m !== 'HEAD') expect(response.headers.get('Content-Type'), label).toContain(PROBLEM_CONTENT_TYPE);
        expectNoVictimData(text, spelling, label);
      }
    }
  });
});

describe("another regency's NIK lookup", () => {
  it("says only that regency A's submitted NIKs are claimed elsewhere, never by which roster", async () => {
    const niks = victim.submittedNiks;
    const response = await t.call('POST', '/v1/niks/lookup', await tokenOf(BARITO.finance), { niks });
    expect(response.status).toBe(200);
    const text = await response.text();
    const { results } = JSON.parse(text) as NikLookupResult;
    expect(results.map((r) => [r.claims, r.claimedElsewhere])).toEqual(niks.map(() => [[], true]));
    for (const marker of [...victim.ids, victim.secret]) expect(text).not.toContain(marker);
  });
});

describe("another regency's KPJ import", () => {
  it("cannot register regency A's claimed NIKs through a roster of its own", async () => {
    const operator = await tokenOf(BARITO.operator);
    const own = await json<Roster>(await t.call('POST', '/v1/rosters', operator, draft()));
    await t.call('PUT', `/v1/rosters/${own.id}/chunks/1`, operator, {
      firstRow: 1,
      rows: workers(1, { village: null, district: null }, '620501'),
    });
    expect((await t.submit(own.id, operator)).status).toBe('submitted');
    const entries = victim.submittedNiks.map((nik, i) => ({
      nik,
      kpj: `26059${String(i).padStart(6, '0')}`,
    }));
    const response = await t.call('POST', `/v1/rosters/${own.id}/kpj`, await tokenOf(BARITO.admin), {
      entries,
    });
    expect(response.status).toBe(200);
    const result = await json<KpjImportResult>(response);
    expect(result.registered).toBe(0);
    expect(result.entries.map((e) => e.outcome)).toEqual(entries.map(() => 'not-in-roster'));
    // A's claims still carry no KPJ number.
    const lookup = await json<NikLookupResult>(
      await t.call('POST', '/v1/niks/lookup', await tokenOf(KAPUAS.finance), { niks: victim.submittedNiks }),
    );
    expect(lookup.results.flatMap((r) => r.claims.map((c) => [c.rosterId, c.kpj]))).toEqual(
      victim.submittedNiks.map(() => [victim.submittedId, null]),
    );
  });
});

describe('the forgeries above were refused for the right reason', () => {
  it('the wrong-audience and wrong-issuer tokens carry a valid signature of the run issuer', async () => {
    const keys = createLocalJWKSet({ keys: [publicPart(inject('issuerSigningKey'))] });
    const foreignAudience = await signIn(KAPUAS.admin, inject('otherClientId'));
    const { payload: aud } = await jwtVerify(foreignAudience, keys, { issuer: inject('issuer') });
    expect(aud.aud).toBe(inject('otherClientId'));
    const { payload: iss } = await jwtVerify(await signInAtSecondIssuer(KAPUAS.admin), keys, {
      audience: inject('clientId'),
    });
    expect(iss.iss).toBe(secondIssuer.issuer);
    expect(iss.iss).not.toBe(inject('issuer'));
  });

  it('never fetched the key set a jku header pointed at', () => {
    expect(jku.requests()).toBe(0);
  });

  it("left regency A's draft exactly as it was", async () => {
    const roster = await json<Roster>(
      await t.call('GET', `/v1/rosters/${victim.draftId}`, await tokenOf(KAPUAS.finance)),
    );
    expect(roster).toMatchObject({ status: 'draft', rowCount: 3, chunkCount: 1 });
    const rows = await json<{ items: unknown[] }>(
      await t.call('GET', `/v1/rosters/${victim.draftId}/rows`, await tokenOf(KAPUAS.finance)),
    );
    expect(rows.items).toHaveLength(3);
  });

  it.each(routes.map((r) => [r.operationId, r] as const))(
    '%s: the same request with a rightful token gets past authentication and validation',
    async (_id, route) => {
      // A roster of its own, as the request may change it (upload, submit, withdraw).
      const operator = await tokenOf(KAPUAS.operator);
      const own = await json<Roster>(await t.call('POST', '/v1/rosters', operator, draft()));
      const { response, text } = await call(route, await tokenOf(KAPUAS[rightfulRole(route)]), own.id);
      const refusals = onlyKnownParams(route) ? [400, 401, 403, 404, 415, 422] : [401, 403];
      expect(refusals, `${route.operationId}: ${response.status} ${text.slice(0, 300)}`).not.toContain(
        response.status,
      );
    },
  );
});

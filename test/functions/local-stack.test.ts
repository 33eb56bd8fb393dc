import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  ListTablesCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ensureTable } from '../../functions/store/create-table';
import { TABLE_DESIGN } from '../../functions/store/table-design';
import { DEMO_ACCOUNTS } from '../../infra/local/demo-accounts';
import { localDynamoClient, startDynamoDbLocal } from '../../infra/local/dynamodb-local';
import { JavaMissingError, javaMajorVersion, requireJava } from '../../infra/local/java';
import { assertPortFree, PortTakenError } from '../../infra/local/ports';
import { accessFromGroups, GROUPS_CLAIM } from '../../shared/access';
import { InputError } from '../../shared/errors';
import { demoAccount, requestPasswordGrant, signIn, testDynamoClient } from '../support/local-services';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('DynamoDB Local from the test setup', () => {
  it('answers and holds the table with the designed keys, index, billing and expiry', async () => {
    const client = testDynamoClient();
    const { TableNames } = await client.send(new ListTablesCommand({}));
    expect(TableNames).toContain(inject('tableName'));

    const { Table } = await client.send(new DescribeTableCommand({ TableName: inject('tableName') }));
    expect(Table?.TableStatus).toBe('ACTIVE');
    expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    expect(Table?.KeySchema).toEqual([
      { AttributeName: TABLE_DESIGN.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: TABLE_DESIGN.sortKey.name, KeyType: 'RANGE' },
    ]);
    const [designed] = TABLE_DESIGN.globalIndexes;
    expect(Table?.GlobalSecondaryIndexes).toHaveLength(1);
    const index = Table?.GlobalSecondaryIndexes?.[0];
    expect(index?.IndexName).toBe(designed.indexName);
    expect(index?.KeySchema).toEqual([
      { AttributeName: designed.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: designed.sortKey.name, KeyType: 'RANGE' },
    ]);
    expect(index?.Projection?.ProjectionType).toBe('ALL');
    // Every key attribute is a string, as designed (pk, sk, gsi1pk, gsi1sk).
    expect(new Map(Table?.AttributeDefinitions?.map((a) => [a.AttributeName, a.AttributeType]))).toEqual(
      new Map([
        ['pk', 'S'],
        ['sk', 'S'],
        ['gsi1pk', 'S'],
        ['gsi1sk', 'S'],
      ]),
    );

    const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: inject('tableName') }));
    expect(ttl.TimeToLiveDescription).toMatchObject({
      TimeToLiveStatus: 'ENABLED',
      AttributeName: TABLE_DESIGN.timeToLiveAttribute,
    });
  });

  it('ensureTable is idempotent, also when two callers race to create the same table', async () => {
    const client = testDynamoClient();
    const name = `ensure-${randomBytes(4).toString('hex')}`;
    await Promise.all([ensureTable(client, name), ensureTable(client, name), ensureTable(client, name)]);
    await ensureTable(client, name);
    const { Table } = await client.send(new DescribeTableCommand({ TableName: name }));
    expect(Table?.TableStatus).toBe('ACTIVE');
  });

  it('ensureTable refuses a name DynamoDB would refuse, saying what a name may hold', async () => {
    await expect(ensureTable(testDynamoClient(), 'ab')).rejects.toThrow(InputError);
    await expect(ensureTable(testDynamoClient(), 'rentan table')).rejects.toThrow(/3 to 255 letters, digits/);
  });
});

describe('startDynamoDbLocal', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rentan-ddb-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  // Two cold JVM starts, each allowed startDynamoDbLocal's own readiness wait (60 s), and two stops
  // (up to 5 s each before SIGKILL): a loaded 2-core machine needs far more than the default 30 s.
  const twoStartsAndStops = 2 * (60_000 + 5_000) + 20_000;
  it(
    'keeps data in its folder across restarts and leaves no Java process after stop',
    { timeout: twoStartsAndStops },
    async () => {
      let client: DynamoDBClient | undefined;
      const first = await startDynamoDbLocal({ dataDir });
      try {
        client = localDynamoClient(first.endpoint);
        await ensureTable(client, 'kept-across-restarts');
      } finally {
        client?.destroy();
        await first.stop();
      }
      expect(first.pid).toBeTypeOf('number');
      expect(isAlive(first.pid!)).toBe(false);
      await first.stop(); // a second stop is harmless

      const second = await startDynamoDbLocal({ dataDir });
      try {
        client = localDynamoClient(second.endpoint);
        const { TableNames } = await client.send(new ListTablesCommand({}));
        expect(TableNames).toContain('kept-across-restarts');
      } finally {
        client.destroy();
        await second.stop();
      }
      expect(isAlive(second.pid!)).toBe(false);
    },
  );

  it('names the service and the variable to change when a fixed port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const failure = startDynamoDbLocal({ port });
      await expect(failure).rejects.toThrow(PortTakenError);
      await expect(failure).rejects.toThrow(`Port ${port} (DynamoDB Local) is already in use`);
      await expect(assertPortFree(port, 'API', 'RENTAN_API_PORT')).rejects.toThrow(/RENTAN_API_PORT=<port>/);
    } finally {
      blocker.close();
    }
  });
});

describe('the Java check', () => {
  it('reads the major version from both version styles of java -version', () => {
    expect(javaMajorVersion('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(javaMajorVersion('java version "1.8.0_392"')).toBe(8);
    expect(javaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(javaMajorVersion('command not found')).toBeNull();
  });

  it('says how to install Java 17 when java cannot be run', () => {
    const missing = () => requireJava('/nonexistent/rentan-java');
    expect(missing).toThrow(JavaMissingError);
    expect(missing).toThrow(/apt-get install -y openjdk-17-jre-headless/);
    expect(missing).toThrow(/JDK 17/);
  });

  it('accepts the Java of this machine (the test setup needs it too)', () => {
    expect(requireJava()).toBeGreaterThanOrEqual(17);
  });
});

describe('the local OIDC issuer', () => {
  const jwks = createRemoteJWKSet(new URL(inject('jwksUri')));

  it('publishes discovery with its JWKS, code + PKCE (S256) and the password grant', async () => {
    const response = await fetch(`${inject('issuer')}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const discovery = (await response.json()) as Record<string, unknown>;
    expect(discovery.issuer).toBe(inject('issuer'));
    expect(discovery.jwks_uri).toBe(inject('jwksUri'));
    expect(discovery.token_endpoint).toBe(inject('tokenEndpoint'));
    expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
    expect(discovery.grant_types_supported).toEqual(
      expect.arrayContaining(['authorization_code', 'password']),
    );
    expect(discovery.response_types_supported).toEqual(['code']);
    expect(discovery.claims_supported).toEqual(expect.arrayContaining([GROUPS_CLAIM, 'email', 'name']));
  });

  it('has operator, finance and admin accounts for Kapuas (6203) and Barito Utara (6205)', () => {
    const pairs = DEMO_ACCOUNTS.map((a) => accessFromGroups(a.groups)).flatMap((access) =>
      access.roles.map((role) => `${access.regency}/${role}`),
    );
    for (const regency of ['6203', '6205']) {
      for (const role of ['operator', 'finance', 'admin']) expect(pairs).toContain(`${regency}/${role}`);
    }
  });

  it('gives a demo account an ID token with its groups, e-mail and name, verifiable against the JWKS', async () => {
    const account = demoAccount('operator@kapuas.rentan.test');
    const token = await signIn(account.username);
    const { payload, protectedHeader } = await jwtVerify(token, jwks, {
      issuer: inject('issuer'),
      audience: inject('clientId'),
    });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload[GROUPS_CLAIM]).toEqual(['regency:6203', 'role:operator']);
    expect(accessFromGroups(payload[GROUPS_CLAIM])).toEqual({ regency: '6203', roles: ['operator'] });
    expect(payload.email).toBe(account.username);
    expect(payload.name).toBe(account.name);
    expect(payload.sub).toBe(account.username);
    // A short lifetime for development: 30 minutes (DEFAULT_ISSUER_TTL.idToken).
    expect(payload.exp! - payload.iat!).toBe(30 * 60);
  });

  it('keeps the two regencies apart in the tokens it issues', async () => {
    const { payload } = await jwtVerify(await signIn('admin@barito-utara.rentan.test'), jwks, {
      issuer: inject('issuer'),
      audience: inject('clientId'),
    });
    expect(accessFromGroups(payload[GROUPS_CLAIM])).toEqual({ regency: '6205', roles: ['admin'] });
  });

  it('refuses a wrong password, an unknown user and a request without the openid scope', async () => {
    const account = demoAccount('finance@kapuas.rentan.test');
    const wrong = await requestPasswordGrant(account.username, `${account.password}x`);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toBe('invalid_grant');
    expect(wrong.body.id_token).toBeUndefined();

    const stranger = await requestPasswordGrant('nobody@kapuas.rentan.test', account.password);
    expect(stranger.status).toBe(400);
    expect(stranger.body.error).toBe('invalid_grant');

    const noOpenId = await requestPasswordGrant(account.username, account.password, 'email');
    expect(noOpenId.status).toBe(400);
    expect(noOpenId.body.error).toBe('invalid_scope');
  });

  it('runs authorization code + PKCE end to end through its sign-in form', async () => {
    const browser = new CookieBrowser(inject('issuer'));
    const account = demoAccount('admin@kapuas.rentan.test');
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const state = randomBytes(8).toString('hex');

    const authorize = new URL(inject('authorizationEndpoint'));
    authorize.search = new URLSearchParams({
      client_id: inject('clientId'),
      response_type: 'code',
      redirect_uri: inject('redirectUri'),
      scope: 'openid email profile',
      state,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }).toString();
    const toLogin = await browser.get(authorize);
    expect(toLogin.status).toBe(303);

    const form = await browser.get(toLogin.headers.get('location')!);
    expect(form.status).toBe(200);
    const html = await form.text();
    const action = /<form method="post" action="([^"]+\/login)"/.exec(html)?.[1];
    expect(action).toBeDefined();

    const refused = await browser.post(action!, { username: account.username, password: 'not-the-password' });
    expect(refused.status).toBe(401);
    expect(await refused.text()).toContain('Wrong username or password.');

    const accepted = await browser.post(action!, { username: account.username, password: account.password });
    expect(accepted.status).toBe(303);
    const back = await browser.get(accepted.headers.get('location')!);
    expect(back.status).toBe(303);
    const callback = new URL(back.headers.get('location')!);
    expect(`${callback.origin}${callback.pathname}`).toBe(inject('redirectUri'));
    expect(callback.searchParams.get('state')).toBe(state);
    expect(callback.searchParams.get('iss')).toBe(inject('issuer'));
    const code = callback.searchParams.get('code')!;

    const exchange = (codeVerifier: string) =>
      fetch(inject('tokenEndpoint'), {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          client_id: inject('clientId'),
          code,
          redirect_uri: inject('redirectUri'),
          code_verifier: codeVerifier,
        }),
      });
    const wrongVerifier = await exchange(randomBytes(32).toString('base64url'));
    expect(wrongVerifier.status).toBe(400);
    expect(((await wrongVerifier.json()) as { error: string }).error).toBe('invalid_grant');

    const tokens = await exchange(verifier);
    expect(tokens.status).toBe(200);
    const { id_token: idToken } = (await tokens.json()) as { id_token: string };
    const { payload } = await jwtVerify(idToken, jwks, {
      issuer: inject('issuer'),
      audience: inject('clientId'),
    });
    expect(payload[GROUPS_CLAIM]).toEqual(account.groups);
    expect(payload.email).toBe(account.username);
    expect(payload.name).toBe(account.name);

    // A code works once.
    const replay = await exchange(verifier);
    expect(replay.status).toBe(400);
  });

  it('requires PKCE from the add-in client', async () => {
    const authorize = new URL(inject('authorizationEndpoint'));
    authorize.search = new URLSearchParams({
      client_id: inject('clientId'),
      response_type: 'code',
      redirect_uri: inject('redirectUri'),
      scope: 'openid',
      state: 'no-pkce',
    }).toString();
    const response = await fetch(authorize, { redirect: 'manual' });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!);
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('error_description')).toMatch(/PKCE/);
  });
});

/** Just enough of a browser for the sign-in flow: follows nothing by itself, keeps cookies. */
class CookieBrowser {
  private readonly cookies = new Map<string, string>();
  constructor(private readonly base: string) {}

  get(url: string | URL): Promise<Response> {
    return this.send(url, { method: 'GET' });
  }

  post(url: string, form: Record<string, string>): Promise<Response> {
    return this.send(url, { method: 'POST', body: new URLSearchParams(form) });
  }

  private async send(url: string | URL, init: RequestInit): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) {
      headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    const response = await fetch(new URL(url, this.base), { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  }
}

/**
 * Helpers for backend integration tests: an AppConfig pointing at the run's DynamoDB Local and
 * issuer (started by test/setup/local-services.ts), real sign-in, and crafted tokens.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { importJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { inject } from 'vitest';
import type { AppConfig } from '../../functions/config';
import { DEMO_ACCOUNTS, findDemoAccount, type DemoAccount } from '../../infra/local/demo-accounts';
import { accountClaims } from '../../infra/local/issuer-accounts';
import { localDynamoClient } from '../../infra/local/dynamodb-local';

/** The origin the add-in is served from by `npm start`, allowed by CORS in tests too. */
export const TEST_ADDIN_ORIGIN = 'https://localhost:3000';

let client: DynamoDBClient | undefined;

/** One DynamoDB client per test file, pointed at the run's DynamoDB Local. */
export function testDynamoClient(): DynamoDBClient {
  client ??= localDynamoClient(inject('dynamoEndpoint'));
  return client;
}

/** An AppConfig for createApp() against the run's DynamoDB Local and issuer. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    tableName: inject('tableName'),
    dynamo: testDynamoClient(),
    auth: { issuer: inject('issuer'), audience: inject('clientId'), jwksUri: inject('jwksUri') },
    allowedOrigins: [TEST_ADDIN_ORIGIN],
    ...overrides,
  };
}

/** The demo account with this username; throws (naming the choices) when there is none. */
export function demoAccount(username: string): DemoAccount {
  const account = findDemoAccount(username);
  if (!account) {
    throw new Error(
      `No demo account "${username}". Choose one of: ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')}.`,
    );
  }
  return account;
}

export interface TokenResponse {
  status: number;
  body: Record<string, unknown>;
}

/** Asks the real issuer's token endpoint for an ID token with the password grant. */
export async function requestPasswordGrant(
  username: string,
  password: string,
  scope?: string,
  clientId: string = inject('clientId'),
): Promise<TokenResponse> {
  const form = new URLSearchParams({
    grant_type: 'password',
    client_id: clientId,
    username,
    password,
  });
  if (scope !== undefined) form.set('scope', scope);
  const response = await fetch(inject('tokenEndpoint'), { method: 'POST', body: form });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/**
 * An ID token from the REAL local issuer for a demo account (via its token endpoint), for the
 * add-in's client id, or for another client of the issuer (so another audience) when given.
 */
export async function signIn(username: string, clientId?: string): Promise<string> {
  const account = demoAccount(username);
  const { status, body } = await requestPasswordGrant(
    account.username,
    account.password,
    undefined,
    clientId,
  );
  if (status !== 200 || typeof body.id_token !== 'string') {
    throw new Error(`Sign-in of ${username} failed (${status}): ${JSON.stringify(body)}`);
  }
  return body.id_token;
}

/**
 * The claims a real ID token would carry for a demo account (issuer, audience, a 10-minute
 * lifetime), for crafting variants: spread it and override what the case needs, e.g.
 * `{ ...tokenClaims('admin@kapuas.rentan.test'), exp: past }`. A value of `undefined` drops a claim.
 */
export function tokenClaims(username: string): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    ...accountClaims(demoAccount(username)),
    iss: inject('issuer'),
    aud: inject('clientId'),
    iat: now,
    exp: now + 600,
  };
}

/** A token with exactly these claims, signed by the issuer's own key (so only the claims can be wrong). */
export async function signWithIssuerKey(claims: Record<string, unknown>): Promise<string> {
  const jwk = inject('issuerSigningKey');
  return sign(claims, await importJWK(jwk, 'RS256'), jwk.kid);
}

let stranger: CryptoKey | undefined;

/**
 * The same claims signed by a key the issuer never published, under the issuer's own key id: a
 * forgery that only signature verification can catch.
 */
export async function signWithStrangerKey(claims: Record<string, unknown>): Promise<string> {
  stranger ??= (await generateKeyPair('RS256')).privateKey;
  return sign(claims, stranger, inject('issuerSigningKey').kid);
}

async function sign(
  claims: Record<string, unknown>,
  key: CryptoKey | Uint8Array,
  kid: JWK['kid'],
): Promise<string> {
  // JSON drops undefined members, so `{ aud: undefined }` yields a token without an audience.
  const payload = JSON.parse(JSON.stringify(claims)) as Record<string, unknown>;
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', ...(kid ? { kid } : {}) })
    .sign(key);
}

/**
 * Global setup of the `integration` project: one DynamoDB Local (in memory) and one real OIDC
 * issuer for the whole run, on free ports, so backend tests exercise the same code path as
 * `npm start` and AWS. Tests reach them through test/support/local-services.ts.
 */
import type { JWK } from 'jose';
import type { TestProject } from 'vitest/node';
import { ensureTable } from '../../functions/store/create-table';
import { DEMO_ACCOUNTS } from '../../infra/local/demo-accounts';
import { localDynamoClient, startDynamoDbLocal } from '../../infra/local/dynamodb-local';
import { startIssuer } from '../../infra/local/issuer';

/** The add-in's client id in tests (the `aud` of every token) and a redirect URI never followed. */
export const TEST_CLIENT_ID = 'rentan-addin-test';
/** Another client of the same issuer: its genuinely signed tokens name an audience the API refuses. */
export const TEST_OTHER_CLIENT_ID = 'rentan-other-app-test';
export const TEST_REDIRECT_URI = 'http://127.0.0.1:9/rentan-test-callback';
/** One table shared by the run: tests isolate themselves by regency or by unique ids. */
export const TEST_TABLE_NAME = 'rentan-test';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    dynamoPid: number;
    tableName: string;
    issuer: string;
    jwksUri: string;
    tokenEndpoint: string;
    authorizationEndpoint: string;
    clientId: string;
    otherClientId: string;
    redirectUri: string;
    /** The issuer's private signing key, for crafted tokens (expired, other audience, no regency). */
    issuerSigningKey: JWK;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [dynamo, issuer] = await Promise.all([
    startDynamoDbLocal(),
    startIssuer({
      clientId: TEST_CLIENT_ID,
      otherClientIds: [TEST_OTHER_CLIENT_ID],
      redirectUris: [TEST_REDIRECT_URI],
      accounts: DEMO_ACCOUNTS,
    }),
  ]);
  try {
    const client = localDynamoClient(dynamo.endpoint);
    try {
      await ensureTable(client, TEST_TABLE_NAME);
    } finally {
      client.destroy();
    }
  } catch (error) {
    await Promise.all([dynamo.stop(), issuer.stop()]);
    throw error;
  }

  project.provide('dynamoEndpoint', dynamo.endpoint);
  project.provide('dynamoPid', dynamo.pid ?? -1);
  project.provide('tableName', TEST_TABLE_NAME);
  project.provide('issuer', issuer.issuer);
  project.provide('jwksUri', issuer.jwksUri);
  project.provide('tokenEndpoint', issuer.tokenEndpoint);
  project.provide('authorizationEndpoint', issuer.authorizationEndpoint);
  project.provide('clientId', TEST_CLIENT_ID);
  project.provide('otherClientId', TEST_OTHER_CLIENT_ID);
  project.provide('redirectUri', TEST_REDIRECT_URI);
  project.provide('issuerSigningKey', issuer.signingKey);

  return async () => {
    await Promise.all([issuer.stop(), dynamo.stop()]);
  };
}

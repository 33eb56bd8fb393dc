/** The Lambda host: the same app behind `hono/aws-lambda`, configured from the environment. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { inject } from 'vitest';
import { KAPUAS, tokenOf } from './fixtures';

function event(path: string, headers: Record<string, string> = {}): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: { host: 'api.rentan.test', ...headers },
    requestContext: {
      accountId: '1',
      apiId: 'a',
      domainName: 'api.rentan.test',
      domainPrefix: 'api',
      http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
      requestId: 'r',
      routeKey: '$default',
      stage: '$default',
      time: '',
      timeEpoch: 0,
    },
    isBase64Encoded: false,
  };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('lambda handler', () => {
  it('refuses to start without its configuration, naming the missing variable', async () => {
    vi.stubEnv('TABLE_NAME', '');
    await expect(import('../../functions/lambda')).rejects.toThrow(/TABLE_NAME/);
  });

  it('answers health and verifies tokens against the configured issuer', async () => {
    vi.stubEnv('TABLE_NAME', inject('tableName'));
    vi.stubEnv('OIDC_ISSUER', inject('issuer'));
    vi.stubEnv('OIDC_AUDIENCE', inject('clientId'));
    vi.stubEnv('OIDC_JWKS_URI', inject('jwksUri'));
    vi.stubEnv('ALLOWED_ORIGINS', 'https://localhost:3000, https://addin.rentan.test');
    vi.stubEnv('AWS_REGION', 'ap-southeast-3');
    // Only sent to when a roster is submitted, which this test does not do.
    vi.stubEnv('QUEUE_URL', 'https://sqs.ap-southeast-3.amazonaws.com/000000000000/rentan-jobs');
    const { handler } = await import('../../functions/lambda');
    const call = (e: APIGatewayProxyEventV2) =>
      (
        handler as unknown as (
          e: APIGatewayProxyEventV2,
          c: Context,
        ) => Promise<{ statusCode: number; body: string; headers: Record<string, string> }>
      )(e, {} as Context);
    const health = await call(event('/health'));
    expect(health.statusCode).toBe(200);
    const noToken = await call(event('/v1/rates'));
    expect(noToken.statusCode).toBe(401);
    expect(noToken.headers['content-type']).toContain('application/problem+json');
    // The rates need no table: a real token is enough to show the whole auth path works here.
    const rates = await call(
      event('/v1/rates', { authorization: `Bearer ${await tokenOf(KAPUAS.finance)}` }),
    );
    expect(rates.statusCode).toBe(200);
    expect(JSON.parse(rates.body)).toHaveProperty('bpu');
  });
});

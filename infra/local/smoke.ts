import { ADDIN_FILES } from '../../addin/manifest/files';
import { ClientConfigSchema } from '../../shared/contracts/config';
import { DEMO_ACCOUNTS } from './demo-accounts';
import type { RunningStack } from './stack';
import { fetchTrustingCa } from './trusting-fetch';

export interface SmokeCheck {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

/**
 * Checks that each service answers over HTTPS with the dev certificate, and that the pieces work
 * together: a demo account signs in at the issuer and the API accepts its token (which makes the API
 * fetch the issuer's keys and read DynamoDB). An add-in that is not built yet is reported, not failed.
 */
export async function smokeCheck(stack: RunningStack): Promise<SmokeCheck[]> {
  const fetch = fetchTrustingCa(stack.certificates.ca);
  const checks: SmokeCheck[] = [];
  const check = async (name: string, run: () => Promise<string>) => {
    try {
      checks.push({ name, ok: true, detail: await run() });
    } catch (error) {
      checks.push({ name, ok: false, detail: (error as Error).message });
    }
  };
  const expectStatus = async (url: string, status: number, init?: RequestInit, type?: string) => {
    const response = await fetch(url, init);
    const contentType = response.headers.get('content-type') ?? '';
    if (response.status !== status) throw new Error(`${url} answered ${response.status}, expected ${status}`);
    if (type && !contentType.startsWith(type)) throw new Error(`${url} is ${contentType}, expected ${type}`);
    return response;
  };

  let discovery: { token_endpoint?: string; issuer?: string } = {};
  await check('issuer discovery', async () => {
    const url = `${stack.urls.issuer}/.well-known/openid-configuration`;
    discovery = (await (
      await expectStatus(url, 200, undefined, 'application/json')
    ).json()) as typeof discovery;
    if (discovery.issuer !== stack.urls.issuer) throw new Error(`discovery names issuer ${discovery.issuer}`);
    return url;
  });
  await check('API health', async () => {
    await expectStatus(`${stack.urls.api}/health`, 200);
    return `${stack.urls.api}/health`;
  });
  await check('API docs', async () => {
    await expectStatus(stack.urls.docs, 200, undefined, 'text/html');
    return stack.urls.docs;
  });
  await check('API refuses a request without a token', async () => {
    await expectStatus(`${stack.urls.api}/v1/rosters`, 401);
    return '401 as expected';
  });
  await check('sign-in and an authenticated API call', async () => {
    const account = DEMO_ACCOUNTS[0]!;
    const tokenResponse = await expectStatus(discovery.token_endpoint ?? `${stack.urls.issuer}/token`, 200, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: stack.clientId,
        username: account.username,
        password: account.password,
      }),
    });
    const { id_token: token } = (await tokenResponse.json()) as { id_token: string };
    await expectStatus(`${stack.urls.api}/v1/rosters`, 200, {
      headers: { authorization: `Bearer ${token}` },
    });
    return `${account.username} listed rosters`;
  });
  await check('add-in manifest', async () => {
    await expectStatus(stack.urls.manifest, 200, undefined, 'application/xml');
    return stack.urls.manifest;
  });
  await check('client configuration', async () => {
    const response = await expectStatus(stack.urls.clientConfig, 200, undefined, 'application/json');
    const config = ClientConfigSchema.parse(await response.json());
    if (config.apiUrl !== stack.urls.api) throw new Error(`it names the API ${config.apiUrl}`);
    return stack.urls.clientConfig;
  });
  await check('add-in task pane', async () => {
    const url = `${stack.urls.addin}/${ADDIN_FILES.page}`;
    if (stack.addinBuild.state === 'not-built') return `skipped: ${stack.addinBuild.message}`;
    await expectStatus(url, 200, undefined, 'text/html');
    return url;
  });
  return checks;
}

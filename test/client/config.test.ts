/**
 * loadConfig against a real HTTP server on loopback (the client's own fetch, nothing stubbed):
 * the configuration that both producers serve, and each way a wrong address or file fails.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../client/config';
import type { ClientConfig } from '../../shared/contracts/config';

const CONFIG: ClientConfig = {
  stage: 'local',
  apiUrl: 'https://localhost:3001',
  auth: {
    issuer: 'https://localhost:3002',
    clientId: 'rentan-addin',
    redirectUris: ['https://localhost:3000/taskpane.html', 'https://localhost:3000/auth-callback.html'],
    scopes: ['openid', 'email', 'profile'],
  },
};

/** What each path answers: status, content type and body. */
const ROUTES: Record<string, [number, string, string]> = {
  '/config.json': [200, 'application/json', JSON.stringify(CONFIG)],
};
let server: Server;
let origin: string;
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requested.push(request.url ?? '');
    const [status, type, body] = ROUTES[request.url ?? ''] ?? [404, 'text/plain', 'not here'];
    response.writeHead(status, { 'content-type': type }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** What /config.json answers in the next request. */
function serveOnce(status: number, type: string, body: string) {
  ROUTES['/config.json'] = [status, type, body];
}

describe('loadConfig', () => {
  it('reads /config.json at the root of the add-in origin, whatever page path it is given', async () => {
    serveOnce(200, 'application/json', JSON.stringify(CONFIG));
    requested.length = 0;
    expect(await loadConfig(fetch, `${origin}/taskpane.html`)).toEqual(CONFIG);
    expect(requested).toEqual(['/config.json']);
  });

  it('keeps the optional Cognito fields', async () => {
    const cognito = {
      ...CONFIG,
      stage: 'prod',
      auth: {
        ...CONFIG.auth,
        logoutUri: 'https://d1.cloudfront.net/taskpane.html',
        signInUrl: 'https://rentan.auth.ap-southeast-3.amazoncognito.com',
      },
    };
    serveOnce(200, 'application/json', JSON.stringify(cognito));
    expect(await loadConfig(fetch, origin)).toEqual(cognito);
  });

  it('names the URL and the status when the address serves no configuration', async () => {
    serveOnce(404, 'text/plain', 'not here');
    await expect(loadConfig(fetch, origin)).rejects.toThrow(
      new ConfigError(
        `${origin}/config.json answered 404; is this the Rentan add-in's address?`,
        `${origin}/config.json`,
      ),
    );
  });

  it('says when the file is not JSON', async () => {
    serveOnce(200, 'text/html', '<!doctype html>');
    await expect(loadConfig(fetch, origin)).rejects.toThrow(`${origin}/config.json is not JSON.`);
  });

  it('names the first wrong field of a file that is JSON but not the schema', async () => {
    serveOnce(200, 'application/json', JSON.stringify({ ...CONFIG, apiUrl: 'http://api.example' }));
    await expect(loadConfig(fetch, origin)).rejects.toThrow(
      `${origin}/config.json is not a Rentan configuration at apiUrl: The API URL must be an absolute https URL.`,
    );
    const { redirectUris: _, ...noRedirects } = CONFIG.auth;
    serveOnce(200, 'application/json', JSON.stringify({ ...CONFIG, auth: noRedirects }));
    await expect(loadConfig(fetch, origin)).rejects.toThrow(/at auth\.redirectUris:/);
  });

  it('says which address it could not reach', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const gone = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await loadConfig(fetch, gone).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(new RegExp(`^Could not reach ${gone}/config.json: `));
  });

  it('stops when the caller aborts, with the abort reason rather than a config error', async () => {
    const controller = new AbortController();
    controller.abort(new Error('user cancelled'));
    await expect(loadConfig(fetch, origin, { signal: controller.signal })).rejects.toThrow('user cancelled');
  });
});

/**
 * `npm start` itself, spawned as a user would run it, in throw-away folders and on free ports so it
 * never meets a developer's own running stack. Each start runs a JVM: keep this file to three runs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devCertificates } from '../../infra/local/certificates';
import { ClientConfigSchema } from '../../shared/contracts/config';
import { fetchTrustingCa } from '../../infra/local/trusting-fetch';
import { stackEnvironment, stackWorkspace } from '../support/start-stack';

const ws = stackWorkspace('rentan-start-');
const work = ws.work;
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeAll(async () => {
  const first = await devCertificates(join(work, 'certs'));
  const again = await devCertificates(join(work, 'certs'));
  // Made once (offline, no trust-store prompt), then reused as they are.
  expect(first.generated).toBe(true);
  expect(again.generated).toBe(false);
  expect(again.cert).toBe(first.cert);
  expect(first.cert).toContain('BEGIN CERTIFICATE');
});

const environment = () => stackEnvironment(ws);

interface Run {
  code: number | null;
  output: string;
}

function runStart(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['start', '--', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** DynamoDB Local processes whose command line names our throw-away data folder. */
function javaLeftBehind(): string {
  const result = spawnSync('pgrep', ['-f', join(work, 'local', 'dynamodb')], { encoding: 'utf8' });
  return result.stdout.trim();
}

describe('npm start', () => {
  it('--smoke starts every service, checks each URL and stops with OK', { timeout: 180_000 }, async () => {
    const { env, ports } = await environment();
    const { code, output } = await runStart(['--smoke'], env);
    expect(output).toContain('SMOKE OK');
    expect(output).not.toContain('have been generated');
    expect(code).toBe(0);
    for (const name of [
      'issuer discovery',
      'API health',
      'sign-in and an authenticated API call',
      'add-in task pane',
    ]) {
      expect(output).toMatch(new RegExp(`ok +${name}`));
    }
    expect(output).not.toContain('FAIL');
    // The manifest to sideload is rendered for the add-in's port, with the API and issuer as app domains.
    const manifest = readFileSync(join(work, 'local', 'manifest.xml'), 'utf8');
    expect(manifest).toContain(`https://localhost:${ports[0]}/taskpane.html`);
    expect(manifest).toContain(`<AppDomain>https://localhost:${ports[1]}</AppDomain>`);
    expect(manifest).toContain(`<AppDomain>https://localhost:${ports[2]}</AppDomain>`);
    // Data is kept under the local folder, and nothing keeps running.
    expect(readFileSync(join(work, 'local', 'dynamodb', 'shared-local-instance.db')).length).toBeGreaterThan(
      0,
    );
    expect(javaLeftBehind()).toBe('');
  });

  it(
    'serves the add-in files with their content types and stops cleanly on Ctrl-C',
    { timeout: 180_000 },
    async () => {
      const { env, ports } = await environment();
      // The start script's own command, in its own process group so SIGINT reaches tsx, node and
      // java together, as Ctrl-C in a terminal does. (Under `npm start`, npm's shell gets the signal
      // too, and npm then reports the interrupt itself whatever the script's exit code.)
      const child = spawn(join('node_modules', '.bin', 'tsx'), ['infra/local/start.ts'], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      let output = '';
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      const ready = new Promise<void>((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('Ctrl-C stops it')) resolve();
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        void exited.then((code) =>
          reject(new Error(`npm start stopped before it was ready (${code}):\n${output}`)),
        );
      });
      try {
        await ready;
        // The certificates made before the runs are reused, not made again.
        expect(output).not.toContain('have been generated');
        expect(output).toContain('operator@kapuas.rentan.test');
        expect(output).toContain('admin@barito-utara.rentan.test');

        const fetch = fetchTrustingCa(readFileSync(join(work, 'certs', 'ca.crt'), 'utf8'));
        const addin = `https://localhost:${ports[0]}`;
        const typeOf = async (path: string) => {
          const response = await fetch(`${addin}${path}`);
          await response.arrayBuffer();
          return `${response.status} ${response.headers.get('content-type')}`;
        };
        expect(await typeOf('/taskpane.html')).toBe('200 text/html; charset=utf-8');
        expect(await typeOf('/functions.js')).toBe('200 text/javascript; charset=utf-8');
        expect(await typeOf('/assets/icon-16.png')).toBe('200 image/png');
        expect(await typeOf('/manifest.xml')).toBe('200 application/xml; charset=utf-8');
        expect(await typeOf('/nothing-here.js')).toMatch(/^404 /);
        expect(await typeOf('/%2e%2e/%2e%2e/etc/passwd')).toMatch(/^404 /);
        const config = ClientConfigSchema.parse(await (await fetch(`${addin}/config.json`)).json());
        expect(config).toEqual({
          stage: 'local',
          apiUrl: `https://localhost:${ports[1]}`,
          auth: {
            issuer: `https://localhost:${ports[2]}`,
            clientId: 'rentan-addin',
            redirectUris: [`${addin}/taskpane.html`, `${addin}/auth-callback.html`],
            scopes: ['openid', 'email', 'profile'],
          },
        });
      } finally {
        try {
          process.kill(-child.pid!, 'SIGINT');
        } catch {
          // Already gone: the assertions below report why.
        }
      }
      expect(await exited).toBe(0);
      expect(output).toContain('Stopped.');
      expect(javaLeftBehind()).toBe('');
    },
  );

  it('names the service and the variable to change when a port is taken', { timeout: 60_000 }, async () => {
    const { env } = await environment();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(Number(env.RENTAN_API_PORT), '127.0.0.1', resolve));
    try {
      const { code, output } = await runStart(['--smoke'], env);
      expect(code).toBe(1);
      expect(output).toContain(`Port ${env.RENTAN_API_PORT} (API) is already in use`);
      expect(output).toContain('RENTAN_API_PORT=<port>');
    } finally {
      blocker.close();
    }
  });
});

/**
 * The same app over real HTTP (the Node host): a roster from creation to export, CORS only for the
 * add-in's origin, secure headers and request ids on every answer.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchTrustingCa } from '../../infra/local/trusting-fetch';
import Papa from 'papaparse';
import { serveNode } from '../../functions/node-host';
import type { Roster } from '../../shared/contracts';
import { TEST_ADDIN_ORIGIN } from '../support/local-services';
import { KAPUAS, draft, json, testApp, tokenOf, workers } from './fixtures';

const t = testApp();
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  server = await serveNode(t.app, { port: 0 });
});
afterAll(async () => {
  await server.close();
});

describe('over HTTP', () => {
  it('creates, uploads, submits and exports a roster', async () => {
    const token = await tokenOf(KAPUAS.operator);
    const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const created = await fetch(`${server.url}/v1/rosters`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify(draft()),
    });
    expect(created.status).toBe(201);
    const roster = await json<Roster>(created);
    const rows = workers(30);
    for (const [n, part] of [rows.slice(0, 20), rows.slice(20)].entries()) {
      const up = await fetch(`${server.url}/v1/rosters/${roster.id}/chunks/${n + 1}`, {
        method: 'PUT',
        headers: auth,
        body: JSON.stringify({ firstRow: n * 20 + 1, rows: part }),
      });
      expect(up.status).toBe(200);
    }
    expect(
      (await fetch(`${server.url}/v1/rosters/${roster.id}/submit`, { method: 'POST', headers: auth })).status,
    ).toBe(202);
    // As a client does: poll the roster until its job has claimed every NIK.
    for (;;) {
      const now = await json<Roster>(await fetch(`${server.url}/v1/rosters/${roster.id}`, { headers: auth }));
      if (now.status === 'submitted') break;
      expect(now.status).toBe('submitting');
      await new Promise((r) => setTimeout(r, 50));
    }
    const csv = await fetch(`${server.url}/v1/rosters/${roster.id}/export?format=csv`, { headers: auth });
    expect(csv.headers.get('Content-Disposition')).toContain(`rentan-6203-${roster.id}.csv`);
    const parsed = Papa.parse<string[]>(await csv.text(), { skipEmptyLines: true }).data;
    expect(parsed.slice(1).map((r) => r[0])).toEqual(rows.map((r) => r.nik));
  });

  it("answers CORS preflights for the add-in's origin only", async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/v1/rosters`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type',
        },
      });
    const ok = await preflight(TEST_ADDIN_ORIGIN);
    expect(ok.headers.get('Access-Control-Allow-Origin')).toBe(TEST_ADDIN_ORIGIN);
    expect(ok.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain('authorization');
    const evil = await preflight('https://evil.example');
    expect(evil.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('sends secure headers and a request id, and accepts a caller-given request id', async () => {
    const response = await fetch(`${server.url}/health`, { headers: { 'X-Request-Id': 'trace-123' } });
    expect(response.headers.get('X-Request-Id')).toBe('trace-123');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Strict-Transport-Security')).toContain('max-age');
    expect(response.headers.get('X-Frame-Options')).toBe('SAMEORIGIN');
    const other = await fetch(`${server.url}/health`);
    expect(other.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves HTTPS when given a key pair', async () => {
    // A throwaway self-signed certificate for localhost, made with the system's openssl.
    const dir = mkdtempSync(join(tmpdir(), 'rentan-tls-'));
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '1',
          '-subj',
          '/CN=localhost',
          '-addext',
          'subjectAltName=DNS:localhost,IP:127.0.0.1',
          '-keyout',
          join(dir, 'key.pem'),
          '-out',
          join(dir, 'cert.pem'),
        ],
        { stdio: 'ignore' },
      );
      const cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
      const secure = await serveNode(t.app, {
        port: 0,
        tls: { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert },
      });
      try {
        expect(secure.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
        const response = await fetchTrustingCa(cert)(`${secure.url}/health`);
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({ ok: true });
      } finally {
        await secure.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

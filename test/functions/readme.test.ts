/**
 * The README's worked API example, run as written (curl and jq in bash) against `npm start`'s
 * stack, on free ports and with throw-away certificates: only the three URLs and the CA path at
 * the top of the block are pointed at this stack.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { devCertificates } from '../../infra/local/certificates';
import { stackEnvironment, stackWorkspace, startStack } from '../support/start-stack';

const ws = stackWorkspace('rentan-readme-');
afterAll(() => rmSync(ws.work, { recursive: true, force: true }));

/** The ```sh block that follows `<!-- readme-example: NAME -->` in the README. */
function readmeExample(name: string): string {
  const readme = readFileSync('README.md', 'utf8');
  const at = readme.indexOf(`<!-- readme-example: ${name} -->`);
  if (at < 0) throw new Error(`README has no example named ${name}.`);
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(at));
  if (!block) throw new Error(`The README example ${name} has no sh block.`);
  return block[1]!;
}

describe('README', () => {
  it(
    'runs the API walk-through as written: sign in, upload, submit, resume, cost, export, KPJ',
    { timeout: 300_000 },
    async () => {
      await devCertificates(ws.certsDir);
      const { env, ports } = await stackEnvironment(ws);
      const stack = await startStack(env);
      try {
        const script = readmeExample('api')
          .replace('CA=~/.office-addin-dev-certs/ca.crt', `CA=${join(ws.certsDir, 'ca.crt')}`)
          .replace('API=https://localhost:3001', `API=https://localhost:${ports[1]}`)
          .replace('ISSUER=https://localhost:3002', `ISSUER=https://localhost:${ports[2]}`);
        const run = spawnSync('bash', ['-euo', 'pipefail', '-c', script], {
          cwd: ws.work,
          encoding: 'utf8',
          timeout: 240_000,
        });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const out = run.stdout;
        // Step 3: both rows eligible on upload.
        expect(out).toMatch(/"eligible": 2/);
        // Step 4: accepted as a job.
        expect(out).toMatch(/"status": "submitting"/);
        expect(out).toMatch(/"chunkCount": 1/);
        // Step 6: submitting again once submitted changes nothing.
        expect(out).toMatch(/^200$/m);
        // Step 7: Rp 252,000 for 2 DD workers over 2026.
        expect(out).toMatch(/"workers": 2,\s*"cost": 252000/);
        // Step 8: the files, with both NIKs as text in the CSV.
        const csv = readFileSync(join(ws.work, 'roster.csv'), 'utf8');
        expect(csv).toContain('6203011506850001');
        expect(csv).toContain('6203015203900002');
        expect(readFileSync(join(ws.work, 'roster.xlsx')).subarray(0, 2).toString()).toBe('PK');
        // Step 9: the admin registered one KPJ number.
        expect(out.trim().split('\n').at(-1)).toBe('1');
      } finally {
        expect(await stack.stop()).toBe(0);
      }
    },
  );
});

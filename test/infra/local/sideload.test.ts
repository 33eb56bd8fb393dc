/**
 * `npm run sideload`: what it does on each platform (the plan is pure, so Windows and Mac are
 * covered here too), what it says when run on this Linux machine, and that Microsoft's tool it
 * hands the manifest to on Windows and Mac is installed and loads without the network.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderManifest } from '../../../addin/manifest/render';
import { sideloadPlan } from '../../../infra/local/sideload';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const base = {
  manifestPath: '/work/.local/manifest.xml',
  manifestExists: true,
  addinUrl: 'https://localhost:3000',
  remove: false,
};

describe('sideloadPlan', () => {
  it('hands the manifest to office-addin-dev-settings on Windows and Mac', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      expect(sideloadPlan({ ...base, platform })).toEqual({
        kind: 'desktop',
        manifestPath: base.manifestPath,
        remove: false,
      });
    }
    expect(sideloadPlan({ ...base, platform: 'darwin', manifestExists: false, remove: true })).toMatchObject({
      kind: 'desktop',
      remove: true,
    });
  });

  it('on Linux, says plainly that nothing was sideloaded and how to use Excel on the web', () => {
    const plan = sideloadPlan({ ...base, platform: 'linux' });
    expect(plan.kind).toBe('explain');
    const text = plan.kind === 'explain' ? plan.lines.join('\n') : '';
    expect(text).toContain('does not run on Linux: nothing was sideloaded');
    expect(text).toContain('Upload My Add-in');
    expect(text).toContain(base.manifestPath);
    expect(text).toContain('https://localhost:3000');
  });

  it('asks for npm start first when there is no manifest yet', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const plan = sideloadPlan({ ...base, platform, manifestExists: false });
      expect(plan).toEqual({ kind: 'explain', lines: [expect.stringContaining('run `npm start` first')] });
    }
  });
});

// Each run spawns Node with tsx: a few seconds on a busy machine.
describe('npm run sideload on this machine', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'rentan-sideload-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'infra/local/sideload.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, RENTAN_LOCAL_DIR: dir, RENTAN_ADDIN_PORT: '3300' },
      encoding: 'utf8',
    });

  it.runIf(process.platform === 'linux')('explains Excel on the web and exits 1, changing nothing', () => {
    writeFileSync(join(dir, 'manifest.xml'), renderManifest({ baseUrl: 'https://localhost:3300' }));
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('nothing was sideloaded');
    expect(result.stderr).toContain(join(dir, 'manifest.xml'));
    expect(result.stderr).toContain('https://localhost:3300');
  });

  it('refuses an unknown option with the usage, and prints help on --help', () => {
    const bad = run('--bogus');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Usage: npm run sideload');
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--remove');
  });
});

it("Microsoft's office-addin-dev-settings is installed and loads offline", async () => {
  const devSettings = await import('office-addin-dev-settings');
  expect(typeof devSettings.sideloadAddIn).toBe('function');
  expect(typeof devSettings.unregisterAddIn).toBe('function');
  expect(devSettings.AppType.Desktop).toBe('desktop');
});

import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureAddinBuilt } from '../../../infra/local/addin-build';

// A project without a build:addin script, so nothing is ever built here: these tests cover the
// decisions (fresh, stale, missing), not vite.
let project = '';
afterEach(() => rmSync(project, { recursive: true, force: true }));

function makeProject(): { dist: string; source: string } {
  project = mkdtempSync(join(tmpdir(), 'rentan-addin-build-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ scripts: {} }));
  mkdirSync(join(project, 'addin'));
  const source = join(project, 'addin', 'taskpane.ts');
  writeFileSync(source, 'export {};');
  const dist = join(project, 'dist', 'addin');
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'taskpane.html'), '<!doctype html>');
  return { dist, source };
}

const setTime = (path: string, seconds: number) => utimesSync(path, seconds, seconds);

describe('ensureAddinBuilt', () => {
  it('serves a build that is newer than every source as it is', () => {
    const { dist, source } = makeProject();
    setTime(join(project, 'package.json'), 1_000);
    setTime(source, 1_000);
    setTime(join(dist, 'taskpane.html'), 2_000);
    expect(ensureAddinBuilt(project, dist, 'auto').state).toBe('fresh');
  });

  it('calls a build older than a source stale, and says there is no script to rebuild it', () => {
    const { dist, source } = makeProject();
    setTime(join(project, 'package.json'), 1_000);
    setTime(join(dist, 'taskpane.html'), 2_000);
    setTime(source, 3_000);
    const result = ensureAddinBuilt(project, dist, 'auto');
    expect(result.state).toBe('stale');
    expect(result.message).toMatch(/no build:addin script/);
  });

  it('reports a missing build without failing, and never builds in never mode', () => {
    const { dist } = makeProject();
    rmSync(dist, { recursive: true });
    expect(ensureAddinBuilt(project, dist, 'auto')).toEqual({
      state: 'not-built',
      message: 'The add-in files are not built: package.json has no build:addin script yet.',
    });
    expect(ensureAddinBuilt(project, dist, 'never').state).toBe('not-built');
  });
});

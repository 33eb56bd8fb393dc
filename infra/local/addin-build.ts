import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** `auto`: build when dist/addin is missing or older than its sources; `always`; `never`. */
export type AddinBuildMode = 'auto' | 'always' | 'never';

export interface AddinBuildResult {
  /** `fresh`: up to date; `built`: built now; `stale`: older than its sources; `not-built`: nothing to serve. */
  readonly state: 'fresh' | 'built' | 'not-built' | 'stale';
  /** One line for the console. */
  readonly message: string;
}

/** What the add-in build reads: a change in any of these makes dist/addin stale. */
const SOURCE_PATHS = ['addin', 'shared', 'vite.config.ts', 'package.json'];

/**
 * Makes sure `distDir` holds a current add-in build, running `npm run build:addin` when needed and
 * the script exists. Never fails the start: without a build the API and the issuer still work.
 */
export function ensureAddinBuilt(
  projectDir: string,
  distDir: string,
  mode: AddinBuildMode,
): AddinBuildResult {
  const built = existsSync(distDir) && newestMtime(distDir, 'oldest') !== null;
  const hasScript = buildScriptExists(projectDir);
  if (mode === 'never') {
    return built
      ? { state: 'fresh', message: `Serving the existing add-in build in ${distDir} (build skipped).` }
      : {
          state: 'not-built',
          message: `The add-in files are not built (${distDir} is missing; build skipped).`,
        };
  }
  if (mode === 'auto' && built) {
    const sources = Math.max(...SOURCE_PATHS.map((p) => newestMtime(join(projectDir, p), 'newest') ?? 0));
    const output = newestMtime(distDir, 'oldest') ?? 0;
    if (sources <= output)
      return { state: 'fresh', message: `The add-in build in ${distDir} is up to date.` };
  }
  if (!hasScript) {
    return built
      ? {
          state: 'stale',
          message: `The add-in build in ${distDir} may be stale, and there is no build:addin script yet.`,
        }
      : {
          state: 'not-built',
          message: 'The add-in files are not built: package.json has no build:addin script yet.',
        };
  }
  console.log('Building the add-in (npm run build:addin) ...');
  const result = spawnSync('npm', ['run', 'build:addin'], { cwd: projectDir, stdio: 'inherit' });
  if (result.status !== 0) {
    return {
      state: built ? 'stale' : 'not-built',
      message: `npm run build:addin failed (exit ${result.status ?? result.signal}); ${built ? 'serving the previous build' : 'no add-in files to serve'}.`,
    };
  }
  return { state: 'built', message: `Built the add-in into ${distDir}.` };
}

function buildScriptExists(projectDir: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as {
      scripts?: Record<string, string>;
    };
    return typeof manifest.scripts?.['build:addin'] === 'string';
  } catch {
    return false;
  }
}

/** The newest (or oldest) modification time of the files under `path`, or null when there are none. */
function newestMtime(path: string, which: 'newest' | 'oldest'): number | null {
  if (!existsSync(path)) return null;
  const stat = statSync(path);
  if (stat.isFile()) return stat.mtimeMs;
  let found: number | null = null;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const time = newestMtime(join(path, entry.name), which);
    if (time === null) continue;
    found = found === null ? time : which === 'newest' ? Math.max(found, time) : Math.min(found, time);
  }
  return found;
}

/** Runs `rentan` as a user does, from the clone's node_modules/.bin (where `npx rentan` finds it). */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../..', import.meta.url));
export const RENTAN_BIN = join(REPO, 'node_modules', '.bin', 'rentan');

export interface RentanRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Spawns `command args` in `cwd` and resolves with its exit code and output (never rejects on exit code). */
export function spawnCommand(command: string, args: readonly string[], cwd: string): Promise<RentanRun> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      [...args],
      { cwd, env: { ...process.env, RENTAN_DEBUG: '', NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        if (code === null) reject(error);
        else resolve({ code, stdout, stderr });
      },
    );
  });
}

export function rentan(args: readonly string[], cwd: string): Promise<RentanRun> {
  return spawnCommand(RENTAN_BIN, args, cwd);
}

/** A fresh folder under the system temp dir, and its removal. */
export async function tempFolder(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'rentan-cli-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

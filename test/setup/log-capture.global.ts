/**
 * Global setup of the `integration` project: a folder for the run's captured log lines
 * (test/support/log-tap.ts), and at the end of the run a search of every captured line for a full
 * NIK. Any hit fails the run and names the file it was found in; the folder is then kept.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { describeHits, findFullNiks, type NikHit } from '../support/nik-scan';

declare module 'vitest' {
  export interface ProvidedContext {
    logCaptureDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'rentan-test-logs-'));
  project.provide('logCaptureDir', dir);
  return async () => {
    const hits: NikHit[] = [];
    for (const name of await readdir(dir)) {
      const text = await readFile(join(dir, name), 'utf8');
      hits.push(...findFullNiks(text.split('\n'), join(dir, name)));
    }
    if (hits.length > 0) {
      // Vitest reports an error thrown here but still exits with 0: set the exit code as well.
      process.exitCode = 1;
      throw new Error(`Full NIKs in the run's logs (kept in ${dir}). ${describeHits(hits)}`);
    }
    await rm(dir, { recursive: true, force: true });
  };
}

/**
 * `npm start`'s stack for tests, as a user runs it but in throw-away folders and on free ports, so
 * it never meets a developer's own running stack: the workspace, its environment, and a start
 * that resolves once the stack says it is ready.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../infra/local/ports';

export interface StackWorkspace {
  work: string;
  addinDir: string;
  certsDir: string;
}

/** A folder with a tiny add-in build (the real build has its own tests) and room for certificates and data. */
export function stackWorkspace(prefix: string): StackWorkspace {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const addinDir = join(work, 'addin');
  mkdirSync(join(addinDir, 'assets'), { recursive: true });
  writeFileSync(join(addinDir, 'taskpane.html'), '<!doctype html><title>Rentan</title>');
  writeFileSync(join(addinDir, 'functions.js'), 'export {};');
  writeFileSync(join(addinDir, 'assets', 'icon-16.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return { work, addinDir, certsDir: join(work, 'certs') };
}

/** The environment of a stack on four free ports: [add-in, API, issuer, DynamoDB]. */
export async function stackEnvironment(
  ws: StackWorkspace,
): Promise<{ env: NodeJS.ProcessEnv; ports: number[] }> {
  const ports = [await freePort(), await freePort(), await freePort(), await freePort()];
  return {
    ports,
    env: {
      ...process.env,
      RENTAN_LOCAL_DIR: join(ws.work, 'local'),
      RENTAN_CERTS_DIR: ws.certsDir,
      RENTAN_ADDIN_DIR: ws.addinDir,
      RENTAN_ADDIN_BUILD: 'never',
      RENTAN_ADDIN_PORT: String(ports[0]),
      RENTAN_API_PORT: String(ports[1]),
      RENTAN_ISSUER_PORT: String(ports[2]),
      RENTAN_DYNAMODB_PORT: String(ports[3]),
    },
  };
}

export interface RunningStack {
  output(): string;
  /** Ctrl-C to the whole process group, as in a terminal; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts the stack's script and resolves once it prints that it is ready. */
export async function startStack(env: NodeJS.ProcessEnv): Promise<RunningStack> {
  const child = spawn(join('node_modules', '.bin', 'tsx'), ['infra/local/start.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
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
  return {
    output: () => output,
    async stop() {
      try {
        process.kill(-child.pid!, 'SIGINT');
      } catch {
        // Already gone.
      }
      return exited;
    },
  };
}

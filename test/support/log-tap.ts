/**
 * Every log line the backend writes during the integration run, collected in one folder (one file
 * per worker process) so the run can be searched for full NIKs afterwards, however the lines are
 * produced: test/setup/log-capture.ts tees stdout, stderr and the console here, and test apps
 * whose logger writes to a sink of their own (test/functions/fixtures.ts) tee that sink here too.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** The folder, set by the global setup in the environment every worker inherits. */
export const LOG_CAPTURE_DIR_ENV = 'RENTAN_TEST_LOG_CAPTURE_DIR';

const TAP = Symbol.for('rentan.test.logTap');

interface Tap {
  /** Lines since the current test file started (checked by that file's afterAll). */
  lines: string[];
}

function tap(): Tap {
  const scope = globalThis as { [TAP]?: Tap };
  return (scope[TAP] ??= { lines: [] });
}

/** Records one line (or a chunk of several) in the run's capture folder and the file's list. */
export function tapLogLine(text: string): void {
  const dir = process.env[LOG_CAPTURE_DIR_ENV];
  if (!dir || text === '') return;
  tap().lines.push(text);
  appendFileSync(join(dir, `${process.pid}-${threadId}.log`), text.endsWith('\n') ? text : `${text}\n`);
}

/** The lines captured since the current test file started; the next file starts afresh. */
export function takeFileLines(): string[] {
  const { lines } = tap();
  return lines.splice(0, lines.length);
}

/**
 * Setup file of the `integration` project: tees everything the backend writes (stdout, stderr, the
 * console) into the run's log capture (test/support/log-tap.ts), and fails a test file whose lines
 * carry a full NIK. The global setup (log-capture.global.ts) checks the whole run's capture again
 * at the end, so a line written after a file's last hook is not missed either.
 */
import { format } from 'node:util';
import { afterAll, inject } from 'vitest';
import { LOG_CAPTURE_DIR_ENV, takeFileLines, tapLogLine } from '../support/log-tap';
import { describeHits, findFullNiks } from '../support/nik-scan';

process.env[LOG_CAPTURE_DIR_ENV] = inject('logCaptureDir');

const TEED = Symbol.for('rentan.test.teed');
type Teeable = { [TEED]?: true };

function teeStream(stream: NodeJS.WriteStream): void {
  if ((stream as Teeable)[TEED]) return;
  const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    tapLogLine(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    return write(chunk, ...rest);
  }) as typeof stream.write;
  (stream as Teeable)[TEED] = true;
}

// Vitest gives each file a console of its own that does not go through process.stdout.
function teeConsole(target: Console): void {
  if ((target as Teeable)[TEED]) return;
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    const original = target[method].bind(target);
    target[method] = (...args: unknown[]) => {
      tapLogLine(format(...args));
      original(...args);
    };
  }
  (target as Teeable)[TEED] = true;
}

teeStream(process.stdout);
teeStream(process.stderr);
teeConsole(console);
takeFileLines();

afterAll(() => {
  const hits = findFullNiks(takeFileLines(), 'this test file');
  if (hits.length > 0) throw new Error(describeHits(hits));
});

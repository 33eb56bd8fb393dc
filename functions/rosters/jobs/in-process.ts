/**
 * The job queue of the Node host (local stack, tests, benches): jobs run in this process, one at a
 * time per roster, right after the request that sent them. A job sent while its roster's job is
 * running is remembered and run once more after it. A process that dies loses its queue, which is
 * why a client resumes by submitting again (the job then continues from its recorded progress).
 */
import type { Logger } from '../../http/logger';
import type { JobMessage, JobQueue } from './queue';
import type { JobResult } from './run';

export interface InProcessQueue extends JobQueue {
  /** Resolves once no job is running or waiting (tests, benches). */
  idle(): Promise<void>;
}

export function inProcessQueue(
  run: (message: JobMessage) => Promise<JobResult>,
  logger: Logger,
): InProcessQueue {
  const running = new Map<string, { again: boolean; done: Promise<void> }>();

  async function loop(key: string, message: JobMessage): Promise<void> {
    const state = running.get(key)!;
    let failures = 0;
    do {
      state.again = false;
      try {
        const result = await run(message);
        if (result === 'more') state.again = true;
        failures = 0;
      } catch (error) {
        logger.log('error', 'roster job failed', { rosterId: message.rosterId, error });
        // A few quick retries for passing faults; after that the client's next submit resumes it.
        if (++failures < 3) {
          state.again = true;
          await new Promise((r) => setTimeout(r, 200 * failures));
        }
      }
    } while (state.again);
    running.delete(key);
  }

  return {
    async send(message) {
      const key = `${message.regency}/${message.rosterId}`;
      const current = running.get(key);
      if (current) {
        current.again = true;
        return;
      }
      const state = { again: false, done: Promise.resolve() };
      running.set(key, state);
      // Started after this request's answer: the job is not part of any request's time.
      state.done = new Promise<void>((r) => setImmediate(r)).then(() => loop(key, message));
    },
    async idle() {
      while (running.size > 0) await Promise.all([...running.values()].map((s) => s.done));
    },
  };
}

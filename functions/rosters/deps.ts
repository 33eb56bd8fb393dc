/** What the roster services need: the store, the clock, the logger and the job queue. */
import type { Store } from '../store';
import type { Logger } from '../http/logger';
import type { JobQueue } from './jobs/queue';

export interface Deps {
  store: Store;
  now: () => Date;
  logger: Logger;
  /** Where submission and withdrawal jobs go (SQS on AWS, in-process locally). */
  jobs: JobQueue;
  /**
   * Called at each named step of uploads and jobs. Tests make it throw to stop work at that
   * exact point, as a crash would; production leaves it out.
   */
  fault?: (point: string) => void;
}

/** What the roster services need: the store, the clock and the logger. */
import type { Store } from '../store';
import type { Logger } from '../http/logger';

export interface Deps {
  store: Store;
  now: () => Date;
  logger: Logger;
}

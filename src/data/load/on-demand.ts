/**
 * Code that only some pages need (a chunk next to the bundle: the series
 * engine, rrule, a language, the details view) is fetched on first use. One
 * place decides how: every caller shares one request, what arrived stays at
 * hand without a promise (`value`), and a fetch that failed (a dropped
 * connection, a file missing on the server) is not remembered, so the next
 * caller tries again instead of failing for good.
 *
 * Every such failure is a FeedError of kind 'chunk' naming the file: a dist/
 * copied without its chunks/ folder must not read as a feed the server
 * failed to deliver (that is what the error would look like otherwise).
 */
import { FeedError } from './feed-error.js';

export interface OnDemand<T> {
  /** Fetches on the first call; later calls share the request, or get what arrived. */
  load(): Promise<T>;
  /** What arrived, once it has. */
  readonly value: T | undefined;
}

export function onDemand<T>(fetchIt: () => Promise<T>): OnDemand<T> {
  let pending: Promise<T> | undefined;
  let value: T | undefined;
  return {
    load() {
      pending ??= fetchIt().then(
        (arrived) => (value = arrived),
        (error: unknown) => {
          pending = undefined;
          throw error instanceof FeedError ? error : new FeedError('chunk', String(error), { cause: error });
        },
      );
      return pending;
    },
    get value() {
      return value;
    },
  };
}

/**
 * Why a feed could not be used at all. Messages are English and meant for the
 * developer console; the widget shows its own localized text chosen by `kind`.
 */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'not-json' | 'html' | 'shape' | 'aborted';

export class FeedError extends Error {
  readonly kind: FeedErrorKind;
  /** HTTP status, for kind 'http'. */
  readonly status?: number;

  constructor(kind: FeedErrorKind, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FeedError';
    this.kind = kind;
    if (options.status !== undefined) this.status = options.status;
  }
}

/**
 * Why a feed could not be used at all. Messages are English and meant for the
 * developer console; the widget shows its own localized text chosen by `kind`.
 *
 * 'chunk' is not the feed's fault: a program file next to the bundle (dist/chunks/)
 * did not arrive, usually because only part of dist/ was copied to the server.
 * 'file': the page was opened from the disk (file://), where no browser lets it load a feed.
 * 'cors': a feed on another site could not be read while the browser was online: most
 * likely that site does not allow other sites to read it (CORS); a browser cannot tell for sure.
 */
export type FeedErrorKind = 'network' | 'cors' | 'timeout' | 'http' | 'not-json' | 'html' | 'shape' | 'chunk' | 'file' | 'aborted';

export class FeedError extends Error {
  readonly kind: FeedErrorKind;
  /** HTTP status, for kind 'http'. */
  readonly status?: number;
  /** The address that failed, for kind 'network'. */
  readonly url?: string;

  constructor(kind: FeedErrorKind, message: string, options: { status?: number; cause?: unknown; url?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FeedError';
    this.kind = kind;
    if (options.status !== undefined) this.status = options.status;
    if (options.url !== undefined) this.url = options.url;
  }
}

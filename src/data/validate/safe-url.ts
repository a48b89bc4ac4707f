/**
 * Links from a feed end up in `href`s. Only schemes that navigate or start a
 * mail or call are kept; anything that could run code (`javascript:`,
 * `data:`, `vbscript:` …) is dropped.
 *
 * The decision is made on the output of the WHATWG URL parser — the same one
 * the browser uses when the link is clicked — so the tricks that fool string
 * checks (leading control characters, tabs or newlines inside the scheme,
 * mixed case) are normalized away before the scheme is looked at.
 */
const ALLOWED = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * An http(s) URL already in the form the parser would give back: lower-case
 * host, no port, a path of plain characters without dot segments. Feeds are
 * full of them, and `new URL()` for each of 50,000 events costs ~300 ms.
 * (A host ending in a digit, such as 0x7f.1, is an IPv4 address the parser rewrites.)
 * A "/." or "/%2e" anywhere (perhaps a dot segment) takes the parser's way too.
 */
const ALREADY_NORMAL = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\/[\w\-.~%!$&'()*+,;=:@/]*(?:\?[\w\-.~%!$&()*+,;=:@/?]*)?(?:#[\w\-.~%!$&'()*+,;=:@/?]*)?$/;

/** The absolute, normalized URL, or a phrase saying why it was dropped. */
export function safeUrl(value: string, baseUrl?: string): { url: string } | { problem: string } {
  // (String searches first: nearly no URL has a "%", and a regular expression per link costs more.)
  const maybeDotSegment = value.includes('/.') || (value.includes('%') && /\/%2e/i.test(value));
  if (!maybeDotSegment && ALREADY_NORMAL.test(value)) return { url: value };
  let parsed: URL;
  try {
    parsed = baseUrl ? new URL(value, baseUrl) : new URL(value);
  } catch {
    return { problem: baseUrl ? 'is not a valid URL' : 'is not an absolute URL (and no base URL is known to resolve it)' };
  }
  if (!ALLOWED.has(parsed.protocol)) {
    return { problem: `uses the scheme '${parsed.protocol}', only http:, https:, mailto: and tel: are allowed` };
  }
  return { url: parsed.href };
}

/**
 * The URL as `safeUrl` gives it when it is http(s), else undefined: for links
 * that must open a web page rather than start a mail or a call (the CLI's
 * static HTML and its JSON-LD `url`).
 */
export function webUrl(value: string, baseUrl?: string): string | undefined {
  const checked = safeUrl(value, baseUrl);
  return 'url' in checked && /^https?:/i.test(checked.url) ? checked.url : undefined;
}

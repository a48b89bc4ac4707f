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

/** The absolute, normalized URL, or a phrase saying why it was dropped. */
export function safeUrl(value: string, baseUrl?: string): { url: string } | { problem: string } {
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

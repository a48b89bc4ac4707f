/**
 * What residents read as each source's name: the editor's (`source-names`),
 * the feed's own, its host, or "Quelle N".
 */

/** A feed address's host without `www.`, as a name for a feed that gives none: "jugendrat.musterstadt.de". */
export function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).host.replace(/^www\./, '') || undefined : undefined;
  } catch {
    return undefined;
  }
}

/** Names in `source-names`, comma-separated in the order of the sources; an empty entry keeps the feed's own. */
export function nameOverrides(attribute: string | undefined): string[] {
  return attribute ? attribute.split(',').map((n) => n.trim()) : [];
}

/**
 * The name each source is shown with: the editor's, else the feed's own, else
 * its host, else "Quelle N". Names that would be the same are told apart by a
 * number ("stadt.de (2)"): the source facet and "Quelle:" must not merge them.
 */
export function sourceNames(
  sources: readonly { own?: string | undefined; url?: string | undefined }[],
  overrides: readonly string[],
  numbered: (n: number) => string,
): string[] {
  const seen = new Map<string, number>();
  return sources.map(({ own, url }, i) => {
    const base = overrides[i] || own || hostOf(url) || numbered(i + 1);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count > 1 ? `${base} (${count})` : base;
  });
}

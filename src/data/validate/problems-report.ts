/**
 * The console's account of what a feed's validation and indexing left out:
 * English sentences for the feed's maintainer (the widget's notice says it
 * in the resident's language). Here, in the validation chunk, because every
 * load has it by then and the ES entry need not carry the text.
 */
export function problemsReport(
  total: number,
  skipped: readonly { reason: string }[],
  counts: { dropped: number; limited: number },
  warnings: readonly { reason: string }[],
): string {
  return `participation-calendar: skipped ${skipped.length} of ${total} events` +
    (counts.dropped ? ` and dropped ${counts.dropped} fields` : '') +
    (counts.limited ? ` and limited ${counts.limited} series` : '') +
    ' in the feed:\n' +
    [...skipped, ...warnings].map((p) => `- ${p.reason}`).join('\n');
}

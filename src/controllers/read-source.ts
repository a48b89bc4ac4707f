/**
 * Reads one source of the calendar (a feed address, or feed data given
 * directly): fetched, parsed (JSON or iCalendar) and validated in time
 * slices, with the series code asked for as soon as the feed may need it.
 * Several sources are read at once, each with this.
 */
import type { ParsedFeed, SkippedEvent } from '../data/event.js';
import type { SourceInput } from './feed-types.js';
import { LIKELY_BIG_BYTES, fetchFeedText, isCalendarBody, parseJsonBodyInSlices, type FeedBody } from '../data/load/feed.js';
import { FeedError } from '../data/load/feed-error.js';
import { onDemand } from '../data/load/on-demand.js';
import { loadRecurrenceEngine, loadRuleSyntax, needsRecurrence } from '../data/recurrence/recurrence.js';
import type { Slicer } from '../data/slicer.js';
import { validationCode } from '../data/validate/validation-code.js';

export async function readSource(source: SourceInput, timeoutMs: number, slicer: Slicer, signal: AbortSignal): Promise<ParsedFeed> {
  // Every feed is validated: its code comes while the feed does.
  const validation = validationCode.load();
  validation.catch(() => {});
  const given = 'events' in source ? source.events : undefined;
  // Feed data given directly: its series code (validation's RRULE checks among it) is on its way first.
  if (given !== undefined && mayRepeat(given)) fetchSeriesCode();
  // The request goes out now: its answer is on its way while the loading state is painted.
  const feedUrl = 'url' in source ? source.url : null;
  // A big feed's series code is asked for with its headers (see LIKELY_BIG_BYTES).
  const onResponse = (bytes: number) => bytes > LIKELY_BIG_BYTES && fetchSeriesCode();
  const answer = feedUrl ? fetchFeedText(feedUrl, { signal, timeoutMs, slicer, onResponse }) : null;
  // Rejections are seen where it is awaited, below; this only keeps them from counting as unhandled meanwhile.
  answer?.catch(() => {});
  // The load starts right after the first render (the loading state), in the same browser task:
  // yield first, so that render and the first slice of validation are not one long task.
  await slicer.pause();
  let json: unknown = given;
  let calendarProblems: SkippedEvent[] = [];
  if (answer) {
    const body = await answer;
    // Fetched while a big body is parsed; a stray mention in a text costs one small chunk.
    if (body.text.includes('"rrule"')) fetchSeriesCode();
    if (isCalendarBody(body)) {
      ({ json, problems: calendarProblems } = await fromCalendar(body));
      // Its rules were RRULE lines, not "rrule" keys: seen only now.
      if (mayRepeat(json)) fetchSeriesCode();
    } else json = await parseJsonBodyInSlices(body, slicer);
  }
  // Validation waits for the RRULE checks only when it meets the first rule.
  const { parseFeedInSlices } = await validation;
  const parsed = await parseFeedInSlices(json, { baseUrl: feedUrl ?? document.baseURI }, slicer, loadRuleSyntax);
  if (needsRecurrence(parsed.events)) await loadRecurrenceEngine(parsed.events);
  // Entries of an iCalendar feed that could not even be mapped count as skipped, like broken JSON events.
  return calendarProblems.length ? { ...parsed, skipped: [...calendarProblems, ...parsed.skipped] } : parsed;
}

/** Starts loading the series code; a failure shows when validation or indexing asks for it again. */
function fetchSeriesCode() {
  loadRuleSyntax().catch(() => {});
}

/** Whether unvalidated feed JSON has any `rrule` at all (validation decides which are usable). */
function mayRepeat(json: unknown): boolean {
  const events = Array.isArray(json) ? json : (json as { events?: unknown } | null)?.events;
  return Array.isArray(events) && events.some((e) => (e as { rrule?: unknown } | null)?.rrule != null);
}

const icsReader = onDemand(() => import('../data/ics/ics-import.js'));

/**
 * An iCalendar feed (a city's existing calendar export) becomes the same feed
 * model; the parser (ical.js, ~23 KB gzip) is loaded only for such feeds.
 */
async function fromCalendar(body: FeedBody): Promise<{ json: unknown; problems: SkippedEvent[] }> {
  const { icsToFeed } = await icsReader.load();
  try {
    const { feed, problems } = icsToFeed(body.text);
    return { json: feed, problems: problems.map((p) => ({ index: p.index, reason: p.reason })) };
  } catch (cause) {
    throw new FeedError('not-json', `${body.url} is not a readable iCalendar file: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/**
 * Static HTML of a feed's upcoming events, for `participation-calendar render`
 * (bin/participation-calendar.mjs). Editors paste it inside the
 * `<participation-calendar>` tag, or a CMS job writes it there: without
 * JavaScript residents and search engines read this list (and the schema.org
 * `Event` JSON-LD next to it); with JavaScript the widget's shadow root
 * replaces it.
 *
 * Uses the widget's own data layer (validation, time zones, recurrence, list
 * grouping) and its i18n strings, so the static list shows what the widget
 * shows. Pure: no Node API, no DOM; main.ts does the input and output.
 *
 * Output rules: every feed string is HTML-escaped; only http(s) links become
 * `href`s; no inline style, no script but the JSON-LD data block (in which `<`,
 * `>` and `&` are written as \u escapes, so no feed text can end it); no
 * external resource.
 */
import type {
  Event as SchemaEvent, EventAttendanceModeEnumeration, EventStatusType, Place, PostalAddress, VirtualLocation, WithContext,
} from 'schema-dts';
import type { CalendarEvent, Occurrence, ParsedFeed } from '../data/event.js';
import { EventIndex } from '../data/occurrences/event-index.js';
import { groupForList } from '../data/occurrences/calendar-days.js';
import { isoDateTime } from '../data/time/iso-date-time.js';
import { addMonths, formatIsoDate, fromDayNumber } from '../data/time/plain-date.js';
import { loadRecurrenceEngine, needsRecurrence } from '../data/recurrence/recurrence.js';
import { dayInZone, startOfDayInstant } from '../data/time/time-zone.js';
import { webUrl } from '../data/validate/safe-url.js';
import { accessLines } from '../i18n/access-lines.js';
import { dayOfEnd, formatDay, formatInstant } from '../i18n/format.js';
import { loadMessages, loadStaticListMessages, type Language, type Messages } from '../i18n/index.js';

export interface RenderOptions {
  /** Language of the surrounding text (headings, dates, "Vor Ort"). Default `de`. */
  lang?: Language;
  /** BCP 47 tag of the language the feed's texts are written in, for `inLanguage` and `lang` attributes. Default: `lang`. */
  feedLang?: string;
  /** First day (day number, see plain-date.ts). Default: today in the display zone. */
  fromDay?: number;
  /** Number of months from `fromDay`. Default 3. */
  months?: number;
  /** IANA zone in which days and times are shown. Default: the feed's zone. */
  timeZone?: string;
  /** "Now" in ms (for "today"). Default `Date.now()`. */
  now?: number;
  /** Prefix of the `id`s in the HTML (two lists on one page need different ones). Default `pc-static`. */
  idPrefix?: string;
}

export interface RenderResult {
  /** The `<section>` with the list and the JSON-LD `<script>`. */
  html: string;
  /** The schema.org objects inside the JSON-LD block, one per occurrence. */
  jsonLd: WithContext<SchemaEvent>[];
  /** Every occurrence of the range, once each, in list order. */
  occurrences: Occurrence[];
  /** The range shown (day numbers, inclusive). */
  fromDay: number;
  toDay: number;
  /** The zone days and times are shown in. */
  timeZone: string;
  /** Series the recurrence engine could not expand (like the widget, they count as skipped). */
  seriesProblems: string[];
  /** Series shown only in part because a limit was met (src/data/recurrence/limits.ts), as the widget warns. */
  seriesWarnings: string[];
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and (double- or single-quoted) attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * JSON for a `<script type="application/ld+json">` block. `<`, `>` and `&` are
 * written as \u escapes (still the same JSON), so neither `</script>` nor
 * `<!--` can occur inside it; U+2028/2029 too, for old JavaScript parsers.
 */
export function jsonForScript(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** "Marktplatz 1, 12345 Musterstadt" -> a PostalAddress; any other text stays text. */
function postalAddress(text: string): PostalAddress | string {
  const m = /^(.+?),\s*(\d{5})\s+([^,]+)$/.exec(text);
  if (!m) return text;
  return { '@type': 'PostalAddress', streetAddress: m[1].trim(), postalCode: m[2], addressLocality: m[3].trim() };
}

const ATTENDANCE: Record<'in-person' | 'online' | 'hybrid', EventAttendanceModeEnumeration> = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
};

const STATUS: Record<CalendarEvent['status'], EventStatusType> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
};

/** A link only if it is http(s): nothing else becomes an `href` or a schema.org `url`. */
const pageUrl = (url: string | undefined) => (url === undefined ? undefined : webUrl(url));

/**
 * The event's format; without a `format` field, what its fields say: a place
 * and an online link is hybrid, only one of them in-person or online.
 */
function formatOf(event: CalendarEvent): CalendarEvent['format'] {
  if (event.format) return event.format;
  const place = event.location !== undefined;
  const online = event.onlineUrl !== undefined;
  return place && online ? 'hybrid' : place ? 'in-person' : online ? 'online' : undefined;
}

/**
 * One schema.org Event for one occurrence. Times are given in the feed's
 * zone, where the event takes place (18:00 stays 18:00 with the offset of that
 * day); all-day events as dates (endDate inclusive, as in the feed).
 */
export function occurrenceToJsonLd(occ: Occurrence, feedTimeZone: string, inLanguage: string, m?: Messages): WithContext<SchemaEvent> {
  const { event } = occ;
  const format = formatOf(event);
  const url = pageUrl(event.url);

  const place: Place | undefined = event.location && (format !== 'online')
    ? {
      '@type': 'Place',
      ...(event.location.name === undefined ? {} : { name: event.location.name }),
      ...(event.location.address === undefined ? {} : { address: postalAddress(event.location.address) }),
      // Access facts as features of the place (schema.org has no accessibility property for
      // events; accessibilityFeature is for the content of creative works): named in words.
      ...(event.access?.length && m
        ? { amenityFeature: event.access.map((fact) => ({ '@type': 'LocationFeatureSpecification' as const, name: m.access.facts[fact], value: true })) }
        : {}),
    }
    : undefined;
  // Where to join: the online link, else the details page (which says how).
  const joinUrl = pageUrl(event.onlineUrl) ?? (format === 'online' || format === 'hybrid' ? url : undefined);
  const virtual: VirtualLocation | undefined = format === 'online' || format === 'hybrid'
    ? { '@type': 'VirtualLocation', ...(joinUrl === undefined ? {} : { url: joinUrl }) }
    : undefined;
  const locations: (Place | VirtualLocation)[] = [];
  if (place) locations.push(place);
  if (virtual) locations.push(virtual);

  const dates = occ.allDay
    ? { startDate: formatIsoDate(occ.firstDay), endDate: formatIsoDate(occ.lastDay) }
    : {
      startDate: isoDateTime(occ.start, feedTimeZone),
      ...(event.hasEnd && occ.end !== occ.start ? { endDate: isoDateTime(occ.end, feedTimeZone) } : {}),
    };

  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    ...dates,
    ...(locations.length === 0 ? {} : { location: locations.length === 1 ? locations[0] : locations }),
    ...(format === undefined ? {} : { eventAttendanceMode: ATTENDANCE[format] }),
    eventStatus: STATUS[event.status],
    ...(url === undefined ? {} : { url }),
    ...(event.organizer === undefined ? {} : { organizer: { '@type': 'Organization', name: event.organizer } }),
    ...(event.description === undefined ? {} : { description: event.description }),
    ...(event.audience?.length ? { audience: event.audience.map((audienceType) => ({ '@type': 'Audience' as const, audienceType })) } : {}),
    // The languages the event is held in, when the feed says; else the language of its texts.
    inLanguage: event.languages?.length === 1 ? event.languages[0] : event.languages?.length ? event.languages : inLanguage,
  };
}

/** A `<time>` element. `datetime` and `text` are escaped here. */
const timeEl = (datetime: string, text: string) => `<time datetime="${escapeHtml(datetime)}">${escapeHtml(text)}</time>`;

/**
 * Fills a message template with HTML pieces: the template's own text is
 * escaped, the pieces (already HTML) are not.
 */
function fill(template: (...args: string[]) => string, ...pieces: string[]): string {
  const marks = pieces.map((_, i) => `\u0000${i}\u0000`);
  return escapeHtml(template(...marks)).replace(/\u0000(\d+)\u0000/g, (_, i: string) => pieces[Number(i)]);
}

/**
 * The time line of an item, in the words of the widget's `timeLabel`
 * ("18:00–20:00 Uhr", "ganztägig", "22:00 Uhr, endet am 28. Nov. um 01:00 Uhr"),
 * with each time in a `<time datetime>` element, which is why it is not
 * timeLabel itself (that returns plain text). Without the widget's day cells
 * around it, it also says more: an item without a day heading of its own (a
 * running phase) when it began, a phase its start time, an all-day event over
 * several days its first day ("1. November bis 30. November").
 */
function timeHtml(occ: Occurrence, m: Messages, tz: string, showStartDay: boolean): string {
  if (occ.allDay) {
    const start = timeEl(formatIsoDate(occ.firstDay), showStartDay || occ.lastDay > occ.firstDay ? formatDay(occ.firstDay, 'dayMonth', m) : m.allDay);
    if (occ.lastDay === occ.firstDay) return start;
    return `${start} ${fill(m.until, timeEl(formatIsoDate(occ.lastDay), formatDay(occ.lastDay, 'dayMonth', m)))}`;
  }
  const from = timeEl(isoDateTime(occ.start, tz), formatInstant(occ.start, tz, 'time', m));
  const startDay = showStartDay ? `${escapeHtml(formatInstant(occ.start, tz, 'shortDate', m))}, ` : '';
  if (!occ.event.hasEnd || occ.end === occ.start) return startDay + fill(m.clock, from);
  const endDate = dayOfEnd(occ, tz, m);
  const to = timeEl(isoDateTime(occ.end, tz), formatInstant(occ.end, tz, 'time', m));
  if (endDate === null) return startDay + fill(m.clockRange, from, to);
  if (occ.isPhase) return `${startDay}${fill(m.clock, from)}, ${fill(m.until, `${escapeHtml(endDate)}, ${fill(m.clock, to)}`)}`;
  return `${startDay}${fill(m.clock, from)}, ${fill(m.endsOn, escapeHtml(endDate), to)}`;
}

interface ItemContext {
  m: Messages;
  tz: string;
  /** ` lang="…"` on feed texts when they are in another language than the page, else ''. */
  feedLangAttr: string;
}

/** One `<li>`; `day` is the day heading it is listed under (none for running phases). */
function itemHtml(occ: Occurrence, ctx: ItemContext, day: number | null): string {
  const { m, feedLangAttr } = ctx;
  const { event } = occ;
  const format = formatOf(event);
  const url = pageUrl(event.url);
  const title = escapeHtml(event.title);
  const status = event.status === 'scheduled' ? '' : `<strong class="pc-static-status">${escapeHtml(m.statuses[event.status])}:</strong> `;
  const titleHtml = url
    ? `<a href="${escapeHtml(url)}"${feedLangAttr}>${title}</a>`
    : feedLangAttr ? `<span${feedLangAttr}>${title}</span>` : title;

  const meta: string[] = [];
  if (format) meta.push(`<span class="pc-static-format">${escapeHtml(m.formats[format])}</span>`);
  const place = [event.location?.name, event.location?.address].filter((s): s is string => s !== undefined).join(', ')
    || (format === 'online' ? '' : event.district ?? '');
  if (place) meta.push(`<span class="pc-static-place"${feedLangAttr}>${escapeHtml(place)}</span>`);
  const join = pageUrl(event.onlineUrl);
  if (join && event.status !== 'cancelled') meta.push(`<a class="pc-static-online" href="${escapeHtml(join)}">${escapeHtml(m.details.onlineAccess)}</a>`);
  const access = accessLines(event, m, ctx.tz);

  const classes = ['pc-static-event', ...(occ.isPhase ? ['pc-static-phase'] : []), ...(event.status === 'scheduled' ? [] : [`pc-static-${event.status}`])];
  return `<li class="${classes.join(' ')}">`
    // Listed under a later day than its first (began before the range) or under no day: say when it began.
    + `<p class="pc-static-when">${timeHtml(occ, m, ctx.tz, day !== occ.firstDay)}</p>`
    + `<p class="pc-static-title">${status}${titleHtml}</p>`
    + (meta.length ? `<p class="pc-static-meta">${meta.join(' · ')}</p>` : '')
    + access.map((line) => `<p class="pc-static-access">${escapeHtml(line)}</p>`).join('')
    + '</li>';
}

/** "1. November – 31. Januar 2027" style period text. */
function periodText(fromDay: number, toDay: number, m: Messages): string {
  const from = fromDayNumber(fromDay), to = fromDayNumber(toDay);
  const start = `${formatDay(fromDay, 'dayMonth', m)}${from.year === to.year ? '' : ` ${from.year}`}`;
  return `${start} – ${formatDay(toDay, 'dayMonth', m)} ${to.year}`;
}

/**
 * Renders the occurrences of [fromDay, fromDay + months) of a validated feed.
 * Loads the recurrence engine first when the feed has series.
 */
export async function renderStatic(feed: ParsedFeed, options: RenderOptions = {}): Promise<RenderResult> {
  const lang = options.lang ?? 'de';
  const [m, staticList] = await Promise.all([loadMessages(lang), loadStaticListMessages(lang)]);
  const tz = options.timeZone ?? feed.timezone;
  const now = options.now ?? Date.now();
  const fromDay = options.fromDay ?? dayInZone(now, tz);
  const months = options.months ?? 3;
  const toDay = addMonths(fromDay, months) - 1;
  const feedLang = options.feedLang ?? m.tag;
  const prefix = options.idPrefix ?? 'pc-static';

  if (needsRecurrence(feed.events)) await loadRecurrenceEngine();
  // "Now" at the start of the range: series are expanded ahead from there.
  const index = new EventIndex(feed, tz, { now: Math.max(now, startOfDayInstant(fromDay, tz)) });
  const { running, days } = groupForList(index.occurrences(fromDay, toDay), fromDay, toDay);

  const ctx: ItemContext = {
    m, tz,
    feedLangAttr: feedLang.toLowerCase() === m.tag.toLowerCase() ? '' : ` lang="${escapeHtml(feedLang)}"`,
  };
  const headingId = `${prefix}-heading`;
  const parts: string[] = [];
  parts.push(`<section class="pc-static" lang="${escapeHtml(m.tag)}" aria-labelledby="${escapeHtml(headingId)}">`);
  parts.push(`<h2 id="${escapeHtml(headingId)}">${escapeHtml(staticList.heading)}, ${escapeHtml(periodText(fromDay, toDay, m))}</h2>`);
  const group = (id: string, heading: string, items: Occurrence[], day: number | null) => {
    parts.push(`<section class="pc-static-day" aria-labelledby="${escapeHtml(id)}">`);
    parts.push(`<h3 id="${escapeHtml(id)}">${heading}</h3>`);
    parts.push('<ul>');
    for (const occ of items) parts.push(itemHtml(occ, ctx, day));
    parts.push('</ul>');
    parts.push('</section>');
  };
  if (running.length) group(`${prefix}-running`, escapeHtml(m.runningPhases), running, null);
  for (const { day, items } of days) {
    group(`${prefix}-${formatIsoDate(day)}`, timeEl(formatIsoDate(day), formatDay(day, 'fullDate', m)), items, day);
  }
  if (!running.length && !days.length) parts.push(`<p>${escapeHtml(staticList.none)}</p>`);

  const occurrences = [...running, ...days.flatMap((d) => d.items)];
  const jsonLd = occurrences.map((occ) => occurrenceToJsonLd(occ, feed.timezone, feedLang, m));
  parts.push(`<script type="application/ld+json">${jsonForScript(jsonLd)}</script>`);
  parts.push('</section>');

  return {
    html: `${parts.join('\n')}\n`,
    jsonLd,
    occurrences,
    fromDay,
    toDay,
    timeZone: tz,
    seriesProblems: index.seriesProblems.map((p) => p.reason),
    seriesWarnings: index.warnings.map((w) => w.reason),
  };
}

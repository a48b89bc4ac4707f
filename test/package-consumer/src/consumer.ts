// What a city's developer writes against the installed package. test/package/package.test.mjs
// type-checks this file (strict, moduleResolution bundler, the package's own .d.ts files
// checked too): a line marked @ts-expect-error must fail, everything else must pass.
import 'participation-calendar';
import type { ErrorDetail, Feed, FeedEvent, FilterChangeDetail, LoadDetail, ParticipationCalendar } from 'participation-calendar';
import { defineParticipationCalendar } from 'participation-calendar';
import { ParticipationCalendar as CalendarClass } from 'participation-calendar/element';

/** Compile-time equality of two types. */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T | void {}

// The tag is known to TypeScript (HTMLElementTagNameMap).
const el = document.querySelector('participation-calendar');
assertType<Equals<typeof el, ParticipationCalendar | null>>();
const created = document.createElement('participation-calendar');
assertType<Equals<typeof created, ParticipationCalendar>>();
// `participation-calendar/element` is the same class, for registering under another tag.
assertType<Equals<CalendarClass, ParticipationCalendar>>();
defineParticipationCalendar('stadt-termine');

// The element declares its events: listeners get typed details without a cast.
el?.addEventListener('load', (e) => {
  assertType<Equals<typeof e.detail, LoadDetail>>();
  const count: number = e.detail.count;
  const reasons: string[] = e.detail.skipped.map((s) => s.reason);
  console.log(`${count} events`, reasons, e.detail.warnings.length);
});
el?.addEventListener('error', (e) => {
  assertType<Equals<typeof e.detail, ErrorDetail>>();
  const kind: string = e.detail.kind;
  const status: number | undefined = e.detail.status;
  console.warn(e.detail.message, kind, status);
});
el?.addEventListener('filter-change', (e) => {
  assertType<Equals<typeof e.detail, FilterChangeDetail>>();
  const topics: string[] = e.detail.categories;
  console.log(topics, e.detail.from, e.detail.text);
});
// Other DOM events still work as on any element.
el?.addEventListener('click', (e) => console.log(e.type));

// Properties a page sets from script.
if (el) {
  el.src = '/api/events.json';
  el.timeout = 10_000;
  el.view = 'list';
}

// A feed written in TypeScript.
const workshop: FeedEvent = {
  id: 'bw-2026-11-10',
  title: 'Bürgerwerkstatt Innenstadt',
  start: '2026-11-10T18:00:00+01:00',
  end: '2026-11-10T20:30:00+01:00',
  format: 'hybrid',
  categories: ['Stadtentwicklung'],
  location: { name: 'Stadtbibliothek, Saal 2', address: 'Marktplatz 1, 12345 Musterstadt' },
  registration: { url: 'https://www.musterstadt.example/anmeldung/bw', deadline: '2026-11-08' },
  status: 'scheduled',
};
const feed: Feed = { timezone: 'Europe/Berlin', events: [workshop] };
if (el) el.events = feed;
if (el) el.events = [workshop];

// Wrong types are rejected.
// @ts-expect-error `start` is required
const noStart: FeedEvent = { id: 1, title: 'Ohne Beginn' };
// @ts-expect-error `format` is in-person, online or hybrid
const badFormat: FeedEvent = { id: 2, title: 'Brieftaube', start: '2026-11-10', format: 'carrier-pigeon' };
// @ts-expect-error `status` is scheduled, cancelled or postponed
const badStatus: FeedEvent = { id: 3, title: 'Vielleicht', start: '2026-11-10', status: 'maybe' };
// @ts-expect-error `count` is a number
const badLoad: LoadDetail = { count: '3', skipped: [], warnings: [] };
// @ts-expect-error `message` is required
const badError: ErrorDetail = { kind: 'network' };
// @ts-expect-error not an error kind
const badKind: ErrorDetail['kind'] = 'teapot';
// @ts-expect-error `timeout` is a number of milliseconds
if (el) el.timeout = '15s';
// @ts-expect-error `events` is a feed, not a URL
if (el) el.events = '/api/events.json';
// @ts-expect-error the element has no such property
el?.nonexistentProperty;

export { noStart, badFormat, badStatus, badLoad, badError, badKind };

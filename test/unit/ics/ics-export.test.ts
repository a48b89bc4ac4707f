// The export is read back with ical.js, a maintained parser that calendar
// programs' test suites also use: if it agrees, Outlook, Google and Apple will.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import ICAL from 'ical.js';
import type { CalendarEvent, FeedEvent } from '../../../src/data/event.js';
import { eventsToIcs, icsFileName } from '../../../src/data/ics/ics-export.js';
import { dayNumber } from '../../../src/data/time/plain-date.js';
import { expandAllDaySeries, expandSeries, loadRecurrenceEngine } from '../../../src/data/recurrence/recurrence.js';
import { startOfDayInstant } from '../../../src/data/time/time-zone.js';
import { day, eventOf, feedOf, local, utc } from '../helpers.js';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

const BERLIN = 'Europe/Berlin';
const H = 3_600_000;
const NOW = Date.UTC(2026, 9, 1, 8, 30);
const ics = (events: CalendarEvent[], tz = BERLIN, extra: { calendarName?: string } = {}) =>
  eventsToIcs(events, { feedTimeZone: tz, now: NOW, ...extra });
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const calendarOf = (text: string): Component => new ICAL.Component(ICAL.parse(text));
const veventsOf = (text: string) => calendarOf(text).getAllSubcomponents('vevent');
const vevent = (e: Partial<FeedEvent>, tz = BERLIN) => veventsOf(ics([eventOf(e, tz)], tz))[0];
const instantOf = (t: Time) => t.toUnixTime() * 1000;
/** The unfolded content lines inside VEVENTs that start with `name` followed by `;` or `:`. */
const linesOf = (text: string, name: string) => (unfold(text).match(/BEGIN:VEVENT[\s\S]*?END:VEVENT/g) ?? [])
  .flatMap((block) => block.split('\r\n'))
  .filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));

/** Occurrence starts as ical.js expands them: instants, or day numbers for all-day series. */
function icalStarts(text: string, until: number, allDay = false): number[] {
  const event = new ICAL.Event(veventsOf(text)[0]);
  const it = event.iterator();
  const starts: number[] = [];
  for (let t = it.next(); t && instantOf(t) < until; t = it.next()) {
    starts.push(allDay ? dayNumber(t.year, t.month, t.day) : instantOf(t));
  }
  return starts;
}

describe('ICS export', () => {
  before(async () => {
    await loadRecurrenceEngine();
  });

  it('writes a VCALENDAR header with PRODID, VERSION 2.0, CALSCALE, METHOD and the calendar name', () => {
    const text = ics([eventOf({ start: '2026-11-10T18:00' })], BERLIN, { calendarName: 'Beteiligung, Musterstadt' });
    const cal = calendarOf(text);
    expect(cal.getFirstPropertyValue('version')).to.equal('2.0');
    expect(cal.getFirstPropertyValue('prodid')).to.be.a('string').and.not.be.empty;
    expect(cal.getFirstPropertyValue('calscale')).to.equal('GREGORIAN');
    expect(cal.getFirstPropertyValue('method')).to.equal('PUBLISH');
    // An X- property is TEXT by default (RFC 5545 §3.8.8.2), so it is escaped; ical.js leaves it raw.
    expect(unfold(text)).to.contain('\r\nX-WR-CALNAME:Beteiligung\\, Musterstadt\r\n');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n') && text.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, ''), 'no line ending other than CRLF').not.to.match(/[\r\n]/);
  });

  it('writes a timed event in the feed zone with a VTIMEZONE that ical.js turns into the right instant', () => {
    const events = feedOf([
      { id: 'winter', title: 'Bürgerforum', start: '2026-11-10T18:00:00+01:00', end: '2026-11-10T20:00:00+01:00' },
      { id: 'summer', title: 'Sommerfest', start: '2026-07-01T17:30:00+02:00' },
    ]).events;
    const text = ics(events);
    expect(linesOf(text, 'DTSTART')).to.deep.equal(['DTSTART;TZID=Europe/Berlin:20261110T180000', 'DTSTART;TZID=Europe/Berlin:20260701T173000']);
    expect(unfold(text)).to.contain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU').and.to.contain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    const [winter, summer] = veventsOf(text).map((v) => new ICAL.Event(v));
    expect(utc(instantOf(winter.startDate))).to.equal('2026-11-10T17:00:00.000Z');
    expect(utc(instantOf(winter.endDate))).to.equal('2026-11-10T19:00:00.000Z');
    expect(utc(instantOf(summer.startDate))).to.equal('2026-07-01T15:30:00.000Z');
    expect(linesOf(text, 'DTEND'), 'an event without end gets no DTEND').to.have.length(1);
  });

  it('keeps a weekly 18:00 Berlin series at 18:00 local across 2026-03-29 and 2026-10-25 in ical.js', () => {
    const text = ics([eventOf({ start: '2026-03-17T18:00:00+01:00', end: '2026-03-17T20:00:00+01:00', rrule: 'FREQ=WEEKLY;COUNT=40' })]);
    expect(veventsOf(text), 'a series stays one VEVENT').to.have.length(1);
    const starts = icalStarts(text, Infinity);
    expect(starts).to.have.length(40);
    expect(starts.every((s) => local(s).endsWith(' 18:00')), starts.map((s) => local(s)).join(', ')).to.equal(true);
    const byDay = new Map(starts.map((s) => [local(s).slice(0, 10), s]));
    expect(byDay.get('2026-03-31')! - byDay.get('2026-03-24')!, 'one week minus the hour Berlin lost').to.equal(7 * 24 * H - H);
    expect(byDay.get('2026-10-27')! - byDay.get('2026-10-20')!, 'one week plus the hour Berlin gained').to.equal(7 * 24 * H + H);
  });

  const seriesCases: [string, Partial<FeedEvent>][] = [
    ['weekly with exdates by time and by day', {
      start: '2026-03-03T18:00:00+01:00', end: '2026-03-03T19:30:00+01:00', rrule: 'FREQ=WEEKLY;BYDAY=TU',
      exdates: ['2026-03-31T18:00:00+02:00', '2026-10-27', '2026-12-22T17:00:00Z'],
    }],
    ['COUNT', { start: '2026-02-02T09:00:00+01:00', rrule: 'FREQ=DAILY;INTERVAL=3;COUNT=50' }],
    ['UNTIL as a date', { start: '2026-01-07T19:00:00+01:00', rrule: 'FREQ=WEEKLY;UNTIL=20260930' }],
    ['UNTIL in UTC', { start: '2026-01-07T19:00:00+01:00', rrule: 'FREQ=WEEKLY;UNTIL=20260624T170000Z' }],
    ['UNTIL as floating wall-clock time', { start: '2026-01-07T19:00:00+01:00', rrule: 'FREQ=WEEKLY;UNTIL=20261028T190000' }],
    ['monthly on the second Tuesday', { start: '2026-01-13T18:00:00+01:00', end: '2026-01-13T21:00:00+01:00', rrule: 'FREQ=MONTHLY;BYDAY=2TU' }],
    ['twice a day with BYHOUR and a day exdate', { start: '2026-03-27T10:00:00+01:00', rrule: 'FREQ=DAILY;BYHOUR=10,16;COUNT=20', exdates: ['2026-03-29'] }],
  ];
  for (const [name, fields] of seriesCases) {
    it(`gives ical.js the same occurrences as the widget for a year: ${name}`, () => {
      const event = eventOf(fields);
      const [from, to] = [event.start, startOfDayInstant(day('2027-01-01'), BERLIN)];
      const ours = expandSeries(event, from, to, BERLIN);
      expect(ours.length, 'the case has occurrences').to.be.greaterThan(3);
      expect(icalStarts(ics([event]), to).map((s) => local(s))).to.deep.equal(ours.map((s) => local(s)));
    });
  }

  it('gives ical.js the same occurrences for an all-day multi-day series with exdates and a DATE UNTIL', () => {
    const event = eventOf({ start: '2026-01-02', end: '2026-01-04', rrule: 'FREQ=MONTHLY;UNTIL=20261202', exdates: ['2026-05-02'] });
    const ours = expandAllDaySeries(event, day('2026-01-01'), day('2026-12-31'));
    const text = ics([event]);
    expect(linesOf(text, 'RRULE')).to.deep.equal(['RRULE:FREQ=MONTHLY;UNTIL=20261202']);
    expect(linesOf(text, 'EXDATE')).to.deep.equal(['EXDATE;VALUE=DATE:20260502']);
    expect(icalStarts(text, Infinity, true)).to.deep.equal(ours);
    expect(ours).to.have.length(11);
  });

  it('writes all-day events as DATE values with the exclusive DTEND iCalendar expects', () => {
    const text = ics([eventOf({ start: '2026-11-02', end: '2026-11-13' }), eventOf({ start: '2026-12-31' })]);
    expect(linesOf(text, 'DTSTART')).to.deep.equal(['DTSTART;VALUE=DATE:20261102', 'DTSTART;VALUE=DATE:20261231']);
    expect(linesOf(text, 'DTEND'), 'the day after the last day').to.deep.equal(['DTEND;VALUE=DATE:20261114', 'DTEND;VALUE=DATE:20270101']);
    expect(unfold(text), 'no VTIMEZONE without timed events').not.to.contain('VTIMEZONE');
  });

  it('writes UNTIL in UTC for a zoned series, as RFC 5545 requires, and EXDATEs like DTSTART', () => {
    const text = ics([eventOf({ start: '2026-11-03T18:00:00+01:00', rrule: 'FREQ=WEEKLY;UNTIL=20261124', exdates: ['2026-11-10T18:00:00+01:00', '2026-11-17'] })]);
    // The whole 24 November in Berlin ends at 22:59:59 UTC.
    expect(linesOf(text, 'RRULE')).to.deep.equal(['RRULE:FREQ=WEEKLY;UNTIL=20261124T225959Z']);
    expect(linesOf(text, 'EXDATE')).to.deep.equal(['EXDATE;TZID=Europe/Berlin:20261110T180000', 'EXDATE;TZID=Europe/Berlin:20261117T180000']);
  });

  it('escapes commas, semicolons, backslashes and newlines, and keeps umlauts', () => {
    const title = 'Lärm, Verkehr; Parken \\ Öffis';
    const description = 'Zeile 1\nZeile 2, mit Komma; und Semikolon\r\nZeile 3 – „Anführung“';
    const text = ics([eventOf({ title, description, start: '2026-11-10', categories: ['Verkehr, Mobilität', 'Umwelt'] })]);
    expect(linesOf(text, 'SUMMARY')).to.deep.equal(['SUMMARY:Lärm\\, Verkehr\\; Parken \\\\ Öffis']);
    const v = veventsOf(text)[0];
    expect(v.getFirstPropertyValue('summary')).to.equal(title);
    expect(v.getFirstPropertyValue('description')).to.equal('Zeile 1\nZeile 2, mit Komma; und Semikolon\nZeile 3 – „Anführung“');
    expect(v.getFirstProperty('categories')!.getValues()).to.deep.equal(['Verkehr, Mobilität', 'Umwelt']);
  });

  it('folds long lines at 75 octets without splitting a character, and they unfold to the original', () => {
    const description = `${'Bürgerbeteiligung zur Umgestaltung des Marktplatzes 🚲🌳 '.repeat(8)}Ende`;
    const text = ics([eventOf({ title: 'ü'.repeat(100), description, start: '2026-11-10T18:00' })]);
    const encoder = new TextEncoder();
    for (const line of text.split('\r\n')) {
      expect(encoder.encode(line).length, `line '${line}'`).to.be.at.most(75);
      expect(line, 'no half of a surrogate pair').not.to.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(linesOf(text, 'SUMMARY')).to.deep.equal([`SUMMARY:${'ü'.repeat(100)}`]);
    expect(veventsOf(text)[0].getFirstPropertyValue('description')).to.equal(description);
  });

  it('marks cancelled events CANCELLED, postponed ones TENTATIVE, the rest CONFIRMED', () => {
    const statuses = (['cancelled', 'postponed', 'scheduled'] as const)
      .map((status) => vevent({ start: '2026-11-10', status }).getFirstPropertyValue('status'));
    expect(statuses).to.deep.equal(['CANCELLED', 'TENTATIVE', 'CONFIRMED']);
  });

  it('gives an event the same UID on every export, from its id and its page host', () => {
    const event = eventOf({ id: 'bf-17', start: '2026-11-10T18:00', url: 'https://www.musterstadt.de/beteiligung/bf-17' });
    const uid = (now: number) => calendarOf(eventsToIcs([event], { feedTimeZone: BERLIN, now })).getFirstSubcomponent('vevent')!.getFirstPropertyValue('uid');
    expect(uid(NOW)).to.equal('bf-17@www.musterstadt.de');
    expect(uid(NOW + 86_400_000)).to.equal(uid(NOW));
    expect(vevent({ id: 7, start: '2026-11-10' }).getFirstPropertyValue('uid'), 'no link: a fixed domain').to.equal('7@participation-calendar');
    expect(vevent({ start: '2026-11-10' }).getFirstPropertyValue('dtstamp')!.toString()).to.equal('2026-10-01T08:30:00Z');
  });

  it('writes place, page link, categories and the page link again at the end of the description', () => {
    const v = vevent({
      start: '2026-11-10T18:00', description: 'Wir stellen die Pläne vor.', categories: ['Verkehr', 'Innenstadt'],
      location: { name: 'Rathaus, Ratssaal', address: 'Marktplatz 1, 79098 Musterstadt' }, url: 'https://musterstadt.de/e/1',
    });
    expect(v.getFirstPropertyValue('location')).to.equal('Rathaus, Ratssaal, Marktplatz 1, 79098 Musterstadt');
    expect(v.getFirstPropertyValue('url')).to.equal('https://musterstadt.de/e/1');
    expect(v.getFirstPropertyValue('description')).to.equal('Wir stellen die Pläne vor.\n\nhttps://musterstadt.de/e/1');
    expect(v.getFirstProperty('categories')!.getValues()).to.deep.equal(['Verkehr', 'Innenstadt']);
  });

  it('uses the online link as LOCATION and URL of an online-only event', () => {
    const v = vevent({ start: '2026-11-10T18:00', format: 'online', onlineUrl: 'https://meet.example.org/forum' });
    expect(v.getFirstPropertyValue('location')).to.equal('https://meet.example.org/forum');
    expect(v.getFirstPropertyValue('url')).to.equal('https://meet.example.org/forum');
    expect(v.getFirstPropertyValue('uid')).to.equal('1@meet.example.org');
  });

  it('writes ORGANIZER only with an e-mail address; otherwise names the organizer in the description', () => {
    const withMail = vevent({ start: '2026-11-10', organizer: 'Amt für Stadtplanung <stadtplanung@musterstadt.de>' });
    const organizer = withMail.getFirstProperty('organizer')!;
    expect(organizer.getParameter('cn')).to.equal('Amt für Stadtplanung');
    expect(organizer.getFirstValue()).to.equal('mailto:stadtplanung@musterstadt.de');
    const withoutMail = vevent({ start: '2026-11-10', organizer: 'Bürgerverein Oststadt', description: 'Offenes Treffen.' });
    expect(withoutMail.getFirstProperty('organizer')).to.equal(null);
    expect(withoutMail.getFirstPropertyValue('description')).to.equal('Offenes Treffen.\n\nVeranstalter: Bürgerverein Oststadt');
  });

  it('writes a single STANDARD observance for a zone without DST and the right instants', () => {
    const event = eventOf({ start: '2026-11-10T18:00:00+09:00' }, 'Asia/Tokyo');
    const text = ics([event], 'Asia/Tokyo');
    expect(unfold(text)).to.contain('TZOFFSETTO:+0900').and.not.to.contain('DAYLIGHT');
    expect(instantOf(new ICAL.Event(veventsOf(text)[0]).startDate)).to.equal(event.start);
  });

  it('derives the US rules for America/Los_Angeles and ical.js agrees on both sides of each switch', () => {
    const starts = ['2026-03-07T10:00', '2026-03-09T10:00', '2026-10-31T10:00', '2026-11-02T10:00'];
    const events = feedOf(starts.map((start, i) => ({ id: i, title: 'Town hall', start })), 'America/Los_Angeles').events;
    const text = ics(events, 'America/Los_Angeles');
    expect(unfold(text)).to.contain('BYMONTH=3;BYDAY=2SU').and.to.contain('BYMONTH=11;BYDAY=1SU');
    expect(veventsOf(text).map((v) => instantOf(new ICAL.Event(v).startDate))).to.deep.equal(events.map((e) => e.start));
  });

  it('writes UTC times without VTIMEZONE for a UTC feed', () => {
    const event = eventOf({ start: '2026-11-10T18:00:00Z', rrule: 'FREQ=DAILY;UNTIL=20261112' }, 'UTC');
    const text = ics([event], 'UTC');
    expect(unfold(text)).not.to.contain('VTIMEZONE');
    expect(linesOf(text, 'DTSTART')).to.deep.equal(['DTSTART:20261110T180000Z']);
    expect(linesOf(text, 'RRULE')).to.deep.equal(['RRULE:FREQ=DAILY;UNTIL=20261112T235959Z']);
  });

  it('property: any title and description parse and come back exactly', () => {
    // Full Unicode without lone surrogates; CR is written as a newline, so it is left out here.
    const textArb = fc.string({ unit: 'binary', minLength: 1, maxLength: 120 })
      .filter((s) => !/[\uD800-\uDFFF\r]/.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')));
    fc.assert(fc.property(textArb, textArb, (title, description) => {
      const parsed = eventsFor(title, description);
      if (!parsed) return;
      const v = veventsOf(ics([parsed]))[0];
      expect(v.getFirstPropertyValue('summary')).to.equal(parsed.title);
      expect(v.getFirstPropertyValue('description') ?? undefined).to.equal(parsed.description);
    }), { numRuns: 200 });
  });

  it('writes a day-only exdate once per day for a series starting every second, not 86,400 times', () => {
    const every = (n: number) => Array.from({ length: n }, (_, i) => i).join(',');
    const series = (exdates: string[]) => eventOf({
      start: '2026-11-02T00:00:00+01:00', rrule: `FREQ=DAILY;BYHOUR=${every(24)};BYMINUTE=${every(60)};BYSECOND=${every(60)}`, exdates,
    });
    // Before: 86,400 EXDATE lines for one day (3.7 MB); for ten days a stack overflow and no file.
    const one = ics([series(['2026-11-10'])]);
    expect(one.length, 'bytes').to.be.lessThan(10_000);
    expect(linesOf(one, 'EXDATE')).to.deep.equal(['EXDATE;VALUE=DATE:20261110']);
    const ten = ics([series(Array.from({ length: 10 }, (_, i) => `2026-11-${String(10 + i).padStart(2, '0')}`))]);
    expect(linesOf(ten, 'EXDATE')).to.have.length(10);
    expect(calendarOf(ten).getAllSubcomponents('vevent'), 'ical.js reads it').to.have.length(1);
  });

  it('names the file after the title in safe ASCII', () => {
    expect(icsFileName('Bürgerforum Weststadt: Straßenbäume & Grünflächen')).to.equal('Buergerforum-Weststadt-Strassenbaeume-Gruenflaechen.ics');
    expect(icsFileName('Café „Zukunft“ / Étage 2')).to.equal('Cafe-Zukunft-Etage-2.ics');
    expect(icsFileName('???')).to.equal('termine.ics');
    expect(icsFileName('x'.repeat(200))).to.have.length(64);
  });
});

/** The validated event for a random title and description, or null when validation drops the title. */
function eventsFor(title: string, description: string): CalendarEvent | null {
  try {
    return eventOf({ title, description, start: '2026-11-10' });
  } catch {
    return null;
  }
}

describe('eventsToIcs: who can take part', () => {
  it('adds the caller\'s lines about access, languages and audience to the description, as text', async () => {
    const { de } = await import('../../../src/i18n/de.js');
    const { accessLines } = await import('../../../src/i18n/access-lines.js');
    const event = eventOf({
      start: '2026-11-17T18:00:00+01:00', description: 'Ein Abend.', languages: ['tr'], audience: ['Familien'],
      accessibility: { stepFree: true, signLanguage: 'on-request', signLanguageRequestBy: '2026-11-08' },
    });
    const text = eventsToIcs([event], { feedTimeZone: BERLIN, now: 0, accessLines: (e) => accessLines(e, de, BERLIN) });
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('description')).to.equal(
      'Ein Abend.\n\nBarrierefreiheit und Teilhabe: Stufenlos erreichbar, Gebärdensprache auf Anfrage (bis 8. November)\nSprachen: Türkisch\nFür wen: Familien',
    );
    expect(eventsToIcs([event], { feedTimeZone: BERLIN, now: 0 }), 'without the lines').to.not.contain('Barrierefreiheit');
  });
});

// Calendar files as cities really get them (fixtures in test/fixtures/ics/,
// written after real Outlook, Google, TYPO3 and WordPress exports) must
// become feed events that pass the same validation as a JSON feed.
import { expect } from '@open-wc/testing';
import type { CalendarEvent, FeedEvent } from '../../../src/data/event.js';
import { eventsToIcs } from '../../../src/data/ics/ics-export.js';
import { IcsError, icsToFeed } from '../../../src/data/ics/ics-import.js';
import { expandAllDaySeries, expandSeries, loadRecurrenceEngine } from '../../../src/data/recurrence/recurrence.js';
import { startOfDayInstant } from '../../../src/data/time/time-zone.js';
import { parseFeed } from '../../../src/data/validate/validate.js';
import { day, feedOf, local } from '../helpers.js';

const BERLIN = 'Europe/Berlin';
const fixture = async (name: string) => {
  const response = await fetch(`/test/fixtures/ics/${name}`);
  if (!response.ok) throw new Error(`test fixture ${name} is missing`);
  return response.text();
};
const byTitle = (events: FeedEvent[], start: string) => {
  const found = events.find((e) => e.title.startsWith(start));
  if (!found) throw new Error(`no event titled '${start}…' in ${events.map((e) => e.title).join(', ')}`);
  return found;
};
/** Imports and validates, expecting no skipped events. */
function importValid(text: string) {
  const result = icsToFeed(text);
  const parsed = parseFeed(result.feed);
  expect(parsed.skipped.map((s) => s.reason), 'events the validation skipped').to.deep.equal([]);
  expect(parsed.warnings.map((w) => w.reason), 'validation warnings').to.deep.equal([]);
  return { ...result, parsed };
}
const calendar = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//DE', ...lines, 'END:VCALENDAR', ''].join('\r\n');
const vevent = (...lines: string[]) => ['BEGIN:VEVENT', 'DTSTAMP:20260901T120000Z', ...lines, 'END:VEVENT'].join('\r\n');
const yearWindow = (): [number, number] => [startOfDayInstant(day('2026-01-01'), BERLIN), startOfDayInstant(day('2027-01-01'), BERLIN)];

describe('ICS import', () => {
  before(async () => {
    await loadRecurrenceEngine();
  });

  it('reads an Outlook export: Windows zones, a weekly series with an exdate and a moved occurrence', async () => {
    const { feed, problems, parsed } = importValid(await fixture('outlook-exchange.ics'));
    expect(feed.timezone).to.equal(BERLIN);
    const series = byTitle(feed.events, 'Sprechstunde Bebauungsplan Güterbahnhof Nord');
    expect(series.start).to.equal('2026-10-06T17:00:00+02:00');
    expect(series.end).to.equal('2026-10-06T19:00:00+02:00');
    expect(series.rrule).to.equal('FREQ=WEEKLY;COUNT=10;BYDAY=TU');
    expect(series.exdates, 'the EXDATE and the moved occurrence').to.deep.equal(['2026-11-03T17:00:00+01:00', '2026-10-20T17:00:00+02:00']);
    const moved = byTitle(feed.events, 'Sprechstunde Bebauungsplan Güterbahnhof Nord (verlegt)');
    expect([moved.start, moved.end, moved.location?.name]).to.deep.equal(['2026-10-20T18:00:00+02:00', '2026-10-20T20:00:00+02:00', 'Rathaus, Großer Sitzungssaal']);
    expect(moved.id).not.to.equal(series.id);

    const validated = parsed.events.find((e) => e.id === series.id)!;
    const starts = expandSeries(validated, ...yearWindow(), BERLIN).map((s) => local(s));
    expect(starts, 'stays at 17:00 across 25 October').to.deep.equal([
      '2026-10-06 17:00', '2026-10-13 17:00', '2026-10-27 17:00', '2026-11-10 17:00',
      '2026-11-17 17:00', '2026-11-24 17:00', '2026-12-01 17:00', '2026-12-08 17:00',
    ]);

    const online = byTitle(feed.events, 'Klimapartnerschaft');
    expect(online.start, 'Romance Standard Time is Paris time').to.equal('2026-11-11T14:30:00+01:00');
    expect([online.format, online.onlineUrl]).to.deep.equal(['online', 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_klimapartnerschaft']);
    expect(problems).to.deep.equal([{ index: 3, reason: "VEVENT 4 'Arzttermin': is marked CLASS:PRIVATE and is not published" }]);
  });

  it('reads a Google Calendar export: UTC times in Berlin offsets, an all-day span, a cancellation', async () => {
    const { feed, problems } = importValid(await fixture('google-calendar.ics'));
    expect(problems).to.deep.equal([]);
    expect(feed.timezone).to.equal(BERLIN);
    expect(byTitle(feed.events, 'Bürgerforum Radverkehr')).to.include({
      id: '3v0g2c7u1m5kq8r9t0abcdefgh', start: '2026-11-04T18:00:00+01:00', end: '2026-11-04T20:00:00+01:00', status: 'scheduled',
    });
    expect(byTitle(feed.events, 'Aktionstag').start, 'the day before the spring switch').to.equal('2026-03-28T10:00:00+01:00');
    const cancelled = byTitle(feed.events, 'Ortsbegehung');
    expect([cancelled.start, cancelled.status]).to.deep.equal(['2026-10-15T16:00:00+02:00', 'cancelled']);
    const exhibition = byTitle(feed.events, 'Ausstellung');
    expect([exhibition.start, exhibition.end], 'DTEND 2026-11-21 is exclusive').to.deep.equal(['2026-11-09', '2026-11-20']);
    expect(byTitle(feed.events, 'Bürgerforum').location?.name).to.equal('Bürgerhaus Zähringen, Lameystraße 2, 79108 Musterstadt, Deutschland');
    const council = byTitle(feed.events, 'Sitzung des Gemeinderats');
    expect(council.rrule).to.equal('FREQ=MONTHLY;BYDAY=2TU;UNTIL=20261208T165959Z');
  });

  it('expands the imported Google series on second Tuesdays until the UTC UNTIL', async () => {
    const { parsed } = importValid(await fixture('google-calendar.ics'));
    const council = parsed.events.find((e) => e.title === 'Sitzung des Gemeinderats')!;
    const starts = expandSeries(council, ...yearWindow(), BERLIN).map((s) => local(s));
    expect(starts).to.have.length(11);
    expect(starts.slice(0, 4)).to.deep.equal(['2026-01-13 18:00', '2026-02-10 18:00', '2026-03-10 18:00', '2026-04-14 18:00']);
    expect(starts.at(-1), '8 December 18:00 is after UNTIL 17:59:59 Berlin').to.equal('2026-11-10 18:00');
  });

  it('reads a TYPO3 export: floating times in the feed zone, categories, links and addresses', async () => {
    const { feed } = importValid(await fixture('typo3-events.ics'));
    const haslach = byTitle(feed.events, 'Stadtteilgespräch Haslach');
    expect(haslach).to.deep.include({
      id: 'news-1423',
      start: '2026-11-12T19:00:00+01:00',
      end: '2026-11-12T21:00:00+01:00',
      url: 'https://www.musterstadt.de/beteiligung/veranstaltungen/stadtteilgespraech-haslach',
      categories: ['Stadtteilentwicklung', 'Bürgerdialog'],
      location: { name: 'Gemeindezentrum St. Michael, Carl-Kistner-Straße 49, 79115 Musterstadt' },
    });
    expect(haslach.description).to.contain('Verkehrsberuhigung Carl-Kistner-Straße; neue Grünflächen; Nahversorgung.');
    const skatepark = byTitle(feed.events, 'Jugendbeteiligung');
    expect(skatepark.start, 'summer time').to.equal('2026-07-02T17:30:00+02:00');
    expect(skatepark.categories, 'from two CATEGORIES lines').to.deep.equal(['Jugend', 'Sport', 'Freizeit']);
    expect(byTitle(feed.events, 'Infoabend').end, 'no DTEND: no end').to.equal(undefined);
  });

  it('reads a WordPress (The Events Calendar) export: entities, a long folded description, the organizer', async () => {
    const { feed } = importValid(await fixture('wordpress-events.ics'));
    const workshop = byTitle(feed.events, 'Planungswerkstatt');
    expect([workshop.start, workshop.end]).to.deep.equal(['2026-11-18T18:30:00+01:00', '2026-11-18T20:30:00+01:00']);
    expect(workshop.description).to.equal(
      'Der Quartiersrat lädt alle Anwohnerinnen und Anwohner ein – gemeinsam planen wir den neuen Spielplatz am Lindenplatz. '
      + 'Kinder & Jugendliche sind ausdrücklich willkommen! Für Getränke und einen kleinen Imbiss ist gesorgt.\n\n'
      + 'Bitte bringen Sie Ihre Ideen mit: Skizzen, Fotos oder Wünsche auf einem Zettel.\n\n'
      + 'Weitere Informationen: https://quartier-weststadt.de/projekte/spielplatz-lindenplatz/',
    );
    expect(workshop.organizer).to.equal('Quartiersverein Weststadt e.V.');
    expect(workshop.categories).to.deep.equal(['Quartiersrat', 'Kinder & Jugend']);
    expect(workshop.url).to.equal('https://quartier-weststadt.de/veranstaltung/planungswerkstatt-spielplatz/');
    // The plugin's VTIMEZONE gives its onsets in UTC; the IANA name is trusted instead.
    expect(byTitle(feed.events, 'Mitgliederversammlung').start).to.equal('2026-03-26T19:00:00+01:00');
    expect(byTitle(feed.events, 'Adventsmarkt')).to.include({ start: '2026-12-05', end: '2026-12-05' });
  });

  it('reports a VEVENT without DTSTART and keeps the others', async () => {
    const result = icsToFeed(await fixture('broken.ics'));
    expect(result.problems).to.deep.equal([{ index: 2, reason: "VEVENT 3 'Bürgerforum': DTSTART is missing" }]);
    expect(result.feed.events.map((e) => e.title)).to.deep.equal(['Einwohnerversammlung Oststadt', 'Workshop Lärmaktionsplan', 'Tag der offenen Tür im Rathaus']);
    expect(parseFeed(result.feed).skipped).to.deep.equal([]);
  });

  it('refuses text that is not iCalendar with an IcsError saying so', async () => {
    for (const text of [await fixture('not-ics.txt'), '', '{"events": []}']) {
      expect(() => icsToFeed(text), JSON.stringify(text.slice(0, 30))).to.throw(IcsError, /not an iCalendar file/);
    }
  });

  it('keeps the readable events of a file with one malformed line', () => {
    const text = calendar(
      vevent('UID:a@x', 'DTSTART:20261110T170000Z', 'SUMMARY:Gut'),
      vevent('UID:b@x', 'DTSTART:20261111T170000Z', 'SUMMARY:Kaputt', 'das ist keine Zeile'),
      vevent('UID:c@x', 'DTSTART:20261112T170000Z', 'SUMMARY:Auch gut'),
    );
    const { feed, problems } = icsToFeed(text);
    expect(feed.events.map((e) => e.title)).to.deep.equal(['Gut', 'Auch gut']);
    expect(problems).to.have.length(1);
    expect(problems[0].reason).to.match(/^VEVENT 2 'Kaputt': cannot be read/);
  });

  it('reads DURATION for timed and all-day events, days counted on the wall clock', () => {
    const { feed } = importValid(calendar(
      'X-WR-TIMEZONE:Europe/Berlin',
      vevent('UID:1', 'DTSTART;TZID=Europe/Berlin:20261110T180000', 'DURATION:PT1H30M', 'SUMMARY:Kurz'),
      vevent('UID:2', 'DTSTART;VALUE=DATE:20261102', 'DURATION:P3D', 'SUMMARY:Drei Tage'),
      vevent('UID:3', 'DTSTART;TZID=Europe/Berlin:20261024T180000', 'DURATION:P1D', 'SUMMARY:Über die Umstellung'),
    ));
    expect(feed.events.map((e) => e.end)).to.deep.equal(['2026-11-10T19:30:00+01:00', '2026-11-04', '2026-10-25T18:00:00+01:00']);
  });

  it('finds the instant from a Windows zone name, an unknown zone with VTIMEZONE, or the default zone', () => {
    const { feed } = importValid(calendar(
      'BEGIN:VTIMEZONE', 'TZID:Mitteleuropäische Zeit',
      'BEGIN:STANDARD', 'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'END:STANDARD',
      'BEGIN:DAYLIGHT', 'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'END:DAYLIGHT',
      'END:VTIMEZONE',
      vevent('UID:1', 'DTSTART;TZID=Eastern Standard Time:20261110T120000', 'SUMMARY:New York'),
      vevent('UID:2', 'DTSTART;TZID=Mitteleuropäische Zeit:20260715T180000', 'SUMMARY:Eigene Zone'),
      vevent('UID:3', 'DTSTART:20260715T180000', 'SUMMARY:Ohne Zone'),
    ));
    expect(feed.timezone, 'nothing names a known zone').to.equal(BERLIN);
    expect(feed.events.map((e) => e.start)).to.deep.equal(['2026-11-10T18:00:00+01:00', '2026-07-15T18:00:00+02:00', '2026-07-15T18:00:00+02:00']);
    expect(icsToFeed(calendar(vevent('UID:1', 'DTSTART:20260715T180000', 'SUMMARY:Wien')), { defaultTimeZone: 'America/New_York' }).feed)
      .to.deep.include({ timezone: 'America/New_York' });
  });

  it('makes plain text of HTML descriptions and reads TENTATIVE as scheduled unless marked postponed', () => {
    const { feed } = importValid(calendar(
      vevent('UID:1', 'DTSTART;VALUE=DATE:20261110', 'SUMMARY:Vortrag &#8211; Klima', 'STATUS:TENTATIVE',
        'DESCRIPTION:<p>Erster Absatz<br>zweite Zeile</p><ul><li>Punkt A</li><li>Punkt <b>B</b></li></ul>'),
      vevent('UID:2', 'DTSTART;VALUE=DATE:20261111', 'SUMMARY:Verschoben', 'STATUS:TENTATIVE', 'X-PARTICIPATION-STATUS:POSTPONED'),
    ));
    expect(feed.events[0]).to.include({ title: 'Vortrag – Klima', status: 'scheduled', description: 'Erster Absatz\nzweite Zeile\n\n• Punkt A\n• Punkt B' });
    expect(feed.events[1].status).to.equal('postponed');
  });

  it('turns RDATEs into single events of the same length', () => {
    const { feed } = importValid(calendar(vevent(
      'UID:rd@x', 'DTSTART:20261110T170000Z', 'DTEND:20261110T190000Z', 'RDATE:20261201T170000Z,20261215T170000Z', 'SUMMARY:Beirat',
    )));
    expect(feed.events.map((e) => [e.start, e.end])).to.deep.equal([
      ['2026-11-10T18:00:00+01:00', '2026-11-10T20:00:00+01:00'],
      ['2026-12-01T18:00:00+01:00', '2026-12-01T20:00:00+01:00'],
      ['2026-12-15T18:00:00+01:00', '2026-12-15T20:00:00+01:00'],
    ]);
    expect(new Set(feed.events.map((e) => e.id)).size).to.equal(3);
  });

  it('keeps ids unique when a file repeats a UID, and falls back to the position without one', () => {
    const { feed } = importValid(calendar(
      vevent('UID:same@x', 'DTSTART;VALUE=DATE:20261110', 'SUMMARY:Eins'),
      vevent('UID:same@x', 'DTSTART;VALUE=DATE:20261111', 'SUMMARY:Zwei'),
      vevent('DTSTART;VALUE=DATE:20261112', 'SUMMARY:Drei'),
    ));
    expect(feed.events.map((e) => e.id)).to.deep.equal(['same', 'same-2', 'vevent-3']);
  });

  it('evaluates a zone\'s observances only for the years its events use, whatever their rules', () => {
    // Before: ical.js expanded the hourly observance from year 1 to 2031 (17 million changes, a minute or two).
    const zone = (rule: string) => [
      'BEGIN:VTIMEZONE', 'TZID:Eigene Zone',
      'BEGIN:STANDARD', 'DTSTART:00010101T030000', `RRULE:${rule}`, 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'END:STANDARD',
      'BEGIN:DAYLIGHT', 'DTSTART:00010329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'END:DAYLIGHT',
      'END:VTIMEZONE',
    ];
    const events = [
      vevent('UID:1', 'DTSTART;TZID=Eigene Zone:20261110T180000', 'SUMMARY:Winter'),
      vevent('UID:2', 'DTSTART;TZID=Eigene Zone:20260715T180000', 'SUMMARY:Sommer'),
    ];
    const t0 = performance.now();
    const hourly = icsToFeed(calendar(...zone('FREQ=HOURLY'), ...events));
    expect(performance.now() - t0, 'ms').to.be.lessThan(2000);
    expect(hourly.feed.events.map((e) => e.title)).to.deep.equal(['Winter', 'Sommer']);
    // A yearly switch from year 1 (October's last Sunday) starts 400-year cycles later: the same offsets.
    const t1 = performance.now();
    const yearly = icsToFeed(calendar(...zone('FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU'), ...events));
    expect(performance.now() - t1, 'ms').to.be.lessThan(2000);
    expect(yearly.feed.events.map((e) => e.start)).to.deep.equal(['2026-11-10T18:00:00+01:00', '2026-07-15T18:00:00+02:00']);
  });

  it('numbers 20,000 entries with one UID without trying every number each time', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => vevent('UID:same@x', `DTSTART;VALUE=DATE:2026${String(1 + (i % 12)).padStart(2, '0')}10`, `SUMMARY:Termin ${i}`));
    const t0 = performance.now();
    const { feed } = icsToFeed(calendar(...many));
    expect(performance.now() - t0, 'ms').to.be.lessThan(8000);
    expect(feed.events.slice(0, 3).map((e) => e.id)).to.deep.equal(['same', 'same-2', 'same-3']);
    expect(new Set(feed.events.map((e) => e.id)).size).to.equal(20_000);
  });

  it('round trip: export then import keeps ids, titles, times, occurrences, status, categories and links', () => {
    const source = feedOf([
      {
        id: 'forum-1', title: 'Bürgerforum, Teil 1; Verkehr', start: '2026-11-10T18:00:00+01:00', end: '2026-11-10T20:00:00+01:00',
        url: 'https://musterstadt.de/e/forum-1', categories: ['Verkehr', 'Innenstadt, Altstadt'], description: 'Wir stellen\ndie Pläne vor.',
        organizer: 'Bürgerverein Oststadt', registration: { url: 'https://musterstadt.de/anmeldung' },
      },
      {
        id: 'weekly', title: 'Sprechstunde', start: '2026-03-03T18:00:00+01:00', end: '2026-03-03T19:00:00+01:00', status: 'postponed',
        rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261215', exdates: ['2026-03-31T18:00:00+02:00', '2026-10-27'],
      },
      { id: 'phase', title: 'Ausstellung', start: '2026-11-02', end: '2026-11-13', status: 'cancelled' },
      { id: 'market', title: 'Wochenmarkt-Fest', start: '2026-01-02', end: '2026-01-03', rrule: 'FREQ=MONTHLY;COUNT=6', exdates: ['2026-03-02'] },
      { id: 'online', title: 'Online-Dialog', start: '2026-07-01T17:00:00+02:00', format: 'online', onlineUrl: 'https://meet.example.org/x' },
      { id: 42, title: 'Zahl als ID', start: '2026-12-24T16:00', url: 'https://musterstadt.de/e/42', onlineUrl: 'https://meet.example.org/42' },
    ]).events;
    const { feed, problems } = icsToFeed(eventsToIcs(source, { feedTimeZone: BERLIN, now: 0 }));
    expect(problems).to.deep.equal([]);
    const back = parseFeed(feed);
    expect(back.skipped).to.deep.equal([]);
    expect(back.events.map((e) => e.id)).to.deep.equal(source.map((e) => e.id));
    for (const [i, before] of source.entries()) {
      const after = back.events[i];
      const pick = (e: CalendarEvent) => ({
        title: e.title, allDay: e.allDay, start: e.start, end: e.end, startDay: e.startDay, endDay: e.endDay, hasEnd: e.hasEnd,
        status: e.status, categories: e.categories, url: e.url, onlineUrl: e.onlineUrl, description: e.description,
        organizer: e.organizer, registration: e.registration,
      });
      expect(pick(after), before.id).to.deep.equal(pick(before));
      if (before.rrule) {
        const occurrences = (e: CalendarEvent) => e.allDay ? expandAllDaySeries(e, day('2026-01-01'), day('2026-12-31')) : expandSeries(e, ...yearWindow(), BERLIN);
        expect(occurrences(before), `${before.id} has occurrences`).not.to.be.empty;
        expect(occurrences(after), `${before.id} occurrences`).to.deep.equal(occurrences(before));
      }
    }
  });
});

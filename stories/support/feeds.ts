// Feeds for the stories, served by msw's service worker as a city's server would.
// Every story shows November 2026 (`date="2026-11-15"`), the month the fixture was made for.
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { Feed, FeedEvent } from '../../src/index.ts';
import sampleFeed from '../../test/fixtures/sample-feed-2026-11.json';
import googleCalendarIcs from '../../test/fixtures/ics/google-calendar.ics?raw';
import outlookIcs from '../../test/fixtures/ics/outlook-exchange.ics?raw';

export const SHOWN_DAY = '2026-11-15';

/** The fixed sample feed of the tests and screenshots (October–December 2026). */
export const sample = sampleFeed as Feed;

/** 20 events on one day, on top of the sample month. */
export const crowded: Feed = {
  timezone: 'Europe/Berlin',
  events: [
    ...sample.events,
    ...Array.from({ length: 20 }, (_, i): FeedEvent => {
      const hour = 8 + Math.floor(i / 2);
      const minutes = i % 2 ? '30' : '00';
      return {
        id: `crowd-${i + 1}`,
        title: `Sprechstunde Bürgerhaushalt ${i + 1}`,
        start: `2026-11-18T${String(hour).padStart(2, '0')}:${minutes}:00+01:00`,
        end: `2026-11-18T${String(hour + 1).padStart(2, '0')}:${minutes}:00+01:00`,
        format: (['in-person', 'online', 'hybrid'] as const)[i % 3],
        district: i % 2 ? 'Nordstadt' : 'Innenstadt',
        location: { name: `Bürgerbüro, Raum ${101 + i}`, address: 'Marktplatz 1, 12345 Musterstadt' },
      };
    }),
  ],
};

const LONG_PLACE =
  'Gemeinschaftszentrum Alte Tuchfabrik, Veranstaltungssaal im zweiten Obergeschoss (Eingang über den Innenhof, barrierefrei über den Aufzug an der Rückseite)';

/** Titles and places far longer than a day cell: German compounds do not break by themselves. */
export const longTexts: Feed = {
  timezone: 'Europe/Berlin',
  events: [
    {
      id: 'long-1',
      title: 'Informationsveranstaltung zur Bürgerbeteiligung am Straßenbahnausbauprogramm Hauptbahnhof–Universitätsklinikum–Technologiepark',
      start: '2026-11-10T18:00:00+01:00',
      end: '2026-11-10T20:30:00+01:00',
      format: 'hybrid',
      location: { name: LONG_PLACE, address: 'Hermann-von-Helmholtz-Straße 123–127, 12345 Musterstadt-Oberfeldkirchen' },
      organizer: 'Stadtverwaltung Musterstadt, Dezernat für Stadtentwicklung, Umwelt, Mobilität und Klimaschutzangelegenheiten',
      description:
        'Donaudampfschifffahrtsgesellschaftskapitänsmützenabstellraumbeleuchtungsreparaturauftrag: ein Wort, das nicht umbrechen darf, ohne das Layout zu sprengen. '.repeat(3),
      onlineUrl: 'https://beteiligung.musterstadt.example/veranstaltungen/2026/strassenbahnausbauprogramm-hauptbahnhof-universitaetsklinikum-technologiepark/livestream',
    },
    {
      id: 'long-2',
      title: 'Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnungsanhörung',
      start: '2026-11-12T17:00:00+01:00',
      end: '2026-11-12T19:00:00+01:00',
      format: 'in-person',
      location: { name: 'Verwaltungsgebäude Rechtsamtsnebenstelle', address: 'Marktplatz 1, 12345 Musterstadt' },
    },
    {
      id: 'long-3',
      title: 'Online-Beteiligung: Klimaanpassungskonzept für die Hitzevorsorge in verdichteten Innenstadtquartieren',
      start: '2026-11-09',
      end: '2026-11-22',
      format: 'online',
      onlineUrl: 'https://beteiligung.musterstadt.example/klimaanpassung',
    },
  ],
};

/** One cancelled and one postponed event, beside a scheduled one. */
export const cancelledAndPostponed: Feed = {
  timezone: 'Europe/Berlin',
  events: [
    {
      id: 'status-scheduled',
      title: 'Bürgerwerkstatt Innenstadt',
      start: '2026-11-10T18:00:00+01:00',
      end: '2026-11-10T20:30:00+01:00',
      format: 'hybrid',
      location: { name: 'Stadtbibliothek, Saal 2', address: 'Marktplatz 1, 12345 Musterstadt' },
    },
    {
      id: 'status-cancelled',
      title: 'Stadtteilspaziergang Nord: Schulwege',
      start: '2026-11-12T10:30:00+01:00',
      end: '2026-11-12T12:30:00+01:00',
      status: 'cancelled',
      format: 'in-person',
      location: { name: 'Treffpunkt: Grundschule Nord, Haupteingang' },
      description: 'Wegen Sturmwarnung abgesagt. Ein neuer Termin folgt.',
    },
    {
      id: 'status-postponed',
      title: 'Infoabend Straßenbahn Linie 4',
      start: '2026-11-18T18:00:00+01:00',
      end: '2026-11-18T20:00:00+01:00',
      status: 'postponed',
      format: 'in-person',
      location: { name: 'Rathaus, Ratssaal', address: 'Marktplatz 1, 12345 Musterstadt' },
      description: 'Verschoben auf Januar; der neue Termin wird hier bekannt gegeben.',
    },
  ],
};

/** A consultation phase of four weeks with a few evenings inside it. */
export const phase: Feed = {
  timezone: 'Europe/Berlin',
  events: [
    {
      id: 'phase-klima',
      title: 'Online-Umfrage Klimaschutz',
      start: '2026-11-02',
      end: '2026-11-29',
      format: 'online',
      categories: ['Umwelt & Klima'],
      onlineUrl: 'https://beteiligung.musterstadt.example/klima',
      description: 'Vier Wochen lang: Wie soll Musterstadt bis 2040 klimaneutral werden?',
    },
    {
      id: 'phase-auftakt',
      title: 'Auftaktveranstaltung Klimaschutz',
      start: '2026-11-03T18:30:00+01:00',
      end: '2026-11-03T20:30:00+01:00',
      format: 'hybrid',
      location: { name: 'Rathaus, Ratssaal' },
    },
    {
      id: 'phase-werkstatt',
      title: 'Klimawerkstatt Wärmeplanung',
      start: '2026-11-19T18:00:00+01:00',
      end: '2026-11-19T20:00:00+01:00',
      format: 'in-person',
      location: { name: 'Volkshochschule, Raum 4' },
    },
  ],
};

/** Six phases open at once beside day events: the week rows fold phases after four lanes. */
export const crowdedPhases: Feed = {
  timezone: 'Europe/Berlin',
  events: [
    ...phase.events,
    ...['Bürgerhaushalt 2027', 'Lärmaktionsplan', 'Spielplatzkonzept', 'Radverkehrsplan', 'Offenlage Bebauungsplan Nr. 142'].map(
      (title, i): FeedEvent => ({
        id: `phase-${i + 1}`,
        title,
        start: `2026-11-${String(4 + i * 2).padStart(2, '0')}`,
        end: `2026-11-${String(20 + i).padStart(2, '0')}`,
        format: (['online', 'in-person', 'hybrid'] as const)[i % 3],
      }),
    ),
  ],
};

/**
 * Two good events and three a city's export broke: a missing start, an end before the
 * start, a date that does not exist. The widget shows the two and says three are missing.
 */
export const incomplete = {
  timezone: 'Europe/Berlin',
  events: [
    ...cancelledAndPostponed.events.slice(0, 1),
    { id: 'broken-start', title: 'Sitzung des Ortsbeirats Süd', format: 'in-person' },
    { id: 'broken-end', title: 'Infoabend Wärmeplanung', start: '2026-11-20T19:00:00+01:00', end: '2026-11-20T17:00:00+01:00' },
    { id: 'broken-date', title: 'Jugendforum', start: '2026-11-31T17:00:00+01:00' },
    phase.events[2],
  ],
};

/** Who can take part: access facts, a sign-language request deadline, languages, audiences, a Leichte-Sprache text. */
export const access: Feed = {
  timezone: 'Europe/Berlin',
  events: [
    {
      id: 'access-werkstatt',
      title: 'Planungswerkstatt Marktplatz',
      start: '2026-11-17T18:00:00+01:00',
      end: '2026-11-17T20:30:00+01:00',
      format: 'hybrid',
      location: { name: 'Rathaus, Festsaal', address: 'Marktplatz 1, 12345 Musterstadt' },
      onlineUrl: 'https://stream.musterstadt.example/marktplatz',
      accessibility: { stepFree: true, accessibleToilet: true, hearingLoop: true, signLanguage: 'on-request', signLanguageRequestBy: '2026-11-10', speechToText: true, note: 'Eingang über den Hof, Aufzug vorhanden.' },
    },
    {
      id: 'access-jugendforum',
      title: 'Jugendforum Musterstadt',
      start: '2026-11-20T16:00:00+01:00',
      end: '2026-11-20T18:30:00+01:00',
      format: 'in-person',
      audience: ['Jugendliche von 12 bis 21 Jahren'],
      accessibility: { stepFree: true, easyLanguage: true },
      location: { name: 'Jugendzentrum „Alte Post“' },
    },
    {
      id: 'access-tuerkisch',
      title: 'Informationsabend auf Türkisch: Wärmeplanung',
      start: '2026-11-24T18:00:00+01:00',
      end: '2026-11-24T20:00:00+01:00',
      format: 'in-person',
      languages: ['tr', 'de'],
      audience: ['Familien'],
      accessibility: { stepFree: true, childcare: 'registration' },
      location: { name: 'Bürgerhaus Nord' },
      description: 'Wie wird Ihr Haus künftig beheizt, und welche Förderung gibt es? Auf Türkisch, mit Übersetzung.',
      easyDescription: 'Ein Abend über Heizungen. Der Abend ist auf Türkisch. Es gibt Kinder·betreuung. Bitte melden Sie Ihr Kind an.',
    },
  ],
};

/**
 * Two sources merged into one feed (as `participation-calendar merge` writes it): each event
 * names the sources it came from; the skatepark meeting is in both. (Validation reads an
 * event's `sources` from branch cli-sources on; before it, the widget shows no source group.)
 */
export const twoSources: { timezone: string; events: (FeedEvent & { sources: string[] })[] } = {
  timezone: 'Europe/Berlin',
  events: [
    { id: 'src-haushalt', title: 'Bürgerforum Haushalt 2027', start: '2026-11-05T18:00:00+01:00', format: 'in-person', categories: ['Finanzen'], location: { name: 'Rathaus, Ratssaal' }, sources: ['Stadt Musterstadt'] },
    { id: 'src-skatepark', title: 'Skatepark Nord: Entwürfe ansehen', start: '2026-11-10T17:00:00+01:00', format: 'in-person', categories: ['Jugend', 'Freizeit'], location: { name: 'Jugendhaus Nord' }, sources: ['Stadt Musterstadt', 'Jugendrat Musterstadt'] },
    { id: 'src-jugendrat', title: 'Jugendrat tagt öffentlich', start: '2026-11-12T18:00:00+01:00', format: 'online', categories: ['Jugend'], sources: ['Jugendrat Musterstadt'] },
    { id: 'src-umfrage', title: 'Umfrage: Was fehlt im Stadtteil?', start: '2026-11-16', end: '2026-11-30', format: 'online', categories: ['Jugend'], sources: ['Jugendrat Musterstadt'] },
    { id: 'src-stadtrat', title: 'Einwohnerfragestunde im Stadtrat', start: '2026-11-24T17:00:00+01:00', format: 'in-person', categories: ['Finanzen'], location: { name: 'Rathaus, Ratssaal' }, sources: ['Stadt Musterstadt'] },
  ],
};

/** The city's own feed of a calendar with several sources (see cityAndYouthCouncil). */
export const cityFeed: Feed = {
  name: 'Stadt Musterstadt',
  timezone: 'Europe/Berlin',
  events: [
    { id: 'st-haushalt', title: 'Bürgerforum Haushalt 2027', start: '2026-11-05T18:00:00+01:00', end: '2026-11-05T20:00:00+01:00', format: 'in-person', categories: ['Finanzen'], location: { name: 'Rathaus, Ratssaal' } },
    { id: 'st-skatepark', title: 'Skatepark Nord: Entwürfe ansehen', start: '2026-11-10T17:00:00+01:00', format: 'in-person', categories: ['Jugend'], location: { name: 'Jugendhaus Nord' } },
    { id: 'st-verkehr', title: 'Verkehrsforum Innenstadt', start: '2026-11-18T18:30:00+01:00', format: 'hybrid', categories: ['Mobilität'], location: { name: 'Stadtbibliothek' } },
    { id: 'st-stadtrat', title: 'Einwohnerfragestunde im Stadtrat', start: '2026-11-24T17:00:00+01:00', format: 'in-person', categories: ['Finanzen'], location: { name: 'Rathaus, Ratssaal' } },
  ],
};

/**
 * The youth council's calendar as Google Calendar publishes it: UTC times, its
 * name in X-WR-CALNAME, a fortnightly meeting, and the skatepark evening the
 * city's feed has too (same title, start and place: shown once).
 */
export const youthCouncilIcs = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'X-WR-CALNAME:Jugendrat Musterstadt', 'X-WR-TIMEZONE:UTC',
  'BEGIN:VEVENT', 'UID:jr-sitzung@google.com', 'DTSTAMP:20261020T090000Z', 'DTSTART:20261104T163000Z', 'DTEND:20261104T180000Z',
  'RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=6', 'SUMMARY:Sitzung des Jugendrats', 'LOCATION:Jugendzentrum Mitte', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:jr-skatepark@google.com', 'DTSTAMP:20261020T090000Z', 'DTSTART:20261110T160000Z',
  'SUMMARY:Skatepark Nord: Entwürfe ansehen', 'LOCATION:Jugendhaus Nord', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:jr-umfrage@google.com', 'DTSTAMP:20261020T090000Z', 'DTSTART;VALUE=DATE:20261116', 'DTEND;VALUE=DATE:20261201',
  'SUMMARY:Umfrage: Was fehlt jungen Leuten im Stadtteil?', 'LOCATION:Online', 'END:VEVENT',
  'END:VCALENDAR', '',
].join('\r\n');

/** Nothing in November; the next event is in January. */
export const emptyNovember: Feed = {
  timezone: 'Europe/Berlin',
  events: [
    {
      id: 'next-year',
      title: 'Neujahrsempfang mit Bürgerfragestunde',
      start: '2027-01-14T18:00:00+01:00',
      end: '2027-01-14T20:00:00+01:00',
      format: 'in-person',
    },
  ],
};

/** A day `offset` days from today in Berlin: "take part now" is about today. */
function inDays(offset: number): string {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date()).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
}

/** Phases open today, a deadline ahead and a subscription address: the "take part" features. */
export function takePart(): Feed {
  return {
    timezone: 'Europe/Berlin',
    subscribeUrl: 'https://www.musterstadt.example/beteiligung/termine.ics',
    events: [
      { id: 'tp-umfrage', title: 'Online-Umfrage Radverkehr', start: inDays(-12), end: inDays(5), format: 'online', categories: ['Mobilität'] },
      { id: 'tp-ideen', title: 'Ideenwettbewerb „Unser Stadtpark“', start: inDays(-20), end: inDays(0), format: 'online' },
      { id: 'tp-offenlage', title: 'Offenlage Bebauungsplan Nr. 142', start: inDays(-2), end: inDays(26), format: 'in-person' },
      {
        id: 'tp-werkstatt',
        title: 'Planungswerkstatt Schulcampus West',
        start: `${inDays(6)}T18:00:00+01:00`,
        end: `${inDays(6)}T20:00:00+01:00`,
        format: 'hybrid',
        location: { name: 'Gesamtschule West, Mensa', address: 'Schulstraße 4, 12345 Musterstadt' },
        registration: { url: 'https://www.musterstadt.example/anmeldung/schulcampus', deadline: inDays(3) },
      },
    ],
  };
}

export const TAKE_PART_DAY = inDays(0);
/** The day of the event with a registration deadline (its month is shown for it). */
export const WORKSHOP_DAY = inDays(6);

export const FEEDS = {
  takePart: '/api/take-part.json',
  googleIcs: '/api/google-calendar.ics',
  outlookIcs: '/api/outlook.ics',
  sample: '/api/events.json',
  crowded: '/api/crowded.json',
  longTexts: '/api/long-texts.json',
  cancelledAndPostponed: '/api/status.json',
  phase: '/api/phase.json',
  crowdedPhases: '/api/crowded-phases.json',
  incomplete: '/api/incomplete.json',
  access: '/api/access.json',
  twoSources: '/api/two-sources.json',
  city: '/api/city.json',
  youthCouncilIcs: '/api/jugendrat.ics',
  districtsDown: '/api/bezirksbeiraete.json',
  empty: '/api/empty.json',
  slow: '/api/slow.json',
  flaky: '/api/flaky.json',
} as const;

/**
 * The handlers of every story: fresh per render (`beforeEach`), so the flaky feed
 * fails on the first request of each story visit and works on the retry.
 */
export function feedHandlers(): HttpHandler[] {
  let flakyRequests = 0;
  return [
    http.get(FEEDS.sample, () => HttpResponse.json(sample)),
    http.get(FEEDS.crowded, () => HttpResponse.json(crowded)),
    http.get(FEEDS.longTexts, () => HttpResponse.json(longTexts)),
    http.get(FEEDS.cancelledAndPostponed, () => HttpResponse.json(cancelledAndPostponed)),
    http.get(FEEDS.phase, () => HttpResponse.json(phase)),
    http.get(FEEDS.crowdedPhases, () => HttpResponse.json(crowdedPhases)),
    http.get(FEEDS.incomplete, () => HttpResponse.json(incomplete)),
    http.get(FEEDS.access, () => HttpResponse.json(access)),
    http.get(FEEDS.twoSources, () => HttpResponse.json(twoSources)),
    http.get(FEEDS.city, () => HttpResponse.json(cityFeed)),
    http.get(FEEDS.youthCouncilIcs, () => new HttpResponse(youthCouncilIcs, { headers: { 'content-type': 'text/calendar; charset=utf-8' } })),
    // A source whose server is down for maintenance.
    http.get(FEEDS.districtsDown, () => new HttpResponse('Service Unavailable', { status: 503, headers: { 'content-type': 'text/plain' } })),
    http.get(FEEDS.empty, () => HttpResponse.json(emptyNovember)),
    http.get(FEEDS.takePart, () => HttpResponse.json(takePart())),
    http.get(FEEDS.googleIcs, () => new HttpResponse(googleCalendarIcs, { headers: { 'content-type': 'text/calendar; charset=utf-8' } })),
    http.get(FEEDS.outlookIcs, () => new HttpResponse(outlookIcs, { headers: { 'content-type': 'text/calendar; charset=utf-8' } })),
    // Never answers: the widget stays in its loading state (until its `timeout`).
    http.get(FEEDS.slow, async () => {
      await delay('infinite');
      return HttpResponse.json(sample);
    }),
    // A server error first, the feed on the next request: the real "try again" path.
    http.get(FEEDS.flaky, () => {
      flakyRequests += 1;
      if (flakyRequests === 1) return new HttpResponse('Internal Server Error', { status: 500, headers: { 'content-type': 'text/plain' } });
      return HttpResponse.json(sample);
    }),
  ];
}

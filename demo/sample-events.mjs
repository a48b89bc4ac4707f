// Sample events that belong to the calendar rather than to a week: monthly
// bodies, recurring series, long phases and a few highlights per month.
import { ACCESS, BASE, FR, MO, ORG, PLACE, SA, SU, TH, TU, WE, builders } from './sample-vocabulary.mjs';
import { weekEvents } from './sample-events-weeks.mjs';

/** @param {object} t the date helpers built by `toolkit()` in sample-feed.mjs */
export function sampleEvents(t) {
  const { timed, allDay } = builders(t);
  const events = [];

  // Bodies that meet every month: present in the previous, current and next month.
  for (const m of [-1, 0, 1]) {
    events.push(
      timed('ortsbeirat-innenstadt', t.nth(m, 1, TU), '18:30', '21:00', {
        title: 'Ortsbeiratssitzung Innenstadt',
        description: 'Öffentliche Sitzung des Ortsbeirats mit Einwohnerfragestunde zu Beginn. Die Tagesordnung steht eine Woche vorher im Ratsinformationssystem.',
        format: 'in-person', categories: ['Stadtentwicklung'], district: 'Innenstadt',
        location: PLACE.rathaus, organizer: 'Ortsbeirat Innenstadt', accessibility: ACCESS.loop,
      }),
      timed('ortsbeirat-nord', t.nth(m, 2, WE), '19:00', '21:00', {
        title: 'Ortsbeiratssitzung Nord',
        description: 'Der Ortsbeirat Nord berät unter anderem über die Verkehrsberuhigung am Nordring. Fragen können Sie vorab per E-Mail einreichen.',
        format: 'in-person', categories: ['Stadtentwicklung', 'Mobilität'], district: 'Nord',
        location: PLACE.buergerhausNord, organizer: 'Ortsbeirat Nord', accessibility: ACCESS.stepFree,
      }),
      timed('seniorenbeirat', t.nth(m, 3, TH), '10:00', '12:00', {
        title: 'Seniorenbeirat: offene Sitzung',
        description: 'Der Seniorenbeirat lädt alle Interessierten ein, Anliegen rund ums Älterwerden in Musterstadt vorzubringen. Im Anschluss gibt es Kaffee und Gelegenheit zum Gespräch.',
        format: 'in-person', categories: ['Soziales'], district: 'Altstadt',
        location: PLACE.begegnung, organizer: ORG.seniors, accessibility: ACCESS.loop,
        audience: ['Seniorinnen und Senioren'],
      }),
      timed('jugendforum', t.nth(m, -1, FR), '16:00', '18:30', {
        title: 'Jugendforum Musterstadt',
        description: 'Jugendliche zwischen 12 und 21 Jahren bringen ihre Ideen für die Stadt ein und sprechen direkt mit Verwaltung und Politik. Snacks und Getränke gibt es vor Ort.',
        format: 'in-person', categories: ['Jugend'], district: 'Bahnhofsviertel',
        location: PLACE.altePost, organizer: ORG.youth,
        audience: ['Jugendliche von 12 bis 21 Jahren'], accessibility: { stepFree: true, easyLanguage: true },
      }),
    );
  }

  // Recurring series. The weekly group skips the Tuesday of next week.
  const cycleStart = t.week(-3, TU);
  const skipped = t.week(1, TU);
  events.push(
    {
      ...timed('ag-radverkehr', cycleStart, '17:30', '19:00', {
        title: 'Arbeitsgruppe Radverkehr (offen für alle)',
        description: `Wöchentliches Treffen zur Fortschreibung des Radverkehrskonzepts: Mängelmeldungen sichten, Routen bewerten, Vorschläge formulieren. Das Treffen am ${t.longDate(skipped)}, entfällt.`,
        format: 'hybrid', onlineUrl: 'https://konferenz.musterstadt.example/ag-radverkehr',
        categories: ['Mobilität'], district: 'Innenstadt', location: PLACE.techRathaus,
        organizer: ORG.mobility, accessibility: ACCESS.stepFree,
      }),
      rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=10',
      exdates: [t.at(skipped, '17:30')],
    },
    {
      ...timed('runder-tisch-inklusion', t.nth(-1, 2, TU), '15:00', '17:00', {
        title: 'Runder Tisch Inklusion',
        description: 'Vertreterinnen und Vertreter von Vereinen, Verwaltung und Selbsthilfegruppen arbeiten gemeinsam am Aktionsplan für eine inklusive Stadt. Gäste sind willkommen.',
        format: 'in-person', categories: ['Soziales'], district: 'Innenstadt',
        location: PLACE.festsaal, organizer: ORG.participation, accessibility: { ...ACCESS.loop, ...ACCESS.sign },
      }),
      rrule: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=6',
    },
  );

  // Phases: several weeks long, all-day dates (end inclusive).
  const surveyStart = t.week(-2, MO);
  events.push(
    allDay('bebauungsplan-142-offenlage', t.week(-1, MO), t.week(4, FR), {
      title: 'Offenlage Bebauungsplan Nr. 142 „Am Güterbahnhof“',
      description: 'Der Entwurf des Bebauungsplans liegt öffentlich aus. Sie können ihn im Technischen Rathaus oder online einsehen und bis zum Ende der Auslegung eine Stellungnahme abgeben.',
      format: 'hybrid', onlineUrl: 'https://www.musterstadt.example/bauleitplanung/bp-142',
      categories: ['Stadtentwicklung'], district: 'Bahnhofsviertel', location: PLACE.techRathaus,
      organizer: ORG.planning, accessibility: ACCESS.stepFree,
    }),
    allDay('online-umfrage-mobilitaet', surveyStart, surveyStart + 27, {
      title: 'Online-Umfrage „Mobilität in Musterstadt 2030“',
      description: 'Wie sind Sie in Musterstadt unterwegs, und was würde Ihnen den Umstieg auf Bus, Bahn und Rad erleichtern? Die Umfrage dauert etwa zehn Minuten.',
      format: 'online', onlineUrl: 'https://mitmachen.musterstadt.example/mobilitaet-2030',
      categories: ['Mobilität', 'Digitales'], organizer: ORG.mobility,
    }),
    allDay('ideenwettbewerb-stadtplatz', t.week(-1, WE), t.week(5, SU), {
      title: 'Ideenwettbewerb „Unser Stadtplatz“: Ideen einreichen',
      description: 'Wie soll der Platz vor der Stadtbibliothek künftig aussehen? Reichen Sie Ihre Idee als Text, Skizze oder Foto ein; eine Jury aus Bürgerschaft und Verwaltung wählt die besten Vorschläge aus.',
      format: 'online', onlineUrl: 'https://mitmachen.musterstadt.example/stadtplatz',
      categories: ['Stadtentwicklung'], district: 'Innenstadt', organizer: ORG.participation,
    }),
    allDay('buergerhaushalt-vorschlaege', t.week(-3, MO), t.week(3, SU), {
      title: `Bürgerhaushalt ${t.year + 1}: Vorschläge einreichen`,
      description: `Ein Teil des Haushalts ${t.year + 1} ist für Vorschläge aus der Bürgerschaft reserviert. Reichen Sie Ihre Ideen online ein und kommentieren Sie die Vorschläge anderer.`,
      format: 'online', onlineUrl: 'https://mitmachen.musterstadt.example/buergerhaushalt',
      categories: ['Haushalt'], organizer: ORG.budget,
    }),
    allDay('laermaktionsplan', t.nth(-1, 1, MO), t.nth(-1, 1, MO) + 20, {
      title: 'Lärmaktionsplan: Online-Beteiligung',
      description: 'Markieren Sie auf der Karte, wo Sie Verkehrslärm besonders stört, und bewerten Sie die vorgeschlagenen Maßnahmen.',
      format: 'online', onlineUrl: 'https://mitmachen.musterstadt.example/laermaktionsplan',
      categories: ['Umwelt & Klima', 'Mobilität'], organizer: ORG.climate,
    }),
  );

  // Anchored to the month, so each month keeps a few highlights.
  events.push(
    timed('buergerwerkstatt-gueterbahnhof', t.nth(-1, 2, SA), '10:00', '15:00', {
      title: 'Bürgerwerkstatt Quartier Am Güterbahnhof',
      description: 'Vor der Offenlage des Bebauungsplans diskutieren wir Gebäudehöhen, Freiflächen und Erschließung des neuen Quartiers.',
      format: 'in-person', categories: ['Stadtentwicklung'], district: 'Bahnhofsviertel', location: PLACE.kulturbahnhof,
      organizer: ORG.planning, accessibility: ACCESS.stepFree,
    }),
    timed('einwohnerversammlung-haushalt', t.nth(0, 2, TH), '19:00', '22:30', {
      title: 'Einwohnerversammlung zum Haushalt',
      description: 'Oberbürgermeisterin und Kämmerin präsentieren den Haushaltsentwurf und stellen sich den Fragen der Einwohnerinnen und Einwohner.',
      format: 'hybrid', onlineUrl: 'https://stream.musterstadt.example/einwohnerversammlung',
      categories: ['Haushalt'], district: 'Innenstadt', location: PLACE.rathaus, organizer: ORG.budget,
      accessibility: { ...ACCESS.loop, ...ACCESS.subtitles },
    }),
    allDay('tag-der-offenen-tuer', t.nth(0, 1, SA), t.nth(0, 1, SA), {
      title: 'Tag der offenen Tür im Rathaus',
      description: 'Ämter und Beiräte stellen sich vor, und Sie können an Führungen durch Ratssaal und Turm teilnehmen.',
      format: 'in-person', categories: ['Soziales'], district: 'Innenstadt', location: PLACE.rathaus,
      organizer: ORG.participation, accessibility: ACCESS.loop,
    }),
    timed('digitalwerkstatt-open-data', t.nth(0, 3, WE), '17:00', '19:00', {
      title: 'Digitalwerkstatt: Offene Daten für Musterstadt',
      description: 'Welche Daten der Stadt sollen als Open Data veröffentlicht werden? Entwicklerinnen, Vereine und Neugierige sind eingeladen.',
      format: 'online', onlineUrl: 'https://konferenz.musterstadt.example/open-data',
      categories: ['Digitales'], organizer: ORG.digital,
    }),
    timed('spielplatzplanung-lindenpark', t.nth(0, 2, FR), '15:00', '17:00', {
      title: 'Spielplatzplanung Lindenpark: Kinder planen mit',
      description: 'Mit Knete, Stiften und Modellbausteinen gestalten Kinder ihren neuen Spielplatz. Eltern dürfen zuschauen.',
      format: 'in-person', categories: ['Jugend', 'Umwelt & Klima'], district: 'Ost',
      location: { name: 'Lindenpark, Pavillon', address: 'Lindenallee 30, 12346 Musterstadt' }, organizer: ORG.green,
      audience: ['Kinder', 'Familien'], accessibility: { stepFree: true },
      easyDescription: 'Der Spiel·platz im Linden·park wird neu. Kinder sagen, was sie sich wünschen. Kinder bauen Modelle aus Knete und Steinen. Eltern dürfen zuschauen.',
    }),
    timed('infoabend-tuerkisch-waermeplanung', t.nth(0, 3, TU), '18:00', '20:00', {
      title: 'Informationsabend auf Türkisch: Wärmeplanung und Förderung',
      description: 'Wie wird Ihr Haus künftig beheizt, und welche Förderung gibt es? Der Abend ist auf Türkisch, mit Übersetzung ins Deutsche. Türkçe bilgilendirme akşamı: ısınma planlaması ve destek programları.',
      format: 'in-person', categories: ['Umwelt & Klima'], district: 'Nord', location: PLACE.buergerhausNord,
      organizer: ORG.climate, languages: ['tr', 'de'], audience: ['Familien'],
      accessibility: { stepFree: true, childcare: 'registration', note: 'Kinderbetreuung im Spielzimmer; bitte bei der Anmeldung angeben.' },
      registration: { url: `${BASE}infoabend-tuerkisch-waermeplanung/anmeldung` },
    }),
    timed('planungswerkstatt-neue-mitte-ost', t.nth(1, 1, SA), '10:00', '16:00', {
      title: 'Planungswerkstatt Neue Mitte Ost',
      description: 'Auf dem ehemaligen Brauereigelände soll ein neues Stadtteilzentrum entstehen. Arbeiten Sie an Modellen und Plänen mit.',
      format: 'in-person', categories: ['Stadtentwicklung'], district: 'Ost', location: PLACE.schuleOst,
      organizer: ORG.planning,
      registration: { url: `${BASE}planungswerkstatt-neue-mitte-ost/anmeldung`, deadline: t.at(t.nth(1, 1, SA) - 3, '18:00') },
      accessibility: ACCESS.stepFree,
    }),
    allDay('aktionstag-klimaschutz', t.nth(1, 2, SA), t.nth(1, 2, SA), {
      title: 'Aktionstag Klimaschutz auf dem Marktplatz',
      description: 'Energieberatung, Lastenrad-Probefahrten und ein Mitmach-Stand zum Klimaschutzprogramm der Stadt.',
      format: 'in-person', categories: ['Umwelt & Klima'], district: 'Innenstadt',
      location: { name: 'Marktplatz', address: 'Marktplatz, 12345 Musterstadt' }, organizer: ORG.climate,
    }),
    timed('info-waermeplanung-sued', t.nth(1, 3, TU), '18:30', '20:00', {
      title: 'Informationsabend Wärmeplanung Süd',
      description: 'Was bedeutet die Wärmeplanung für Eigentümerinnen und Mieter im Süden der Stadt? Mit anschließender Fragerunde.',
      format: 'in-person', categories: ['Umwelt & Klima'], district: 'Süd', location: PLACE.grundschuleSued,
      organizer: ORG.climate, accessibility: ACCESS.stepFree,
    }),
    timed('stadtteilspaziergang-hochschulviertel', t.nth(1, -1, SA), '14:00', '16:00', {
      title: 'Stadtteilspaziergang Hochschulviertel',
      description: 'Studierende und Anwohnende zeigen ihre Lieblingsorte und Problemstellen im Viertel.',
      format: 'in-person', categories: ['Stadtentwicklung'], district: 'Hochschulviertel',
      location: { name: 'Treffpunkt: Haupteingang der Hochschule', address: 'Hochschulstraße 5, 12348 Musterstadt' },
      organizer: ORG.participation, accessibility: ACCESS.walk,
    }),
  );

  return [...events, ...weekEvents(t)];
}

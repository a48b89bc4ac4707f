// Sample events anchored to weeks around today: the current week always has
// several, and the weeks before and after fill the neighbouring months.
import { ACCESS, BASE, MO, ORG, PLACE, SA, TH, TU, WE, FR, builders } from './sample-vocabulary.mjs';

/** @param {object} t the date helpers built by `toolkit()` in sample-feed.mjs */
export function weekEvents(t) {
  const { timed, allDay } = builders(t);
  const events = [];

  // The current week.
  events.push(
    timed('info-marktplatz', t.week(0, MO), '18:00', '20:00', {
      title: 'Informationsabend: Neugestaltung des Marktplatzes',
      description: 'Das Planungsbüro stellt die drei Entwürfe aus dem Wettbewerb vor. Fragen sind im Saal und im Livestream möglich.',
      format: 'hybrid', onlineUrl: 'https://stream.musterstadt.example/marktplatz',
      categories: ['Stadtentwicklung'], district: 'Innenstadt', location: PLACE.festsaal,
      organizer: ORG.planning,
      // Step-free and hybrid, with a sign-language interpreter for those who ask by Friday before.
      accessibility: { ...ACCESS.loop, ...ACCESS.subtitles, signLanguageRequestBy: t.date(t.week(-1, FR)) },
    }),
    timed('planungswerkstatt-schulcampus-west', t.week(0, WE), '17:00', '20:00', {
      title: 'Planungswerkstatt Schulcampus West',
      description: 'Gemeinsam mit Schülerinnen und Schülern, Eltern und Lehrkräften entwickeln wir Ideen für Pausenhof, Mensa und Schulweg. Die Plätze sind begrenzt.',
      format: 'in-person', categories: ['Stadtentwicklung', 'Jugend'], district: 'West',
      location: PLACE.stadtteilzentrumWest, organizer: ORG.planning,
      registration: { url: `${BASE}planungswerkstatt-schulcampus-west/anmeldung`, deadline: t.at(t.week(0, MO), '12:00') },
      accessibility: ACCESS.stepFree,
    }),
    timed('klimaschutz-dialog-waermeplanung', t.week(0, TH), '18:30', '20:30', {
      title: 'Klimaschutz-Dialog: Wie heizt Musterstadt 2040?',
      description: 'Die kommunale Wärmeplanung zeigt, wo Fernwärme, Wärmepumpen und Nahwärmenetze sinnvoll sind. Stellen Sie Ihre Fragen im Chat.',
      format: 'online', onlineUrl: 'https://konferenz.musterstadt.example/waermeplanung',
      categories: ['Umwelt & Klima'], organizer: ORG.climate, accessibility: ACCESS.subtitles,
    }),
    timed('sprechstunde-buergerhaushalt', t.week(0, FR), '14:00', '16:00', {
      title: 'Offene Sprechstunde zum Bürgerhaushalt',
      description: 'Sie haben eine Idee, wissen aber nicht, wie Sie sie einreichen? Das Team der Kämmerei hilft vor Ort und per Video.',
      format: 'hybrid', onlineUrl: 'https://konferenz.musterstadt.example/buergerhaushalt',
      categories: ['Haushalt'], district: 'Innenstadt', location: PLACE.rathaus, organizer: ORG.budget,
    }),
    timed('stadtteilspaziergang-altstadt', t.week(0, SA), '10:00', '12:30', {
      title: 'Stadtteilspaziergang Altstadt: Wege ohne Barrieren',
      description: 'Wir gehen gemeinsam durch die Altstadt und notieren Stufen, enge Gehwege und fehlende Bordsteinabsenkungen. Treffpunkt ist der Brunnen am Kirchplatz.',
      format: 'in-person', categories: ['Soziales', 'Mobilität'], district: 'Altstadt',
      location: { name: 'Treffpunkt: Brunnen am Kirchplatz', address: 'Kirchplatz, 12345 Musterstadt' },
      organizer: ORG.participation, accessibility: ACCESS.walk,
    }),
  );

  // Earlier weeks.
  events.push(
    timed('info-hallenbad-sued', t.week(-1, TU), '18:30', '20:00', {
      title: 'Informationsabend: Sanierung des Hallenbads Süd',
      description: 'Die Stadtwerke erläutern Zeitplan und Varianten der Sanierung und zeigen, wo Schulen und Vereine während der Bauzeit schwimmen können.',
      format: 'in-person', categories: ['Soziales'], district: 'Süd', location: PLACE.grundschuleSued,
      organizer: 'Stadtwerke Musterstadt GmbH', accessibility: ACCESS.stepFree,
    }),
    timed('kinder-jugendsprechstunde', t.week(-1, TH), '15:00', '17:00', {
      title: 'Kinder- und Jugendsprechstunde im Rathaus',
      description: 'Kinder und Jugendliche können der Oberbürgermeisterin ohne Termin ihre Fragen und Wünsche vortragen.',
      format: 'in-person', categories: ['Jugend'], district: 'Innenstadt', location: PLACE.rathaus, organizer: ORG.youth,
    }),
    timed('buergerwerkstatt-gruenes-band', t.week(-1, SA), '10:00', '14:00', {
      title: 'Bürgerwerkstatt „Grünes Band Nord“',
      description: 'Entlang des alten Bahndamms soll ein Grünzug mit Rad- und Fußweg entstehen. In Kleingruppen sammeln wir Ideen für Aufenthaltsorte, Spiel und Natur.',
      format: 'in-person', categories: ['Umwelt & Klima', 'Stadtentwicklung'], district: 'Nord',
      location: PLACE.buergerhausNord, organizer: ORG.green, accessibility: ACCESS.stepFree,
    }),
    timed('info-fernwaerme-ost', t.week(-2, WE), '18:00', '19:30', {
      title: 'Informationsabend Fernwärmeausbau Ost',
      description: 'Welche Straßen werden wann angeschlossen, und was kostet der Anschluss? Die Stadtwerke beantworten Ihre Fragen.',
      format: 'in-person', categories: ['Umwelt & Klima'], district: 'Ost', location: PLACE.schuleOst,
      organizer: 'Stadtwerke Musterstadt GmbH',
    }),
    timed('auftakt-buergerhaushalt', t.week(-3, MO), '18:30', '20:30', {
      title: `Auftaktveranstaltung Bürgerhaushalt ${t.year + 1}`,
      description: 'Die Kämmerin erklärt, wie der Haushalt entsteht und wie Ihre Vorschläge in die Beratungen des Stadtrats einfließen.',
      format: 'hybrid', onlineUrl: 'https://stream.musterstadt.example/buergerhaushalt',
      categories: ['Haushalt'], district: 'Innenstadt', location: PLACE.festsaal, organizer: ORG.budget,
      accessibility: ACCESS.loop,
    }),
    allDay('stadtteilfest-hochschulviertel', t.week(-3, SA), t.week(-3, SA), {
      title: 'Stadtteilfest Hochschulviertel mit Beteiligungsstand',
      description: 'Am Stand der Stabsstelle Bürgerbeteiligung können Sie auf einem großen Stadtplan zeigen, was Ihnen im Viertel fehlt.',
      format: 'in-person', categories: ['Stadtentwicklung'], district: 'Hochschulviertel',
      location: { name: 'Campusplatz', address: 'Hochschulstraße, 12348 Musterstadt' }, organizer: ORG.participation,
    }),
    timed('info-neubaugebiet-westfeld', t.week(-4, TH), '18:00', '20:00', {
      title: 'Informationsabend: Neubaugebiet Westfeld',
      description: 'Vorstellung des städtebaulichen Rahmenplans für rund 400 Wohnungen mit Kita, Nahversorgung und Stadtbahnanschluss.',
      format: 'in-person', categories: ['Stadtentwicklung'], district: 'West', location: PLACE.stadtteilzentrumWest,
      organizer: ORG.planning, accessibility: ACCESS.loop,
    }),
  );

  // Coming weeks.
  events.push(
    timed('digitaler-stammtisch', t.week(1, MO), '19:00', '20:00', {
      title: 'Digitaler Stammtisch: Das neue Beteiligungsportal',
      description: 'Wir zeigen die neuen Funktionen des Beteiligungsportals und sammeln Ihre Rückmeldungen zur Bedienbarkeit.',
      format: 'online', onlineUrl: 'https://konferenz.musterstadt.example/stammtisch',
      categories: ['Digitales'], organizer: ORG.digital,
    }),
    timed('info-strassenbahn-linie-4', t.week(1, WE), '18:00', '20:00', {
      title: 'Informationsabend: Verlängerung der Straßenbahnlinie 4',
      description: 'Die Veranstaltung wird verschoben, weil das Verkehrsgutachten noch nicht vorliegt. Der neue Termin wird rechtzeitig bekannt gegeben.',
      format: 'in-person', categories: ['Mobilität'], district: 'Nord', location: PLACE.buergerhausNord,
      organizer: ORG.mobility, status: 'postponed',
    }),
    timed('jugendforum-skatepark', t.week(1, TH), '17:00', '19:00', {
      title: 'Jugendforum spezial: Skatepark im Südpark',
      description: 'Skaterinnen, BMX-Fahrer und alle Interessierten planen mit dem Grünflächenamt die neue Anlage im Südpark.',
      format: 'in-person', categories: ['Jugend', 'Umwelt & Klima'], district: 'Süd', location: PLACE.grundschuleSued,
      organizer: ORG.youth,
    }),
    timed('stadtteilspaziergang-nord-schulwege', t.week(1, SA), '10:30', '12:30', {
      title: 'Stadtteilspaziergang Nord: Sichere Schulwege',
      description: 'Der Spaziergang muss wegen der Sperrung des Nordrings leider entfallen. Hinweise zu gefährlichen Stellen nehmen wir weiterhin online entgegen.',
      format: 'in-person', categories: ['Mobilität', 'Jugend'], district: 'Nord',
      location: { name: 'Treffpunkt: Grundschule am Nordring', address: 'Nordring 12, 12347 Musterstadt' },
      organizer: ORG.mobility, status: 'cancelled',
    }),
    timed('klimaschutz-dialog-hitze', t.week(2, TU), '18:00', '20:00', {
      title: 'Klimaschutz-Dialog: Hitzeschutz im Quartier',
      description: 'Schattenplätze, Trinkbrunnen, kühle Räume: Was braucht Ihr Quartier im nächsten Sommer?',
      format: 'hybrid', onlineUrl: 'https://stream.musterstadt.example/hitzeschutz',
      categories: ['Umwelt & Klima', 'Soziales'], district: 'Ost', location: PLACE.schuleOst,
      organizer: ORG.climate, accessibility: { ...ACCESS.stepFree, ...ACCESS.sign },
    }),
    timed('lange-nacht-der-demokratie', t.week(2, FR), '22:00', '01:00', {
      title: 'Lange Nacht der Demokratie: Debattenclub',
      description: 'Zu später Stunde diskutieren Stadtratsmitglieder, Studierende und Gäste über die Frage: Wie viel Mitsprache verträgt eine Stadt? Eintritt frei.',
      format: 'in-person', categories: ['Soziales', 'Jugend'], district: 'Bahnhofsviertel', location: PLACE.kulturbahnhof,
      organizer: ORG.participation,
    }),
    timed('buergerwerkstatt-bahnhofsviertel', t.week(2, SA), '10:00', '16:00', {
      title: 'Bürgerwerkstatt Bahnhofsviertel',
      description: 'Wie soll sich das Bahnhofsviertel in den nächsten zehn Jahren entwickeln? In Workshops zu Wohnen, Grün und Verkehr arbeiten wir an einem gemeinsamen Leitbild. Für Mittagessen und Kinderbetreuung ist gesorgt.',
      format: 'in-person', categories: ['Stadtentwicklung'], district: 'Bahnhofsviertel', location: PLACE.kulturbahnhof,
      organizer: ORG.planning,
      registration: { url: `${BASE}buergerwerkstatt-bahnhofsviertel/anmeldung`, deadline: t.date(t.week(2, TU)) },
      accessibility: { ...ACCESS.loop, ...ACCESS.sign },
    }),
    timed('planungswerkstatt-radschnellweg', t.week(3, WE), '17:30', '20:30', {
      title: 'Planungswerkstatt Radschnellweg Musterstadt–Nachbarstadt',
      description: 'An Planausdrucken und auf einem Online-Whiteboard diskutieren wir drei mögliche Trassen für den Radschnellweg.',
      format: 'hybrid', onlineUrl: 'https://konferenz.musterstadt.example/radschnellweg',
      categories: ['Mobilität'], district: 'Hochschulviertel', location: PLACE.hochschule, organizer: ORG.mobility,
      registration: { url: `${BASE}planungswerkstatt-radschnellweg/anmeldung` },
      accessibility: ACCESS.loop,
    }),
    timed('spielplatz-muehlenweg', t.week(3, TH), '16:00', '17:30', {
      title: 'Ortsbegehung: Spielplatz Mühlenweg',
      description: 'Kinder und Eltern zeigen uns vor Ort, was auf dem Spielplatz fehlt. Die Ergebnisse fließen direkt in die Ausschreibung ein.',
      format: 'in-person', categories: ['Jugend', 'Umwelt & Klima'], district: 'Süd',
      location: { name: 'Spielplatz Mühlenweg', address: 'Mühlenweg 9, 12350 Musterstadt' }, organizer: ORG.green,
    }),
    timed('workshop-haltestellen', t.week(4, MO), '17:00', '19:00', {
      title: 'Workshop: Barrierefreie Haltestellen',
      description: 'Welche Bus- und Bahnhaltestellen sollen zuerst umgebaut werden? Menschen mit Behinderungen und ihre Verbände sind besonders eingeladen.',
      format: 'in-person', categories: ['Mobilität', 'Soziales'], district: 'Innenstadt', location: PLACE.festsaal,
      organizer: ORG.mobility, accessibility: { ...ACCESS.loop, ...ACCESS.sign },
    }),
    timed('ideenwettbewerb-abschluss', t.week(6, TU), '18:00', '20:00', {
      title: 'Ideenwettbewerb „Unser Stadtplatz“: Preisverleihung',
      description: 'Die Jury stellt die ausgewählten Ideen vor und verleiht die Preise. Alle Einsendungen sind im Foyer ausgestellt.',
      format: 'in-person', categories: ['Stadtentwicklung'], district: 'Innenstadt', location: PLACE.festsaal,
      organizer: ORG.participation, accessibility: ACCESS.loop,
    }),
    timed('ergebnisse-umfrage-mobilitaet', t.week(5, TH), '18:00', '19:30', {
      title: 'Ergebnisse der Mobilitätsumfrage',
      description: 'Das Amt für Mobilität stellt die Ergebnisse der Online-Umfrage vor und erläutert, wie sie in den Mobilitätsplan einfließen.',
      format: 'online', onlineUrl: 'https://stream.musterstadt.example/mobilitaet-2030',
      categories: ['Mobilität', 'Digitales'], organizer: ORG.mobility, accessibility: ACCESS.subtitles,
    }),
  );

  return events;
}

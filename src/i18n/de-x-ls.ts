import type { Messages, StaticListMessages } from './messages.js';

/**
 * Leichte Sprache: German for people who find reading hard (BITV 2.0 § 4).
 * The tag `de-x-ls` is German with a private-use part: no registry has a subtag
 * for Leichte Sprache, and the primary tag `de` keeps what German gives a page
 * (the German voice of screen readers, German hyphenation, German names of days).
 *
 * Written after the rules of Leichte Sprache, some of them checked by
 * test/unit/i18n/easy-german.test.ts: one statement per sentence, short
 * sentences, no abbreviations, active voice, few negations, long words split
 * with a medio-point (Bürger·beteiligung: screen readers read the word whole),
 * dates written out ("Mittwoch, 18. November 2026"), numbers as digits.
 */
const termine = (n: number) => (n === 1 ? '1 Termin' : `${n} Termine`);

export const deXLs: Messages = {
  intl: 'de-DE',
  tag: 'de-x-ls',
  dates: {
    monthYear: (d) => `${d.month} ${d.year}`,
    fullDate: (d) => `${d.weekday}, ${d.day}. ${d.month} ${d.year}`,
    // No short month names: "Nov." is an abbreviation.
    shortDate: (d) => `${d.day}. ${d.month}`,
    dayMonth: (d) => `${d.day}. ${d.month}`,
    numeric: (d) => `${String(d.day).padStart(2, '0')}.${String(d.monthNumber).padStart(2, '0')}.${d.year}`,
  },
  calendarLabel: 'Kalender für Bürger·beteiligung',
  toolbar: {
    label: 'Im Kalender blättern',
    previous: 'Monat davor',
    next: 'Monat danach',
    today: 'Heute',
    viewSwitch: 'Ansicht',
    month: 'Monat',
    list: 'Liste',
  },
  formats: { 'in-person': 'Vor Ort', online: 'Im Internet', hybrid: 'Vor Ort oder im Internet' },
  statuses: { cancelled: 'Fällt aus', postponed: 'Neuer Termin kommt' },
  clock: (time) => `um ${time} Uhr`,
  clockRange: (from, to) => `von ${from} Uhr bis ${to} Uhr`,
  allDay: 'den ganzen Tag',
  until: (date) => `bis ${date}`,
  endsOn: (date, time) => `Ende: ${date} um ${time} Uhr`,
  incomplete: {
    notice: (n) => (n === 1 ? '1 Termin fehlt hier. Die Termin·datei hat an dieser Stelle einen Fehler.' : `${n} Termine fehlen hier. Die Termin·datei hat an diesen Stellen Fehler.`),
    reasons: 'Die Gründe für die Redaktion. Die Gründe sind auf Englisch.',
  },
  skipToCalendar: 'Zum Kalender',
  month: {
    cellLabel: (date, events, phases) =>
      `${date}: ${events ? termine(events) : phases ? '' : 'keine Termine'}${events && phases ? ', ' : ''}${
        phases ? (phases === 1 ? '1 Zeit zum Mitmachen' : `${phases} Zeiten zum Mitmachen`) : ''}`,
    keysHint: 'Drücken Sie die Eingabe·taste. Dann kommen Sie zu den Terminen vom Tag. Mit den Pfeil·tasten gehen Sie von Termin zu Termin. Mit Escape kommen Sie zurück zum Tag.',
    compactKeysHint: 'Drücken Sie die Eingabe·taste. Dann kommen Sie zu den Terminen vom Tag.',
    phase: (until, left) => `Zeit zum Mitmachen bis ${until}${left ? `, ${left}` : ''}`,
  },
  more: (n) => (n === 1 ? '1 weiterer Termin' : `${n} weitere Termine`),
  moreContext: (date) => `am ${date}`,
  fewer: 'Weniger zeigen',
  eventsOn: (date) => `Termine am ${date}`,
  noEventsOnDay: 'An diesem Tag gibt es keine Termine.',
  runningPhases: 'Jetzt können Sie mitmachen',
  periodAnnouncement: (period, n) => `${period}: ${n === 0 ? 'keine Termine' : termine(n)}`,
  loading: 'Die Termine kommen gleich.',
  retry: 'Noch einmal versuchen',
  errors: {
    network: 'Die Termine sind nicht da. Die Verbindung zum Internet hat ein Problem.',
    cors: 'Die Termine sind nicht da. Der Server erlaubt das Lesen nicht. Oder der Server ist nicht da.',
    timeout: 'Die Termine sind nicht da. Der Server antwortet zu langsam.',
    http: 'Die Termine sind nicht da. Der Server meldet einen Fehler.',
    httpStatus: (status) =>
      status === 404
        ? 'Die Termine sind nicht da. Der Server findet die Termin·datei nicht. Fehler 404.'
        : `Die Termine sind nicht da. Der Server meldet einen Fehler. Fehler ${status}.`,
    'not-json': 'Die Termine sind nicht da. Die Termin·datei ist kaputt.',
    html: 'Die Termine sind nicht da. Statt der Termine kam eine Internet·seite.',
    shape: 'Die Termine sind nicht da. Die Termin·datei hat eine falsche Form.',
    aborted: 'Das Laden hat aufgehört.',
    chunk: (file) => `Eine Datei vom Kalender fehlt: ${file}. Bitte kopieren Sie den ganzen Ordner dist.`,
    file: 'Der Kalender braucht einen Web·server. Die Seite ist als Datei geöffnet.',
  },
  sources: {
    source: 'Quelle',
    missing: (names) => `Diese Termine fehlen: ${names}.`,
    pending: (names) => `Diese Termine kommen noch: ${names}.`,
    joined: 'Es sind mehr Termine da.',
  },
  emptyMonth: (month) => `Im ${month} gibt es keine Termine zum Mitmachen.`,
  nextEventsIn: (month) => `Zu den Terminen im ${month}`,
  noUpcomingEvents: 'Später gibt es im Moment keine Termine.',
  noUpcomingLoaded: 'In den Monaten hier gibt es später keine Termine.',
  filters: {
    toggle: 'Termine aussuchen',
    toggleActive: (n) => `Termine aussuchen: ${n} Sachen gewählt`,
    heading: 'Termine aussuchen',
    search: 'Suchen',
    searchHint: 'Schreiben Sie ein Wort. Zum Beispiel ein Thema oder einen Ort.',
    categories: 'Themen',
    districts: 'Stadt·teile',
    formats: 'So machen Sie mit',
    sources: 'Aus welchem Kalender?',
    dates: 'Zeit',
    from: 'Ab',
    to: 'Bis',
    optionCount: (n) => `(${n})`,
    active: 'Das haben Sie gewählt',
    removeChip: 'Wahl löschen:',
    reset: 'Alles löschen',
    searchChip: (text) => `„${text}“`,
    fromChip: (date) => `ab ${date}`,
    toChip: (date) => `bis ${date}`,
    results: (n) => (n === 0 ? 'Wir haben keine Termine gefunden.' : n === 1 ? 'Wir haben 1 Termin gefunden.' : `Wir haben ${n} Termine gefunden.`),
    datePlaceholder: '24.12.2026',
    dateInvalid: 'Schreiben Sie ein Datum. Zum Beispiel: 24.12.2026',
    showResults: (n) => (n === 1 ? '1 Termin zeigen' : `${n} Termine zeigen`),
    close: 'Schließen',
    unavailable: 'gibt es gerade nicht',
    noResults: (period) => `Im ${period} passt kein Termin zu Ihrer Wahl.`,
  },
  participate: {
    addToCalendar: 'In meinen Kalender',
    addAllToCalendar: (n) => (n === 1 ? 'Diesen Termin in meinen Kalender' : `Diese ${n} Termine in meinen Kalender`),
    subscribe: 'Abonnieren',
    subscribeHint: 'Sie können den Kalender abonnieren. Dann haben Sie alle Termine in Ihrem Kalender auf dem Handy oder Computer. Neue Termine kommen von selbst dazu.',
    subscribeAddress: 'Adresse zum Abonnieren',
    copy: 'Adresse kopieren',
    copied: 'Die Adresse ist kopiert.',
    runningNow: 'Jetzt mitmachen',
    endsToday: 'Ende: heute',
    endsTomorrow: 'Ende: morgen',
    daysLeft: (n) => `noch ${n} Tage`,
    deadline: (date, left) => `Anmelden bis ${date} (${left})`,
    deadlinePassed: (date) => `Anmelden ging bis ${date}.`,
  },
  access: {
    heading: 'Barriere·freiheit und Hilfen',
    facts: {
      'step-free': 'Ohne Stufen',
      'accessible-toilet': 'Toilette für Rollstuhl·fahrer',
      'hearing-loop': 'Hör·anlage',
      'sign-language': 'Gebärden·sprache',
      'sign-language-on-request': 'Gebärden·sprache: bitte fragen',
      'speech-to-text': 'Schrift·dolmetscher',
      'easy-language': 'Leichte Sprache',
      childcare: 'Kinder·betreuung',
      'childcare-registration': 'Kinder·betreuung: bitte anmelden',
    },
    signLanguageBy: (date, left) => `Gebärden·sprache: bitte fragen bis ${date} (${left})`,
    signLanguageByPassed: (date) => `Gebärden·sprache: Fragen ging bis ${date}.`,
    languages: 'Sprachen',
    audience: 'Für wen',
    inLanguage: (name) => `Sprache: ${name}`,
    forAudience: (audience) => `Für ${audience}`,
    allOf: 'Sie sehen Termine mit allem, was Sie wählen.',
    easyGerman: 'Leichte Sprache',
  },
  details: {
    close: 'Schließen',
    when: 'Wann',
    where: 'Wo',
    format: 'So machen Sie mit',
    onlineAccess: 'Im Internet mitmachen',
    district: 'Stadt·teil',
    categories: 'Themen',
    organizer: 'Wer lädt ein',
    accessibility: 'Mehr zur Barriere·freiheit',
    registration: 'Anmelden',
    registrationLink: 'Zum Anmelden',
    moreInfo: 'Mehr Informationen',
    repeats: 'Diesen Termin gibt es öfter',
    cancelledNotice: 'Dieser Termin fällt aus.',
    postponedNotice: 'Dieser Termin ist an einem anderen Tag. Den neuen Tag sagen wir bald.',
  },
};

export const staticList: StaticListMessages = {
  heading: 'Termine für Bürger·beteiligung',
  none: 'In dieser Zeit gibt es keine Termine.',
};

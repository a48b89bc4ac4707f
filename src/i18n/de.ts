import type { CheckMessages, FindingText } from './check-messages.js';
import type { ConfiguratorMessages } from './configurator-messages.js';
import type { Messages, StaticListMessages } from './messages.js';

const two = (n: number) => String(n).padStart(2, '0');
const termine = (n: number) => (n === 1 ? '1 Termin' : `${n} Termine`);

export const de: Messages = {
  intl: 'de-DE',
  tag: 'de',
  dates: {
    monthYear: (d) => `${d.month} ${d.year}`,
    fullDate: (d) => `${d.weekday}, ${d.day}. ${d.month} ${d.year}`,
    shortDate: (d) => `${d.day}. ${d.monthShort}`,
    dayMonth: (d) => `${d.day}. ${d.month}`,
    numeric: (d) => `${two(d.day)}.${two(d.monthNumber)}.${d.year}`,
  },
  calendarLabel: 'Beteiligungskalender',
  toolbar: {
    label: 'Kalendernavigation',
    previous: 'Vorheriger Monat',
    next: 'Nächster Monat',
    today: 'Heute',
    viewSwitch: 'Ansicht',
    month: 'Monat',
    list: 'Liste',
  },
  formats: { 'in-person': 'Vor Ort', online: 'Online', hybrid: 'Hybrid' },
  statuses: { cancelled: 'Abgesagt', postponed: 'Verschoben' },
  clock: (time) => `${time} Uhr`,
  clockRange: (from, to) => `${from}–${to} Uhr`,
  allDay: 'ganztägig',
  until: (date) => `bis ${date}`,
  endsOn: (date, time) => `endet am ${date} um ${time} Uhr`,
  incomplete: {
    notice: (n) => (n === 1 ? '1 Termin aus der Termindatei konnte nicht angezeigt werden.' : `${n} Termine aus der Termindatei konnten nicht angezeigt werden.`),
    reasons: 'Die Gründe, für die Redaktion der Termindatei (auf Englisch):',
  },
  skipToCalendar: 'Zum Kalender',
  month: {
    cellLabel: (date, events, phases) => `${date}: ${events || !phases ? (events ? termine(events) : 'keine Termine') : ''}${events && phases ? ', ' : ''}${
      phases ? (phases === 1 ? '1 Beteiligungsphase' : `${phases} Beteiligungsphasen`) : ''}`,
    keysHint: 'Mit der Eingabetaste zu den Terminen des Tages, mit den Pfeiltasten nach oben und unten durch sie, mit Escape zurück zum Tag.',
    compactKeysHint: 'Mit der Eingabetaste zu den Terminen des Tages unter dem Kalender.',
    phase: (until, left) => `Beteiligungsphase bis ${until}${left ? `, ${left}` : ''}`,
  },
  more: (n) => `+${n} weitere`,
  moreContext: (date) => `Termine am ${date}`,
  fewer: 'Weniger anzeigen',
  eventsOn: (date) => `Termine am ${date}`,
  noEventsOnDay: 'An diesem Tag gibt es keine Termine.',
  runningPhases: 'Laufende Beteiligungsphasen',
  periodAnnouncement: (period, n) => `${period}: ${n === 0 ? 'keine Termine' : termine(n)}`,
  loading: 'Termine werden geladen …',
  retry: 'Erneut versuchen',
  errors: {
    network: 'Die Termine konnten nicht geladen werden: Die Verbindung zum Server ist fehlgeschlagen.',
    cors: 'Die Termine konnten nicht geladen werden: Der Server, auf dem sie liegen, erlaubt anderen Seiten wohl nicht, sie zu lesen (CORS), oder er ist nicht erreichbar.',
    timeout: 'Die Termine konnten nicht geladen werden: Der Server hat nicht rechtzeitig geantwortet.',
    http: 'Die Termine konnten nicht geladen werden: Der Server hat einen Fehler gemeldet.',
    httpStatus: (status) =>
      status === 404
        ? 'Die Termine konnten nicht geladen werden: Die Termindatei wurde nicht gefunden (Fehler 404).'
        : `Die Termine konnten nicht geladen werden: Der Server hat einen Fehler gemeldet (Fehler ${status}).`,
    'not-json': 'Die Termine konnten nicht angezeigt werden: Die Termindatei ist beschädigt.',
    html: 'Die Termine konnten nicht angezeigt werden: Statt der Termine kam eine Webseite zurück.',
    shape: 'Die Termine konnten nicht angezeigt werden: Die Termindatei hat nicht das erwartete Format.',
    chunk: (file) => `Eine Programmdatei des Kalenders fehlt: ${file}; kopieren Sie den ganzen Ordner dist/.`,
    file: 'Der Kalender braucht einen Webserver: Diese Seite ist als Datei (file://) geöffnet.',
    aborted: 'Das Laden der Termine wurde abgebrochen.',
  },
  sources: {
    source: 'Quelle',
    missing: (names) => `Es fehlen Termine von: ${names}.`,
    pending: (names) => `Noch unterwegs: Termine von ${names}.`,
    joined: 'Weitere Termine sind dazugekommen.',
  },
  emptyMonth: (month) => `Im ${month} gibt es keine Beteiligungstermine.`,
  nextEventsIn: (month) => `Zu den Terminen im ${month}`,
  noUpcomingEvents: 'Danach sind keine weiteren Termine angekündigt.',
  noUpcomingLoaded: 'In den geladenen Monaten sind danach keine Termine angekündigt.',
  filters: {
    toggle: 'Filter',
    toggleActive: (n) => `Filter (${n} aktiv)`,
    heading: 'Beteiligungsmöglichkeiten filtern',
    search: 'Suche',
    searchHint: 'Titel, Beschreibung, Ort oder Veranstalter',
    categories: 'Themen',
    districts: 'Stadtteile',
    formats: 'Teilnahme',
    sources: 'Quelle',
    dates: 'Zeitraum',
    from: 'Von',
    to: 'Bis',
    optionCount: (n) => `(${n})`,
    active: 'Aktive Filter',
    removeChip: 'Filter entfernen:',
    reset: 'Alle Filter zurücksetzen',
    searchChip: (text) => `„${text}“`,
    fromChip: (date) => `ab ${date}`,
    toChip: (date) => `bis ${date}`,
    results: (n) =>
      n === 0 ? 'Keine Beteiligungsmöglichkeiten gefunden' : n === 1 ? '1 Beteiligungsmöglichkeit gefunden' : `${n} Beteiligungsmöglichkeiten gefunden`,
    datePlaceholder: 'TT.MM.JJJJ',
    dateInvalid: 'Bitte als Datum eingeben, zum Beispiel 24.12.2026.',
    showResults: (n) => (n === 1 ? '1 Ergebnis anzeigen' : `${n} Ergebnisse anzeigen`),
    close: 'Filter schließen',
    unavailable: 'nicht wählbar',
    noResults: (period) => `Für diese Filter gibt es im ${period} keine Beteiligungsmöglichkeiten.`,
  },
  participate: {
    addToCalendar: 'In meinen Kalender',
    addAllToCalendar: (n) => (n === 1 ? 'Den angezeigten Termin in meinen Kalender' : `Alle ${n} angezeigten Termine in meinen Kalender`),
    subscribe: 'Abonnieren',
    subscribeHint: 'Abonnieren Sie den Kalender, dann erscheinen alle Termine in Ihrer Kalender-App und bleiben dort aktuell.',
    subscribeAddress: 'Adresse zum Abonnieren',
    copy: 'Adresse kopieren',
    copied: 'Adresse kopiert',
    runningNow: 'Jetzt mitmachen',
    endsToday: 'endet heute',
    endsTomorrow: 'endet morgen',
    daysLeft: (n) => `noch ${n} Tage`,
    deadline: (date, left) => `Anmeldung bis ${date} (${left})`,
    deadlinePassed: (date) => `Anmeldeschluss war am ${date}`,
  },
  access: {
    heading: 'Barrierefreiheit und Teilhabe',
    facts: {
      'step-free': 'Stufenlos erreichbar',
      'accessible-toilet': 'Barrierefreies WC',
      'hearing-loop': 'Höranlage',
      'sign-language': 'Gebärdensprache',
      'sign-language-on-request': 'Gebärdensprache auf Anfrage',
      'speech-to-text': 'Schriftdolmetschung',
      'easy-language': 'Leichte Sprache',
      childcare: 'Kinderbetreuung',
      'childcare-registration': 'Kinderbetreuung mit Anmeldung',
    },
    signLanguageBy: (date, left) => `Gebärdensprache auf Anfrage bis ${date} (${left})`,
    signLanguageByPassed: (date) => `Gebärdensprache: Anfragen waren bis ${date} möglich`,
    languages: 'Sprachen',
    audience: 'Für wen',
    inLanguage: (name) => `Auf ${name}`,
    forAudience: (audience) => `Für ${audience}`,
    allOf: 'Zeigt Termine, auf die alles Gewählte zutrifft.',
    easyGerman: 'Leichte Sprache',
  },
  details: {
    close: 'Schließen',
    when: 'Wann',
    where: 'Wo',
    format: 'Teilnahme',
    onlineAccess: 'Online teilnehmen',
    district: 'Stadtteil',
    categories: 'Themen',
    organizer: 'Veranstalter',
    accessibility: 'Hinweise zur Barrierefreiheit',
    registration: 'Anmeldung',
    registrationLink: 'Zur Anmeldung',
    moreInfo: 'Weitere Informationen',
    repeats: 'Regelmäßiger Termin',
    cancelledNotice: 'Dieser Termin ist abgesagt.',
    postponedNotice: 'Dieser Termin ist verschoben. Der neue Termin wird noch bekannt gegeben.',
  },
};

export const staticList: StaticListMessages = {
  heading: 'Termine der Bürgerbeteiligung',
  none: 'In diesem Zeitraum sind keine Termine angekündigt.',
};

const wird = (n: number) => (n === 1 ? 'wird' : 'werden');
/** A finding about events that are not shown at all. */
const skipped = (what: string, advice: string): FindingText => ({
  title: ({ count }) => `${termine(count)} ${what} ${wird(count)} nicht angezeigt`,
  meaning: ({ count }) => (count === 1 ? 'Dieser Termin fehlt im Kalender.' : 'Diese Termine fehlen im Kalender.'),
  advice: () => advice,
});
const EMPTY = 'Der Kalender bliebe leer und zeigte nur eine Fehlermeldung.';
const SEE_DETAIL = 'Die technische Angabe beim Termin nennt Feld und Grund.';

/** The feed check's words (configurator and `participation-calendar check`): not in the widget's bundle. */
export const check: CheckMessages = {
  severity: { error: 'Fehler', warning: 'Warnung', notice: 'Hinweis' },
  source: (source) => `Termindatei: ${source}`,
  summary: (total, usable, upcoming, months) =>
    `${termine(total)} in der Datei, ${usable === total ? (total === 1 ? 'er kann' : 'alle können') : `${usable} davon ${usable === 1 ? 'kann' : 'können'}`} angezeigt werden. `
    + `In den nächsten ${months} Monaten: ${upcoming === 0 ? 'keine Termine' : termine(upcoming)}.`,
  verdict: {
    ok: 'Alles in Ordnung: Der Kalender kann die Termine zeigen.',
    fix: 'Der Kalender kann Termine zeigen, aber einiges sollte korrigiert werden.',
    empty: 'Der Kalender bliebe leer. Beheben Sie die Fehler, bevor Sie ihn einbinden.',
  },
  labels: { meaning: 'Für Bürgerinnen und Bürger', advice: 'Was Sie tun können', items: 'Betroffen' },
  item: (title, id, position) =>
    title !== undefined ? `„${title}“${id === undefined ? '' : ` (id ${id})`}` : id !== undefined ? `Termin mit der id ${id}` : `Eintrag ${position ?? '?'} der Datei`,
  starts: (date, time) => (time === undefined ? `ganztägig am ${date}` : `beginnt am ${date} um ${time} Uhr`),
  more: (n) => `… und ${n} weitere`,
  findings: {
    'missing-file': {
      title: ({ count, file }) => (count === 1 ? `Eine Programmdatei des Kalenders fehlt: ${file}` : `${count} Programmdateien des Kalenders fehlen, zum Beispiel ${file}`),
      meaning: () => 'Der Kalender startet auf der Seite nicht richtig: Statt der Termine erscheint eine Fehlermeldung.',
      advice: () => 'Kopieren Sie den ganzen Ordner dist/ mit allen Unterordnern (auch chunks/) auf den Webserver, nicht nur einzelne Dateien.',
    },
    unreachable: {
      title: () => 'Die Termindatei ist nicht erreichbar',
      meaning: () => EMPTY,
      advice: ({ host }) => `Prüfen Sie die Adresse auf Tippfehler und ob der Server${host ? ` ${host}` : ''} erreichbar ist.`,
    },
    cors: {
      title: ({ host }) => `Der Server ${host} erlaubt anderen Websites nicht, die Termindatei zu lesen`,
      meaning: ({ origin }) => `Auf Seiten unter ${origin} bliebe der Kalender leer: Der Browser gibt die Termine nicht heraus, weil der Server es nicht erlaubt (CORS).`,
      advice: ({ host, origin }) => `Bitten Sie die Administration des Servers ${host}, mit der Termindatei den HTTP-Header „Access-Control-Allow-Origin: ${origin}“ zu senden `
        + '(oder „Access-Control-Allow-Origin: *“, wenn jede Website die Termine zeigen darf). Oder legen Sie die Termindatei auf denselben Server wie die Seite.',
    },
    timeout: {
      title: () => 'Der Server antwortet zu langsam',
      meaning: () => 'Kommt die Termindatei nicht rechtzeitig an, sehen Besucherinnen und Besucher eine Fehlermeldung statt der Termine.',
      advice: () => 'Bitten Sie die Administration des Servers, die Termindatei schneller auszuliefern, zum Beispiel als fertige Datei statt bei jedem Abruf neu erzeugt.',
    },
    http: {
      title: ({ status }) => (status === 404 ? 'Die Termindatei wurde nicht gefunden (Fehler 404)' : `Der Server meldet einen Fehler (Fehler ${status ?? '?'})`),
      meaning: () => EMPTY,
      advice: ({ status }) => (status === 404 ? 'Prüfen Sie die Adresse: Meist ist sie falsch geschrieben oder die Datei wurde verschoben.'
        : status === 401 || status === 403 ? 'Die Termindatei ist geschützt. Sie muss ohne Anmeldung abrufbar sein.'
          : 'Bitten Sie die Administration des Servers, den Fehler zu beheben, und prüfen Sie später noch einmal.'),
    },
    html: {
      title: () => 'Statt der Termine kommt eine Webseite zurück',
      meaning: () => EMPTY,
      advice: () => 'Meist ist das die Adresse einer Seite statt der Datei, eine Anmeldeseite oder eine Fehlerseite. Tragen Sie die Adresse der Termindatei selbst ein (sie endet oft auf .json oder .ics).',
    },
    'not-a-feed': {
      title: () => 'Die Termindatei ist beschädigt',
      meaning: () => EMPTY,
      advice: () => 'Sie ist weder gültiges JSON noch iCalendar (.ics). Die technische Angabe nennt die Stelle; oft fehlt ein Komma oder eine Klammer, oder die Datei wurde nur zum Teil geschrieben.',
    },
    shape: {
      title: () => 'Die Termindatei hat nicht das erwartete Format',
      meaning: () => EMPTY,
      advice: () => 'Erwartet wird eine Liste von Terminen oder ein Objekt mit der Liste „events“, wie im JSON-Schema schema/participation-feed.schema.json des Pakets beschrieben.',
    },
    empty: {
      title: () => 'Die Termindatei enthält keine Termine',
      meaning: () => 'Der Kalender bliebe leer.',
      advice: () => 'Prüfen Sie, ob der Export im CMS oder im Kalenderprogramm die richtigen Termine auswählt.',
    },
    'none-usable': {
      title: ({ count }) => (count === 1 ? 'Der einzige Termin der Datei kann nicht angezeigt werden' : `Keiner der ${count} Termine kann angezeigt werden`),
      meaning: () => 'Der Kalender bliebe leer. Warum, steht bei den Punkten darunter.',
      advice: () => 'Beheben Sie die Fehler darunter in der Termindatei; meist haben alle Termine denselben.',
    },
    'duplicate-id': {
      title: ({ count }) => `${termine(count)} mit einer schon vergebenen id ${wird(count)} nicht angezeigt`,
      meaning: () => 'Von Terminen mit derselben id zeigt der Kalender nur den ersten; die anderen fehlen.',
      advice: () => 'Geben Sie jedem Termin eine eigene, dauerhafte id. Sie ist auch die Kennung in Kalenderdateien: Ändert sie sich, erscheinen Termine dort doppelt.',
    },
    'skipped-id': skipped('ohne gültige id', 'Jeder Termin braucht eine id: einen Text oder eine Zahl, die in der Datei nur einmal vorkommt.'),
    'skipped-title': skipped('ohne Titel', 'Geben Sie jedem Termin einen Titel (title).'),
    'skipped-start': skipped('mit fehlendem oder ungültigem Beginn',
      'Schreiben Sie den Beginn (start) als Datum mit Uhrzeit, zum Beispiel 2026-11-10T18:00:00+01:00, oder als Datum 2026-11-10 für ganztägige Termine.'),
    'skipped-end': skipped('mit unpassendem Ende',
      'Das Ende (end) darf nicht vor dem Beginn liegen; Beginn und Ende sind beide Datum (ganztägig) oder beide Datum mit Uhrzeit.'),
    'skipped-rule': {
      title: ({ count }) => (count === 1 ? 'Ein regelmäßiger Termin (Serie) wird nicht angezeigt' : `${count} regelmäßige Termine (Serien) werden nicht angezeigt`),
      meaning: ({ count }) => (count === 1 ? 'Die ganze Serie fehlt im Kalender.' : 'Diese Serien fehlen ganz im Kalender.'),
      advice: () => 'Die Wiederholungsregel (rrule) ist fehlerhaft oder ergibt nie einen Termin; die technische Angabe nennt den Grund. Ein Beispiel einer gültigen Regel: FREQ=WEEKLY;BYDAY=TU;COUNT=10.',
    },
    'skipped-entry': {
      title: ({ count }) => (count === 1 ? 'Ein Eintrag der Datei ist kein lesbarer Termin' : `${count} Einträge der Datei sind keine lesbaren Termine`),
      meaning: ({ count }) => (count === 1 ? 'Er fehlt im Kalender.' : 'Sie fehlen im Kalender.'),
      advice: () => `${SEE_DETAIL} Oft ist ein Eintrag leer oder im Kalenderprogramm unvollständig.`,
    },
    'skipped-other': skipped('aus anderen Gründen', SEE_DETAIL),
    'all-past': {
      title: ({ date }) => `Alle Termine liegen in der Vergangenheit${date ? `; der letzte war am ${date}` : ''}`,
      meaning: () => 'Besucherinnen und Besucher sehen im aktuellen Monat keine Termine, nur den Hinweis, dass keine weiteren angekündigt sind.',
      advice: () => 'Prüfen Sie, ob die Termindatei noch aktualisiert wird, etwa ob ein nächtlicher Export abgebrochen ist.',
    },
    'none-upcoming': {
      title: ({ months }) => `In den nächsten ${months} Monaten gibt es keine Termine`,
      meaning: ({ date }) => `Der nächste Termin ist am ${date}. Bis dahin sehen Besucherinnen und Besucher leere Monate, mit einem Knopf zum nächsten Termin.`,
      advice: () => 'Wenn das nicht stimmt, fehlen Termine in der Datei: Prüfen Sie den Export.',
    },
    'night-times': {
      title: ({ count }) => `${termine(count)} ${count === 1 ? 'beginnt' : 'beginnen'} mitten in der Nacht (zwischen 23 und 5 Uhr)`,
      meaning: () => 'Das sieht nach einer falschen Zeitzone aus. Dann sehen Besucherinnen und Besucher falsche Uhrzeiten, oft auch den falschen Tag.',
      advice: ({ zone }) => `Schreiben Sie Uhrzeiten mit der Abweichung, die in ${zone} gilt (zum Beispiel 2026-11-10T18:00:00+01:00), oder ohne Abweichung als Ortszeit (2026-11-10T18:00). `
        + 'Ganztägige Termine bekommen nur ein Datum (2026-11-10), keine Uhrzeit 00:00.',
    },
    'unknown-timezone': {
      title: ({ zone }) => `Die Zeitzone ${zone === undefined ? '' : `„${zone}“ `}ist unbekannt`,
      meaning: () => 'Der Kalender rechnet deshalb mit Europe/Berlin. Gilt eine andere Zeitzone, stimmen die Uhrzeiten nicht.',
      advice: () => 'Schreiben Sie die Zeitzone (timezone) als IANA-Namen, zum Beispiel Europe/Berlin.',
    },
    'unknown-status': {
      title: ({ count }) => `Bei ${count === 1 ? 'einem Termin' : `${count} Terminen`} ist der Status unbekannt`,
      meaning: ({ count }) => (count === 1 ? 'Er erscheint als stattfindend, auch wenn er abgesagt oder verschoben sein sollte.'
        : 'Sie erscheinen als stattfindend, auch wenn sie abgesagt oder verschoben sein sollten.'),
      advice: () => 'Erlaubt sind für status: scheduled (findet statt), cancelled (abgesagt) und postponed (verschoben).',
    },
    'exdates-ignored': {
      title: ({ count }) => (count === 1 ? 'Eine Ausnahme (exdates) wird nicht berücksichtigt' : `${count} Ausnahmen (exdates) werden nicht berücksichtigt`),
      meaning: () => 'Die Serie erscheint auch an Tagen, an denen sie ausfällt.',
      advice: () => 'Ausnahmen gelten nur für Termine mit Wiederholungsregel (rrule) und sind eine Liste von Daten, zum Beispiel ["2026-12-22"].',
    },
    'unknown-format': {
      title: ({ count }) => `Bei ${count === 1 ? 'einem Termin' : `${count} Terminen`} ist die Teilnahmeform unbekannt`,
      meaning: ({ count }) => `${count === 1 ? 'Er steht' : 'Sie stehen'} ohne „Vor Ort“, „Online“ oder „Hybrid“ im Kalender und ${count === 1 ? 'fehlt' : 'fehlen'}, wenn jemand nach der Teilnahmeform filtert.`,
      advice: () => 'Erlaubt sind für format: in-person (vor Ort), online und hybrid.',
    },
    'unsafe-link': {
      title: ({ count }) => (count === 1 ? 'Ein Link wurde entfernt, weil er unsicher oder ungültig ist' : `${count} Links wurden entfernt, weil sie unsicher oder ungültig sind`),
      meaning: ({ count }) => `Besucherinnen und Besucher sehen ${count === 1 ? 'diesen Link' : 'diese Links'} nicht, etwa zur Anmeldung oder zur Online-Teilnahme.`,
      advice: () => 'Links müssen vollständige Adressen mit https:// (oder http://, mailto:, tel:) sein. Adressen mit javascript: oder data: entfernt der Kalender immer.',
    },
    'missing-end': {
      title: ({ count }) => `Bei ${count === 1 ? 'einem Termin' : `${count} Terminen`} fehlt das Ende`,
      meaning: ({ count }) => (count === 1 ? 'Besucherinnen und Besucher sehen nur die Anfangszeit und wissen nicht, wie lange er dauert; in ihre Kalender-App kommt er ohne Dauer.'
        : 'Besucherinnen und Besucher sehen nur die Anfangszeit und wissen nicht, wie lange sie dauern; in ihre Kalender-App kommen sie ohne Dauer.'),
      advice: () => 'Geben Sie bei jedem Termin mit Uhrzeit auch das Ende (end) an.',
    },
    'cors-limited': {
      title: ({ origin }) => `Nur Seiten unter ${origin} können die Termine zeigen`,
      meaning: ({ host }) => `Der Server ${host} erlaubt anderen Websites nicht, die Termindatei zu lesen. Auf Seiten anderer Adressen bliebe der Kalender leer.`,
      advice: ({ host }) => `Soll der Kalender auch auf anderen Websites erscheinen, bitten Sie die Administration von ${host}, mit der Termindatei den HTTP-Header „Access-Control-Allow-Origin: *“ zu senden.`,
    },
    'dropped-field': {
      title: ({ count }) => `${count === 1 ? 'Eine Angabe wurde' : `${count} Angaben wurden`} weggelassen`,
      meaning: () => 'Die Termine erscheinen, aber ohne diese Angaben (etwa Beschreibung, Ort oder Themen).',
      advice: () => `${SEE_DETAIL} Meist hat sie den falschen Typ, etwa Text statt Liste.`,
    },
  },
};

/** The configurator page's words (dist/configurator.html): not in the widget's bundle. */
export const configurator: ConfiguratorMessages = {
  tag: 'de',
  title: 'Beteiligungskalender einrichten',
  intro: 'Geben Sie die Adresse Ihrer Termindatei ein. Diese Seite prüft sie sofort, zeigt den Kalender so, wie er auf Ihrer Website erscheinen wird, und schreibt den Code zum Einfügen.',
  otherLanguage: { label: 'English', lang: 'en' },
  feed: {
    heading: '1. Termindatei',
    urlLabel: 'Adresse der Termindatei (JSON oder iCalendar)',
    urlHint: 'Zum Beispiel https://www.musterstadt.de/beteiligung/termine.json',
    check: 'Prüfen',
    fileLabel: 'Oder eine Datei von Ihrem Computer prüfen',
    fileHint: 'Ziehen Sie eine .json- oder .ics-Datei hierher oder wählen Sie sie aus. Sie wird nur in diesem Browser gelesen und nirgendwohin gesendet.',
    checking: 'Die Termindatei wird geprüft …',
    invalidUrl: 'Das ist keine vollständige Adresse. Sie beginnt mit https:// oder http://.',
  },
  results: {
    heading: '2. Prüfergebnis',
    none: 'Noch nichts geprüft.',
    counts: ({ error, warning, notice }) => [
      error ? `${error} Fehler` : '',
      warning ? `${warning} ${warning === 1 ? 'Warnung' : 'Warnungen'}` : '',
      notice ? `${notice} ${notice === 1 ? 'Hinweis' : 'Hinweise'}` : '',
    ].filter(Boolean).join(', ') || 'Keine Fehler, Warnungen oder Hinweise',
    group: { error: (n) => `Fehler (${n})`, warning: (n) => `Warnungen (${n})`, notice: (n) => `Hinweise (${n})` },
    items: (n) => (n === 1 ? 'Betroffener Termin' : `Betroffene Termine (${n})`),
    files: (n) => (n === 1 ? 'Fehlende Datei' : `Fehlende Dateien (${n})`),
    details: 'Technische Angabe',
    installation: 'Installation des Kalenders',
  },
  settings: {
    heading: '3. Einstellungen',
    lang: 'Sprache des Kalenders',
    langOptions: { de: 'Deutsch', en: 'Englisch', 'de-x-ls': 'Leichte Sprache', page: 'wie die Seite (aus <html lang>)' },
    view: 'Ansicht beim Öffnen',
    viewOptions: { month: 'Monat', list: 'Liste' },
    filters: 'Filterbereich für Besucherinnen und Besucher',
    running: 'Leiste „Jetzt mitmachen“ (laufende Beteiligungsphasen)',
    show: 'anzeigen',
    hide: 'ausblenden',
    presets: 'Vorauswahl',
    presetsHint: 'Nur diese Termine zeigen, zum Beispiel für eine Themenseite. Angeboten wird, was in der Termindatei steht.',
    categories: 'Themen',
    districts: 'Stadtteile',
    formats: 'Teilnahme',
    noValues: 'Die Termindatei nennt keine.',
    theme: 'Farbschema',
    themeOptions: { auto: 'automatisch (hell oder dunkel wie das Gerät)', light: 'immer hell', dark: 'immer dunkel' },
    accent: 'Akzentfarbe (Knöpfe, Links, heute)',
    accentCode: 'Farbcode',
    accentDefault: 'Standardfarbe verwenden',
    contrastOk: (ratio, background) => `Kontrast ${ratio} : 1 zum ${background} Hintergrund: gut lesbar.`,
    contrastLow: (ratio, background) => `Kontrast nur ${ratio} : 1 zum ${background} Hintergrund; nötig sind mindestens 4,5 : 1.`,
    nearest: (colour) => `Die nächste Farbe, die reicht: ${colour}`,
    useNearest: 'Diese Farbe nehmen',
    noNearest: 'Keine Farbe dieses Farbtons reicht; wählen Sie eine andere.',
    backgrounds: { light: 'hellen', dark: 'dunklen' },
    autoThemeNote: 'Bei „automatisch“ gilt die Akzentfarbe auch im dunklen Farbschema. Keine Farbe ist auf beiden Hintergründen gut lesbar: Wählen Sie „immer hell“ oder „immer dunkel“.',
    urlState: 'Ansicht und Filter in der Adresse der Seite merken',
    urlStateHint: 'Dann lassen sich Links auf eine gefilterte Ansicht teilen. In der Vorschau nicht aktiv.',
  },
  preview: {
    heading: '4. Vorschau',
    hint: 'So erscheint der Kalender auf Ihrer Website.',
    empty: 'Die Vorschau erscheint, sobald eine Termindatei geprüft ist.',
  },
  snippet: {
    heading: '5. Code zum Einfügen',
    target: 'Wo fügen Sie den Code ein?',
    targets: { html: 'HTML-Seite', typo3: 'TYPO3', wordpress: 'WordPress' },
    steps: {
      html: () => ['Fügen Sie den Code an der Stelle der Seite ein, an der der Kalender erscheinen soll.'],
      typo3: (host) => [
        'Legen Sie auf der Seite ein Inhaltselement vom Typ „HTML“ (Reines HTML) an.',
        'Fügen Sie den Code in das Feld „HTML-Code“ ein und speichern Sie.',
        `Sendet Ihre Website eine Content-Security-Policy, muss sie Skripte von ${host} erlauben.`,
      ],
      wordpress: () => [
        'Fügen Sie im Block-Editor einen Block „Individuelles HTML“ ein.',
        'Fügen Sie den Code ein und aktualisieren Sie die Seite.',
        'WordPress behält den Code nur für Konten mit dem Recht, HTML ungefiltert zu speichern (Administratoren und Redakteure einer Einzel-Website).',
      ],
    },
    staticList: 'Liste der Termine für Besucher ohne JavaScript und für Suchmaschinen einfügen',
    staticListHint: 'Die Liste zeigt den Stand von heute. Erneuern Sie den Code, wenn sich Termine ändern, oder lassen Sie die Liste nachts mit dem Befehl participation-calendar render schreiben.',
    code: 'Code',
    copy: 'Code kopieren',
    copied: 'Der Code ist kopiert. Fügen Sie ihn jetzt ein.',
    copyFailed: 'Kopieren ging nicht. Markieren Sie den Code und kopieren Sie ihn mit Strg+C (Mac: Cmd+C).',
    scriptFrom: (url) => `Das Programm des Kalenders wird von ${url} geladen, also von dort, wo diese Seite liegt. Der ganze Ordner muss dort bleiben.`,
    placeholder: 'ADRESSE-DER-TERMINDATEI',
    placeholderHint: 'Eine Datei von Ihrem Computer hat noch keine Adresse: Laden Sie sie auf Ihren Webserver und tragen Sie oben ihre Adresse ein.',
  },
};

import type { CheckMessages, FindingText } from './check-messages.js';
import type { ConfiguratorMessages } from './configurator-messages.js';
import type { Messages, StaticListMessages } from './messages.js';

const two = (n: number) => String(n).padStart(2, '0');
const eventWord = (n: number) => (n === 1 ? '1 event' : `${n} events`);

export const en: Messages = {
  intl: 'en-GB',
  tag: 'en',
  dates: {
    monthYear: (d) => `${d.month} ${d.year}`,
    fullDate: (d) => `${d.weekday}, ${d.day} ${d.month} ${d.year}`,
    shortDate: (d) => `${d.day} ${d.monthShort}`,
    dayMonth: (d) => `${d.day} ${d.month}`,
    numeric: (d) => `${two(d.day)}/${two(d.monthNumber)}/${d.year}`,
  },
  calendarLabel: 'Participation calendar',
  toolbar: {
    label: 'Calendar navigation',
    previous: 'Previous month',
    next: 'Next month',
    today: 'Today',
    viewSwitch: 'View',
    month: 'Month',
    list: 'List',
  },
  formats: { 'in-person': 'On site', online: 'Online', hybrid: 'Hybrid' },
  statuses: { cancelled: 'Cancelled', postponed: 'Postponed' },
  clock: (time) => time,
  clockRange: (from, to) => `${from}–${to}`,
  allDay: 'all day',
  until: (date) => `until ${date}`,
  endsOn: (date, time) => `ends on ${date} at ${time}`,
  incomplete: {
    notice: (n) => (n === 1 ? '1 event from the calendar file could not be shown.' : `${n} events from the calendar file could not be shown.`),
    reasons: 'The reasons, for the editors of the calendar file:',
  },
  skipToCalendar: 'To the calendar',
  month: {
    cellLabel: (date, events, phases) => `${date}: ${events || !phases ? (events ? eventWord(events) : 'no events') : ''}${events && phases ? ', ' : ''}${
      phases ? (phases === 1 ? '1 participation phase' : `${phases} participation phases`) : ''}`,
    keysHint: 'Press Enter to reach the events of the day, the up and down arrows to move through them, Escape to return to the day.',
    compactKeysHint: 'Press Enter to reach the events of the day, listed below the calendar.',
    phase: (until, left) => `Participation phase until ${until}${left ? `, ${left}` : ''}`,
  },
  more: (n) => `+${n} more`,
  moreContext: (date) => `events on ${date}`,
  fewer: 'Show fewer',
  eventsOn: (date) => `Events on ${date}`,
  noEventsOnDay: 'There are no events on this day.',
  runningPhases: 'Participation phases under way',
  periodAnnouncement: (period, n) => `${period}: ${n === 0 ? 'no events' : eventWord(n)}`,
  loading: 'Loading events …',
  retry: 'Try again',
  errors: {
    network: 'The events could not be loaded: the connection to the server failed.',
    cors: 'The events could not be loaded: the server they are on probably does not let other sites read them (CORS), or it cannot be reached.',
    timeout: 'The events could not be loaded: the server did not answer in time.',
    http: 'The events could not be loaded: the server reported an error.',
    httpStatus: (status) =>
      status === 404
        ? 'The events could not be loaded: the event file was not found (error 404).'
        : `The events could not be loaded: the server reported an error (error ${status}).`,
    'not-json': 'The events cannot be shown: the event file is damaged.',
    html: 'The events cannot be shown: a web page came back instead of the events.',
    shape: 'The events cannot be shown: the event file is not in the expected format.',
    chunk: (file) => `A program file of the calendar is missing: ${file}; copy the whole dist/ folder.`,
    file: 'The calendar needs a web server: this page was opened as a file (file://).',
    aborted: 'Loading the events was cancelled.',
  },
  sources: {
    source: 'Source',
    missing: (names) => `Events are missing from: ${names}.`,
    pending: (names) => `Still on their way: events from ${names}.`,
    joined: 'More events have arrived.',
  },
  emptyMonth: (month) => `There are no participation events in ${month}.`,
  nextEventsIn: (month) => `Go to the events in ${month}`,
  noUpcomingEvents: 'No further events have been announced.',
  noUpcomingLoaded: 'No further events in the months loaded so far.',
  filters: {
    toggle: 'Filters',
    toggleActive: (n) => `Filters (${n} active)`,
    heading: 'Filter participation opportunities',
    search: 'Search',
    searchHint: 'Title, description, place or organiser',
    categories: 'Topics',
    districts: 'Districts',
    formats: 'Taking part',
    sources: 'Source',
    dates: 'Dates',
    from: 'From',
    to: 'To',
    optionCount: (n) => `(${n})`,
    active: 'Active filters',
    removeChip: 'Remove filter:',
    reset: 'Reset all filters',
    searchChip: (text) => `“${text}”`,
    fromChip: (date) => `from ${date}`,
    toChip: (date) => `until ${date}`,
    results: (n) => (n === 0 ? 'No opportunities found' : n === 1 ? '1 opportunity found' : `${n} opportunities found`),
    datePlaceholder: 'DD/MM/YYYY',
    dateInvalid: 'Please enter a date, for example 24/12/2026.',
    showResults: (n) => (n === 1 ? 'Show 1 result' : `Show ${n} results`),
    close: 'Close filters',
    unavailable: 'not available',
    noResults: (period) => `There are no opportunities for these filters in ${period}.`,
  },
  participate: {
    addToCalendar: 'Add to my calendar',
    addAllToCalendar: (n) => (n === 1 ? 'Add the event shown to my calendar' : `Add all ${n} events shown to my calendar`),
    subscribe: 'Subscribe',
    subscribeHint: 'Subscribe to the calendar and every event appears in your calendar app and stays up to date.',
    subscribeAddress: 'Address to subscribe to',
    copy: 'Copy address',
    copied: 'Address copied',
    runningNow: 'Take part now',
    endsToday: 'ends today',
    endsTomorrow: 'ends tomorrow',
    daysLeft: (n) => `${n} days left`,
    deadline: (date, left) => `Register by ${date} (${left})`,
    deadlinePassed: (date) => `Registration closed on ${date}`,
  },
  access: {
    heading: 'Accessibility and inclusion',
    facts: {
      'step-free': 'Step-free access',
      'accessible-toilet': 'Accessible toilet',
      'hearing-loop': 'Hearing loop',
      'sign-language': 'Sign language',
      'sign-language-on-request': 'Sign language on request',
      'speech-to-text': 'Live captions',
      'easy-language': 'Easy-read materials',
      childcare: 'Childcare',
      'childcare-registration': 'Childcare (register)',
    },
    signLanguageBy: (date, left) => `Sign language on request until ${date} (${left})`,
    signLanguageByPassed: (date) => `Sign language: requests were possible until ${date}`,
    languages: 'Languages',
    audience: 'Meant for',
    inLanguage: (name) => `In ${name}`,
    forAudience: (audience) => `For ${audience}`,
    allOf: 'Shows events that have everything chosen.',
    easyGerman: 'Easy German (Leichte Sprache)',
  },
  details: {
    close: 'Close',
    when: 'When',
    where: 'Where',
    format: 'Taking part',
    onlineAccess: 'Join online',
    district: 'District',
    categories: 'Topics',
    organizer: 'Organiser',
    accessibility: 'Access notes',
    registration: 'Registration',
    registrationLink: 'Register',
    moreInfo: 'More information',
    repeats: 'Recurring event',
    cancelledNotice: 'This event has been cancelled.',
    postponedNotice: 'This event has been postponed. The new date will be announced.',
  },
};

export const staticList: StaticListMessages = {
  heading: 'Participation events',
  none: 'No events have been announced for this period.',
};

const is = (n: number) => (n === 1 ? 'is' : 'are');
/** A finding about events that are not shown at all. */
const skipped = (what: string, advice: string): FindingText => ({
  title: ({ count }) => `${eventWord(count)} ${what} ${is(count)} not shown`,
  meaning: ({ count }) => (count === 1 ? 'This event is missing from the calendar.' : 'These events are missing from the calendar.'),
  advice: () => advice,
});
const EMPTY = 'The calendar would stay empty and show only an error message.';
const SEE_DETAIL = 'The technical note with the event names the field and the reason.';
const withEvents = (n: number) => (n === 1 ? 'one event' : `${n} events`);

/** The feed check's words (configurator and `participation-calendar check`): not in the widget's bundle. */
export const check: CheckMessages = {
  severity: { error: 'Error', warning: 'Warning', notice: 'Note' },
  source: (source) => `Feed: ${source}`,
  summary: (total, usable, upcoming, months) =>
    `${eventWord(total)} in the file, ${usable === total ? (total === 1 ? 'it can' : 'all can') : `${usable} of them can`} be shown. `
    + `In the next ${months} months: ${upcoming === 0 ? 'no events' : eventWord(upcoming)}.`,
  verdict: {
    ok: 'All good: the calendar can show the events.',
    fix: 'The calendar can show events, but some things should be fixed.',
    empty: 'The calendar would stay empty. Fix the errors before you embed it.',
  },
  labels: { meaning: 'For residents', advice: 'What you can do', items: 'Concerns' },
  item: (title, id, position) =>
    title !== undefined ? `“${title}”${id === undefined ? '' : ` (id ${id})`}` : id !== undefined ? `event with id ${id}` : `entry ${position ?? '?'} of the file`,
  starts: (date, time) => (time === undefined ? `all day on ${date}` : `starts on ${date} at ${time}`),
  more: (n) => `… and ${n} more`,
  findings: {
    'missing-file': {
      title: ({ count, file }) => (count === 1 ? `A program file of the calendar is missing: ${file}` : `${count} program files of the calendar are missing, for example ${file}`),
      meaning: () => 'The calendar does not start properly on the page: an error message appears instead of the events.',
      advice: () => 'Copy the whole dist/ folder with all its subfolders (chunks/ too) to the web server, not single files.',
    },
    unreachable: {
      title: () => 'The feed cannot be reached',
      meaning: () => EMPTY,
      advice: ({ host }) => `Check the address for typos and whether the server${host ? ` ${host}` : ''} is reachable.`,
    },
    cors: {
      title: ({ host }) => `The server ${host} does not let other websites read the feed`,
      meaning: ({ origin }) => `On pages at ${origin} the calendar would stay empty: the browser withholds the events because the server does not allow it (CORS).`,
      advice: ({ host, origin }) => `Ask the administrators of ${host} to send the HTTP header "Access-Control-Allow-Origin: ${origin}" with the feed `
        + '(or "Access-Control-Allow-Origin: *" if any website may show the events). Or put the feed on the same server as the page.',
    },
    timeout: {
      title: () => 'The server answers too slowly',
      meaning: () => 'If the feed does not arrive in time, visitors see an error message instead of the events.',
      advice: () => 'Ask the server\'s administrators to deliver the feed faster, for example as a ready file instead of generating it on every request.',
    },
    http: {
      title: ({ status }) => (status === 404 ? 'The feed was not found (error 404)' : `The server reports an error (error ${status ?? '?'})`),
      meaning: () => EMPTY,
      advice: ({ status }) => (status === 404 ? 'Check the address: usually it is misspelt or the file has moved.'
        : status === 401 || status === 403 ? 'The feed is protected. It must be readable without logging in.'
          : 'Ask the server\'s administrators to fix the error, and check again later.'),
    },
    html: {
      title: () => 'A web page comes back instead of the events',
      meaning: () => EMPTY,
      advice: () => 'Usually this is the address of a page rather than the file, a login page or an error page. Enter the address of the feed file itself (it often ends in .json or .ics).',
    },
    'not-a-feed': {
      title: () => 'The feed is damaged',
      meaning: () => EMPTY,
      advice: () => 'It is neither valid JSON nor iCalendar (.ics). The technical note names the place; often a comma or a bracket is missing, or the file was only partly written.',
    },
    shape: {
      title: () => 'The feed does not have the expected format',
      meaning: () => EMPTY,
      advice: () => 'Expected is a list of events or an object with the list "events", as the package\'s JSON Schema schema/participation-feed.schema.json describes.',
    },
    empty: {
      title: () => 'The feed contains no events',
      meaning: () => 'The calendar would stay empty.',
      advice: () => 'Check whether the export in the CMS or the calendar program selects the right events.',
    },
    'none-usable': {
      title: ({ count }) => (count === 1 ? 'The only event of the feed cannot be shown' : `None of the ${count} events can be shown`),
      meaning: () => 'The calendar would stay empty. Why is said in the points below.',
      advice: () => 'Fix the errors below in the feed; usually all events have the same one.',
    },
    'duplicate-id': {
      title: ({ count }) => `${eventWord(count)} with an id already used ${is(count)} not shown`,
      meaning: () => 'Of events with the same id the calendar shows only the first; the others are missing.',
      advice: () => 'Give every event an id of its own that does not change. It is also the identifier in calendar files: if it changes, events appear twice there.',
    },
    'skipped-id': skipped('without a valid id', 'Every event needs an id: a text or a number that occurs only once in the file.'),
    'skipped-title': skipped('without a title', 'Give every event a title.'),
    'skipped-start': skipped('with a missing or invalid start',
      'Write the start as a date with time, for example 2026-11-10T18:00:00+01:00, or as a date 2026-11-10 for all-day events.'),
    'skipped-end': skipped('with an end that does not fit',
      'The end must not be before the start; start and end are both dates (all-day) or both dates with times.'),
    'skipped-rule': {
      title: ({ count }) => (count === 1 ? 'A repeating event (series) is not shown' : `${count} repeating events (series) are not shown`),
      meaning: ({ count }) => (count === 1 ? 'The whole series is missing from the calendar.' : 'These series are missing from the calendar entirely.'),
      advice: () => 'The repeat rule (rrule) is faulty or never yields a date; the technical note names the reason. An example of a valid rule: FREQ=WEEKLY;BYDAY=TU;COUNT=10.',
    },
    'skipped-entry': {
      title: ({ count }) => (count === 1 ? 'An entry of the file is not a readable event' : `${count} entries of the file are not readable events`),
      meaning: ({ count }) => (count === 1 ? 'It is missing from the calendar.' : 'They are missing from the calendar.'),
      advice: () => `${SEE_DETAIL} Often an entry is empty or incomplete in the calendar program.`,
    },
    'skipped-other': skipped('for other reasons', SEE_DETAIL),
    'all-past': {
      title: ({ date }) => `All events are in the past${date ? `; the last one was on ${date}` : ''}`,
      meaning: () => 'Visitors see no events in the current month, only the note that no further ones have been announced.',
      advice: () => 'Check whether the feed is still updated, for example whether a nightly export has stopped.',
    },
    'none-upcoming': {
      title: ({ months }) => `There are no events in the next ${months} months`,
      meaning: ({ date }) => `The next event is on ${date}. Until then visitors see empty months, with a button to the next event.`,
      advice: () => 'If that is not right, events are missing from the file: check the export.',
    },
    'night-times': {
      title: ({ count }) => `${eventWord(count)} ${count === 1 ? 'starts' : 'start'} in the middle of the night (between 11 pm and 5 am)`,
      meaning: () => 'That looks like a wrong time zone. Visitors then see wrong times, often the wrong day too.',
      advice: ({ zone }) => `Write times with the offset that applies in ${zone} (for example 2026-11-10T18:00:00+01:00), or without an offset as local time (2026-11-10T18:00). `
        + 'All-day events get only a date (2026-11-10), no time 00:00.',
    },
    'unknown-timezone': {
      title: ({ zone }) => `The time zone ${zone === undefined ? '' : `"${zone}" `}is unknown`,
      meaning: () => 'The calendar therefore uses Europe/Berlin. If another zone applies, the times are wrong.',
      advice: () => 'Write the time zone (timezone) as an IANA name, for example Europe/Berlin.',
    },
    'unknown-status': {
      title: ({ count }) => `The status of ${withEvents(count)} is unknown`,
      meaning: ({ count }) => `${count === 1 ? 'It appears' : 'They appear'} as taking place, even if ${count === 1 ? 'it' : 'they'} should be cancelled or postponed.`,
      advice: () => 'Allowed for status are scheduled, cancelled and postponed.',
    },
    'exdates-ignored': {
      title: ({ count }) => (count === 1 ? 'An exception (exdates) is ignored' : `${count} exceptions (exdates) are ignored`),
      meaning: () => 'The series also appears on days on which it does not take place.',
      advice: () => 'Exceptions apply only to events with a repeat rule (rrule) and are a list of dates, for example ["2026-12-22"].',
    },
    'unknown-format': {
      title: ({ count }) => `The format of ${withEvents(count)} is unknown`,
      meaning: ({ count }) => `${count === 1 ? 'It appears' : 'They appear'} without "On site", "Online" or "Hybrid" and ${count === 1 ? 'is' : 'are'} missing when someone filters by format.`,
      advice: () => 'Allowed for format are in-person, online and hybrid.',
    },
    'unsafe-link': {
      title: ({ count }) => (count === 1 ? 'A link was removed because it is unsafe or invalid' : `${count} links were removed because they are unsafe or invalid`),
      meaning: ({ count }) => `Visitors do not see ${count === 1 ? 'this link' : 'these links'}, for example to register or to take part online.`,
      advice: () => 'Links must be complete addresses with https:// (or http://, mailto:, tel:). The calendar always removes addresses with javascript: or data:.',
    },
    'missing-end': {
      title: ({ count }) => `${withEvents(count).replace(/^one/, 'One')} ${count === 1 ? 'has' : 'have'} no end`,
      meaning: ({ count }) => (count === 1 ? 'Visitors see only the start time and do not know how long it lasts; it goes into their calendar app without a duration.'
        : 'Visitors see only the start times and do not know how long they last; they go into calendar apps without a duration.'),
      advice: () => 'Give every event with a time an end too.',
    },
    'cors-limited': {
      title: ({ origin }) => `Only pages at ${origin} can show the events`,
      meaning: ({ host }) => `The server ${host} does not let other websites read the feed. On pages at other addresses the calendar would stay empty.`,
      advice: ({ host }) => `If the calendar should appear on other websites too, ask the administrators of ${host} to send the HTTP header "Access-Control-Allow-Origin: *" with the feed.`,
    },
    'dropped-field': {
      title: ({ count }) => `${count === 1 ? 'A detail was' : `${count} details were`} left out`,
      meaning: () => 'The events appear, but without these details (for example description, place or topics).',
      advice: () => `${SEE_DETAIL} Usually it has the wrong type, such as text instead of a list.`,
    },
  },
};

/** The configurator page's words (dist/configurator.html): not in the widget's bundle. */
export const configurator: ConfiguratorMessages = {
  tag: 'en',
  title: 'Set up the participation calendar',
  intro: 'Enter the address of your feed. This page checks it at once, shows the calendar as it will appear on your website, and writes the code to paste.',
  otherLanguage: { label: 'Deutsch', lang: 'de' },
  feed: {
    heading: '1. Feed',
    urlLabel: 'Address of the feed (JSON or iCalendar)',
    urlHint: 'For example https://www.musterstadt.de/beteiligung/termine.json',
    check: 'Check',
    fileLabel: 'Or check a file from your computer',
    fileHint: 'Drop a .json or .ics file here or choose one. It is read only in this browser and sent nowhere.',
    checking: 'Checking the feed …',
    invalidUrl: 'That is not a complete address. It starts with https:// or http://.',
  },
  results: {
    heading: '2. Result of the check',
    none: 'Nothing checked yet.',
    counts: ({ error, warning, notice }) => [
      error ? `${error} ${error === 1 ? 'error' : 'errors'}` : '',
      warning ? `${warning} ${warning === 1 ? 'warning' : 'warnings'}` : '',
      notice ? `${notice} ${notice === 1 ? 'note' : 'notes'}` : '',
    ].filter(Boolean).join(', ') || 'No errors, warnings or notes',
    group: { error: (n) => `Errors (${n})`, warning: (n) => `Warnings (${n})`, notice: (n) => `Notes (${n})` },
    items: (n) => (n === 1 ? 'Event concerned' : `Events concerned (${n})`),
    files: (n) => (n === 1 ? 'Missing file' : `Missing files (${n})`),
    details: 'Technical note',
    installation: 'Installation of the calendar',
  },
  settings: {
    heading: '3. Settings',
    lang: 'Language of the calendar',
    langOptions: { de: 'German', en: 'English', 'de-x-ls': 'Easy German (Leichte Sprache)', page: 'as the page (from <html lang>)' },
    view: 'View on opening',
    viewOptions: { month: 'Month', list: 'List' },
    filters: 'Filter panel for visitors',
    running: '"Take part now" strip (participation phases under way)',
    show: 'show',
    hide: 'hide',
    presets: 'Preselection',
    presetsHint: 'Show only these events, for example on a topic page. Offered is what the feed contains.',
    categories: 'Topics',
    districts: 'Districts',
    formats: 'Format',
    noValues: 'The feed names none.',
    theme: 'Colour scheme',
    themeOptions: { auto: 'automatic (light or dark like the device)', light: 'always light', dark: 'always dark' },
    accent: 'Accent colour (buttons, links, today)',
    accentCode: 'Colour code',
    accentDefault: 'Use the default colour',
    contrastOk: (ratio, background) => `Contrast ${ratio} : 1 against the ${background} background: easy to read.`,
    contrastLow: (ratio, background) => `Contrast only ${ratio} : 1 against the ${background} background; at least 4.5 : 1 is needed.`,
    nearest: (colour) => `The nearest colour that is enough: ${colour}`,
    useNearest: 'Use this colour',
    noNearest: 'No colour of this hue is enough; choose another one.',
    backgrounds: { light: 'light', dark: 'dark' },
    autoThemeNote: 'With "automatic" the accent colour applies to the dark colour scheme too. No colour is easy to read on both backgrounds: choose "always light" or "always dark".',
    urlState: 'Keep view and filters in the page address',
    urlStateHint: 'Then links to a filtered view can be shared. Not active in the preview.',
  },
  preview: {
    heading: '4. Preview',
    hint: 'This is how the calendar appears on your website.',
    empty: 'The preview appears as soon as a feed has been checked.',
  },
  snippet: {
    heading: '5. Code to paste',
    target: 'Where do you paste the code?',
    targets: { html: 'HTML page', typo3: 'TYPO3', wordpress: 'WordPress' },
    steps: {
      html: () => ['Paste the code where the calendar should appear on the page.'],
      typo3: (host) => [
        'Add a content element of type "HTML" (Plain HTML) to the page.',
        'Paste the code into its "HTML code" field and save.',
        `If your website sends a Content Security Policy, it must allow scripts from ${host}.`,
      ],
      wordpress: () => [
        'Add a "Custom HTML" block in the block editor.',
        'Paste the code and update the page.',
        'WordPress keeps the code only for accounts allowed to save unfiltered HTML (administrators and editors of a single site).',
      ],
    },
    staticList: 'Include a list of the events for visitors without JavaScript and for search engines',
    staticListHint: 'The list shows today\'s state. Renew the code when events change, or let the command participation-calendar render write the list every night.',
    code: 'Code',
    copy: 'Copy code',
    copied: 'The code has been copied. Paste it now.',
    copyFailed: 'Copying did not work. Select the code and copy it with Ctrl+C (Mac: Cmd+C).',
    scriptFrom: (url) => `The calendar's program is loaded from ${url}, where this page is. The whole folder must stay there.`,
    placeholder: 'ADDRESS-OF-THE-FEED',
    placeholderHint: 'A file from your computer has no address yet: upload it to your web server and enter its address above.',
  },
};

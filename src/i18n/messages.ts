import type { AccessFact, EventFormat, EventStatus } from '../data/event.js';
import type { FeedErrorKind } from '../data/load/feed-error.js';

/**
 * Every string the widget shows or announces, and those of the CLI's static
 * list, for one language.
 * Adding a language is one file that satisfies this type (see de.ts, en.ts)
 * and one line in index.ts.
 */
/** The pieces of a calendar day, named in the widget's language. */
export interface DateParts {
  /** "Mittwoch" */
  weekday: string;
  day: number;
  /** "November" */
  month: string;
  /** "Nov." */
  monthShort: string;
  year: number;
  /** 1–12 */
  monthNumber: number;
}

export interface Messages {
  /**
   * BCP 47 tag of the language and region whose names of months and weekdays
   * the browser's Intl supplies (CLDR data the browser already has: no bytes
   * in our bundle). The order of the parts is this file's choice, below.
   */
  intl: string;
  /** BCP 47 tag set on the widget's root, for screen-reader pronunciation. */
  tag: string;
  dates: {
    /** Toolbar heading and empty-month text: "November 2026". */
    monthYear: (d: DateParts) => string;
    /** Day cell names and list day headings: "Mittwoch, 25. November 2026". */
    fullDate: (d: DateParts) => string;
    /** Short date inside texts: "25. Nov.". */
    shortDate: (d: DateParts) => string;
    /** Day and month without year: "25. November". */
    dayMonth: (d: DateParts) => string;
    /** In the filter's date fields: "25.11.2026". */
    numeric: (d: DateParts) => string;
  };
  calendarLabel: string;
  toolbar: {
    label: string;
    previous: string;
    next: string;
    today: string;
    viewSwitch: string;
    month: string;
    list: string;
  };
  formats: Record<EventFormat, string>;
  statuses: Record<Exclude<EventStatus, 'scheduled'>, string>;
  /** "18:00 Uhr" / "18:00". */
  clock: (time: string) => string;
  /** "18:00–20:00 Uhr". */
  clockRange: (from: string, to: string) => string;
  allDay: string;
  /** "bis 30. November" – for phases and multi-day events. */
  until: (date: string) => string;
  /** "endet am 26. Nov. um 01:00 Uhr" – for events that end on a later day. */
  endsOn: (date: string, time: string) => string;
  /** Under the calendar when events of the feed could not be shown. */
  incomplete: {
    /** "2 Termine aus der Termindatei konnten nicht angezeigt werden." */
    notice: (count: number) => string;
    /** Above the reasons (in English, as on the console). */
    reasons: string;
  };
  /** The widget's first tab stop, shown on focus: straight to the grid or the list. */
  skipToCalendar: string;
  month: {
    /** A day cell's accessible name: "Dienstag, 8. Dezember 2026: 1 Termin, 4 Beteiligungsphasen". */
    cellLabel: (date: string, events: number, phases: number) => string;
    /** The grid cells' description: how the keyboard reaches a day's events. */
    keysHint: string;
    /** The same for the compact month, whose events are listed below it. */
    compactKeysHint: string;
    /** After a phase's title: "Beteiligungsphase bis 13. Dezember, noch 10 Tage" (`left` null once it is not open today). */
    phase: (until: string, left: string | null) => string;
  };
  /** Overflow button text: "+3 weitere". */
  more: (count: number) => string;
  /** Hidden words after the overflow button's text, so it reads "+3 weitere Termine am 25. November". */
  moreContext: (date: string) => string;
  /** The expanded overflow button: "Weniger anzeigen". */
  fewer: string;
  /** Heading of the compact agenda under the small month grid. */
  eventsOn: (date: string) => string;
  noEventsOnDay: string;
  runningPhases: string;
  /** Live-region text after a period was shown: "November 2026: 23 Termine". */
  periodAnnouncement: (period: string, count: number) => string;
  loading: string;
  retry: string;
  errors: Record<Exclude<FeedErrorKind, 'chunk'>, string> & {
    httpStatus: (status: number) => string;
    /** A program file in dist/chunks/ did not arrive: `file` is its address (or `chunks/…` when the browser does not say). */
    chunk: (file: string) => string;
  };
  /** A calendar of several sources (`src` with several addresses). */
  sources: {
    /** "Quelle": before an event's sources in its details, and "Quelle 2" for a source that has no name. */
    source: string;
    /** Under the calendar and in the live region, for sources that could not be loaded (`names` comma-separated): "Es fehlen Termine von: Jugendrat." */
    missing: (names: string) => string;
    /** Under the calendar while sources are still on their way: "Noch unterwegs: Termine von Jugendrat." */
    pending: (names: string) => string;
    /** Live region, once, when sources arrived after the first was shown. */
    joined: string;
  };
  emptyMonth: (month: string) => string;
  nextEventsIn: (month: string) => string;
  noUpcomingEvents: string;
  /** The same for a feed fetched month by month: said of the months loaded so far. */
  noUpcomingLoaded: string;
  filters: {
    /** The disclosure button on narrow screens. */
    toggle: string;
    /** Its text with active filters: "Filter (2 aktiv)". */
    toggleActive: (active: number) => string;
    heading: string;
    search: string;
    searchHint: string;
    categories: string;
    districts: string;
    formats: string;
    /** The group of sources, with several feeds: "Quelle". */
    sources: string;
    dates: string;
    from: string;
    to: string;
    /** Option label suffix, "(12)". */
    optionCount: (count: number) => string;
    active: string;
    /** Hidden words before a chip's text: "Filter entfernen: Mobilität". */
    removeChip: string;
    reset: string;
    searchChip: (text: string) => string;
    fromChip: (date: string) => string;
    toChip: (date: string) => string;
    /** Live region after the user stops changing filters, and the count shown under the active filters. */
    results: (count: number) => string;
    /** The date fields' placeholder: "TT.MM.JJJJ". */
    datePlaceholder: string;
    /** Under a date field whose text is no day. */
    dateInvalid: string;
    /** The narrow filter dialog's button that closes it: "6 Ergebnisse anzeigen". */
    showResults: (count: number) => string;
    /** Its close button (an ×). */
    close: string;
    /** After an option that would show nothing: "(0, nicht wählbar)" for screen readers. */
    unavailable: string;
    noResults: (period: string) => string;
  };
  participate: {
    addToCalendar: string;
    /** The list view's button for every event shown. */
    addAllToCalendar: (count: number) => string;
    subscribe: string;
    subscribeHint: string;
    subscribeAddress: string;
    copy: string;
    copied: string;
    runningNow: string;
    endsToday: string;
    endsTomorrow: string;
    daysLeft: (days: number) => string;
    /** "Anmeldung bis 8. November (noch 3 Tage)". */
    deadline: (date: string, left: string) => string;
    deadlinePassed: (date: string) => string;
  };
  /** Who can take part: access facts, languages, audiences. */
  access: {
    /** Details section and filter group: "Barrierefreiheit und Teilhabe". */
    heading: string;
    /** Short words, each shown with its icon: "Stufenlos erreichbar". */
    facts: Record<AccessFact, string>;
    /** "Gebärdensprache auf Anfrage bis 8. November (noch 3 Tage)". */
    signLanguageBy: (date: string, left: string) => string;
    signLanguageByPassed: (date: string) => string;
    /** Details label of the languages: "Sprachen". */
    languages: string;
    /** Details label of the audiences: "Für wen". */
    audience: string;
    /** Filter option of a language: "Auf Türkisch". */
    inLanguage: (name: string) => string;
    /** Filter option of an audience: "Für Jugendliche". */
    forAudience: (audience: string) => string;
    /** How the group's options combine (they narrow, unlike the other groups): shown under its legend. */
    allOf: string;
    /** The name of the Leichte-Sprache tag `de-x-ls`, which Intl does not know. */
    easyGerman: string;
  };
  details: {
    close: string;
    when: string;
    where: string;
    format: string;
    onlineAccess: string;
    district: string;
    categories: string;
    organizer: string;
    accessibility: string;
    registration: string;
    registrationLink: string;
    moreInfo: string;
    repeats: string;
    cancelledNotice: string;
    postponedNotice: string;
  };
}

/** Strings only the static list of `participation-calendar render` needs (src/cli/render.ts): not in the widget's bundle. */
export interface StaticListMessages {
  /** Its heading, followed by the period: "Termine der Bürgerbeteiligung, 1. November – 30. November 2026". */
  heading: string;
  /** Instead of the days when the period has no events. */
  none: string;
}

import type { Severity } from '../data/check/finding.js';

export type SnippetTarget = 'html' | 'typo3' | 'wordpress';

/**
 * The configurator page's own words (dist/configurator.html). Exported by
 * each language file beside its messages, never in the widget's bundle.
 */
export interface ConfiguratorMessages {
  /** BCP 47 tag of the page. */
  tag: string;
  title: string;
  intro: string;
  /** The button that shows the page in the other language, named in that language. */
  otherLanguage: { label: string; lang: 'de' | 'en' };
  feed: {
    heading: string;
    urlLabel: string;
    urlHint: string;
    check: string;
    fileLabel: string;
    fileHint: string;
    checking: string;
    /** The address typed is not one a browser can load. */
    invalidUrl: string;
  };
  results: {
    heading: string;
    none: string;
    /** "2 Fehler, 3 Warnungen, 1 Hinweis" (only the non-zero ones). */
    counts: (counts: Record<Severity, number>) => string;
    /** Group headings: "Fehler (2)". */
    group: Record<Severity, (count: number) => string>;
    /** The disclosure of the events a finding concerns. */
    items: (count: number) => string;
    /** The disclosure of the files a finding concerns (missing program files). */
    files: (count: number) => string;
    /** The disclosure of a technical note about the whole feed. */
    details: string;
    /** A program file of the calendar next to this page, checked at start. */
    installation: string;
  };
  settings: {
    heading: string;
    lang: string;
    langOptions: { de: string; en: string; 'de-x-ls': string; page: string };
    view: string;
    viewOptions: { month: string; list: string };
    filters: string;
    running: string;
    show: string;
    hide: string;
    presets: string;
    presetsHint: string;
    categories: string;
    districts: string;
    formats: string;
    noValues: string;
    theme: string;
    themeOptions: { auto: string; light: string; dark: string };
    accent: string;
    accentCode: string;
    accentDefault: string;
    /** "Kontrast 5,2 : 1 zum hellen Hintergrund – gut lesbar." */
    contrastOk: (ratio: string, background: string) => string;
    contrastLow: (ratio: string, background: string) => string;
    nearest: (colour: string) => string;
    useNearest: string;
    noNearest: string;
    /** Names of the backgrounds checked against. */
    backgrounds: { light: string; dark: string };
    /** With theme "auto": the same accent is used on the dark background too. */
    autoThemeNote: string;
    urlState: string;
    urlStateHint: string;
  };
  preview: {
    heading: string;
    hint: string;
    empty: string;
  };
  snippet: {
    heading: string;
    target: string;
    targets: Record<SnippetTarget, string>;
    steps: Record<SnippetTarget, (scriptHost: string) => string[]>;
    staticList: string;
    staticListHint: string;
    code: string;
    copy: string;
    copied: string;
    copyFailed: string;
    /** Where the script is loaded from: this page's own dist/. */
    scriptFrom: (url: string) => string;
    /** A dropped file has no address yet. */
    placeholder: string;
    placeholderHint: string;
  };
}

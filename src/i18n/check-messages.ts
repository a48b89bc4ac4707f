import type { FindingKind, Severity } from '../data/check/finding.js';

/**
 * The words of the feed check (src/data/check/), for editors: what each
 * finding means for residents and what to do. The configurator and
 * `participation-calendar check` both say them through describe-check.ts.
 * Exported by each language file beside its messages, never in the widget's bundle.
 */

/** A finding's values, ready for words: days already formatted. */
export interface FindingWords {
  count: number;
  status?: number;
  /** A formatted day ("Dienstag, 10. November 2026"). */
  date?: string;
  /** Months that count as "the coming months". */
  months?: number;
  origin?: string;
  host?: string;
  file?: string;
  /** A time zone: the one written in the feed, or the feed's. */
  zone?: string;
}

export interface FindingText {
  /** The headline, with the count: "3 Termine ohne Titel werden nicht angezeigt". */
  title: (w: FindingWords) => string;
  /** What it means for residents. */
  meaning: (w: FindingWords) => string;
  /** What the editor (or the feed's maintainer) can do. */
  advice: (w: FindingWords) => string;
}

export interface CheckMessages {
  severity: Record<Severity, string>;
  findings: Record<FindingKind, FindingText>;
  /** "Termindatei: https://…" */
  source: (source: string) => string;
  /** "12 Termine in der Datei, 9 davon können angezeigt werden. In den nächsten 3 Monaten: 4 Termine." */
  summary: (total: number, usable: number, upcoming: number, months: number) => string;
  /** Over every source: nothing to fix; something to fix; the calendar would stay empty. */
  verdict: { ok: string; fix: string; empty: string };
  labels: {
    meaning: string;
    advice: string;
    /** Above the events a finding concerns. */
    items: string;
  };
  /** An event a finding concerns: by title (and id), by id, or by its place in the file. */
  item: (title: string | undefined, id: string | undefined, position: number | undefined) => string;
  /** "beginnt am Di., 10. Nov. 2026 um 01:00 Uhr" */
  starts: (date: string, time: string | undefined) => string;
  /** After the first few items: "… und 12 weitere". */
  more: (count: number) => string;
}

/**
 * What the feed check finds, as data: the kinds of problem, how serious each
 * is for residents, and the events each concerns. The words for them are in
 * src/i18n (`check` beside each language's messages), so the configurator and
 * `participation-calendar check` say the same thing from one implementation.
 */
import type { ParsedFeed } from '../event.js';

/**
 * error: the calendar stays empty; warning: residents miss events or see
 * something wrong; notice: worth fixing, nothing is lost.
 */
export type Severity = 'error' | 'warning' | 'notice';

/** Every kind, in the order findings of one severity are listed. */
export const FINDING_KINDS = [
  // Nothing can be shown.
  'missing-file', 'unreachable', 'cors', 'timeout', 'http', 'html', 'not-a-feed', 'shape', 'empty', 'none-usable',
  // Events residents do not see, and why.
  'duplicate-id', 'skipped-id', 'skipped-title', 'skipped-start', 'skipped-end', 'skipped-rule', 'skipped-entry', 'skipped-other',
  // Events they see, but not as meant.
  'all-past', 'none-upcoming', 'night-times', 'unknown-timezone', 'unknown-status', 'exdates-ignored',
  'unknown-format', 'unsafe-link', 'missing-end',
  // Nothing lost.
  'cors-limited', 'dropped-field',
] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];

const ERRORS: ReadonlySet<FindingKind> = new Set(FINDING_KINDS.slice(0, FINDING_KINDS.indexOf('none-usable') + 1));
const NOTICES: ReadonlySet<FindingKind> = new Set(['cors-limited', 'dropped-field']);

export function severityOf(kind: FindingKind): Severity {
  return ERRORS.has(kind) ? 'error' : NOTICES.has(kind) ? 'notice' : 'warning';
}

/** An event (or iCalendar entry) a finding concerns. */
export interface FindingItem {
  /** Position in the feed (0-based). */
  index?: number;
  id?: string;
  title?: string;
  /**
   * For the feed's maintainer: validation's own sentence about it, in English,
   * without the "event 12 'Title': " it begins with (id and title are above).
   */
  detail?: string;
  /** Its start: an instant (timed) or a day number (all-day), in the feed's zone. */
  start?: number;
  allDay?: boolean;
}

/** Values a finding's words need besides its count. */
export interface FindingData {
  /** HTTP status ('http'). */
  status?: number;
  /** A day number: the next day with events ('none-upcoming'), the last one ('all-past'). */
  day?: number;
  /** Days ahead that count as "upcoming" ('none-upcoming'). */
  days?: number;
  /** The site that wants to read the feed ('cors'), or the only one allowed to ('cors-limited'). */
  origin?: string;
  /** The feed's host, whose administrator can change its headers. */
  host?: string;
  /** The address of a missing program file ('missing-file'). */
  file?: string;
  /** The feed's time zone as it was written ('unknown-timezone'). */
  zone?: string;
}

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  /** How many events it concerns; 1 for a finding about the whole feed or server. */
  count: number;
  /** The events concerned (empty for a finding about the whole feed). */
  items: FindingItem[];
  data: FindingData;
}

export function finding(kind: FindingKind, items: FindingItem[] = [], data: FindingData = {}, count = items.length || 1): Finding {
  return { kind, severity: severityOf(kind), count, items, data };
}

/** The check of one feed (one source of a calendar). */
export interface SourceCheck {
  /** What the editor gave: an address, a file name. */
  source: string;
  /** Events (or iCalendar entries) in the feed; 0 when it could not be read. */
  total: number;
  /** Events residents can see (a series counts once). */
  usable: number;
  /** Occurrences shown from today on within the upcoming days. */
  upcoming: number;
  findings: Finding[];
  /** The validated feed, when it could be read: its categories, districts and formats, for presets. */
  feed?: ParsedFeed;
}

/** The check of a calendar's sources. */
export interface CheckReport {
  sources: SourceCheck[];
  /** Every source has an event that can be shown, and nothing keeps the calendar from showing it (no error). */
  showable: boolean;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Most serious first; within a severity in the order of FINDING_KINDS. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity] || FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind));
}

export function report(sources: SourceCheck[]): CheckReport {
  return { sources, showable: sources.length > 0 && sources.every((s) => s.usable > 0 && !s.findings.some((f) => f.severity === 'error')) };
}

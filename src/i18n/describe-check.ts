/**
 * The feed check's findings in words: one place that turns src/data/check/'s
 * data into the sentences the configurator shows and `participation-calendar
 * check` prints, so both say exactly the same.
 */
import { UPCOMING_DAYS } from '../data/check/check-feed.js';
import type { CheckReport, Finding, FindingItem, Severity, SourceCheck } from '../data/check/finding.js';
import { DEFAULT_TIMEZONE } from '../data/validate/validate.js';
import type { CheckMessages, FindingWords } from './check-messages.js';
import { formatDay, formatInstant } from './format.js';
import type { Messages } from './messages.js';

export interface DescribedFinding {
  kind: Finding['kind'];
  severity: Severity;
  /** "Fehler", "Warnung", "Hinweis". */
  severityLabel: string;
  count: number;
  title: string;
  meaning: string;
  advice: string;
  /** One line per event concerned: "„Bürgerforum“ (id 12): start '2026-13-01' is not a date". */
  items: string[];
  /** Whether the items name events (else they are technical notes about the whole feed, or files). */
  aboutEvents: boolean;
}

export interface DescribedSource {
  source: string;
  /** "Termindatei: https://…" */
  heading: string;
  /** How many events there are and can be shown; null when the feed could not be read. */
  summary: string | null;
  findings: DescribedFinding[];
}

export type Verdict = 'ok' | 'fix' | 'empty';

const months = (days: number) => Math.max(1, Math.round(days / 30.5));

/** One event a finding concerns, in words; '' for a finding about the whole feed without a note. */
export function describeItem(item: FindingItem, tz: string, m: Messages, c: CheckMessages): string {
  const label = c.item(item.title, item.id, item.index === undefined ? undefined : item.index + 1);
  if (item.start !== undefined) {
    const date = item.allDay ? formatDay(item.start, 'fullDate', m) : formatInstant(item.start, tz, 'fullDate', m);
    return `${label}: ${c.starts(date, item.allDay ? undefined : formatInstant(item.start, tz, 'time', m))}`;
  }
  // A finding about the whole feed has only the technical note (the loader's or the reader's message).
  if (item.title === undefined && item.id === undefined && item.index === undefined) return item.detail ?? '';
  return item.detail === undefined ? label : `${label}: ${item.detail}`;
}

/** A finding in words. `tz` is the feed's zone, in which its times are given. */
export function describeFinding(f: Finding, tz: string, m: Messages, c: CheckMessages): DescribedFinding {
  const { data } = f;
  const words: FindingWords = {
    count: f.count,
    ...(data.status === undefined ? {} : { status: data.status }),
    ...(data.day === undefined ? {} : { date: formatDay(data.day, 'fullDate', m) }),
    ...(data.days === undefined ? {} : { months: months(data.days) }),
    ...(data.origin === undefined ? {} : { origin: data.origin }),
    ...(data.host === undefined ? {} : { host: data.host }),
    ...(data.file === undefined ? {} : { file: data.file }),
    zone: data.zone ?? tz,
  };
  // A finding about the whole feed that came from the feed itself (an unknown zone) names no event.
  if (f.kind === 'unknown-timezone' && data.zone === undefined) delete words.zone;
  const text = c.findings[f.kind];
  return {
    kind: f.kind,
    severity: f.severity,
    severityLabel: c.severity[f.severity],
    count: f.count,
    title: text.title(words),
    meaning: text.meaning(words),
    advice: text.advice(words),
    items: f.items.map((item) => describeItem(item, tz, m, c)).filter(Boolean),
    aboutEvents: f.items.some((i) => i.id !== undefined || i.title !== undefined || i.index !== undefined || i.start !== undefined),
  };
}

export function describeSource(s: SourceCheck, m: Messages, c: CheckMessages, upcomingDays = UPCOMING_DAYS): DescribedSource {
  const tz = s.feed?.timezone ?? DEFAULT_TIMEZONE;
  return {
    source: s.source,
    heading: c.source(s.source),
    summary: s.feed ? c.summary(s.total, s.usable, s.upcoming, months(upcomingDays)) : null,
    findings: s.findings.map((f) => describeFinding(f, tz, m, c)),
  };
}

/** Over every source: nothing to fix, something to fix, or an empty calendar. */
export function verdictOf(report: CheckReport): Verdict {
  if (!report.showable) return 'empty';
  return report.sources.some((s) => s.findings.some((f) => f.severity !== 'notice')) ? 'fix' : 'ok';
}

/**
 * The report as plain text, for a terminal or a build log: each source with
 * its summary, each finding with what it means and what to do, at most
 * `maxItems` events per finding, and the verdict last.
 */
export function reportText(report: CheckReport, m: Messages, c: CheckMessages, maxItems = 5): string {
  const lines: string[] = [];
  for (const source of report.sources) {
    const described = describeSource(source, m, c);
    lines.push(described.heading);
    if (described.summary) lines.push(described.summary);
    for (const f of described.findings) {
      lines.push('', `${f.severityLabel}: ${f.title}`, `  ${c.labels.meaning}: ${f.meaning}`, `  ${c.labels.advice}: ${f.advice}`);
      if (f.items.length) {
        lines.push(`  ${c.labels.items}:`, ...f.items.slice(0, maxItems).map((item) => `  - ${item}`));
        if (f.items.length > maxItems) lines.push(`  ${c.more(f.items.length - maxItems)}`);
      }
    }
    lines.push('');
  }
  lines.push(c.verdict[verdictOf(report)]);
  return `${lines.join('\n')}\n`;
}

/**
 * `participation-calendar check --json`: the report for machines. Stable
 * fields (`kind`, `severity`, counts, the events concerned with their id and
 * start) and, beside them, the same sentences the text output prints.
 */
import type { CheckReport, FindingItem } from '../data/check/finding.js';
import { DEFAULT_TIMEZONE } from '../data/validate/validate.js';
import { formatIsoDate } from '../data/time/plain-date.js';
import { isoDateTime } from '../data/time/iso-date-time.js';
import type { CheckMessages } from '../i18n/check-messages.js';
import { describeItem, describeSource, verdictOf } from '../i18n/describe-check.js';
import type { Messages } from '../i18n/messages.js';

function itemJson(item: FindingItem, text: string, tz: string) {
  return {
    ...(item.index === undefined ? {} : { index: item.index }),
    ...(item.id === undefined ? {} : { id: item.id }),
    ...(item.title === undefined ? {} : { title: item.title }),
    ...(item.detail === undefined ? {} : { detail: item.detail }),
    ...(item.start === undefined ? {} : { start: item.allDay ? formatIsoDate(item.start) : isoDateTime(item.start, tz) }),
    text,
  };
}

export function checkJson(report: CheckReport, m: Messages, c: CheckMessages) {
  return {
    showable: report.showable,
    verdict: verdictOf(report),
    verdictText: c.verdict[verdictOf(report)],
    sources: report.sources.map((source) => {
      const tz = source.feed?.timezone ?? DEFAULT_TIMEZONE;
      const described = describeSource(source, m, c);
      return {
        source: source.source,
        events: source.total,
        usable: source.usable,
        upcoming: source.upcoming,
        ...(source.feed ? { timezone: tz } : {}),
        summary: described.summary,
        findings: source.findings.map((f, i) => {
          const words = described.findings[i];
          return {
            kind: f.kind,
            severity: f.severity,
            count: f.count,
            ...(Object.keys(f.data).length ? { data: f.data } : {}),
            title: words.title,
            meaning: words.meaning,
            advice: words.advice,
            items: f.items.map((item) => itemJson(item, describeItem(item, tz, m, c), tz)),
          };
        }),
      };
    }),
  };
}

/**
 * Which finding a skipped event or a dropped field belongs to. Validation
 * (validate/) writes one English sentence per problem and no code: a code per
 * problem would cost the widget's bundle bytes for something only the check
 * needs. Its sentences are regular, "event 12 'Title': <field> …", so the field
 * they begin with says the kind; test/unit/check/ runs every kind of problem
 * through parseFeed, so a changed sentence fails there, not silently here.
 */
import type { FeedWarning, SkippedEvent } from '../event.js';
import { quote } from '../validate/event-fields.js';
import type { FindingItem, FindingKind } from './finding.js';

/** "event 12 'Bürgerforum': " as validation writes it for this event (see event-fields.ts `label`). */
function labelOf(problem: { index: number; id?: string | undefined; title?: string | undefined }): string {
  return `event ${problem.id ?? `#${problem.index + 1}`}${problem.title === undefined ? '' : ` ${quote(problem.title)}`}: `;
}

/** The sentence without its label, and the event it is about. */
export function itemOf(problem: SkippedEvent | FeedWarning, title?: string): FindingItem {
  const withTitle = { ...problem, ...('title' in problem ? {} : title === undefined ? {} : { title }) };
  const label = labelOf(withTitle);
  // Feed-level warnings begin with "feed: ", an iCalendar entry's with "VEVENT 3 'Title': ".
  const detail = problem.reason.startsWith(label) ? problem.reason.slice(label.length) : problem.reason.replace(/^feed: /, '');
  return {
    ...(problem.index >= 0 ? { index: problem.index } : {}),
    ...(withTitle.id === undefined ? {} : { id: withTitle.id }),
    ...(withTitle.title === undefined ? {} : { title: withTitle.title }),
    detail,
  };
}

/** The kind of a skipped event, by the field its reason begins with. */
export function skippedKind(detail: string): FindingKind {
  if (/^id '.*' is already used by event #\d+$/s.test(detail)) return 'duplicate-id';
  if (/^start is a date(?:-time)? but end /.test(detail)) return 'skipped-end';
  if (/^is .*, not an event object$/.test(detail) || /^VEVENT \d+/.test(detail)) return 'skipped-entry';
  switch (/^[a-z]+/.exec(detail)?.[0]) {
    case 'id': return 'skipped-id';
    case 'title': return 'skipped-title';
    case 'start': return 'skipped-start';
    case 'end': return 'skipped-end';
    case 'rrule': case 'its': return 'skipped-rule';
    default: return 'skipped-other';
  }
}

/**
 * The kind of a dropped field, by the field its reason begins with. An event's
 * unknown `timezone` falls back to the feed's zone, not to Europe/Berlin as the
 * feed's does: a dropped field, not 'unknown-timezone'.
 */
export function warningKind(detail: string, index = -1): FindingKind {
  const field = /^[a-zA-Z.]+/.exec(detail)?.[0] ?? '';
  if (field === 'timezone' && index < 0) return 'unknown-timezone';
  if (field === 'format') return 'unknown-format';
  if (field === 'status') return 'unknown-status';
  if (field === 'exdates' || field === 'exdate') return 'exdates-ignored';
  // A link with a scheme that is not allowed, or one that is not a URL at all.
  if (/^(?:url|onlineUrl|registration\.url|subscribeUrl) /.test(detail) && / (?:uses the scheme|is not a valid URL|is not an absolute URL|is not an http\(s\) or webcal address)/.test(detail)) {
    return 'unsafe-link';
  }
  return 'dropped-field';
}

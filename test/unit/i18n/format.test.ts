import { expect } from '@open-wc/testing';
import type { FeedEvent, Occurrence } from '../../../src/data/event.js';
import { EventIndex } from '../../../src/data/occurrences/event-index.js';
import { allDayOccurrence, timedOccurrence } from '../../../src/data/occurrences/occurrence.js';
import { loadRecurrenceEngine } from '../../../src/data/recurrence/recurrence.js';
import { de } from '../../../src/i18n/de.js';
import { en } from '../../../src/i18n/en.js';
import { deadlineLabel, formatDay, formatInstant, timeLabel, timeLeft } from '../../../src/i18n/format.js';
import type { Messages } from '../../../src/i18n/messages.js';
import { day, eventOf, feedOf } from '../helpers.js';

const BERLIN = 'Europe/Berlin';

/** The one occurrence of a single event, seen from `displayTz` (the feed's zone is Berlin). */
function occurrenceOf(event: Partial<FeedEvent>, displayTz = BERLIN): Occurrence {
  const e = eventOf(event);
  return e.allDay ? allDayOccurrence(e, e.startDay) : timedOccurrence(e, e.start, e.end, displayTz);
}

/** The time line in both languages: [German, English]. */
function labels(event: Partial<FeedEvent>, displayTz = BERLIN): [string, string] {
  const occ = occurrenceOf(event, displayTz);
  return [timeLabel(occ, { m: de, timeZone: displayTz }), timeLabel(occ, { m: en, timeZone: displayTz })];
}

describe('format', () => {
  describe('timeLabel', () => {
    before(async () => {
      await loadRecurrenceEngine();
    });

    it('says "ganztägig" / "all day" for a one-day all-day event', () => {
      expect(labels({ start: '2026-11-05' })).to.deep.equal(['ganztägig', 'all day']);
    });

    it('says until when a multi-day all-day event ends ("bis 7. November")', () => {
      expect(labels({ start: '2026-11-05', end: '2026-11-07' })).to.deep.equal(['bis 7. November', 'until 7 November']);
    });

    it('gives start and end of a timed event on one day', () => {
      expect(labels({ start: '2026-11-05T18:00', end: '2026-11-05T20:00' })).to.deep.equal(['18:00–20:00 Uhr', '18:00–20:00']);
    });

    it('gives only the start when the feed has no end, or the end equals the start', () => {
      expect(labels({ start: '2026-11-05T18:00' })).to.deep.equal(['18:00 Uhr', '18:00']);
      expect(labels({ start: '2026-11-05T18:00', end: '2026-11-05T18:00' })).to.deep.equal(['18:00 Uhr', '18:00']);
    });

    it('keeps an event ending at exactly midnight on its day ("22:00–00:00 Uhr", not "endet am")', () => {
      expect(labels({ start: '2026-11-05T22:00', end: '2026-11-06T00:00' })).to.deep.equal(['22:00–00:00 Uhr', '22:00–00:00']);
    });

    it('says on which day an event ends when that is a later day ("endet am 6. Nov. um 01:00 Uhr")', () => {
      expect(labels({ start: '2026-11-05T22:00', end: '2026-11-06T01:00' }))
        .to.deep.equal(['22:00 Uhr, endet am 6. Nov. um 01:00 Uhr', '22:00, ends on 6 Nov at 01:00']);
      expect(labels({ start: '2026-11-05T09:00', end: '2026-11-06T17:00' }), 'a two-day event is no phase yet')
        .to.deep.equal(['09:00 Uhr, endet am 6. Nov. um 17:00 Uhr', '09:00, ends on 6 Nov at 17:00']);
    });

    it('gives a phase (7 days or more) as "bis" its last day, with the hour when it is timed', () => {
      const phase = occurrenceOf({ start: '2026-11-02T09:00', end: '2026-11-30T18:00' });
      expect(phase.isPhase).to.equal(true);
      expect(labels({ start: '2026-11-02T09:00', end: '2026-11-30T18:00' })).to.deep.equal(['bis 30. Nov., 18:00 Uhr', 'until 30 Nov, 18:00']);
      expect(labels({ start: '2026-11-02', end: '2026-11-29' }), 'an all-day phase').to.deep.equal(['bis 29. November', 'until 29 November']);
    });

    it('keeps 18:00 wall-clock across the October switch (a weekly series in Berlin)', () => {
      const index = new EventIndex(feedOf([{ id: 1, title: 'Sprechstunde', start: '2026-10-13T18:00', end: '2026-10-13T19:30', rrule: 'FREQ=WEEKLY;COUNT=3' }]), BERLIN);
      const occs = index.occurrences(day('2026-10-01'), day('2026-10-31'));
      expect(occs.map((o) => timeLabel(o, { m: de, timeZone: BERLIN }))).to.deep.equal(['18:00–19:30 Uhr', '18:00–19:30 Uhr', '18:00–19:30 Uhr']);
      expect(occs[2].start - occs[1].start, 'a week and the hour given back').to.equal((7 * 24 + 1) * 3_600_000);
    });

    it('reads the night of the March switch (2026-03-29) on the wall clock: 01:00–04:00 Uhr, and 02:30 as 03:30', () => {
      expect(labels({ start: '2026-03-29T01:00', end: '2026-03-29T04:00' })).to.deep.equal(['01:00–04:00 Uhr', '01:00–04:00']);
      expect(labels({ start: '2026-03-29T02:30' }), '02:30 did not exist that night').to.deep.equal(['03:30 Uhr', '03:30']);
    });

    it('reads the night of the October switch (2026-10-25) on the wall clock, the doubled hour either time', () => {
      expect(labels({ start: '2026-10-25T01:30', end: '2026-10-25T03:30' })).to.deep.equal(['01:30–03:30 Uhr', '01:30–03:30']);
      expect(labels({ start: '2026-10-25T02:30:00+02:00' })[0], 'the first 02:30 (CEST)').to.equal('02:30 Uhr');
      expect(labels({ start: '2026-10-25T02:30:00+01:00' })[0], 'the second 02:30 (CET)').to.equal('02:30 Uhr');
      expect(labels({ start: '2026-10-25T02:30:00+02:00', end: '2026-10-25T02:30:00+01:00' })[0], 'an hour that starts and ends at 02:30').to.equal('02:30–02:30 Uhr');
    });

    it('shows the times in the display zone, not the feed\'s', () => {
      const event = { start: '2026-11-05T18:00', end: '2026-11-05T20:00' };
      expect(labels(event, 'America/New_York')).to.deep.equal(['12:00–14:00 Uhr', '12:00–14:00']);
      expect(labels(event, 'Asia/Kolkata'), 'in Kolkata it ends after midnight')
        .to.deep.equal(['22:30 Uhr, endet am 6. Nov. um 00:30 Uhr', '22:30, ends on 6 Nov at 00:30']);
      expect(labels({ start: '2026-11-05T22:00', end: '2026-11-06T01:00' }, 'America/New_York'), 'a Berlin night is a New York evening')
        .to.deep.equal(['16:00–19:00 Uhr', '16:00–19:00']);
    });
  });

  describe('timeLeft', () => {
    it('says how long something open stays open: today, tomorrow, or in days', () => {
      const today = day('2026-11-05');
      const both = (lastDay: number) => [timeLeft(lastDay, today, de), timeLeft(lastDay, today, en)];
      expect(both(today)).to.deep.equal(['endet heute', 'ends today']);
      expect(both(today + 1)).to.deep.equal(['endet morgen', 'ends tomorrow']);
      expect(both(today + 2)).to.deep.equal(['noch 2 Tage', '2 days left']);
      expect(both(today + 30)).to.deep.equal(['noch 30 Tage', '30 days left']);
      expect(both(today - 1), 'a day already past still reads as today').to.deep.equal(['endet heute', 'ends today']);
    });
  });

  describe('deadlineLabel', () => {
    const today = day('2026-11-05');
    const ctx = (m: Messages, timeZone = BERLIN) => ({ m, timeZone });

    it('gives an all-day deadline with the days left', () => {
      const deadline = { allDay: true, day: day('2026-11-10') } as const;
      expect(deadlineLabel(deadline, today, ctx(de))).to.equal('Anmeldung bis 10. November (noch 5 Tage)');
      expect(deadlineLabel(deadline, today, ctx(en))).to.equal('Register by 10 November (5 days left)');
      expect(deadlineLabel({ allDay: true, day: today }, today, ctx(de)), 'the last day').to.equal('Anmeldung bis 5. November (endet heute)');
    });

    it('gives a timed deadline on its day in the display zone, with the hour the caller adds', () => {
      const deadline = { allDay: false, instant: Date.UTC(2026, 10, 6, 23, 30) } as const;
      expect(deadlineLabel(deadline, today, ctx(de), ', 00:30 Uhr'), '00:30 on the 7th in Berlin').to.equal('Anmeldung bis 7. November, 00:30 Uhr (noch 2 Tage)');
      expect(deadlineLabel(deadline, today, ctx(en, 'America/Los_Angeles'), ', 15:30'), '15:30 on the 6th in Los Angeles')
        .to.equal('Register by 6 November, 15:30 (ends tomorrow)');
    });

    it('says when a deadline has passed', () => {
      expect(deadlineLabel({ allDay: true, day: day('2026-11-04') }, today, ctx(de))).to.equal('Anmeldeschluss war am 4. November');
      expect(deadlineLabel({ allDay: false, instant: Date.UTC(2026, 10, 4, 22, 59) }, today, ctx(en))).to.equal('Registration closed on 4 November');
      expect(deadlineLabel({ allDay: false, instant: Date.UTC(2026, 10, 4, 23, 0) }, today, ctx(en)), 'midnight in Berlin is today').to.equal('Register by 5 November (ends today)');
    });
  });

  describe('formatDay', () => {
    const wednesday = day('2026-11-25');

    it('writes every pattern in German', () => {
      expect(['monthYear', 'fullDate', 'shortDate', 'dayMonth', 'weekdayShort', 'weekdayLong'].map((p) => formatDay(wednesday, p as 'fullDate', de)))
        .to.deep.equal(['November 2026', 'Mittwoch, 25. November 2026', '25. Nov.', '25. November', 'Mi', 'Mittwoch']);
    });

    it('writes every pattern in English', () => {
      expect(['monthYear', 'fullDate', 'shortDate', 'dayMonth', 'weekdayShort', 'weekdayLong'].map((p) => formatDay(wednesday, p as 'fullDate', en)))
        .to.deep.equal(['November 2026', 'Wednesday, 25 November 2026', '25 Nov', '25 November', 'Wed', 'Wednesday']);
    });

    it('names the months and weekdays of a whole year, Monday first (German short months as in a date: "1. März", "1. Sept.")', () => {
      const firsts = Array.from({ length: 12 }, (_, i) => formatDay(day(`2026-${String(i + 1).padStart(2, '0')}-01`), 'shortDate', de));
      expect(firsts).to.deep.equal(['1. Jan.', '1. Feb.', '1. März', '1. Apr.', '1. Mai', '1. Juni', '1. Juli', '1. Aug.', '1. Sept.', '1. Okt.', '1. Nov.', '1. Dez.']);
      const week = Array.from({ length: 7 }, (_, i) => formatDay(day('2026-11-23') + i, 'weekdayShort', de));
      expect(week).to.deep.equal(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
    });

    it('writes days far from today and before 1970', () => {
      expect(formatDay(day('1969-12-31'), 'fullDate', de)).to.equal('Mittwoch, 31. Dezember 1969');
      expect(formatDay(day('2100-02-28'), 'fullDate', en)).to.equal('Sunday, 28 February 2100');
    });
  });

  describe('formatInstant', () => {
    const lateEvening = Date.UTC(2026, 10, 5, 23, 30);

    it('writes the 24-hour clock time in the display zone, in both languages', () => {
      expect(formatInstant(lateEvening, BERLIN, 'time', de)).to.equal('00:30');
      expect(formatInstant(lateEvening, BERLIN, 'time', en)).to.equal('00:30');
      expect(formatInstant(lateEvening, 'America/Los_Angeles', 'time', en)).to.equal('15:30');
      expect(formatInstant(Date.UTC(2026, 10, 5, 9, 5), BERLIN, 'time', de)).to.equal('10:05');
    });

    it('writes the instant\'s day in the display zone', () => {
      expect(formatInstant(lateEvening, BERLIN, 'shortDate', de), 'already the 6th in Berlin').to.equal('6. Nov.');
      expect(formatInstant(lateEvening, 'America/Los_Angeles', 'shortDate', de), 'still the 5th in Los Angeles').to.equal('5. Nov.');
      expect(formatInstant(lateEvening, BERLIN, 'fullDate', en)).to.equal('Friday, 6 November 2026');
    });

    it('writes the doubled hour of 2026-10-25 as 02:30 both times', () => {
      expect(formatInstant(Date.UTC(2026, 9, 25, 0, 30), BERLIN, 'time', de)).to.equal('02:30');
      expect(formatInstant(Date.UTC(2026, 9, 25, 1, 30), BERLIN, 'time', de)).to.equal('02:30');
    });
  });
});

#!/usr/bin/env node
// Builds the demo's sample feed for "Musterstadt" with dates relative to a given
// day, so the demo never shows an empty calendar, whatever day it runs.
//
//   node demo/sample-feed.mjs              feed relative to today
//   node demo/sample-feed.mjs 2026-11-15   feed relative to that day (Berlin)
//
// All wall-clock times are Berlin times; their UTC offsets are computed per date
// with Intl, so events after the switch to or from summer time carry the right
// offset (+01:00 in winter, +02:00 in summer). Deterministic: no Math.random.
import { pathToFileURL } from 'node:url';
import { sampleEvents } from './sample-events.mjs';

const ZONE = 'Europe/Berlin';
const DAY_MS = 86_400_000;

const berlinDay = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});
const berlinOffset = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' });
const germanDate = new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });

const pad = (n) => String(n).padStart(2, '0');

/** Calendar days are plain day numbers (days since 1970-01-01), never instants. */
function dayOf(year, month, day) {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The Berlin calendar day an instant falls on. */
function berlinDayOf(date) {
  const parts = Object.fromEntries(berlinDay.formatToParts(date).map((p) => [p.type, p.value]));
  return dayOf(Number(parts.year), Number(parts.month), Number(parts.day));
}

/** `YYYY-MM-DD` of a day number. */
function isoDate(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Berlin's UTC offset in minutes at an instant. */
function offsetAt(instant) {
  const name = berlinOffset.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/**
 * ISO date-time with Berlin's offset for a wall-clock time on a day.
 * Two passes: the first guess (offset one hour before) is wrong only around a
 * DST switch, and the second pass corrects it.
 */
function berlinDateTime(day, hhmm) {
  const [h, min] = hhmm.split(':').map(Number);
  const wall = day * DAY_MS + (h * 60 + min) * 60_000;
  let offset = offsetAt(wall - 60 * 60_000);
  offset = offsetAt(wall - offset * 60_000);
  const abs = Math.abs(offset);
  return `${isoDate(day)}T${pad(h)}:${pad(min)}:00${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Christmas and New Year: no city schedules a workshop then. */
function isHoliday(day) {
  const monthDay = isoDate(day).slice(5);
  return ['12-24', '12-25', '12-26', '12-31', '01-01'].includes(monthDay);
}

/** 1 = Monday … 7 = Sunday (ISO weekday). */
function weekdayOf(day) {
  return ((new Date(day * DAY_MS).getUTCDay() + 6) % 7) + 1;
}

/**
 * Date helpers the event list is written with. Events are anchored either to the
 * current week (so the current week always has some) or to the n-th weekday of
 * the previous, current or next month (so each of those months has plenty, even
 * when today is the 1st or the 31st).
 */
function toolkit(today) {
  const monday = today - (weekdayOf(today) - 1);
  const { year, month } = (() => {
    const d = new Date(today * DAY_MS);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
  })();
  return {
    today,
    year,
    /** today + n days */
    rel: (n) => today + n,
    /** weekday (1–7) of the week `k` weeks from the current one (a week later on a holiday) */
    week(k, weekday) {
      let day = monday + 7 * k + (weekday - 1);
      while (isHoliday(day)) day += 7;
      return day;
    },
    /**
     * n-th (1…4, or -1 for last) weekday of the month `m` months from the current
     * one; a week earlier (or later in January) when that is a holiday.
     */
    nth(m, n, weekday) {
      let day;
      if (n < 0) {
        const last = dayOf(year, month + m + 1, 1) - 1;
        day = last - ((weekdayOf(last) - weekday + 7) % 7);
      } else {
        const first = dayOf(year, month + m, 1);
        day = first + ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1);
      }
      while (isHoliday(day)) day += isoDate(day).endsWith('01-01') ? 7 : -7;
      return day;
    },
    date: isoDate,
    at: berlinDateTime,
    /** "Dienstag, 24. November" */
    longDate: (day) => germanDate.format(new Date(day * DAY_MS)),
  };
}

/**
 * The sample feed relative to `today` (its Berlin calendar day).
 * @param {Date} [today]
 * @returns {{ timezone: 'Europe/Berlin', events: import('../src/data/event.ts').FeedEvent[] }}
 */
export function buildSampleFeed(today = new Date()) {
  const events = sampleEvents(toolkit(berlinDayOf(today)));
  events.sort((a, b) => a.start.localeCompare(b.start) || String(a.id).localeCompare(String(b.id)));
  return { timezone: ZONE, events };
}

/** Exposed for the tests of the sample feed itself. */
export { berlinDateTime, berlinDayOf, isoDate };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = process.argv[2];
  if (arg && !/^\d{4}-\d{2}-\d{2}$/.test(arg)) {
    console.error(`Usage: node demo/sample-feed.mjs [YYYY-MM-DD]  (got "${arg}")`);
    process.exit(2);
  }
  // Noon UTC is the same calendar day in Berlin all year round.
  const today = arg ? new Date(`${arg}T12:00:00Z`) : new Date();
  process.stdout.write(`${JSON.stringify(buildSampleFeed(today), null, 2)}\n`);
}

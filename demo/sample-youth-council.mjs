// The demo's second source: the youth council's own calendar, as Google
// Calendar exports it (iCalendar, times in UTC, the calendar's name in
// X-WR-CALNAME), with dates relative to a given day like the city's feed. One
// of its events is also in the city's feed: the widget shows it once.
import { buildSampleFeed } from './sample-feed.mjs';

const pad = (n) => String(n).padStart(2, '0');
const utc = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00Z`;
};
const DAY = 86_400_000;

/** The youth council's calendar as iCalendar text (CRLF lines). */
export function buildYouthCouncilCalendar(now = new Date()) {
  // Monday of this week, 16:30 UTC (17:30 in Berlin in winter, 18:30 in summer: a UTC calendar's meeting keeps its UTC time).
  const monday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - ((now.getUTCDay() + 6) % 7) * DAY;
  const events = [
    ['jr-sitzung', 'Sitzung des Jugendrats', monday + DAY * 2 + 16.5 * 3_600_000, 90, 'Jugendzentrum Mitte, Raum 2', 'RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=8'],
    ['jr-umfrage', 'Online-Umfrage: Was fehlt jungen Leuten in Musterstadt?', monday + DAY * 3 + 15 * 3_600_000, 60, 'Online', null],
    ['jr-skatepark', 'Skatepark-Werkstatt mit dem Jugendrat', monday + DAY * 12 + 14 * 3_600_000, 180, 'Skatepark am Fluss', null],
  ];
  // Also in the city's feed: the same title, start and place.
  const shared = buildSampleFeed(now).events.find((e) => /T\d/.test(e.start) && e.location?.name && !e.rrule && Date.parse(e.start) > now.getTime());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Jugendrat Musterstadt//Kalender//DE', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:Jugendrat Musterstadt', 'X-WR-TIMEZONE:UTC'];
  const stamp = utc(now.getTime());
  for (const [uid, title, start, minutes, place, rule] of events) {
    lines.push('BEGIN:VEVENT', `UID:${uid}@jugendrat.musterstadt.example`, `DTSTAMP:${stamp}`, `DTSTART:${utc(start)}`, `DTEND:${utc(start + minutes * 60_000)}`,
      `SUMMARY:${title}`, `LOCATION:${place}`, 'CATEGORIES:Jugend', ...(rule ? [rule] : []), 'END:VEVENT');
  }
  if (shared) {
    lines.push('BEGIN:VEVENT', `UID:stadt-${shared.id}@jugendrat.musterstadt.example`, `DTSTAMP:${stamp}`, `DTSTART:${utc(Date.parse(shared.start))}`,
      `SUMMARY:${shared.title}`, `LOCATION:${shared.location.name}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

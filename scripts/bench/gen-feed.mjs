// Seeded synthetic feed for the benchmark: N citizen-participation events over 2026 in the
// element's JSON feed format (src/data/event.ts, FeedEvent). Deterministic: mulberry32 PRNG,
// never Math.random, so the same (n, seed) gives byte-identical JSON and runs stay comparable.
//
// Mix: ~10% RRULE series (weekly for 4–20 weeks or to the year's end, monthly on the nth
// weekday; some with exdates), ~5% all-day events and multi-day phases, the rest timed events
// 08:00–20:45 Europe/Berlin, plus fixed events on and across both DST switches (2026-03-29,
// 2026-10-25). Offsets come from Intl (the real tz database), not from hard-coded switch dates.
//
//   node scripts/bench/gen-feed.mjs 1000 > feed.json
import { pathToFileURL } from 'node:url';

const ZONE = 'Europe/Berlin';
const KINDS = ['Bürgerwerkstatt', 'Infoabend', 'Online-Umfrage', 'Stadtteilspaziergang', 'Planungswerkstatt',
  'Runder Tisch', 'Jugendforum', 'Einwohnerversammlung', 'Bürgersprechstunde', 'Zukunftswerkstatt', 'Dialogforum',
  'Ortsbeiratssitzung', 'Ideenwerkstatt', 'Beteiligungsphase'];
// [topic, its category]: titles and categories stay plausible together.
const TOPICS = [['Radverkehr', 'Mobilität'], ['Busnetz', 'Mobilität'], ['Marktplatz', 'Stadtentwicklung'],
  ['Neubaugebiet Nord', 'Stadtentwicklung'], ['Klimaanpassung', 'Umwelt & Klima'], ['Stadtbäume', 'Umwelt & Klima'],
  ['Spielplätze', 'Familie & Soziales'], ['Seniorentreff', 'Familie & Soziales'], ['Schulwege', 'Bildung'],
  ['Ganztagsschule', 'Bildung'], ['Stadtmuseum', 'Kultur'], ['Bürgerhaushalt', 'Haushalt & Finanzen'],
  ['Lärmaktionsplan', 'Umwelt & Klima'], ['Quartiersplatz', 'Stadtentwicklung'], ['Jugendzentrum', 'Familie & Soziales']];
const CATEGORIES = [...new Set(TOPICS.map(([, c]) => c))];
const DISTRICTS = ['Altstadt', 'Südstadt', 'Weststadt', 'Nordend', 'Oststadt', 'Hafenviertel', 'Gartenstadt',
  'Lindenhof', 'Kirchberg', 'Am Mühlbach'];
const VENUES = [['Rathaus, Großer Sitzungssaal', 'Marktplatz 1'], ['Stadtbibliothek', 'Schillerstraße 12'],
  ['Bürgerhaus', 'Lindenallee 4'], ['Volkshochschule, Raum 1.08', 'Goethestraße 30'], ['Gemeindezentrum', 'Kirchgasse 7']];
const ORGANIZERS = ['Amt für Stadtplanung', 'Umweltamt', 'Stabsstelle Bürgerbeteiligung', 'Tiefbauamt', 'Jugendamt'];
const FORMATS = ['in-person', 'in-person', 'online', 'hybrid'];
const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const DAY = 86_400_000;

/** mulberry32: tiny, fast, good enough for test data; returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- time zone arithmetic through Intl ----
const wallFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
  hour: 'numeric', minute: 'numeric', second: 'numeric',
});
/** The wall-clock time in ZONE at `instant`, as "UTC ms that mean wall-clock". */
function wallMs(instant) {
  const p = Object.fromEntries(wallFormat.formatToParts(instant).map(({ type, value }) => [type, Number(value)]));
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}
const offsetAt = (instant) => wallMs(instant) - instant;

/** The instant of a Berlin wall-clock time. Throws for times the spring switch skips. */
export function zonedInstant(y, m, d, h = 0, min = 0) {
  const wall = Date.UTC(y, m - 1, d, h, min);
  let t = wall - offsetAt(wall);
  const second = wall - offsetAt(t); // the first guess may sit on the other side of a switch
  if (second !== t) t = second;
  if (wallMs(t) !== wall) throw new Error(`${y}-${m}-${d} ${h}:${min} does not exist in ${ZONE}`);
  return t;
}

const pad = (n) => String(n).padStart(2, '0');
const offsetText = (ms) => `${ms < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(ms) / 3_600_000))}:${pad((Math.abs(ms) / 60_000) % 60)}`;
/** ISO 8601 with the offset that applies then, e.g. 2026-11-03T18:00:00+01:00. */
export function isoAt(instant) {
  const w = new Date(wallMs(instant));
  return `${w.toISOString().slice(0, 19)}${offsetText(offsetAt(instant))}`;
}
const iso = (y, m, d, h, min) => isoAt(zonedInstant(y, m, d, h, min));
/** RRULE UNTIL in UTC (YYYYMMDDTHHMMSSZ). */
const untilUtc = (instant) => new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
/** Day arithmetic on plain dates (UTC noon avoids any zone effect). */
const ymd = (dayMs) => { const x = new Date(dayMs); return [x.getUTCFullYear(), x.getUTCMonth() + 1, x.getUTCDate()]; };
const dateText = (dayMs) => new Date(dayMs).toISOString().slice(0, 10);
/** The nth (1–4) given weekday of a month, as a day ms. */
function nthWeekday(y, m, weekday, nth) {
  const first = Date.UTC(y, m - 1, 1);
  return first + (((weekday - new Date(first).getUTCDay() + 7) % 7) + (nth - 1) * 7) * DAY;
}

function makeBase(rand, pick, i) {
  const [topic, category] = pick(TOPICS);
  const district = pick(DISTRICTS);
  const kind = pick(KINDS);
  const format = kind === 'Online-Umfrage' ? 'online' : pick(FORMATS);
  const categories = [category];
  if (rand() < 0.25) { const extra = pick(CATEGORIES); if (extra !== category) categories.push(extra); }
  const ev = {
    id: `e${String(i).padStart(5, '0')}`,
    title: rand() < 0.5 ? `${kind} ${topic}` : `${kind} ${district}`,
    description: `Wie soll es mit dem Thema „${topic}“ im Stadtteil ${district} weitergehen? Bringen Sie Ihre Ideen und Fragen ein.`,
    format,
    categories,
    district,
    organizer: pick(ORGANIZERS),
    url: `https://beteiligung.example.de/vorhaben/${i}`,
  };
  if (format !== 'online') { const [name, street] = pick(VENUES); ev.location = { name, address: `${street}, 12345 Musterstadt` }; }
  if (format !== 'in-person') ev.onlineUrl = `https://video.example.de/raum-${i}`;
  if (rand() < 0.15) ev.registration = { url: `https://beteiligung.example.de/anmeldung/${i}` };
  if (rand() < 0.2) ev.accessibility = 'Stufenloser Zugang, induktive Höranlage; Gebärdensprache auf Anfrage.';
  return ev;
}

/** Fixed events on and across both DST switches; they are part of N (the first ids). */
function dstEvents(make) {
  return [
    make('Nacht der Ideen (über die Umstellung auf Sommerzeit)', iso(2026, 3, 28, 22, 0), iso(2026, 3, 29, 4, 0)),
    make('Stadtteilspaziergang am Tag der Sommerzeit', iso(2026, 3, 29, 10, 0), iso(2026, 3, 29, 12, 0)),
    make('Lange Nacht der Beteiligung (über die Umstellung auf Winterzeit)', iso(2026, 10, 24, 23, 0), iso(2026, 10, 25, 3, 30)),
    make('Bürgersprechstunde am Tag der Winterzeit', iso(2026, 10, 25, 11, 0), iso(2026, 10, 25, 13, 0)),
    // Weekly at 18:00 across the spring switch: the wall time must stay 18:00; one exdate after the switch.
    make('Runder Tisch Radverkehr (wöchentlich, über die Sommerzeit)', iso(2026, 3, 17, 18, 0), iso(2026, 3, 17, 19, 30),
      { rrule: `FREQ=WEEKLY;BYDAY=TU;UNTIL=${untilUtc(zonedInstant(2026, 4, 28, 23, 59))}`, exdates: [iso(2026, 4, 7, 18, 0)] }),
    make('Jugendforum Altstadt (wöchentlich, über die Winterzeit)', iso(2026, 10, 6, 18, 0), iso(2026, 10, 6, 19, 30),
      { rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=8' }),
    make('Ortsbeirat Südstadt (monatlich, 2. Dienstag)', iso(2026, 1, 13, 19, 0), iso(2026, 1, 13, 21, 0),
      { rrule: 'FREQ=MONTHLY;BYDAY=2TU', exdates: [iso(2026, 8, 11, 19, 0)] }),
    make('Beteiligungsphase Lärmaktionsplan (über die Winterzeit)', '2026-10-19', '2026-11-08'),
  ];
}

export function generateFeed(n, seed = 2026) {
  const rand = mulberry32(seed ^ Math.imul(n, 0x9e3779b1));
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const events = [];
  let fixed = 0; // the fixed events are built before any is pushed: number them here
  const make = (title, start, end, extra = {}) => ({ ...makeBase(rand, pick, fixed++), title, start, end, ...extra });
  if (n >= 20) events.push(...dstEvents(make));
  const jan1 = Date.UTC(2026, 0, 1);
  for (let i = events.length; i < n; i++) {
    const ev = makeBase(rand, pick, i);
    const dayMs = jan1 + Math.floor(rand() * 365) * DAY;
    const [y, m, d] = ymd(dayMs);
    const weekday = new Date(dayMs).getUTCDay();
    const roll = rand();
    if (roll < 0.05) {
      // All-day (one day) or a participation phase of 2–35 days (end inclusive; may run into 2027).
      ev.start = dateText(dayMs);
      if (rand() < 0.6) ev.end = dateText(dayMs + (1 + Math.floor(rand() * 34)) * DAY);
    } else {
      const h = 8 + Math.floor(rand() * 13);
      const min = pick([0, 0, 0, 15, 30, 30, 45]);
      const start = zonedInstant(y, m, d, h, min);
      ev.start = isoAt(start);
      ev.end = isoAt(start + pick([60, 90, 90, 120, 120, 150, 180]) * 60_000);
      if (roll >= 0.9) addRule(ev, rand, pick, { y, m, d, h, min, dayMs, weekday });
    }
    const status = rand();
    if (status < 0.03) ev.status = 'cancelled';
    else if (status < 0.04) ev.status = 'postponed';
    events.push(ev);
  }
  return { timezone: ZONE, events: events.slice(0, n) };
}

/** Turns a timed event into a series; exdates use the occurrence's own offset (CET or CEST). */
function addRule(ev, rand, pick, { y, m, d, h, min, dayMs, weekday }) {
  if (rand() < 0.65) {
    const weeks = 4 + Math.floor(rand() * 17);
    const lastDay = dayMs + (weeks - 1) * 7 * DAY;
    const toYearEnd = rand() < 0.25 || lastDay >= Date.UTC(2027, 0, 1);
    const until = toYearEnd ? zonedInstant(2026, 12, 31, 23, 59) : zonedInstant(...ymd(lastDay), 23, 59);
    ev.rrule = `FREQ=WEEKLY;BYDAY=${BYDAY[weekday]};UNTIL=${untilUtc(until)}`;
    if (rand() < 0.4) {
      const k = 1 + Math.floor(rand() * 3); // a holiday a few weeks in, sometimes a second one
      ev.exdates = [iso(...ymd(dayMs + k * 7 * DAY), h, min)];
      if (rand() < 0.4 && k + 2 < weeks) ev.exdates.push(iso(...ymd(dayMs + (k + 2) * 7 * DAY), h, min));
    }
  } else {
    // Monthly on the nth weekday of the start (1–4; a 5th one does not exist every month).
    const nth = Math.min(4, Math.ceil(d / 7));
    const startDay = nthWeekday(y, m, weekday, nth);
    const [sy, sm, sd] = ymd(startDay);
    const shift = zonedInstant(sy, sm, sd, h, min) - zonedInstant(y, m, d, h, min);
    ev.start = isoAt(Date.parse(ev.start) + shift); // move the start onto the rule's first occurrence
    ev.end = isoAt(Date.parse(ev.end) + shift);
    ev.rrule = `FREQ=MONTHLY;BYDAY=${nth}${BYDAY[weekday]};COUNT=${3 + Math.floor(rand() * 8)}`;
    if (rand() < 0.25) { // skip the second occurrence
      const [ny, nm] = m === 12 ? [y + 1, 1] : [y, m + 1];
      ev.exdates = [iso(...ymd(nthWeekday(ny, nm, weekday, nth)), h, min)];
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(JSON.stringify(generateFeed(Number(process.argv[2] || 100), Number(process.argv[3] || 2026))));
}

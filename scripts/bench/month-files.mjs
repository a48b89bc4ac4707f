// The 100,000-event feed of scenario range-100k, written as one JSON file per month (as
// `participation-calendar split` writes them) for a src with {from}: eight years (2022–2029)
// of 12,500 generated events each (gen-feed.mjs makes 2026; each year is that year's copy
// with the year replaced, other seeds, ids made unique), ~1,040 events a month. A month's
// file has every event that touches it: a multi-day event in each month it spans, a series
// in every month from its start to the end of its year (the generator's series end by then).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateFeed } from './gen-feed.mjs';

const YEARS = [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029];
const PER_YEAR = 12_500;

/** Writes `<dir>/<YYYY-MM-01>.json` for every month of the eight years; returns the number of events. */
export function writeMonthFiles(dir) {
  mkdirSync(dir, { recursive: true });
  const months = new Map();
  let total = 0;
  for (const year of YEARS) {
    const text = JSON.stringify(generateFeed(PER_YEAR, year).events).replaceAll('2026', String(year));
    for (const event of JSON.parse(text)) {
      event.id = `${year}-${event.id}`;
      total++;
      const first = Number(event.start.slice(5, 7));
      const last = event.rrule ? 12 : Number((event.end ?? event.start).slice(5, 7));
      for (let m = first; m <= last; m++) {
        const key = `${year}-${String(m).padStart(2, '0')}-01`;
        if (!months.has(key)) months.set(key, []);
        months.get(key).push(event);
      }
    }
  }
  for (const [key, events] of months) writeFileSync(join(dir, `${key}.json`), JSON.stringify({ timezone: 'Europe/Berlin', events }));
  return total;
}

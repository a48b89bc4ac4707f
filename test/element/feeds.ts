import type { Feed, FeedEvent } from '../../src/data/event.js';

/** A small November-2026 feed in Europe/Berlin (winter time, +01:00). */
export const novemberEvents: FeedEvent[] = [
  {
    id: 'werkstatt',
    title: 'Bürgerwerkstatt Innenstadt',
    start: '2026-11-10T18:00:00+01:00',
    end: '2026-11-10T20:30:00+01:00',
    format: 'in-person',
    location: { name: 'Stadtbibliothek', address: 'Marktplatz 1, 67655 Musterstadt' },
    district: 'Innenstadt',
    categories: ['Stadtentwicklung'],
    organizer: 'Referat Stadtentwicklung',
    url: 'https://www.musterstadt.example/beteiligung/werkstatt',
    registration: { url: 'https://www.musterstadt.example/anmeldung', deadline: '2026-11-08' },
    accessibility: 'Barrierefreier Zugang, Induktionsschleife',
    description: 'Wie soll die Innenstadt 2040 aussehen?\nBringen Sie Ihre Ideen mit.',
  },
  {
    id: 'info-online',
    title: 'Informationsabend Radverkehr',
    start: '2026-11-10T19:00:00+01:00',
    end: '2026-11-10T20:00:00+01:00',
    format: 'online',
    onlineUrl: 'https://meet.musterstadt.example/radverkehr',
  },
  {
    id: 'abgesagt',
    title: 'Stadtteilspaziergang Nord',
    start: '2026-11-12T15:00:00+01:00',
    end: '2026-11-12T17:00:00+01:00',
    status: 'cancelled',
    format: 'in-person',
    location: { name: 'Treffpunkt Nordpark' },
  },
  {
    id: 'umfrage',
    title: 'Online-Umfrage Klimaschutz',
    start: '2026-11-02',
    end: '2026-11-29',
    format: 'online',
  },
  {
    id: 'nacht',
    title: 'Lange Nacht der Demokratie',
    start: '2026-11-20T22:00:00+01:00',
    end: '2026-11-21T01:00:00+01:00',
    format: 'hybrid',
  },
];

export const novemberFeed: Feed = { timezone: 'Europe/Berlin', events: novemberEvents };

/** Five events on one day: more than a cell shows. */
export function crowdedDay(day = '2026-11-17', count = 5): FeedEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `crowd-${i}`,
    title: `Sitzung ${i + 1}`,
    start: `${day}T${String(9 + i).padStart(2, '0')}:00:00+01:00`,
    end: `${day}T${String(10 + i).padStart(2, '0')}:00:00+01:00`,
  }));
}

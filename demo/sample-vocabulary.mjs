// Shared vocabulary of the sample feed: the city's organisers, venues and
// accessibility notes, and the two event builders. Kept apart from the event
// lists so those read as a programme, not as plumbing.
export const BASE = 'https://www.musterstadt.example/beteiligung/';
export const [MO, TU, WE, TH, FR, SA, SU] = [1, 2, 3, 4, 5, 6, 7];

export const ORG = {
  planning: 'Stadtverwaltung Musterstadt – Referat Stadtentwicklung',
  mobility: 'Stadtverwaltung Musterstadt – Amt für Mobilität',
  climate: 'Stadtverwaltung Musterstadt – Klimaschutzmanagement',
  youth: 'Jugendamt Musterstadt und Stadtjugendring e. V.',
  seniors: 'Seniorenbeirat der Stadt Musterstadt',
  budget: 'Stadtverwaltung Musterstadt – Kämmerei',
  participation: 'Stadtverwaltung Musterstadt – Stabsstelle Bürgerbeteiligung',
  digital: 'Stadtverwaltung Musterstadt – Amt für Digitalisierung',
  green: 'Stadtverwaltung Musterstadt – Grünflächenamt',
};

export const PLACE = {
  rathaus: { name: 'Rathaus, Ratssaal', address: 'Marktplatz 1, 12345 Musterstadt' },
  festsaal: { name: 'Rathaus, Festsaal', address: 'Marktplatz 1, 12345 Musterstadt' },
  techRathaus: { name: 'Technisches Rathaus, Foyer', address: 'Bahnhofstraße 12, 12345 Musterstadt' },
  buergerhausNord: { name: 'Bürgerhaus Nord', address: 'Nordring 40, 12347 Musterstadt' },
  stadtteilzentrumWest: { name: 'Stadtteilzentrum West', address: 'Weststraße 77, 12349 Musterstadt' },
  altePost: { name: 'Jugendzentrum „Alte Post“', address: 'Poststraße 3, 12345 Musterstadt' },
  begegnung: { name: 'Seniorenbegegnungsstätte Altstadt', address: 'Kirchgasse 4, 12345 Musterstadt' },
  hochschule: { name: 'Hochschule Musterstadt, Hörsaal A 1', address: 'Hochschulstraße 5, 12348 Musterstadt' },
  schuleOst: { name: 'Gesamtschule Ost, Aula', address: 'Ostendstraße 21, 12346 Musterstadt' },
  kulturbahnhof: { name: 'Kulturbahnhof', address: 'Am Güterbahnhof 3, 12345 Musterstadt' },
  grundschuleSued: { name: 'Grundschule Südpark, Mensa', address: 'Parkstraße 18, 12350 Musterstadt' },
};

/** Access facts (the feed's `accessibility` object); several combine with `{ ...ACCESS.loop, ...ACCESS.sign }`. */
export const ACCESS = {
  loop: { stepFree: true, hearingLoop: true },
  sign: { signLanguage: 'on-request' },
  stepFree: { stepFree: true, accessibleToilet: true, note: 'Barrierefreier Zugang über den Seiteneingang, barrierefreies WC im Erdgeschoss' },
  walk: { note: 'Die Route ist rollstuhlgerecht; Begleitpersonen sind willkommen.' },
  subtitles: { speechToText: true, signLanguage: 'on-request', note: 'Live-Untertitel im Stream' },
};

/** Event builders bound to the date helpers `t` of sample-feed.mjs. */
export function builders(t) {
  const timed = (slug, day, from, to, fields) => ({
    id: `${slug}-${t.date(day)}`,
    title: fields.title,
    start: t.at(day, from),
    // An end before the start means the event runs past midnight.
    end: to < from ? t.at(day + 1, to) : t.at(day, to),
    ...fields,
    url: BASE + slug,
  });
  const allDay = (slug, first, last, fields) => ({
    id: `${slug}-${t.date(first)}`,
    title: fields.title,
    start: t.date(first),
    end: last === first ? undefined : t.date(last),
    ...fields,
    url: BASE + slug,
  });
  return { timed, allDay };
}

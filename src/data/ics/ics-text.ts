/**
 * DESCRIPTION text as calendar programs write it -> the feed's plain text.
 * CMS exports (WordPress, TYPO3) often leave HTML entities (`&#8211;`,
 * `&amp;`) or even tags in DESCRIPTION; the widget shows text, never HTML,
 * so they would appear literally.
 */

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  bdquo: '„', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', sbquo: '‚', euro: '€',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß',
};

const TAG = /<\/?(?:a|b|i|u|em|strong|p|div|span|br|ul|ol|li|h[1-6])\b[^<>]*>/i;

/** Plain text from a DESCRIPTION that may carry HTML tags or entities. */
export function plainText(text: string): string {
  let s = text;
  if (TAG.test(s)) {
    s = s
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<li\b[^<>]*>/gi, '\n• ')
      .replace(/<\/(?:p|div|ul|ol|h[1-6])>/gi, '\n\n')
      .replace(/<\/?[a-z][a-z0-9]*\b[^<>]*>/gi, '');
  }
  return decodeEntities(s).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** `Kinder &amp; Jugend` -> `Kinder & Jugend`: WordPress stores titles and term names encoded. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (entity, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? entity;
    const cp = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF) ? String.fromCodePoint(cp) : entity;
  });
}

export interface Trailer {
  text: string;
  organizer?: string;
  onlineUrl?: string;
  registrationUrl?: string;
}

/**
 * Takes apart the last paragraph the export appends (ics-export.ts: organizer,
 * online link, registration link, page link), so a round trip gives the fields
 * back instead of growing the text. Only a paragraph made of nothing else counts.
 */
export function splitTrailer(description: string, url: string | undefined): Trailer {
  const at = description.lastIndexOf('\n\n');
  const found: Trailer = { text: at < 0 ? '' : description.slice(0, at).trim() };
  for (const line of (at < 0 ? description : description.slice(at + 2)).split('\n')) {
    const m = /^(Veranstalter|Online|Anmeldung): (.+)$/.exec(line.trim());
    if (m?.[1] === 'Veranstalter') found.organizer = m[2];
    else if (m?.[1] === 'Online' && !/\s/.test(m[2])) found.onlineUrl = m[2];
    else if (m?.[1] === 'Anmeldung' && !/\s/.test(m[2])) found.registrationUrl = m[2];
    else if (!url || line.trim() !== url) return { text: description };
  }
  return found;
}

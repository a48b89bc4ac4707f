/**
 * Text normalisation for the free-text filter. Residents type the way they
 * type into any search box: lower case, without accents, `ue` for `ü` (on a
 * keyboard without umlauts, or out of habit), `ss` for `ß`. Query and event
 * text go through the same function, so whatever both spellings collapse to,
 * they collapse to the same thing.
 */

/** Letters NFKD leaves alone although people type them as plain Latin letters. */
const LATIN_FALLBACKS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ς: 'σ',
};
const MARK = /\p{M}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Latin, Greek, Cyrillic and punctuation by code point in a dense array (consulted for every non-ASCII character), the rest in a map. */
const nearCache = new Array<string | undefined>(0x3000).fill(undefined);
const farCache = new Map<number, string>();

/**
 * What one non-ASCII character becomes: '' (a mark: `ü` is `u` + mark), ' ' (it
 * separates words), or lower-case letters and digits (`ß` → `ss`, `Ⅻ` → `xii`).
 * Decided once per character and remembered: Unicode property classes in a
 * regular expression over whole texts cost V8 tens of nanoseconds per
 * character, a third of a second for 10,000 descriptions. Decomposing one
 * character at a time gives what decomposing the text would (NFKD only
 * splits characters; the order of marks it fixes does not matter once they go).
 */
function normalizeChar(codePoint: number): string {
  const cached = codePoint < 0x3000 ? nearCache[codePoint] : farCache.get(codePoint);
  if (cached !== undefined) return cached;
  let result = '';
  // Lower-casing can bring new marks (`İ` → `i` + dot above), and NFKD can bring
  // capitals (`ᴬ` → `A`): lower-case on both sides of decomposing.
  for (const part of String.fromCodePoint(codePoint).toLowerCase().normalize('NFKD')) {
    const lower = part.toLowerCase();
    result += MARK.test(lower) ? '' : LATIN_FALLBACKS[lower] ?? (LETTER_OR_DIGIT.test(lower) ? lower : ' ');
  }
  if (codePoint < 0x3000) nearCache[codePoint] = result;
  else farCache.set(codePoint, result);
  return result;
}

const SPACE = 0x20, A = 0x61, E = 0x65, O = 0x6f, U = 0x75;
const utf16 = new TextDecoder('utf-16le');

/** The output of `normalizeForSearch` while it runs: module state, so the per-character step allocates nothing. */
let out = new Uint16Array(1024), n = 0, prev = SPACE, gap = false;

/** Appends a letter or digit (lower case, ASCII or not). */
function emit(c: number): void {
  if (c === E && (prev === A || prev === O || prev === U)) return;
  if (n + 2 > out.length) {
    const grown = new Uint16Array(out.length * 2);
    grown.set(out);
    out = grown;
  }
  if (gap) {
    if (n > 0) out[n++] = SPACE;
    gap = false;
  }
  out[n++] = prev = c;
}

/**
 * Lower case, accents and umlauts removed (`ä`/`ae` → `a`, `ß` → `ss`),
 * everything that is not a letter or digit turned into one space, trimmed.
 *
 * `ü` is `u` once its mark is gone, and `ue` must meet it there, so every
 * run of `e` after a/o/u is dropped (the whole run, so that the function is
 * idempotent: `uee` → `u`). That only ever shortens a word, never changes
 * what comes before, so a prefix of what someone types stays a prefix of the
 * normalised word: `bue`, `buer`, `buerg` all lead to `burgerburo`. The
 * price (`Feuer` is `feur`, `Israel` is `isral`) is paid on both sides.
 */
export function normalizeForSearch(text: string): string {
  n = 0;
  prev = SPACE;
  gap = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
      if ((c >= A && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) emit(c);
      else {
        gap = true;
        prev = SPACE;
      }
      continue;
    }
    const codePoint = text.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    const replacement = normalizeChar(codePoint);
    for (let j = 0; j < replacement.length; j++) {
      const r = replacement.charCodeAt(j);
      if (r !== SPACE) emit(r);
      else {
        gap = true;
        prev = SPACE;
      }
    }
  }
  return utf16.decode(out.subarray(0, n));
}

/** The normalised, non-empty words of a query. */
export function searchWords(query: string): string[] {
  const normalized = normalizeForSearch(query);
  return normalized === '' ? [] : normalized.split(' ');
}

const HYPHENS = /[-\u2010\u2011]/g;
/** Separate from HYPHENS: `replace` would reset the `lastIndex` the scan relies on. */
const NEXT_HYPHEN = /[-\u2010\u2011]/g;
const isSpace = (c: number) => c <= SPACE || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x3000;

/** `Rad-Verkehr` → `radverkehr`, for every hyphenated compound of the text. */
function joinedCompounds(text: string): string[] {
  const joined: string[] = [];
  NEXT_HYPHEN.lastIndex = 0;
  for (let hit = NEXT_HYPHEN.exec(text); hit; hit = NEXT_HYPHEN.exec(text)) {
    let start = hit.index, end = hit.index + 1;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    // The whole token, hyphens dropped: `(Rad-Verkehr),` gives `radverkehr`.
    const words = normalizeForSearch(text.slice(start, end).replace(HYPHENS, ''));
    if (words) joined.push(words);
    NEXT_HYPHEN.lastIndex = end;
  }
  return joined;
}

/**
 * The words of a text as one string, ` word word word`, so that "some word
 * starts with q" is `haystack.includes(' ' + q)`: one native substring search
 * per query word, no normalisation and no allocation while filtering.
 *
 * Hyphenated compounds are also kept joined (`Rad-Verkehr` → `rad`, `verkehr`,
 * `radverkehr`), so the query `radverkehr` finds it as well as `verkehr` does.
 */
export function searchHaystack(text: string): string {
  const words = normalizeForSearch(text);
  if (words === '') return '';
  const joined = joinedCompounds(text);
  return joined.length ? ` ${words} ${joined.join(' ')}` : ` ${words}`;
}

/** Whether every needle (` word`, from `searchNeedles`) starts some word of the haystack. */
export function haystackMatches(haystack: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (!haystack.includes(needle)) return false;
  return true;
}

/** A query as needles for `haystackMatches`; none when the query has no words. */
export function searchNeedles(query: string): string[] {
  return searchWords(query).map((w) => ` ${w}`);
}

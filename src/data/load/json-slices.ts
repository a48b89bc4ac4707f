/**
 * JSON.parse of a large feed in slices. A 10,000-event feed is ~5 MB of JSON:
 * one JSON.parse blocks the page for 50–250 ms. Feeds have one big array (the
 * events), so we parse it in runs of whole events (cut where one object ends
 * and the next begins, checked by JSON.parse itself) and, where no such cut
 * works, event by event with a small scanner, pausing between slices. The
 * result is the same value JSON.parse gives; on anything unexpected we fall
 * back to JSON.parse itself, which also produces the error message for
 * broken JSON.
 */
import type { Slicer } from '../slicer.js';

const QUOTE = 34, BACKSLASH = 92, COMMA = 44, COLON = 58;
const OPEN_ARRAY = 91, CLOSE_ARRAY = 93, OPEN_OBJECT = 123, CLOSE_OBJECT = 125;

class Unexpected extends Error {}

/** Parses in slices; feed.ts decides when a text is big enough to need it. */
export async function parseJsonInSlices(text: string, slicer: Slicer): Promise<unknown> {
  try {
    return await parseTopLevel(text, slicer);
  } catch (error) {
    if (error instanceof Unexpected || error instanceof SyntaxError) return JSON.parse(text);
    throw error;
  }
}

async function parseTopLevel(text: string, slicer: Slicer): Promise<unknown> {
  const first = skipSpace(text, 0);
  const code = text.charCodeAt(first);
  if (code === OPEN_ARRAY) {
    const { items, end } = await parseArray(text, first, slicer);
    expectEnd(text, end);
    return items;
  }
  if (code !== OPEN_OBJECT) throw new Unexpected();
  // An object: its `events` array is split, every other member parsed whole.
  const result: Record<string, unknown> = {};
  let i = skipSpace(text, first + 1);
  if (text.charCodeAt(i) === CLOSE_OBJECT) return (expectEnd(text, i + 1), result);
  for (;;) {
    if (text.charCodeAt(i) !== QUOTE) throw new Unexpected();
    const keyEnd = endOfString(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    i = skipSpace(text, keyEnd);
    if (text.charCodeAt(i) !== COLON) throw new Unexpected();
    i = skipSpace(text, i + 1);
    if (key === 'events' && text.charCodeAt(i) === OPEN_ARRAY) {
      const { items, end } = await parseArray(text, i, slicer);
      result[key] = items;
      i = end;
    } else {
      const end = await endOfValue(text, i, slicer);
      result[key] = JSON.parse(text.slice(i, end));
      i = end;
    }
    i = skipSpace(text, i);
    const next = text.charCodeAt(i);
    if (next === CLOSE_OBJECT) return (expectEnd(text, i + 1), result);
    if (next !== COMMA) throw new Unexpected();
    i = skipSpace(text, i + 1);
  }
}

/** Parses the array starting at `start`, in runs or element by element; returns it and the index after `]`. */
async function parseArray(text: string, start: number, slicer: Slicer): Promise<{ items: unknown[]; end: number }> {
  const items: unknown[] = [];
  let i = skipSpace(text, start + 1);
  if (text.charCodeAt(i) === CLOSE_ARRAY) return { items, end: i + 1 };
  // Where the last failed try for a run ended: no new try before it (see parseRun).
  // Two failed runs in a row: this feed's events do not suit runs; element by element.
  let noRunBefore = 0, failedRuns = 0;
  for (;;) {
    const run = i >= noRunBefore ? parseRun(text, i) : null;
    if (run && 'items' in run) {
      for (const item of run.items) items.push(item);
      i = run.next;
      failedRuns = 0;
    } else {
      if (run) noRunBefore = ++failedRuns >= 2 ? Infinity : run.triedUpTo;
      const end = await endOfValue(text, i, slicer);
      items.push(JSON.parse(text.slice(i, end)));
      i = skipSpace(text, end);
      const next = text.charCodeAt(i);
      if (next === CLOSE_ARRAY) return { items, end: i + 1 };
      if (next !== COMMA) throw new Unexpected();
      i = skipSpace(text, i + 1);
    }
    if (slicer.due()) await slicer.pause();
  }
}

/** Where one object element may end and the next begin (JSON whitespace only). */
const BOUNDARY = /\}[ \t\n\r]*,[ \t\n\r]*\{/g;
/** Characters per run: JSON.parse takes ~0.2 ms for them. */
const RUN = 32_768;
/** Cuts tried per run: each failed one costs a JSON.parse of the run. */
const TRIES = 3;

/**
 * A run of whole elements from `start` (an element's first character), about
 * RUN characters long, with the index of the element after it. The cut is
 * tried where `}`, `,` and `{` meet; JSON.parse of the run (native: several
 * times faster than scanning here) succeeds only when the cut lies between two
 * elements, not inside a string or a nested object. A few tries at most, then
 * `triedUpTo` says how far the failed ones reached: events full of nested
 * objects, or a text full of "},{", are then read element by element up to
 * there instead of being parsed again and again. Null near the end.
 */
function parseRun(text: string, start: number): { items: unknown[]; next: number } | { triedUpTo: number } | null {
  BOUNDARY.lastIndex = start + RUN;
  let triedUpTo = 0;
  for (let m, tries = 0; tries < TRIES && (m = BOUNDARY.exec(text)) && m.index < start + 4 * RUN; tries++) {
    try {
      return { items: JSON.parse(`[${text.slice(start, m.index + 1)}]`) as unknown[], next: m.index + m[0].length - 1 };
    } catch {
      triedUpTo = m.index + 1; // Not between two elements: the next candidate.
    }
  }
  return triedUpTo ? { triedUpTo } : null;
}

/** Index just after the JSON value that starts at `start` (its syntax is checked by JSON.parse later). */
async function endOfValue(text: string, start: number, slicer: Slicer): Promise<number> {
  const code = text.charCodeAt(start);
  if (code === QUOTE) return endOfString(text, start);
  if (code !== OPEN_ARRAY && code !== OPEN_OBJECT) {
    // A number, true, false or null: runs to the next delimiter.
    let i = start;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === COMMA || c === CLOSE_ARRAY || c === CLOSE_OBJECT || c <= 32) break;
      i++;
    }
    return i;
  }
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = endOfString(text, i) - 1;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      depth++;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      if (--depth === 0) return i + 1;
    } else if ((i & 0xffff) === 0 && slicer.due()) {
      await slicer.pause();
    }
  }
  throw new Unexpected();
}

/** Index just after the string literal whose opening quote is at `start`. */
function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i + 1;
  }
  throw new Unexpected();
}

function skipSpace(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
    i++;
  }
  return i;
}

function expectEnd(text: string, i: number) {
  if (skipSpace(text, i) !== text.length) throw new Unexpected();
}

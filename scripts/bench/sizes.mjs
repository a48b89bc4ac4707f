// Bytes of every file a page can load from dist/: raw, gzip -9 and brotli q11 (what a CDN or a
// well-configured city web server sends). Also works out which chunks come with the entry
// (static imports, fetched before the element can render) and which only on demand (dynamic
// import(), e.g. the rrule engine, fetched only for feeds that have RRULE series).
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join, sep } from 'node:path';

export const ENTRY = 'participation-calendar.js';
export const IIFE = 'participation-calendar.iife.js';

function measure(path) {
  const raw = readFileSync(path);
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }).length,
  };
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How `code` (a file in dir `fromDir`: '' for dist/, 'chunks' for dist/chunks/) refers to chunk
 * `name`: 'static', 'dynamic' or null. Rollup writes dynamic ones as import("./chunks/x.js"),
 * static ones as import{…}from"./chunks/x.js" or import"./x.js"; minified, so no real parser.
 */
function referenceKind(code, fromDir, name) {
  const spec = fromDir === 'chunks' ? `./${name}` : `./chunks/${name}`;
  let kind = null;
  for (const m of code.matchAll(new RegExp(`["'\`]${escape(spec)}["'\`]`, 'g'))) {
    const before = code.slice(Math.max(0, m.index - 20), m.index);
    if (/import\s*\(\s*$/.test(before)) kind ??= 'dynamic';
    else kind = 'static';
  }
  return kind;
}

/** [{ file, role, loading, raw, gzip, brotli }] for the entry, every chunk and the IIFE. */
export function bundleSizes(distDir) {
  const chunkDir = join(distDir, 'chunks');
  const chunks = existsSync(chunkDir) ? readdirSync(chunkDir).filter((f) => f.endsWith('.js')).sort() : [];
  const code = { [ENTRY]: readFileSync(join(distDir, ENTRY), 'utf8') };
  for (const c of chunks) code[`chunks/${c}`] = readFileSync(join(chunkDir, c), 'utf8');

  // Walk static imports from the entry: whatever is reached comes with it; the rest waits.
  const eager = new Set([ENTRY]);
  const dynamicTargets = new Set();
  const queue = [ENTRY];
  while (queue.length) {
    const from = queue.shift();
    const fromDir = from.startsWith('chunks/') ? 'chunks' : '';
    for (const c of chunks) {
      const kind = referenceKind(code[from], fromDir, c);
      if (kind === 'dynamic') dynamicTargets.add(`chunks/${c}`);
      if (kind === 'static' && !eager.has(`chunks/${c}`)) { eager.add(`chunks/${c}`); queue.push(`chunks/${c}`); }
    }
  }

  const rows = [{ file: ENTRY, role: 'entry', loading: 'always (ES module entry)', ...measure(join(distDir, ENTRY)) }];
  for (const c of chunks) {
    const file = `chunks/${c}`;
    const role = eager.has(file) ? 'chunk-static' : 'chunk-on-demand';
    const loading = eager.has(file) ? 'always (static import of the entry)'
      : dynamicTargets.has(file) ? 'on demand (dynamic import)' : 'on demand (imported by an on-demand chunk)';
    rows.push({ file, role, loading, ...measure(join(chunkDir, c)) });
  }
  if (existsSync(join(distDir, IIFE))) {
    rows.push({ file: IIFE, role: 'iife', loading: 'instead of the ES files (classic script, self-contained)', ...measure(join(distDir, IIFE)) });
  }
  return rows;
}

/** Totals a page pays: the ES entry with its static chunks, plus every on-demand chunk. */
export function sizeTotals(rows) {
  const sum = (pred) => rows.filter(pred).reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 });
  return {
    esInitial: sum((r) => r.role === 'entry' || r.role === 'chunk-static'),
    esAll: sum((r) => r.role !== 'iife'),
    iife: sum((r) => r.role === 'iife'),
  };
}

/**
 * Copies the bundle files (no maps, no types) from distDir to `to`, so the run measures one
 * consistent build even if someone rebuilds dist/ meanwhile (build.mjs empties it first).
 * A copy taken mid-rebuild lacks the entry or a chunk it names: then wait and try again.
 */
export async function snapshotDist(distDir, to, attempts = 10) {
  for (let i = 1; ; i++) {
    rmSync(to, { recursive: true, force: true });
    try {
      cpSync(distDir, to, { recursive: true, filter: (src) => !src.endsWith('.map') && !src.includes(`${sep}types`) });
      const entry = readFileSync(join(to, ENTRY), 'utf8');
      const named = [...entry.matchAll(/["'`]\.\/(chunks\/[\w.-]+\.js)["'`]/g)].map((m) => m[1]);
      const missing = named.filter((f) => !existsSync(join(to, f)));
      if (!missing.length && existsSync(join(to, IIFE))) return;
      if (i >= attempts) throw new Error(`dist/ is incomplete (missing ${missing.join(', ') || IIFE})`);
    } catch (error) {
      if (i >= attempts) throw error;
    }
    await new Promise((ok) => setTimeout(ok, 2000));
  }
}

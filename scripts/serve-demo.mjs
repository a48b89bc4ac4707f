#!/usr/bin/env node
// A dependency-free static server for the demo pages: serves /dist/, /demo/ and
// /schema/ from the repository, generates /demo/events.json fresh on every
// request (dates relative to today, so the demo is never empty), and sends a
// strict Content-Security-Policy for demo/strict-csp.html.
//
//   node scripts/serve-demo.mjs           (HOST=127.0.0.1 PORT=8000 by default)
//
// Scripts (e2e, screenshots) import startDemoServer() instead.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSampleFeed } from '../demo/sample-feed.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
// URL prefix -> directory. PC_DIST_DIR serves another build (say, of a release
// branch) as /dist/ without touching this checkout's dist/.
const SERVED_DIRS = {
  dist: resolve(process.env.PC_DIST_DIR || join(ROOT, 'dist')),
  demo: join(ROOT, 'demo'),
  schema: join(ROOT, 'schema'),
  themes: join(ROOT, 'themes'),
};
const PORT_ATTEMPTS = 20;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.d.ts': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/** The policy a careful city would send; the widget must work under it. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const CSP_PAGES = new Set(['/demo/strict-csp.html']);

/** The sample feed as an .ics file, via dist/esm (validation and export as the widget does them). */
async function sampleCalendar() {
  const esm = pathToFileURL(join(SERVED_DIRS.dist, 'esm/data/')).href;
  const { parseFeed } = await import(`${esm}validate.js`);
  const { eventsToIcs } = await import(`${esm}ics-export.js`);
  const feed = parseFeed(buildSampleFeed(new Date()), { baseUrl: 'https://www.musterstadt.example/' });
  return eventsToIcs(feed.events, { feedTimeZone: feed.timezone, calendarName: 'Beteiligungskalender Musterstadt', now: Date.now() });
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/**
 * Maps a URL path to a file under one of the served directories, or null.
 * Decoding happens before the check, so `%2e%2e/` cannot climb out either.
 */
function fileFor(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const top = decoded.split('/')[1];
  if (!Object.hasOwn(SERVED_DIRS, top)) return null;
  const base = SERVED_DIRS[top];
  const file = resolve(base, `.${decoded.slice(top.length + 1)}`);
  if (file !== base && !file.startsWith(base + sep)) return null;
  return file;
}

/** The Content-Type for a file, by its name: shared by every static server of the scripts. */
export function contentType(file) {
  if (file.endsWith('.d.ts')) return TYPES['.d.ts'];
  return TYPES[extname(file)] ?? 'application/octet-stream';
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
  }
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');

  if (pathname === '/') return send(res, 302, 'See /demo/\n', { Location: '/demo/' });
  if (pathname === '/demo') return send(res, 301, 'See /demo/\n', { Location: '/demo/' });
  if (pathname === '/favicon.ico') return send(res, 301, '', { Location: '/demo/favicon.svg' });

  if (pathname === '/demo/events.json') {
    // The feed names its iCalendar twin, so the widget offers "Abonnieren".
    const feed = { ...buildSampleFeed(new Date()), subscribeUrl: `http://${req.headers.host}/demo/events.ics` };
    const body = `${JSON.stringify(feed, null, 2)}\n`;
    return send(res, 200, body, { 'Content-Type': TYPES['.json'], 'Cache-Control': 'no-store' });
  }
  if (pathname === '/demo/events.ics') {
    // The same events as iCalendar, written by the widget's own exporter (from the build).
    try {
      const body = await sampleCalendar();
      return send(res, 200, body, { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'no-store' });
    } catch (error) {
      return send(res, 503, `The iCalendar feed needs a build (npm run build): ${error.message}\n`);
    }
  }

  let file = fileFor(pathname);
  if (!file) return send(res, 404, 'Not Found\n');
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      if (!pathname.endsWith('/')) return send(res, 301, '', { Location: `${pathname}/` });
      file = join(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) return send(res, 404, 'Not Found\n');
    const headers = { 'Content-Type': contentType(file), 'Cache-Control': 'no-cache' };
    if (CSP_PAGES.has(pathname)) headers['Content-Security-Policy'] = STRICT_CSP;
    return send(res, 200, await readFile(file), headers);
  } catch (error) {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') {
      const hint = pathname.startsWith('/dist/') ? ' (run `npm run build` first)' : '';
      return send(res, 404, `Not Found${hint}\n`);
    }
    console.error(`${req.method} ${pathname}:`, error);
    return send(res, 500, 'Internal Server Error\n');
  }
}

function listen(server, port, host) {
  return new Promise((resolveListen, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolveListen();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Starts the demo server. Port 0 picks any free port; a busy port makes it try
 * the next ones, so a second `npm start` does not fail.
 * @param {{ port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, port: number, close(): Promise<void> }>}
 */
export async function startDemoServer({ port = 8000, host = '127.0.0.1' } = {}) {
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'Internal Server Error\n');
      else res.destroy();
    });
  });
  for (let attempt = 0; ; attempt += 1) {
    const tryPort = port === 0 ? 0 : port + attempt;
    try {
      await listen(server, tryPort, host);
      break;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || port === 0 || attempt + 1 >= PORT_ATTEMPTS) throw error;
    }
  }
  const actual = server.address().port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${actual}/`,
    port: actual,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections?.();
        server.close(() => resolveClose());
      }),
  };
}

/** Whether the build output the demo pages load exists. */
export function distExists() {
  return existsSync(join(SERVED_DIRS.dist, 'participation-calendar.js'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!distExists()) {
    console.warn(
      'dist/participation-calendar.js is missing: run `npm run build` first ' +
        '(`npm start` builds and then serves). Serving the pages anyway.',
    );
  }
  const port = process.env.PORT ? Number(process.env.PORT) : 8000;
  const host = process.env.HOST || '127.0.0.1';
  const { url } = await startDemoServer({ port, host });
  console.log(`Demo: ${url}`);
}

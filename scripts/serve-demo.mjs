#!/usr/bin/env node
// A dependency-free static server for the demo pages: serves /dist/, /demo/ and
// /schema/ from the repository, generates /demo/events.json fresh on every
// request (dates relative to today, so the demo is never empty), and sends a
// strict Content-Security-Policy for demo/strict-csp.html.
//
//   node scripts/serve-demo.mjs           (HOST=127.0.0.1 PORT=8000 by default)
//
// Scripts (e2e, screenshots) import startDemoServer() instead.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSampleFeed } from '../demo/sample-feed.mjs';
import { buildYouthCouncilCalendar } from '../demo/sample-youth-council.mjs';
import { send, startStaticServer } from './static-server.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
// URL prefix -> directory. PC_DIST_DIR serves another build (say, of a release
// branch) as /dist/ without touching this checkout's dist/.
const SERVED_DIRS = {
  dist: resolve(process.env.PC_DIST_DIR || join(ROOT, 'dist')),
  demo: join(ROOT, 'demo'),
  schema: join(ROOT, 'schema'),
  themes: join(ROOT, 'themes'),
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
  const { parseFeed } = await import(`${esm}validate/validate.js`);
  const { eventsToIcs } = await import(`${esm}ics/ics-export.js`);
  const feed = parseFeed(buildSampleFeed(new Date()), { baseUrl: 'https://www.musterstadt.example/' });
  return eventsToIcs(feed.events, { feedTimeZone: feed.timezone, calendarName: 'Beteiligungskalender Musterstadt', now: Date.now() });
}

/** The generated feeds and the redirects; everything else is a file of SERVED_DIRS. */
const routes = {
  '/': (req, res) => send(res, 302, 'See /demo/\n', { Location: '/demo/' }),
  '/demo': (req, res) => send(res, 301, 'See /demo/\n', { Location: '/demo/' }),
  '/favicon.ico': (req, res) => send(res, 301, '', { Location: '/demo/favicon.svg' }),
  '/demo/events.json': (req, res) => {
    // The feed names its iCalendar twin, so the widget offers "Abonnieren".
    const feed = { ...buildSampleFeed(new Date()), subscribeUrl: `http://${req.headers.host}/demo/events.ics` };
    send(res, 200, `${JSON.stringify(feed, null, 2)}\n`, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  },
  // The demo page of several sources (demo/quellen.html): a youth council's calendar, and a source that is down.
  '/demo/jugendrat.ics': (req, res) => send(res, 200, buildYouthCouncilCalendar(new Date()), { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'no-store' }),
  '/demo/bezirksbeiraete.json': (req, res) => send(res, 503, 'Service Unavailable: maintenance\n', { 'Cache-Control': 'no-store' }),
  '/demo/events.ics': async (req, res) => {
    // The same events as iCalendar, written by the widget's own exporter (from the build).
    try {
      send(res, 200, await sampleCalendar(), { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'no-store' });
    } catch (error) {
      send(res, 503, `The iCalendar feed needs a build (npm run build): ${error.message}\n`);
    }
  },
};

/**
 * Starts the demo server. Port 0 picks any free port; a busy port makes it try
 * the next ones, so a second `npm start` does not fail. The tests pass
 * `transformHtml` and `onAnswer` (see scripts/static-server.mjs) and may add routes.
 * @param {{ port?: number, host?: string, routes?: object, transformHtml?: Function, onAnswer?: Function }} [options]
 */
export function startDemoServer({ port = 8000, host = '127.0.0.1', routes: more = {}, transformHtml, onAnswer } = {}) {
  return startStaticServer({
    folders: SERVED_DIRS,
    routes: { ...routes, ...more },
    port,
    host,
    cache: 'no-cache',
    headers: (pathname) => (CSP_PAGES.has(pathname) ? { 'Content-Security-Policy': STRICT_CSP } : undefined),
    missingHint: (pathname) => (pathname.startsWith('/dist/') ? ' (run `npm run build` first)' : ''),
    transformHtml,
    onAnswer,
  });
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

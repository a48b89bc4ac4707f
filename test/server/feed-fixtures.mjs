// Real HTTP responses for the element tests: good feeds, broken ones, server
// errors, a hanging server and a dropped connection. Mounted as middleware of the
// test runner's dev server under /feeds/.
import { PassThrough } from 'node:stream';

const json = (body) => JSON.stringify(body);

/** The big feed of 'big-slow': 3,000 events, ~560 KB. */
function bigFeedText() {
  const events = Array.from({ length: 3000 }, (_, i) => ({
    id: `e${i}`, title: `Bürgerforum ${i}`, start: '2026-11-10T18:00:00+01:00', description: 'Wir möchten mit Ihnen sprechen. '.repeat(4),
  }));
  return json({ timezone: 'Europe/Berlin', events });
}

/** The events of the 'range' route: one a month, and a participation phase from October into December. */
const RANGE_EVENTS = [
  { id: 'sep', title: 'Forum September', start: '2026-09-15T18:00:00+02:00' },
  { id: 'oct', title: 'Forum Oktober', start: '2026-10-13T18:00:00+02:00' },
  { id: 'phase', title: 'Online-Beteiligung Radverkehr', start: '2026-10-20', end: '2026-12-05' },
  { id: 'nov', title: 'Forum November', start: '2026-11-10T18:00:00+01:00' },
  { id: 'dec', title: 'Forum Dezember', start: '2026-12-08T18:00:00+01:00' },
  { id: 'jan', title: 'Forum Januar', start: '2027-01-12T18:00:00+01:00' },
];
const rangeLogs = new Map();

export async function feedFixtures(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/feeds/')) return next();
  const name = url.pathname.slice('/feeds/'.length);
  switch (name) {
    case 'status-500':
      ctx.status = 500;
      ctx.type = 'text/plain';
      ctx.body = 'Internal Server Error';
      return;
    case 'status-404':
      ctx.status = 404;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not found</title><h1>Seite nicht gefunden</h1>';
      return;
    case 'html-page':
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><html><body><h1>Wartungsarbeiten</h1></body></html>';
      return;
    case 'not-json':
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = '{"events": [ {"id": 1, "title": "Bürgerforum", ';
      return;
    case 'wrong-shape':
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = json({ data: { items: [] } });
      return;
    case 'hang': {
      // Answers after 20 s: longer than any timeout a test sets.
      await new Promise((resolve) => setTimeout(resolve, 20000));
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = '[]';
      return;
    }
    case 'drop':
      // Closes the socket without an answer, as a crashed proxy would.
      ctx.req.socket.destroy();
      ctx.respond = false;
      return;
    case 'echo': {
      // Echoes the feed given (URL-encoded JSON) in ?body=, so a test can serve any feed; after ?wait= ms, if given.
      const wait = Number(url.searchParams.get('wait') ?? 0);
      if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
      ctx.status = Number(url.searchParams.get('status') ?? 200);
      ctx.type = url.searchParams.get('type') ?? 'application/json';
      ctx.body = url.searchParams.get('body') ?? '[]';
      return;
    }
    case 'big-slow': {
      // A feed of ~500 KB whose first 300 KB arrive at once and the rest after ?wait= ms.
      const body = bigFeedText();
      const rest = new PassThrough();
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = rest;
      rest.write(body.slice(0, 300_000));
      setTimeout(() => rest.end(body.slice(300_000)), Number(url.searchParams.get('wait') ?? 300));
      return;
    }
    case 'range': {
      // A feed fetched month by month: ?from=&to= (ISO dates); every event overlapping the range,
      // 404 past the data (as a static server with the files of \`split\`); ?wait= ms; ?log= names a request log.
      const from = url.searchParams.get('from') ?? '';
      const to = url.searchParams.get('to') ?? '';
      const log = url.searchParams.get('log');
      if (log) rangeLogs.set(log, [...(rangeLogs.get(log) ?? []), from]);
      const wait = Number(url.searchParams.get('wait') ?? 0);
      if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
      if (from < '2026-09-01' || from > '2027-01-31') {
        ctx.status = 404;
        ctx.type = 'text/plain';
        ctx.body = 'Not Found';
        return;
      }
      const overlaps = (e) => e.start.slice(0, 10) <= to && (e.end ?? e.start).slice(0, 10) >= from;
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = json({ timezone: 'Europe/Berlin', events: RANGE_EVENTS.filter(overlaps) });
      return;
    }
    case 'range-log':
      // What the 'range' route was asked, per log name.
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = json(rangeLogs.get(url.searchParams.get('log') ?? '') ?? []);
      return;
    case 'request-headers':
      // Shows a test which headers the loader sent (it must stay a CORS "simple" request).
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = json({ method: ctx.method, headers: ctx.headers });
      return;
    default:
      return next();
  }
}

// A feed that fails until it has been asked `failures` times (default once): for retry tests.
const flakyCounts = new Map();
export async function flakyFeed(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname !== '/feeds/flaky') return next();
  const id = url.searchParams.get('id') ?? '';
  const seen = (flakyCounts.get(id) ?? 0) + 1;
  flakyCounts.set(id, seen);
  if (seen <= Number(url.searchParams.get('failures') ?? 1)) {
    ctx.status = 503;
    ctx.type = 'text/plain';
    ctx.body = 'Service Unavailable';
    return;
  }
  ctx.status = 200;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify([{ id: 1, title: 'Bürgerforum', start: '2026-11-10T18:00:00+01:00' }]);
}

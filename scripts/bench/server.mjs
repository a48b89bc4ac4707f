// A tiny static server on 127.0.0.1 (random free port) for the benchmark pages. It serves
// exactly three folders, so the numbers cannot depend on what else lies in the checkout:
//   /dist/   the built bundles (what a city page loads)
//   /feeds/  the generated feeds (a temp dir, written once per run)
//   /bench/  page.html + page.js (the in-page harness)
// no-store: every fresh browser context fetches everything again, as a first visit would.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { contentType } from '../serve-demo.mjs';

/** roots: { dist: '/abs/dist', feeds: '/tmp/…', bench: '/abs/scripts/bench' } → { origin, close() } */
export async function startServer(roots) {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    const [, top, ...rest] = decodeURIComponent(pathname).split('/');
    const base = Object.hasOwn(roots, top) ? resolve(roots[top]) : null;
    const file = base && resolve(base, rest.join('/'));
    if (!file || !file.startsWith(base + sep)) return void res.writeHead(404).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': contentType(file), 'Cache-Control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  // Keep-alive sockets would hold close() open after the browser is gone.
  server.keepAliveTimeout = 1000;
  await new Promise((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', ok));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(() => ok()); }),
  };
}

// The benchmark's server: the repository's static server (scripts/static-server.mjs) on
// 127.0.0.1 (random free port), serving exactly three folders, so the numbers cannot
// depend on what else lies in the checkout:
//   /dist/   the built bundles (what a city page loads)
//   /feeds/  the generated feeds (a temp dir, written once per run)
//   /bench/  page.html + page.js (the in-page harness)
//   /late/   routes answered after a delay (a slower second server; scenario sources-3)
// no-store: every fresh browser context fetches everything again, as a first visit would.
import { startStaticServer } from '../static-server.mjs';

/** roots: { dist: '/abs/dist', feeds: '/tmp/…', bench: '/abs/scripts/bench' } → { origin, close() } */
export function startServer(roots, routes = {}) {
  return startStaticServer({ folders: roots, routes, cache: 'no-store' });
}

// The one static file server of the repository, without dependencies: the demo
// (`npm start`, scripts/serve-demo.mjs), the end-to-end tests, the stories'
// test, the benchmark and the CLI's tests all start it with their own folders
// and routes, so a fix to path handling or content types reaches every one.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

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
  '.ics': 'text/calendar; charset=utf-8',
  '.d.ts': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/** The Content-Type for a file, by its name. */
export function contentType(file) {
  if (file.endsWith('.d.ts')) return TYPES['.d.ts'];
  return TYPES[extname(file)] ?? 'application/octet-stream';
}

/** Writes a whole answer; HEAD gets the headers only. */
export function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/**
 * Maps a URL path to a file under one of the folders, or null. Decoding happens
 * before the check, so `%2e%2e/` cannot climb out either. The folder '' serves
 * the whole site (a built Storybook).
 */
function fileFor(pathname, folders) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const top = decoded.split('/')[1];
  const [prefix, base] = Object.hasOwn(folders, top) ? [top, folders[top]] : Object.hasOwn(folders, '') ? ['', folders['']] : [];
  if (base === undefined) return null;
  const root = resolve(base);
  const file = resolve(root, `.${prefix ? decoded.slice(prefix.length + 1) : decoded}`);
  return file === root || file.startsWith(root + sep) ? file : null;
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
 * Starts a server on the loopback interface.
 * @param {{
 *   folders?: Record<string, string>,
 *   routes?: Record<string, (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => unknown>,
 *   headers?: (pathname: string) => Record<string, string> | undefined,
 *   cache?: 'no-store' | 'no-cache',
 *   missingHint?: (pathname: string) => string,
 *   transformHtml?: (html: string, pathname: string) => string,
 *   onAnswer?: (answer: { method: string, pathname: string, status: number }) => void,
 *   port?: number,
 *   host?: string,
 *   portAttempts?: number,
 * }} options
 *   folders: URL prefix (first path segment) -> directory; routes: exact path -> handler, asked first;
 *   headers: extra headers per served file (a Content-Security-Policy); port 0 (default) picks a free
 *   port, another port is tried upwards while busy (a second `npm start` does not fail).
 * @returns {Promise<{ url: string, origin: string, port: number, close(): Promise<void> }>}
 */
export async function startStaticServer({
  folders = {}, routes = {}, headers, cache = 'no-store', missingHint, transformHtml, onAnswer, port = 0, host = '127.0.0.1', portAttempts = 20,
} = {}) {
  const handle = async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (Object.hasOwn(routes, pathname)) return routes[pathname](req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
    let file = fileFor(pathname, folders);
    if (!file) return send(res, 404, 'Not Found\n');
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        if (!pathname.endsWith('/')) return send(res, 301, '', { Location: `${pathname}/` });
        file = join(file, 'index.html');
        info = await stat(file);
      }
      if (!info.isFile()) return send(res, 404, 'Not Found\n');
      let body = await readFile(file);
      if (transformHtml && file.endsWith('.html')) body = transformHtml(body.toString('utf8'), pathname);
      return send(res, 200, body, { 'Content-Type': contentType(file), 'Cache-Control': cache, ...headers?.(pathname) });
    } catch (error) {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return send(res, 404, `Not Found${missingHint?.(pathname) ?? ''}\n`);
      console.error(`${req.method} ${pathname}:`, error);
      return send(res, 500, 'Internal Server Error\n');
    }
  };
  const server = createServer((req, res) => {
    if (onAnswer) res.once('finish', () => onAnswer({ method: req.method, pathname: new URL(req.url ?? '/', 'http://localhost').pathname, status: res.statusCode }));
    Promise.resolve(handle(req, res)).catch((error) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'Internal Server Error\n');
      else res.destroy();
    });
  });
  // Keep-alive sockets would hold close() open after the browser is gone.
  server.keepAliveTimeout = 1000;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await listen(server, port === 0 ? 0 : port + attempt, host);
      break;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || port === 0 || attempt + 1 >= portAttempts) throw error;
    }
  }
  const actual = server.address().port;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${actual}`;
  return {
    url: `${origin}/`,
    origin,
    port: actual,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections?.();
        server.close(() => resolveClose());
      }),
  };
}

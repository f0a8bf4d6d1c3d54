// A small static file server for the built app (dist/), used by `npm start` and the browser tests.
// Sends the app's Content-Security-Policy (scripts/csp.mjs). Binds 127.0.0.1 only. If the wanted
// port is taken it takes the next free one and says so.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CSP_HEADER } from './csp.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ktx2': 'image/ktx2',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

/** True when `file` is `root` itself or lies below it. */
export function isInside(root, file) {
  const path = relative(root, file);
  return path === '' || (!isAbsolute(path) && path !== '..' && !path.startsWith(`..${sep}`));
}

function handler(root, csp) {
  return (request, response) => {
    let file;
    try {
      file = resolve(
        root,
        `.${decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)}`,
      );
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
      return;
    }
    // Inside root by its relative path: a prefix test would also admit a sibling ("dist-old").
    if (!isInside(root, file)) {
      response.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden');
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      // The built page carries the same policy in a <meta> tag; the header also covers sw.js.
      ...(csp ? { 'content-security-policy': CSP_HEADER } : {}),
      'x-content-type-options': 'nosniff',
    });
    createReadStream(file).pipe(response);
  };
}

/**
 * Serves `dir` on the first free port from `port` (up to 20 tries). `csp: false` leaves out the
 * app's policy, for other pages (the benchmark's CesiumJS peer needs eval and WebAssembly).
 */
export async function serveStatic(
  dir,
  { port = 4173, host = '127.0.0.1', tries = 20, csp = true } = {},
) {
  const root = resolve(dir);
  try {
    statSync(join(root, 'index.html'));
  } catch {
    throw new Error(`${root}/index.html not found: run \`npm run build\` first`);
  }
  for (let candidate = port; candidate < port + tries; candidate++) {
    const server = createServer(handler(root, csp));
    const bound = await new Promise((done, fail) => {
      server.once('error', (error) => (error.code === 'EADDRINUSE' ? done(false) : fail(error)));
      server.listen(candidate, host, () => done(true));
    });
    if (bound) return { server, url: `http://${host}:${candidate}/`, port: candidate };
  }
  throw new Error(
    `ports ${port}–${port + tries - 1} on ${host} are all taken; set PORT to a free one`,
  );
}

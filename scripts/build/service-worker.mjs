/* global BUILD_ID, PRECACHE */
// The kiosk's service worker (a template: the build prepends BUILD_ID and PRECACHE, the list of
// every file of the build with its content hash, and writes it as dist/sw.js; see
// offline-plugin.ts). It runs as a classic worker script, not a module.
//
// - install: fetches every file, checks its hash (a half-copied update on the server fails the
//   install instead of mixing two builds), and stores it in this build's cache;
// - fetch: answers from the cache first (the page for any address of the app), else the network;
// - a newer build waits until the page asks for it (`skip-waiting`, between two attract scenes);
//   activating deletes the older builds' caches.

const CACHE = `urverseny-${BUILD_ID}`;
const SCOPE = new URL(self.registration.scope);
const INDEX = new URL('index.html', SCOPE).href;

async function sha256Hex(buffer) {
  const digest = await crypto.subtle.digest('SHA-256', buffer);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function precache() {
  const cache = await caches.open(CACHE);
  const queue = [...PRECACHE];
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      const [path, hash] = item;
      const url = new URL(path, SCOPE).href;
      if (await cache.match(url)) continue;
      const response = await fetch(url, { cache: 'no-store' });
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      const found = await sha256Hex(await response.clone().arrayBuffer());
      if (!found.startsWith(hash)) throw new Error(`${path}: not the file of build ${BUILD_ID}`);
      await cache.put(url, response);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    precache().then(() => {
      // The very first install takes over at once; later ones wait for the page to ask.
      if (!self.registration.active) return self.skipWaiting();
      return undefined;
    }),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith('urverseny-') && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  const path = url.pathname.slice(SCOPE.pathname.length);
  const page = request.mode === 'navigate' && (path === '' || path === 'index.html');
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit = await cache.match(page ? INDEX : url.origin + url.pathname);
      return hit ?? fetch(request);
    })(),
  );
});

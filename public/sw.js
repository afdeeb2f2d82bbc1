// Service worker: precaches every file of the site so that, after one
// visit, the report opens with no network, and updates file by file.
//
// `make dist` (src/bin/precache.rs) writes the list below into dist/sw.js:
// every file with its revision, a hash of its content. Each file is kept in
// one cache under its URL and revision (`data/report.json?__rev=…`), so:
// - a new build's worker downloads only the files whose revision changed (an
//   unchanged file, the 900 KB wasm say, keeps its key and is not fetched);
// - until the new worker takes over, the old one answers from its own keys,
//   so a page never mixes two builds;
// - on taking over, the new worker deletes the entries no longer listed.
// The page offers a waiting worker ("a newer version is ready") and sends
// SKIP_WAITING when the reader chooses to load it (src/app/offline.rs).
// Works under any sub-path: every URL is relative to this file. No imports,
// so it runs under the site's CSP as it is.
const PRECACHE = __PRECACHE__;
const CACHE = 'tip-report-viewer-precache';

const keyOf = (entry) => new URL(`${entry.url}?__rev=${entry.revision}`, self.location).href;
// A file's absolute URL (without query) → its cache key.
const KEYS = new Map(PRECACHE.map((entry) => [new URL(entry.url, self.location).href, keyOf(entry)]));

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const have = new Set((await cache.keys()).map((request) => request.url));
      await Promise.all(
        PRECACHE.filter((entry) => !have.has(keyOf(entry))).map(async (entry) => {
          // Revalidated with the server: a copy in the browser's HTTP cache
          // that is still current costs a 304, not the file again.
          const response = await fetch(new Request(entry.url, { cache: 'no-cache' }));
          if (!response.ok) throw new Error(`precache: ${entry.url}: HTTP ${response.status}`);
          await cache.put(keyOf(entry), response);
        }),
      );
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set(KEYS.values());
      const cache = await caches.open(CACHE);
      for (const request of await cache.keys()) {
        if (!keep.has(request.url)) await cache.delete(request);
      }
      // Caches of earlier workers (one per build, before this scheme).
      for (const name of await caches.keys()) {
        if (name.startsWith('tip-report-viewer-') && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// The page asks a waiting worker to take over when the reader chooses to
// load the new version.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

/** The cache key for a request's URL, if the file is precached. Pages are
 *  looked up without their query (?pillar=…&lang=…); the site's own path
 *  is index.html. */
function keyFor(url, navigate) {
  if (url.search && !navigate) return undefined;
  let path = url.origin + url.pathname;
  if (path === self.registration.scope) path = new URL('index.html', self.registration.scope).href;
  return KEYS.get(path);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const navigate = request.mode === 'navigate';
  const key = keyFor(url, navigate);
  if (!key && !navigate) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit = key && (await cache.match(key));
      if (hit) return hit;
      try {
        return await fetch(request);
      } catch (error) {
        if (navigate) {
          // Offline, at a page not in the list: the page itself.
          const page = url.pathname.endsWith('/embed.html') ? 'embed.html' : 'index.html';
          const pageKey = keyFor(new URL(page, self.registration.scope), true);
          const fallback = pageKey && (await cache.match(pageKey));
          if (fallback) return fallback;
        }
        throw error;
      }
    })(),
  );
});

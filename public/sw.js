// Service worker: precaches every file of the site so that, after one
// visit, the report opens with no network. Written into dist/ by
// `make dist` (src/bin/precache.rs) with the file list and a version taken
// from the files' contents, so each build with any change gets a new cache
// and the old one is removed on activation. Works under any sub-path: all
// URLs are relative to this file.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `tip-report-viewer-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((u) => new Request(u, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('tip-report-viewer-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page asks a waiting worker to take over when the reader chooses to
// load the new version.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Pages are looked up without their query (?pillar=…&lang=…).
      const hit = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
      if (hit) return hit;
      try {
        return await fetch(request);
      } catch (error) {
        if (request.mode === 'navigate') {
          const page = url.pathname.endsWith('/embed.html') ? 'embed.html' : 'index.html';
          const fallback = await cache.match(new URL(page, self.registration.scope).href);
          if (fallback) return fallback;
        }
        throw error;
      }
    }),
  );
});

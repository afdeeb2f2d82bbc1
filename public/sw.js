// Service worker: keeps the site for offline reading, a file at a time,
// and no file a reader did not ask for.
//
// `make dist` (src/bin/precache.rs) writes the list below into dist/sw.js:
// every file of the site with its revision (a hash of its content), and
// the language (`lang`) and colour scheme (`scheme`) of the files that have
// one, and which are for charts embedded in other sites (`embed`). Each
// file is kept in one cache under its URL and revision
// (`data/report.json?__rev=…`). What is kept, and when:
// - the files the page has loaded (`LOADED`, sent by boot.js once this
//   worker controls the page): revalidated with the server, so a copy in the
//   browser's HTTP cache costs a 304, not the file again. Reopening that
//   page offline works after one visit;
// - every listed file the page fetches later, as it passes (`fetch`);
// - the rest of the report in the reader's language and colour scheme
//   (`KEEP`): boot.js asks once the reader has stayed or touched the page,
//   never under Save-Data; a few files at a time, at low priority;
// - on an update, the new revisions of the files already kept, and only
//   those: until the new worker takes over, the old one answers from its own
//   keys, so a page never mixes two builds; on taking over, the new worker
//   deletes the entries no longer listed.
// Each step tells the page what it has kept (`KEPT`: boot.js marks the page).
// The page offers a waiting worker ("a newer version is ready") and sends
// SKIP_WAITING when the reader chooses to load it (src/ui/offline.rs).
// Works under any sub-path: every URL is relative to this file. No imports,
// so it runs under the site's CSP as it is.
const PRECACHE = __PRECACHE__;
const CACHE = 'tip-report-viewer-precache';

const keyOf = (entry) => new URL(`${entry.url}?__rev=${entry.revision}`, self.location).href;
const urlOf = (entry) => new URL(entry.url, self.location).href;
// A file's absolute URL (without query) → its entry.
const ENTRIES = new Map(PRECACHE.map((entry) => [urlOf(entry), entry]));
// How many files are fetched at once when keeping the report.
const AT_ONCE = 3;

/** Keeps `entries` not yet kept, `AT_ONCE` at a time; resolves with how
 *  many were fetched. Revalidated with the server: a copy in the browser's
 *  HTTP cache that is still current costs a 304. A file that cannot be
 *  fetched is left for the next time (`strict` makes it an error). */
async function keep(entries, { strict = false, priority = 'auto' } = {}) {
  const cache = await caches.open(CACHE);
  const have = new Set((await cache.keys()).map((request) => request.url));
  const todo = entries.filter((entry) => !have.has(keyOf(entry)));
  let fetched = 0;
  const one = async (entry) => {
    try {
      const response = await fetch(new Request(entry.url, { cache: 'no-cache', priority }));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      // The server has moved on to another build: kept by that build's worker.
      if (!(await keepIfThisBuild(cache, entry, response))) throw new Error('another build');
      fetched += 1;
    } catch (error) {
      if (strict) throw new Error(`precache: ${entry.url}: ${error.message}`);
    }
  };
  const queue = [...todo];
  await Promise.all(
    Array.from({ length: Math.min(AT_ONCE, queue.length) }, async () => {
      while (queue.length) await one(queue.shift());
    }),
  );
  return fetched;
}

/** The URLs (without query or revision) of what the cache holds. */
async function keptUrls() {
  const cache = await caches.open(CACHE);
  return new Set((await cache.keys()).map((request) => request.url.replace(/\?__rev=[0-9a-f]+$/, '')));
}

// What the reader asked to keep (`KEEP`), remembered beside the files, so
// that an update keeps it too.
const READER = new URL('reader.json', self.registration.scope).href;

async function reader() {
  const kept = await (await caches.open(CACHE)).match(READER);
  return kept ? kept.json() : null;
}

self.addEventListener('install', (event) => {
  // An update: the new revisions of the files an earlier worker kept, and
  // the reader's share of this build if they asked for it.
  event.waitUntil(
    (async () => {
      const kept = await keptUrls();
      const asked = await reader();
      const share = asked ? new Set(forReader(asked.lang, asked.scheme)) : new Set();
      await keep(PRECACHE.filter((entry) => kept.has(urlOf(entry)) || share.has(entry)), { strict: true });
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const listed = new Set([...PRECACHE.map(keyOf), READER]);
      const cache = await caches.open(CACHE);
      for (const request of await cache.keys()) {
        if (!listed.has(request.url)) await cache.delete(request);
      }
      // Caches of earlier workers (one per build, before this scheme).
      for (const name of await caches.keys()) {
        if (name.startsWith('tip-report-viewer-') && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

/** The listed entries among `urls` (the page's own address: its file). */
function listed(urls) {
  const found = [];
  for (const href of urls) {
    let url;
    try {
      url = new URL(href, self.location);
    } catch {
      continue;
    }
    const entry = ENTRIES.get(fileOf(url));
    if (entry && !found.includes(entry)) found.push(entry);
  }
  return found;
}

/** What a reader of the report in `lang` and `scheme` needs: every file in
 *  neither another language nor another scheme, but those for charts
 *  embedded in other sites. */
const forReader = (lang, scheme) =>
  PRECACHE.filter((entry) => !entry.embed && (!entry.lang || entry.lang === lang) && (!entry.scheme || entry.scheme === scheme));

self.addEventListener('message', (event) => {
  const data = event.data ?? {};
  const reply = (what, fetched) => event.source?.postMessage({ type: 'KEPT', what, fetched });
  if (data.type === 'SKIP_WAITING') {
    // The page asks a waiting worker to take over when the reader chooses to
    // load the new version.
    self.skipWaiting();
  } else if (data.type === 'LOADED' && Array.isArray(data.urls)) {
    event.waitUntil(keep(listed(data.urls)).then((n) => reply('page', n)));
  } else if (data.type === 'KEEP' && ['zh', 'en'].includes(data.lang) && ['light', 'dark'].includes(data.scheme)) {
    event.waitUntil(
      (async () => {
        const cache = await caches.open(CACHE);
        await cache.put(READER, new Response(JSON.stringify({ lang: data.lang, scheme: data.scheme })));
        reply('report', await keep(forReader(data.lang, data.scheme), { priority: 'low' }));
      })(),
    );
  }
});

/** A URL's file (without query): the site's own path is index.html. */
function fileOf(url) {
  const path = url.origin + url.pathname;
  return path === self.registration.scope ? new URL('index.html', self.registration.scope).href : path;
}

/** The first 16 hex digits of the SHA-256 of `buffer` (precache.rs's revision). */
async function revisionOf(buffer) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return Array.from(digest.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Keeps `response` as `entry` if it is this build's file (its content has
 *  the entry's revision); says whether it did. A file of another build (the
 *  site updated since this worker installed) is never kept under this
 *  build's revision. */
async function keepIfThisBuild(cache, entry, response) {
  const body = await response.arrayBuffer();
  if ((await revisionOf(body)) !== entry.revision) return false;
  await cache.put(keyOf(entry), new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers }));
  return true;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const navigate = request.mode === 'navigate';
  // Pages are looked up without their query (?pillar=…); other files only
  // when asked for by their own name.
  const entry = url.search && !navigate ? undefined : ENTRIES.get(fileOf(url));
  if (!entry && !navigate) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit = entry && (await cache.match(keyOf(entry)));
      if (hit) return hit;
      try {
        const response = await fetch(request);
        // A response the page fetched is kept as it passes (if it is this build's).
        if (entry && response.ok && response.type === 'basic') event.waitUntil(keepIfThisBuild(cache, entry, response.clone()));
        return response;
      } catch (error) {
        if (navigate) {
          // Offline, at a page not kept: a page of the site that is.
          const pages = url.pathname.endsWith('/embed.html') ? ['embed.html'] : ['index.html', 'en.html'];
          for (const page of pages) {
            const kept = ENTRIES.get(new URL(page, self.registration.scope).href);
            const fallback = kept && (await cache.match(keyOf(kept)));
            if (fallback) return fallback;
          }
        }
        throw error;
      }
    })(),
  );
});

// Starts the wasm app from an external module, so the page needs no inline
// script and runs under `script-src 'self' 'wasm-unsafe-eval'`. The build
// writes the hashed names of the glue and the wasm into <meta name="app">
// (`make shell`: tools/shell.mjs and index.html).
const app = document.querySelector('meta[name="app"]');
// This page's file name (`index.html`, `en.html`, `embed-tiers.html`, or empty).
const page = location.pathname.split('/').pop();

function fail(error) {
  const status = document.getElementById('boot-status');
  if (status) {
    status.setAttribute('role', 'alert');
    status.className = 'notice notice-error';
    status.textContent =
      '無法啟動報告檢視器，請更新瀏覽器後再試。' +
      'The report viewer could not start; please try an up-to-date browser. ';
    const link = document.createElement('a');
    link.href = 'data/facts.csv';
    link.textContent = '下載數據 CSV / Download the figures (CSV)';
    status.append(link);
  }
  console.error('viewer failed to start:', error);
}

// Each language has its own prerendered page: a link of the older form
// (`?lang=en` on the Chinese page) goes to the page in that language.
function languagePage() {
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang');
  if (page === 'embed.html') {
    // An older embed link: the chart's own page, when there is one.
    const charts = (document.querySelector('meta[name="embed-charts"]')?.content ?? '').split(',');
    const chart = params.get('chart');
    if (!charts.includes(chart)) return null;
    params.delete('chart');
    params.delete('lang');
    const query = params.toString();
    return `embed-${chart}${lang === 'en' ? '-en' : ''}.html` + (query ? '?' + query : '') + location.hash;
  }
  const onEnglish = page === 'en.html';
  if (!((lang === 'en' && !onEnglish) || (lang === 'zh' && onEnglish))) return null;
  params.delete('lang');
  const query = params.toString();
  return (lang === 'en' ? 'en.html' : './') + (query ? '?' + query : '') + location.hash;
}

// The page is whole without the wasm (prerendered): it starts when it is
// needed, so that nothing competes with the first paint. At once when the
// address carries a view (a query or a fragment: the page must show it).
// An embed page waits like the report page: its chart is there as a
// picture, and goes live when the reader reaches for it (in a portal's
// page, a reader scrolling past the frame fetches nothing).
function startsAtOnce() {
  return location.search.length > 1 || location.hash.length > 1;
}

// The islands of the page (`<leptos-island data-component="Name_hash">`),
// hydrated by the wasm's function of that name, parents before the islands
// in their children: a `<leptos-children>` tells the wasm (its
// `$$on_hydrate`) that the islands inside it belong to its island, which
// gives them its context. Nothing changes the page's state before the last
// island has hydrated (`page::after_hydration`): each hydrates from the
// page as prerendered.
// (Leptos writes a script like this inline; the page's CSP allows none.)
function islands(root) {
  const found = [];
  const walk = (node, parents) => {
    for (const child of node.children) {
      const tag = child.localName;
      if (tag === 'leptos-island') {
        found.push({ el: child, parent: parents[parents.length - 1] });
        walk(child, parents);
      } else if (tag === 'leptos-children') {
        walk(child, [...parents, child]);
      } else {
        walk(child, parents);
      }
    }
  };
  walk(root, []);
  return found;
}

// A later task of the event loop: the page answers in between.
const nextTask = () =>
  globalThis.scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));

// What the reader does before the page answers (their last press of a
// button, choice in a menu or text typed in a field of an island) is held
// and done once it answers: the first touch starts the wasm, which takes a
// moment on a phone, and the islands hydrate one per task, each from the
// page's state as prerendered; a change of it in between would meet
// islands still to hydrate.
let pending = null;
function remember(e) {
  const island = e.target instanceof Element && e.target.closest('leptos-island');
  if (!island) return;
  const el = e.type === 'click' ? e.target.closest('button') : e.target.closest('select, input');
  if (!el) return;
  e.stopPropagation();
  if (e.type === 'click') {
    pending = () => el.click();
  } else {
    const value = el.value;
    pending = () => {
      el.value = value;
      el.dispatchEvent(new Event(e.type, { bubbles: true }));
    };
  }
}
const HELD = ['click', 'change', 'input'];
for (const type of HELD) addEventListener(type, remember, { capture: true });

// The page answers (or was drawn anew, or cannot answer): events go
// through again, and what was held is done (only on a page that answers).
async function release(answers) {
  for (const type of HELD) removeEventListener(type, remember, { capture: true });
  const held = pending;
  pending = null;
  if (!answers) return;
  // After the view in the address is applied (`page::after_hydration`).
  await nextTask();
  held?.();
}

async function hydrate(glue) {
  const found = islands(document.body);
  // A page of one build and the wasm of another: their islands' names
  // (hashes of their source) differ. Hydrate none rather than some.
  const missing = found.filter(({ el }) => typeof glue[el.dataset.component] !== 'function');
  if (missing.length) return missing.map(({ el }) => el.dataset.component);
  // One island per task, so that no task is long (a phone hydrates the
  // nine charts in well over a tenth of a second). The view in the
  // address is applied once the last has hydrated (`page::after_hydration`).
  for (const { el, parent } of found) {
    await nextTask();
    parent?.$$on_hydrate?.();
    glue[el.dataset.component](el);
  }
  glue.ready();
  await release(true);
  return [];
}

// The page and its data, or its wasm, come from different builds (an old
// page from a cache, a site updated half-way): reload once; if that does
// not mend it, the page stays readable with a notice that it cannot answer.
const reloadKey = 'viewer-reloaded:' + location.pathname;
// Session storage may be refused (a sandboxed frame): then no reload.
function session(f) {
  try {
    return f(sessionStorage);
  } catch {
    return null;
  }
}

function mismatch(glue, detail) {
  console.warn('viewer: the page and its files come from different builds:', detail);
  if (session((s) => (s.getItem(reloadKey) ? false : (s.setItem(reloadKey, '1'), true)))) {
    location.reload();
    return;
  }
  session((s) => s.removeItem(reloadKey));
  glue.show_mismatch();
}

// The whole page has been read (boot.js runs as soon as it arrives, async).
const parsed = new Promise((resolve) =>
  document.readyState === 'loading' ? addEventListener('DOMContentLoaded', resolve, { once: true }) : resolve(),
);

let started = false;
async function run() {
  // Each stage is marked (`viewer:…`, User Timing) for `make bench`.
  performance.mark('viewer:start');
  // The data downloads beside the wasm, not after it (a prerendered page
  // names its file; the wasm checks what arrives). The report's text is
  // fetched only when a search needs it.
  const data = app.dataset.report ? fetch(new URL(app.dataset.report, document.baseURI).href) : undefined;
  // A failed fetch is the wasm's to report; never an unhandled rejection here.
  data?.catch(() => {});
  // The wasm downloads beside its glue, not after it (the glue takes the
  // response and compiles it as it streams in).
  const wasm = fetch(new URL(app.dataset.wasm, document.baseURI).href);
  wasm.catch(() => {});
  const glue = await import(new URL(app.dataset.js, document.baseURI).href);
  await glue.default({ module_or_path: wasm });
  performance.mark('viewer:wasm');
  await parsed;
  const outcome = await glue.load(data);
  performance.mark('viewer:data');
  if (outcome !== 'hydrate') {
    release(false);
    return outcome === 'mismatch' ? mismatch(glue, 'data') : undefined;
  }
  const missing = await hydrate(glue);
  performance.mark('viewer:hydrated');
  if (missing.length) {
    release(false);
    return mismatch(glue, 'islands ' + missing.join(', '));
  }
  session((s) => s.removeItem(reloadKey));
}

function start() {
  if (started) return;
  started = true;
  run().catch((error) => {
    release(false);
    fail(error);
  });
}

// Offline reading (public/sw.js). Once the worker (registered here at load,
// whether or not the wasm ever starts) controls the page, it keeps the files
// the page has loaded; the rest of the report in the reader's language and
// colour scheme once the reader has stayed a while or touched the page
// (not on an embed page, and never under Save-Data). The worker says what it has kept: the page is
// marked `data-offline="page"`, then `"report"`.
const STAY_MS = 30000;
function offline() {
  const workers = navigator.serviceWorker;
  if (!workers) return;
  // Registered here, once the page has loaded (the wasm, which may never
  // start, only watches for updates: src/ui/browser/service_worker.rs).
  const register = () => workers.register('./sw.js').catch((e) => console.warn('viewer: no offline copy:', e));
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
  workers.addEventListener('message', (e) => {
    if (e.data?.type === 'KEPT' && document.documentElement.dataset.offline !== 'report') {
      document.documentElement.dataset.offline = e.data.what;
    }
  });
  const controlled = () =>
    workers.controller
      ? Promise.resolve(workers.controller)
      : new Promise((resolve) => workers.addEventListener('controllerchange', () => resolve(workers.controller), { once: true }));
  controlled().then((worker) => {
    // What the page loaded before the worker took over, and what finishes
    // loading after (a request in flight then did not pass through it).
    worker?.postMessage({ type: 'LOADED', urls: [location.href] });
    new PerformanceObserver((list) => {
      worker?.postMessage({ type: 'LOADED', urls: list.getEntries().map((e) => e.name) });
    }).observe({ type: 'resource', buffered: true });
  });
  // Not for a chart in another site's page, nor under Save-Data.
  if (page.startsWith('embed') || navigator.connection?.saveData) return;
  let asked = false;
  const keep = () => {
    if (asked) return;
    asked = true;
    const lang = document.documentElement.lang.startsWith('en') ? 'en' : 'zh';
    const scheme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    controlled().then((worker) => worker?.postMessage({ type: 'KEEP', lang, scheme }));
  };
  setTimeout(keep, STAY_MS);
  for (const type of ['pointerdown', 'keydown']) addEventListener(type, keep, { once: true, capture: true, passive: true });
}
offline();

// An embed page in a portal's frame tells the portal its height whenever it
// changes (public/embed-host.js sizes the frame), from the first paint on:
// the chart is whole as prerendered, before and without the wasm. Only the
// height and the chart's id are sent; any embedding origin may read them.
function reportHeight() {
  const chart = document.querySelector('#app section[data-chart]')?.dataset.chart;
  if (!page.startsWith('embed-') || !chart || window.parent === window) return;
  let last = 0;
  new ResizeObserver(() => {
    const height = document.documentElement.scrollHeight;
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'tip-report-viewer:height', chart, height }, '*');
  }).observe(document.documentElement);
}
reportHeight();

const target = languagePage();
if (target) {
  location.replace(target);
} else if (!app) {
  fail(new Error('missing <meta name="app">'));
} else if (startsAtOnce()) {
  start();
} else {
  // The reader's first sign of life starts it: a touch, a key, focus, a
  // scroll or the mouse moving (a reader on the way to a control; a press
  // made before the page answers is held, above). A reader who only reads
  // the first screen fetches no wasm (issue #27: nothing fetched that no
  // one asked for).
  for (const type of ['pointerdown', 'touchstart', 'keydown', 'focusin', 'scroll', 'wheel', 'mousemove']) {
    addEventListener(type, start, { once: true, capture: true, passive: true });
  }
}

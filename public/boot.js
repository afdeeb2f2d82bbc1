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
// address carries a view (a query or a fragment: the page must show it) and
// on an embed page (its chart is live from the start).
function startsAtOnce() {
  return location.search.length > 1 || location.hash.length > 1 || page.startsWith('embed');
}

let started = false;
function start() {
  if (started) return;
  started = true;
  import(new URL(app.dataset.js, document.baseURI).href)
    .then((glue) => glue.default({ module_or_path: new URL(app.dataset.wasm, document.baseURI).href }))
    .catch(fail);
}

const target = languagePage();
if (target) {
  location.replace(target);
} else if (!app) {
  fail(new Error('missing <meta name="app">'));
} else if (startsAtOnce()) {
  start();
} else {
  // The first touch of the page starts it at once: a pointer, a key, focus.
  for (const type of ['pointerdown', 'touchstart', 'keydown', 'focusin']) {
    addEventListener(type, start, { once: true, capture: true, passive: true });
  }
  // Otherwise when the browser is idle after the page has loaded.
  const whenIdle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 2000 }) : setTimeout(start, 200);
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}

// Starts the wasm app from an external module, so the page needs no inline
// script and runs under `script-src 'self' 'wasm-unsafe-eval'`. The build
// writes the hashed names of the glue and the wasm into <meta name="app">
// (`make shell`: tools/shell.mjs and index.html).
const app = document.querySelector('meta[name="app"]');

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
  const page = location.pathname.split('/').pop();
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

const target = languagePage();
if (target) {
  location.replace(target);
} else if (!app) {
  fail(new Error('missing <meta name="app">'));
} else {
  import(new URL(app.dataset.js, document.baseURI).href)
    .then((glue) => glue.default({ module_or_path: new URL(app.dataset.wasm, document.baseURI).href }))
    .catch(fail);
}

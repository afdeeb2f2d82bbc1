// `make bench`: sizes of the built site and time to the first chart visible,
// against a baseline page (plain HTML + the full echarts.min.js of the same
// version drawing the same chart), and Lighthouse. Prints Markdown tables
// with the budgets of the README. Not a test: numbers only.
//
// "First chart visible": for the viewer, the first paint of a chart's
// prerendered image (Element Timing, `elementtiming="chart"`), the page
// scrolled to the first chart as soon as it has one; for the baseline, the
// `first-chart` mark on ECharts' `finished`. "Before the first chart": what
// the first chart needs to be seen — the page, its stylesheets and the
// chart's image (on loopback every other file has also arrived by then, so
// the moment alone says nothing). "Without any interaction": every byte the
// page fetched until the network was idle.
//
// Lighthouse: 3 runs of its mobile preset (its default: simulated
// throttling, 4× CPU) at the sub-path /report/; each run's scores and
// metrics, and their medians. LCP, TBT, CLS, FCP and Speed Index are
// Lighthouse's (simulated) values; "LCP observed" is the LCP of the trace it
// recorded, unthrottled (`metrics` audit, `observedLargestContentfulPaint`).
// A run that fails or lacks one of them fails the bench: no table.

import { cpSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer, launch, DIST } from '../e2e/support.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.BENCH_RUNS || 9);

const kb = (n) => (n / 1024).toFixed(1);
const sizes = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// The site plus the baseline page, served together.
const site = mkdtempSync(join(tmpdir(), 'viewer-bench-'));
cpSync(DIST, site, { recursive: true });
for (const f of ['baseline.html', 'baseline.js', 'baseline.css']) cpSync(join(import.meta.dirname, f), join(site, f));
cpSync(join(ROOT, 'node_modules/echarts/dist/echarts.min.js'), join(site, 'echarts.full.min.js'));
const echartsVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/echarts/package.json'), 'utf8')).version;

// Compressed as a real host would (see docs/hosting.md).
const server = await startServer('/report/', { root: site, gzip: true });
const browser = await launch();

/** Cold load (new context: empty cache, no service worker); returns the
 *  time the first chart was visible, the bytes fetched before it, and the
 *  files and bytes fetched with no interaction. */
async function load(url, throttle) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.firstChart = null;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const t = e.renderTime || e.loadTime;
        if (e.identifier === 'chart' && t && (window.firstChart === null || t < window.firstChart)) {
          window.firstChart = t;
          window.firstChartUrl = e.url;
        }
      }
    }).observe({ type: 'element', buffered: true });
    // The reader goes to the first chart as soon as there is one.
    const go = () => {
      const chart = document.querySelector('.chart-section');
      if (chart) chart.scrollIntoView();
      else requestAnimationFrame(go);
    };
    requestAnimationFrame(go);
  });
  const files = new Set();
  page.on('requestfinished', (r) => files.add(new URL(r.url()).pathname));
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.goto(url);
  await page.waitForFunction(
    () => window.firstChart !== null || performance.getEntriesByName('first-chart').length > 0,
    null,
    { timeout: 60000 },
  );
  const t = await page.evaluate(() => window.firstChart ?? performance.getEntriesByName('first-chart')[0].startTime);
  await page.waitForLoadState('networkidle');
  const bytes = await page.evaluate(() => {
    const resources = performance.getEntriesByType('resource');
    const entries = [performance.getEntriesByType('navigation')[0], ...resources];
    const size = (e) => e.transferSize || e.encodedBodySize || 0;
    const needed = [
      performance.getEntriesByType('navigation')[0],
      ...resources.filter((e) => e.name.endsWith('.css') || (window.firstChartUrl && e.name === window.firstChartUrl)),
    ];
    return {
      before: window.firstChartUrl === undefined ? null : needed.reduce((n, e) => n + size(e), 0),
      all: entries.reduce((n, e) => n + size(e), 0),
    };
  });
  await context.close();
  return { t, files: [...files], bytes };
}

// Sizes of what a first view fetches.
const first = await load(server.base, 1);
const baseFirst = await load(server.base + 'baseline.html', 1);
const rows = [];
const total = { raw: 0, gzip: 0, brotli: 0 };
for (const path of first.files.sort()) {
  const rel = path.replace('/report/', '') || 'index.html';
  const file = join(site, rel === '' ? 'index.html' : rel);
  let s;
  try {
    s = sizes(statSync(file).isDirectory() ? readFileSync(join(file, 'index.html')) : readFileSync(file));
  } catch {
    continue;
  }
  rows.push([rel || 'index.html', s]);
  for (const k of Object.keys(total)) total[k] += s[k];
}
const baseTotal = { raw: 0, gzip: 0, brotli: 0 };
for (const path of baseFirst.files) {
  const s = sizes(readFileSync(join(site, path.replace('/report/', ''))));
  for (const k of Object.keys(baseTotal)) baseTotal[k] += s[k];
}
const fullEcharts = sizes(readFileSync(join(site, 'echarts.full.min.js')));

// Time to first chart visible, medians of cold loads, interleaved.
const timing = {};
const fetched = { before: [], all: [] };
for (const throttle of [1, 4]) {
  const app = [];
  const base = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await load(server.base, throttle);
    app.push(run.t);
    if (throttle === 1) {
      if (run.bytes.before !== null) fetched.before.push(run.bytes.before);
      fetched.all.push(run.bytes.all);
    }
    base.push((await load(server.base + 'baseline.html', throttle)).t);
  }
  timing[throttle] = { app: median(app), base: median(base) };
}
const wasm = rows.find(([name]) => name.endsWith('_bg.wasm'));
await browser.close();

// Lighthouse, mobile preset (its default), at the sub-path.
const lighthouse = join(ROOT, 'node_modules/.bin/lighthouse');
const categories = ['performance', 'accessibility', 'best-practices'];
const audits = ['first-contentful-paint', 'speed-index', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];
const lh = [];
for (let i = 0; i < 3; i++) {
  const out = join(site, `lighthouse-${i}.json`);
  execFileSync(
    lighthouse,
    [server.base, '--quiet', '--output=json', `--output-path=${out}`, `--only-categories=${categories.join(',')}`,
      '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run'],
    { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, stdio: 'ignore' },
  );
  const r = JSON.parse(readFileSync(out, 'utf8'));
  const run = {};
  for (const k of categories) run[k] = r.categories[k].score === null ? null : Math.round(r.categories[k].score * 100);
  for (const k of audits) run[k] = r.audits[k]?.numericValue ?? null;
  run.observedLcp = r.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint ?? null;
  const missing = r.runtimeError ? [`${r.runtimeError.code}: ${r.runtimeError.message}`] : Object.keys(run).filter((k) => !Number.isFinite(run[k]));
  if (missing.length > 0) {
    await server.stop();
    throw new Error(`Lighthouse run ${i + 1} gave no ${missing.join(', ')}`);
  }
  lh.push(run);
}
await server.stop();

const date = new Date().toISOString().slice(0, 10);
const out = [];
out.push(`Benchmark of ${date}: ECharts ${echartsVersion}, Chromium headless, ${RUNS} cold loads per row (median), 412×823 viewport, served by nginx on loopback.`);
out.push('');
out.push('| file (first view) | raw KB | gzip KB | brotli KB |');
out.push('|---|---:|---:|---:|');
for (const [name, s] of rows) out.push(`| ${name.replace(/-[0-9a-f]{12,}/, '-…')} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
out.push(`| **first view, total** | **${kb(total.raw)}** | **${kb(total.gzip)}** | **${kb(total.brotli)}** |`);
out.push(`| baseline page, total | ${kb(baseTotal.raw)} | ${kb(baseTotal.gzip)} | ${kb(baseTotal.brotli)} |`);
out.push(`| full echarts.min.js alone | ${kb(fullEcharts.raw)} | ${kb(fullEcharts.gzip)} | ${kb(fullEcharts.brotli)} |`);
out.push('');
out.push('| time to first chart visible (median) | viewer ms | baseline ms | ratio | budget |');
out.push('|---|---:|---:|---:|---:|');
for (const [throttle, { app, base }] of Object.entries(timing)) {
  out.push(`| CPU ${throttle === '1' ? 'unthrottled' : `throttled ${throttle}×`} | ${app.toFixed(0)} | ${base.toFixed(0)} | ${(app / base).toFixed(2)} | ≤ 0.50 |`);
}
out.push('');
out.push('| bytes (transferred, gzip, median) | KB | budget KB |');
out.push('|---|---:|---:|');
out.push(`| before the first chart is visible | ${kb(median(fetched.before))} | 80 |`);
out.push(`| everything loaded without interaction | ${kb(median(fetched.all))} | 300 |`);
out.push(`| the wasm (gzip -9) | ${wasm ? kb(wasm[1].gzip) : '–'} | 200 |`);
out.push('');
const sec = (ms) => (ms / 1000).toFixed(2);
const runs = lh.map((_, i) => `run ${i + 1}`);
out.push(`| Lighthouse (mobile preset, at /report/) | ${runs.join(' | ')} | median | budget |`);
out.push(`|---|${runs.map(() => '---:|').join('')}---:|---:|`);
const lhRow = (what, k, format, budget = '–') =>
  out.push(`| ${what} | ${lh.map((r) => format(r[k])).join(' | ')} | ${format(median(lh.map((r) => r[k])))} | ${budget} |`);
lhRow('performance', 'performance', String, '≥ 95');
lhRow('accessibility', 'accessibility', String);
lhRow('best-practices', 'best-practices', String);
lhRow('FCP', 'first-contentful-paint', (v) => `${sec(v)} s`);
lhRow('Speed Index', 'speed-index', (v) => `${sec(v)} s`);
lhRow('LCP', 'largest-contentful-paint', (v) => `${sec(v)} s`, '≤ 2.0 s');
lhRow('LCP observed (unthrottled trace)', 'observedLcp', (v) => `${sec(v)} s`);
lhRow('TBT', 'total-blocking-time', (v) => `${v.toFixed(0)} ms`, '≤ 200 ms');
lhRow('CLS', 'cumulative-layout-shift', (v) => v.toFixed(3), '< 0.02');
console.log(out.join('\n'));

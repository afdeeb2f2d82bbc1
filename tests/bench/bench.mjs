// `make bench`: sizes of the built site, the time to the first chart visible
// against a baseline page (plain HTML + the full echarts.min.js of the same
// version drawing the same chart), and Lighthouse. Prints Markdown tables
// with the budgets of issue #16 ("Pay only for what is interactive"). Not a
// test: it prints numbers and does not fail on a budget; it fails (exit
// status 1, with a message) when a measurement cannot be taken, and then
// prints no table at all.
//
// Every load is cold: a new browser context (empty cache, no service
// worker), the site served by nginx on loopback with gzip as a real host
// would (docs/hosting.md), at the sub-path /report/ (the Chinese page), in
// a 412×823 viewport (Lighthouse's mobile screen). Debian's Chromium,
// headless, driven by playwright-core, as the browser tests run it.
//
// "Mobile throttling": Lighthouse's mobile figures (its `mobileSlow4G` and
// CPU slowdown) applied in the browser through the DevTools protocol:
// Network.emulateNetworkConditions with 150 ms latency per request, 1.6 Mbps
// down and 750 Kbps up (Lighthouse's Mbps of 1024 Kbps of 1024 bits), and
// Emulation.setCPUThrottlingRate 4. (Lighthouse's own "devtools" method
// would set 562.5 ms and 1.47 Mbps to make up for connection set-up, which
// this does not model; its default, used by the Lighthouse runs below,
// simulates instead.)
//
// "First chart visible": for the viewer, the first paint of a chart's
// prerendered image (Element Timing, `elementtiming="chart"`), the page
// scrolled to the first chart as soon as it has one; for the baseline, the
// `first-chart` mark on ECharts' `finished`. CPU unthrottled, then 4×; no
// network throttling. "Before the first chart": what the first chart needs
// to be seen — the page, its stylesheets and the chart's image (on loopback
// every other file has also arrived by then, so the moment alone says
// nothing).
//
// "Fetched in 10 s without interaction": under mobile throttling, the page
// is opened and left alone (no scroll, pointer, key or focus) for 10 s of
// its clock; the bytes transferred (`transferSize`) of the navigation and of
// every resource whose response ended by then. The first table lists those
// files, with their sizes compressed here.
//
// Lighthouse: 3 runs of its mobile preset (its default: simulated
// throttling, 4× CPU) at the sub-path; each run's scores and metrics and
// their medians. LCP, TBT, CLS, FCP and Speed Index are Lighthouse's
// (simulated) values; "LCP observed" is the LCP of the trace it recorded,
// unthrottled (`metrics` audit, `observedLargestContentfulPaint`).
//
// BENCH_RUNS (default 9) is the number of cold loads of each row of the
// first chart visible (viewer and baseline, each CPU rate). Medians.

import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer, launch, DIST } from '../e2e/support.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.BENCH_RUNS || 9);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`BENCH_RUNS must be a whole number ≥ 1, not ${process.env.BENCH_RUNS}`);
const IDLE_RUNS = 3;
const LIGHTHOUSE_RUNS = 3;
const VIEWPORT = { width: 412, height: 823 };
// Lighthouse's mobileSlow4G: rttMs 150, throughputKbps 1.6 * 1024, uploadThroughputKbps 750; cpuSlowdownMultiplier 4.
const MOBILE = { latency: 150, down: (1.6 * 1024 * 1024) / 8, up: (750 * 1024) / 8, cpu: 4 };
// The longest any wait may take before the bench gives up.
const LIMIT_MS = 30000;
const kb = (n) => (n / 1024).toFixed(1);
const sec = (ms) => (ms / 1000).toFixed(2);
const sizes = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
/** The median; fails on no values or a value that is not a number. */
const median = (xs, what) => {
  if (xs.length === 0 || xs.some((x) => typeof x !== 'number' || !Number.isFinite(x))) {
    throw new Error(`no measurement of ${what}: got [${xs.join(', ')}]`);
  }
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const started = Date.now();
const took = (since) => `${((Date.now() - since) / 1000).toFixed(0)} s`;
const progress = (what) => console.error(`bench: ${what} (${took(started)})`);

// The site plus the baseline page, served together.
const site = mkdtempSync(join(tmpdir(), 'viewer-bench-'));
cpSync(DIST, site, { recursive: true });
for (const f of ['baseline.html', 'baseline.js', 'baseline.css']) cpSync(join(import.meta.dirname, f), join(site, f));
cpSync(join(ROOT, 'node_modules/echarts/dist/echarts.min.js'), join(site, 'echarts.full.min.js'));
const echartsVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/echarts/package.json'), 'utf8')).version;
const wasmFiles = readdirSync(site).filter((f) => /^viewer-[0-9a-f]+_bg\.wasm$/.test(f));
if (wasmFiles.length !== 1) throw new Error(`expected one viewer-…_bg.wasm in ${DIST}, found ${wasmFiles.length}`);
const wasm = sizes(readFileSync(join(site, wasmFiles[0])));

// Compressed as a real host would (see docs/hosting.md).
const server = await startServer('/report/', { root: site, gzip: true });
const browser = await launch();

/** A page in a new context (cold), its CPU slowed `cpu` times, its network
 *  throttled as a phone's when `network`; with its DevTools session. */
async function coldPage({ cpu = 1, network = false } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: MOBILE.latency,
      downloadThroughput: MOBILE.down,
      uploadThroughput: MOBILE.up,
    });
  }
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return { context, page, cdp };
}

/** Cold load; returns the time the first chart was visible, the bytes
 *  fetched before it, and the paths of the files fetched by then. */
async function load(url, throttle) {
  const { context, page } = await coldPage({ cpu: throttle });
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
  await page.goto(url, { waitUntil: 'commit' });
  // The chart painted, and the page's own response ended (the stylesheets
  // and the chart's image had before it was painted).
  await page.waitForFunction(
    () => (window.firstChart !== null || performance.getEntriesByName('first-chart').length > 0) && performance.getEntriesByType('navigation')[0]?.responseEnd > 0,
    null,
    { timeout: 60000 },
  );
  const got = await page.evaluate(() => {
    const size = (e) => e.transferSize || e.encodedBodySize || 0;
    const navigation = performance.getEntriesByType('navigation')[0];
    const resources = performance.getEntriesByType('resource');
    const needed = [navigation, ...resources.filter((e) => e.name.endsWith('.css') || (window.firstChartUrl && e.name === window.firstChartUrl))];
    return {
      t: window.firstChart ?? performance.getEntriesByName('first-chart')[0].startTime,
      before: window.firstChartUrl === undefined ? null : needed.reduce((n, e) => n + size(e), 0),
      paths: [navigation, ...resources].filter((e) => e.responseEnd > 0).map((e) => new URL(e.name).pathname),
    };
  });
  await context.close();
  return got;
}

/** Cold load under mobile throttling, left alone for 10 s: the bytes and
 *  the paths of what was fetched by then. */
async function leftAlone(url) {
  const { context, page } = await coldPage({ cpu: MOBILE.cpu, network: true });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.now() >= 10000, null, { polling: 100, timeout: LIMIT_MS });
  const got = await page.evaluate(() => {
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].filter(
      (e) => e.responseEnd > 0 && e.responseEnd <= 10000,
    );
    return { bytes: entries.reduce((n, e) => n + (e.transferSize || e.encodedBodySize || 0), 0), paths: entries.map((e) => new URL(e.name).pathname) };
  });
  await context.close();
  return got;
}

let report;
try {
  // Sizes of what a page left alone for 10 s fetches.
  const alone = [];
  for (let i = 0; i < IDLE_RUNS; i++) alone.push(await leftAlone(server.base));
  progress('10 s left alone');
  const baseFirst = await load(server.base + 'baseline.html', 1);
  const rows = [];
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const path of [...new Set(alone[0].paths)].sort()) {
    const rel = path.replace('/report/', '') || 'index.html';
    const file = join(site, rel);
    let s;
    try {
      s = sizes(statSync(file).isDirectory() ? readFileSync(join(file, 'index.html')) : readFileSync(file));
    } catch {
      continue;
    }
    rows.push([rel, s]);
    for (const k of Object.keys(total)) total[k] += s[k];
  }
  const baseTotal = { raw: 0, gzip: 0, brotli: 0 };
  for (const path of baseFirst.paths.filter((p) => p.startsWith('/report/'))) {
    const s = sizes(readFileSync(join(site, path.replace('/report/', ''))));
    for (const k of Object.keys(baseTotal)) baseTotal[k] += s[k];
  }
  const fullEcharts = sizes(readFileSync(join(site, 'echarts.full.min.js')));

  // Time to first chart visible, medians of cold loads, interleaved.
  const timing = {};
  const before = [];
  for (const throttle of [1, 4]) {
    const app = [];
    const base = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await load(server.base, throttle);
      app.push(run.t);
      if (throttle === 1 && run.before !== null) before.push(run.before);
      base.push((await load(server.base + 'baseline.html', throttle)).t);
    }
    timing[throttle] = { app: median(app, 'the first chart visible'), base: median(base, "the baseline's chart") };
  }
  progress('first chart visible');

  await browser.close();

  // Lighthouse, mobile preset (its default), at the sub-path.
  const lighthouse = join(ROOT, 'node_modules/.bin/lighthouse');
  const categories = ['performance', 'accessibility', 'best-practices'];
  const audits = ['first-contentful-paint', 'speed-index', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];
  const lh = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    const out = join(site, `lighthouse-${i}.json`);
    execFileSync(
      lighthouse,
      [server.base, '--quiet', '--output=json', `--output-path=${out}`, `--only-categories=${categories.join(',')}`,
        '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run'],
      { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, stdio: 'ignore' },
    );
    const r = JSON.parse(readFileSync(out, 'utf8'));
    if (r.runtimeError) throw new Error(`Lighthouse run ${i + 1}: ${r.runtimeError.code}: ${r.runtimeError.message}`);
    const run = {};
    for (const k of categories) run[k] = r.categories[k].score === null ? null : Math.round(r.categories[k].score * 100);
    for (const k of audits) run[k] = r.audits[k]?.numericValue ?? null;
    run.observedLcp = r.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint ?? null;
    for (const [k, v] of Object.entries(run)) {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`Lighthouse run ${i + 1} gave no ${k}`);
    }
    lh.push(run);
  }
  progress('Lighthouse');

  // The tables.
  const date = new Date().toISOString().slice(0, 10);
  const out = [];
  out.push(`Benchmark of ${date}: ECharts ${echartsVersion}, Chromium headless, ${RUNS} cold loads per row of the first chart visible, 412×823 viewport, served by nginx on loopback at /report/.`);
  out.push('');
  out.push(`| file (fetched in 10 s without interaction) | raw KB | gzip KB | brotli KB |`);
  out.push('|---|---:|---:|---:|');
  for (const [name, s] of rows) out.push(`| ${name.replace(/-[0-9a-f]{12,}/, '-…')} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
  out.push(`| **total** | **${kb(total.raw)}** | **${kb(total.gzip)}** | **${kb(total.brotli)}** |`);
  out.push(`| baseline page, total | ${kb(baseTotal.raw)} | ${kb(baseTotal.gzip)} | ${kb(baseTotal.brotli)} |`);
  out.push(`| full echarts.min.js alone | ${kb(fullEcharts.raw)} | ${kb(fullEcharts.gzip)} | ${kb(fullEcharts.brotli)} |`);
  out.push('');
  out.push('| time to first chart visible (median) | viewer ms | baseline ms | ratio | budget |');
  out.push('|---|---:|---:|---:|---:|');
  const ratio = {};
  for (const [throttle, { app, base }] of Object.entries(timing)) {
    ratio[throttle] = app / base;
    out.push(`| CPU ${throttle === '1' ? 'unthrottled' : `throttled ${throttle}×`} | ${app.toFixed(0)} | ${base.toFixed(0)} | ${ratio[throttle].toFixed(2)} | ${throttle === '4' ? '≤ 0.30' : '–'} |`);
  }
  out.push('');
  const fetched = median(alone.map((a) => a.bytes), 'the bytes fetched in 10 s');
  out.push('| bytes (transferred, gzip) | KB | budget KB |');
  out.push('|---|---:|---:|');
  out.push(`| before the first chart is visible (median) | ${kb(median(before, 'the bytes before the first chart'))} | ≤ 80 (issue "The report at first paint") |`);
  out.push(`| fetched in 10 s without interaction, mobile throttling (median of ${IDLE_RUNS}) | ${kb(fetched)} | ≤ 200 |`);
  out.push(`| the wasm (gzip -9) | ${kb(wasm.gzip)} | ≤ 150 |`);
  out.push('');
  const runs = lh.map((_, i) => `run ${i + 1}`);
  out.push(`| Lighthouse (mobile preset, ${LIGHTHOUSE_RUNS} runs at /report/) | ${runs.join(' | ')} | median | budget |`);
  out.push(`|---|${runs.map(() => '---:|').join('')}---:|---:|`);
  const lhRow = (what, k, format, budget = '–') =>
    out.push(`| ${what} | ${lh.map((r) => format(r[k])).join(' | ')} | ${format(median(lh.map((r) => r[k]), what))} | ${budget} |`);
  lhRow('performance', 'performance', String, '≥ 98 each');
  lhRow('accessibility', 'accessibility', String);
  lhRow('best-practices', 'best-practices', String);
  lhRow('FCP', 'first-contentful-paint', (v) => `${sec(v)} s`);
  lhRow('Speed Index', 'speed-index', (v) => `${sec(v)} s`);
  lhRow('LCP', 'largest-contentful-paint', (v) => `${sec(v)} s`, '≤ 1.6 s');
  lhRow('LCP observed (unthrottled trace)', 'observedLcp', (v) => `${sec(v)} s`);
  lhRow('TBT', 'total-blocking-time', (v) => `${v.toFixed(0)} ms`, '≤ 70 ms');
  lhRow('CLS', 'cumulative-layout-shift', (v) => v.toFixed(3), '≤ 0.02');
  out.push('');
  const lhMedian = (k) => median(lh.map((r) => r[k]), k);
  const met = (ok) => (ok ? 'yes' : 'no');
  out.push('| budget of issue #16 | now | budget | met |');
  out.push('|---|---:|---:|---|');
  out.push(`| Lighthouse mobile performance, each run | ${lh.map((r) => r.performance).join(', ')} | ≥ 98 | ${met(lh.every((r) => r.performance >= 98))} |`);
  out.push(`| LCP (median) | ${sec(lhMedian('largest-contentful-paint'))} s | ≤ 1.6 s | ${met(lhMedian('largest-contentful-paint') <= 1600)} |`);
  out.push(`| TBT (median) | ${lhMedian('total-blocking-time').toFixed(0)} ms | ≤ 70 ms | ${met(lhMedian('total-blocking-time') <= 70)} |`);
  out.push(`| CLS (median) | ${lhMedian('cumulative-layout-shift').toFixed(3)} | ≤ 0.02 | ${met(lhMedian('cumulative-layout-shift') <= 0.02)} |`);
  out.push(`| wasm, gzip -9 | ${kb(wasm.gzip)} KB | ≤ 150 KB | ${met(wasm.gzip <= 150 * 1024)} |`);
  out.push(`| fetched in 10 s without interaction, gzip | ${kb(fetched)} KB | ≤ 200 KB | ${met(fetched <= 200 * 1024)} |`);
  out.push(`| first chart visible vs the baseline, 4× CPU | ${ratio[4].toFixed(2)}× | ≤ 0.3× | ${met(ratio[4] <= 0.3)} |`);
  report = out.join('\n');
} catch (error) {
  console.error(`bench: FAILED, no numbers printed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close().catch(() => {});
  await server.stop();
  rmSync(site, { recursive: true, force: true });
}
if (report) {
  console.log(report);
  console.error(`bench: done in ${took(started)}`);
}

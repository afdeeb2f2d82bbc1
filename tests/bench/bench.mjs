// `make bench`: sizes of the built site, the time to the first chart visible
// against a baseline page (plain HTML + the full echarts.min.js of the same
// version drawing the same chart), the time to the first filter press
// answered, and Lighthouse. Prints Markdown tables with the budgets of issue
// #27 (docs/performance.md). Not a test: it prints numbers
// and does not fail on a budget; it fails (exit status 1, with a message)
// when a measurement cannot be taken, and then prints no table at all.
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
// files, with their sizes compressed here. Those loads block the service
// worker; "sent in 10 s, service worker included" lets it run (a context of
// its own, cold, the same throttling) and counts the bytes nginx sent in
// those 10 s, the worker's fetches included (brotli, as the host sends them).
//
// Lighthouse: one run each of the Chinese page, the English page and the
// first chart's embed page.
//
// "First filter press answered", the time to a working control, under mobile
// throttling. The filters are folded, below the main points and the
// contents on a phone: the page is scrolled to the fold as soon as the
// parser inserts it, and the reader opens it (a tap on its summary,
// `#filters-title` in its summary, as soon as it is painted; it opens without
// script), then presses the prevention chip
// (`[data-pillar="prevention"]`) as soon as it is painted: when Element
// Timing reports its text painted inside the viewport (the bench gives it an
// `elementtiming` attribute as the parser inserts it), the bench presses its
// centre (mouse down and up, through the DevTools protocol); a chip the
// opened fold leaves below the screen is scrolled into view, as a reader
// would, and timed at the frame after the one that showed it. The page
// reports the paint once its main thread is free, so the press follows the
// paint by as long as the page is busy (a reader's earlier touch would wait
// as long to be handled). The reader presses once: a press made before the
// page answers starts the wasm, and boot.js holds it and does it once the
// page answers. The time is from
// navigation start to the start (`performance.now()` in a
// requestAnimationFrame callback) of the frame after the first one in which
// all of these hold, so that the frame showing them has been painted:
//   1. the chip has aria-pressed="true";
//   2. the list changed: the number of activities shown (elements
//      `#activities li.activity` without `hidden` that are rendered,
//      `checkVisibility()`) differs from the number at DOMContentLoaded (the
//      prerendered list), and the text of `#activity-count` differs from its
//      text then and names that number;
//   3. the charts followed: the address's `pillar` parameter includes
//      `prevention`, and either none of the chart sections of the other
//      pillars (`[data-chart]` protection, prosecution, agreements,
//      exchanges: src/core/chart_id.rs, `ChartId::pillar`), all rendered at
//      DOMContentLoaded, is rendered any more (removed, or hidden), or the
//      live activities chart (the ECharts instance on `#activities-chart`,
//      with its canvas) draws the pressed pillar alone (one series, named as
//      the chip).
// Counting rendered elements and reading the count's text, rather than the
// list's children, keeps this true of a page that hides activities
// (`hidden`) instead of removing them, as Leptos islands would. Beside it:
// when the HTML, the wasm and the two data files were received and when the
// wasm's fetch started (Resource Timing), when the chip was painted and
// first pressed (the event's timeStamp), when
// the wasm was live (`<html data-ready>`, `mark_ready` in
// src/ui/browser/mod.rs), how many presses it took and whether the first
// was answered, the delay from the press that was answered to the answer,
// and when the live activities chart first drew the pressed pillar alone
// (that press loads ECharts: until then the chart shows its image of every
// pillar; timed as the answer). Each wait is at most 30 s (LIMIT_MS); past
// it the bench fails.
//
// Lighthouse: 3 runs of its mobile preset (its default: simulated
// throttling, 4× CPU) at the sub-path; each run's scores and metrics and
// their medians. LCP, TBT, CLS, FCP and Speed Index are Lighthouse's
// (simulated) values; "LCP observed" is the LCP of the trace it recorded,
// unthrottled (`metrics` audit, `observedLargestContentfulPaint`).
//
// BENCH_RUNS (default 9) is the number of cold loads of each timed row:
// first chart visible (viewer and baseline, each CPU rate) and first filter
// press. Medians; the filter press also prints its spread (min–max).

import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer, launch, DIST } from '../e2e/support.mjs';
import { compressDir } from '../../tools/compress.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.BENCH_RUNS || 9);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`BENCH_RUNS must be a whole number ≥ 1, not ${process.env.BENCH_RUNS}`);
const IDLE_RUNS = 3;
const VIEWPORT = { width: 412, height: 823 };
// Lighthouse's mobileSlow4G: rttMs 150, throughputKbps 1.6 * 1024, uploadThroughputKbps 750; cpuSlowdownMultiplier 4.
const MOBILE = { latency: 150, down: (1.6 * 1024 * 1024) / 8, up: (750 * 1024) / 8, cpu: 4 };
// The longest any wait may take before the bench gives up.
const LIMIT_MS = 30000;
// The chip pressed, and the charts of the other pillars (ChartId::pillar).
const CHIP = '[data-pillar="prevention"]';
const FOLD = '#filters-title';
const OTHER_PILLAR_CHARTS = ['protection', 'prosecution', 'agreements', 'exchanges', 'partners'];
const LIVE_SURFACE = 'activities-chart';

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
const spread = (xs) => [Math.min(...xs), Math.max(...xs)];
/** Whether `promise` settles within `ms`; with a message, fails instead of answering false. */
async function within(promise, ms, message) {
  let timer;
  const late = new Promise((ok) => (timer = setTimeout(() => ok(false), ms)));
  const done = await Promise.race([promise.then(() => true), late]);
  clearTimeout(timer);
  if (!done && message) throw new Error(message);
  return done;
}
function deferred() {
  let resolve;
  const promise = new Promise((ok) => (resolve = ok));
  return { promise, resolve };
}
const started = Date.now();
const took = (since) => `${((Date.now() - since) / 1000).toFixed(0)} s`;
const progress = (what) => console.error(`bench: ${what} (${took(started)})`);

// The site plus the baseline page, served together.
const site = mkdtempSync(join(tmpdir(), 'viewer-bench-'));
cpSync(DIST, site, { recursive: true });
for (const f of ['baseline.html', 'baseline.js', 'baseline.css']) cpSync(join(import.meta.dirname, f), join(site, f));
cpSync(join(ROOT, 'node_modules/echarts/dist/echarts.min.js'), join(site, 'echarts.full.min.js'));
// The baseline's files get their .br and .gz copies too, as `make compress`
// gives the site's (the site's own are up to date: left alone).
await compressDir(site);
const echartsVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/echarts/package.json'), 'utf8')).version;
const wasmFiles = readdirSync(site).filter((f) => /^viewer-[0-9a-f]+_bg\.wasm$/.test(f));
if (wasmFiles.length !== 1) throw new Error(`expected one viewer-…_bg.wasm in ${DIST}, found ${wasmFiles.length}`);
const wasm = sizes(readFileSync(join(site, wasmFiles[0])));

// Compressed as a real host would (see docs/hosting.md): the .br copies to
// Chromium, which accepts br (on loopback too), gzip to a client without it.
const server = await startServer('/report/', { root: site, gzip: true, brotli: true, accessLog: true });
const browser = await launch();

/** A page in a new context (cold), its CPU slowed `cpu` times, its network
 *  throttled as a phone's when `network`, its service worker blocked unless
 *  `serviceWorkers: 'allow'`; with its DevTools session. */
async function coldPage({ cpu = 1, network = false, serviceWorkers = 'block' } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers });
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

/** Cold load under mobile throttling, left alone for 10 s, its service
 *  worker let run: every transfer of the browser, the worker's included, as
 *  nginx counts the bytes it sent (brotli, as a real host sends them). */
async function leftAloneWithWorker(url) {
  const { context, page } = await coldPage({ cpu: MOBILE.cpu, network: true, serviceWorkers: 'allow' });
  const from = readFileSync(server.accessLog, 'utf8').split('\n').length - 1;
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.now() >= 10000, null, { polling: 100, timeout: LIMIT_MS });
  const offline = await page.evaluate(() => document.documentElement.dataset.offline ?? null);
  await context.close();
  const logged = readFileSync(server.accessLog, 'utf8')
    .split('\n')
    .slice(from)
    .map((line) => line.match(/"GET (\S+) HTTP\/[\d.]+" (\d{3}) (\d+)/))
    .filter(Boolean);
  return { bytes: logged.reduce((n, m) => n + Number(m[3]), 0), requests: logged.length, offline };
}

/** What the page records for the filter press (an init script: see the
 *  head of this file for what it checks). */
function observePress({ chip: chipSelector, fold: foldSelector, others, surface }) {
  const b = (window.__bench = { ref: null, presses: [], painted: null, ready: null, pressed: null, unpressed: null, answered: null, live: null });
  const shown = () => {
    const list = document.getElementById('activities');
    return list ? [...list.querySelectorAll('li.activity:not([hidden])')].filter((e) => e.checkVisibility()).length : null;
  };
  const countText = () => document.getElementById('activity-count')?.textContent.trim() ?? null;
  const rendered = (id) => document.querySelector(`[data-chart="${id}"]`)?.checkVisibility() ?? false;
  const liveAlone = (label) => {
    const el = document.getElementById(surface);
    const chart = el && window.echarts?.getInstanceByDom(el);
    if (!chart || !el.querySelector('canvas')) return false;
    const series = chart.getOption()?.series ?? [];
    return series.length === 1 && series[0].name === label;
  };
  // When the chip is painted: Element Timing, for an attribute set as the
  // parser inserts it (before any frame can show it).
  const chipPainted = (t, r) => {
    if (b.painted !== null || r.width === 0 || r.height === 0 || r.top < 0 || r.bottom > innerHeight) return;
    b.painted = t;
    window.__benchPainted({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
  };
  new MutationObserver((_, observer) => {
    const chip = document.querySelector(chipSelector);
    const fold = document.querySelector(foldSelector);
    if (fold && !fold.hasAttribute('elementtiming')) {
      fold.setAttribute('elementtiming', 'bench-fold');
      // On a phone the filters are below the main points and the contents:
      // the reader scrolls to them (as "first chart visible" scrolls to the
      // first chart) as soon as they are there.
      fold.scrollIntoView({ block: 'center' });
    }
    if (chip) {
      chip.setAttribute('elementtiming', 'bench-chip');
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const r = e.intersectionRect;
      if (e.identifier === 'bench-fold' && b.foldPainted === undefined && r.width > 0 && r.height > 0) {
        b.foldPainted = e.renderTime || e.loadTime;
        window.__benchFold({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
      }
      if (e.identifier === 'bench-chip') chipPainted(e.renderTime || e.loadTime, r);
    }
  }).observe({ type: 'element', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    b.ref = { shown: shown(), text: countText(), others: others.filter(rendered) };
  });
  addEventListener('pointerdown', (e) => {
    if (e.target instanceof Element && e.target.closest(chipSelector)) b.presses.push(e.timeStamp);
  }, { capture: true });
  // The answer and the live chart are timed at the start of the frame after
  // the one that first showed them: that one has been painted by then.
  let answerShown = false;
  let chipInView = false;
  let liveShown = false;
  const frame = () => {
    // performance.now(), after every task before this frame (the frame's
    // own timestamp may precede an input event handled just before it).
    const t = performance.now();
    if (answerShown && b.answered === null) {
      b.answered = t;
      window.__benchAnswered();
    }
    if (liveShown && b.live === null) {
      b.live = t;
      window.__benchLive();
    }
    const chip = document.querySelector(chipSelector);
    if (b.ready === null && document.documentElement.hasAttribute('data-ready')) b.ready = t;
    // Where the page was still too short to centre the fold, the opened
    // fold's chip may come below the screen: the reader scrolls it into
    // view. Element Timing reports an element's first paint once, so a chip
    // first painted out of view is timed here, at the frame after the one
    // that showed it in view.
    if (b.painted === null && chip?.closest('details')?.open) {
      const r = chip.getBoundingClientRect();
      const inView = r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
      if (inView && chipInView) chipPainted(t, r);
      else if (!inView) chip.scrollIntoView({ block: 'nearest' });
      chipInView = inView;
    }
    if (b.presses.length > 0 && b.ref && chip) {
      const pressed = chip.getAttribute('aria-pressed') === 'true';
      if (pressed && b.pressed === null) {
        b.pressed = t;
        window.__benchPressed();
      }
      if (!pressed && b.pressed !== null && b.unpressed === null) b.unpressed = t;
      const label = chip.textContent.trim();
      if (!answerShown && pressed) {
        const n = shown();
        const text = countText();
        const list = n !== null && n !== b.ref.shown && text !== null && text !== b.ref.text && (text.match(/\d+/g) ?? []).map(Number).includes(n);
        const pillars = (new URLSearchParams(location.search).get('pillar') ?? '').split(',');
        const left = b.ref.others.length === others.length && !others.some(rendered);
        answerShown = list && pillars.includes('prevention') && (left || liveAlone(label));
      }
      if (!liveShown) liveShown = liveAlone(label);
    }
    if (b.answered === null || b.live === null) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** One cold load under mobile throttling with the reader pressing the chip. */
async function pressRun(url) {
  const { context, page, cdp } = await coldPage({ cpu: MOBILE.cpu, network: true });
  // A press at the chip's centre: mouse down and up, straight away (no
  // move first, which would wait for the busy page before the press).
  const click = async ({ x, y }) => {
    for (const type of ['mousePressed', 'mouseReleased']) await cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', buttons: type === 'mousePressed' ? 1 : 0, clickCount: 1 });
  };
  try {
    const signal = {};
    for (const name of ['Fold', 'Painted', 'Pressed', 'Answered', 'Live']) {
      signal[name] = deferred();
      await page.exposeBinding(`__bench${name}`, (_source, arg) => signal[name].resolve(arg));
    }
    await page.addInitScript(observePress, { chip: CHIP, fold: FOLD, others: OTHER_PILLAR_CHARTS, surface: LIVE_SURFACE });
    await page.goto(url, { waitUntil: 'commit', timeout: LIMIT_MS });
    // The filters are folded (a phone's first screen): the reader opens the
    // fold first, as soon as its summary is painted (it opens without script).
    await within(signal.Fold.promise, LIMIT_MS, `the filters' fold ${FOLD} was not painted in the ${VIEWPORT.width}×${VIEWPORT.height} viewport within ${LIMIT_MS / 1000} s`);
    await within(click(await signal.Fold.promise), LIMIT_MS, `a click on the filters' fold was not delivered within ${LIMIT_MS / 1000} s`);
    await within(signal.Painted.promise, LIMIT_MS, `the chip ${CHIP} was not painted in the ${VIEWPORT.width}×${VIEWPORT.height} viewport within ${LIMIT_MS / 1000} s`);
    const at = await signal.Painted.promise;
    // One press: the page holds a press made before it answers and does
    // it then (boot.js), so a reader need not press again.
    await within(click(at), LIMIT_MS, `a click on the chip was not delivered within ${LIMIT_MS / 1000} s`);
    const clicks = 1;
    await within(signal.Pressed.promise, LIMIT_MS, `the chip ${CHIP} did not answer its press within ${LIMIT_MS / 1000} s (aria-pressed never "true")`);
    await within(signal.Answered.promise, LIMIT_MS, `the chip showed pressed, but the activity list and the charts did not follow within ${LIMIT_MS / 1000} s`);
    await within(signal.Live.promise, LIMIT_MS, `the live activities chart (#${LIVE_SURFACE}) did not draw the pressed pillar alone within ${LIMIT_MS / 1000} s`);
    const b = await page.evaluate(() => window.__bench);
    if (b.unpressed !== null) throw new Error('the chip was pressed, then showed unpressed again');
    if (b.presses.length !== clicks) throw new Error(`${clicks} clicks, but the chip saw ${b.presses.length} presses (did it move?)`);
    if (b.ready === null) throw new Error('the page answered but never set <html data-ready>');
    const answeredBy = b.presses.filter((p) => p <= b.answered);
    // Where the time went: the page's own transfers (Resource Timing).
    const got = await page.evaluate(() => {
      const all = performance.getEntriesByType('resource');
      const last = (re) => Math.max(...all.filter((e) => re.test(new URL(e.name).pathname)).map((e) => e.responseEnd));
      const wasm = all.find((e) => /_bg\.wasm$/.test(e.name));
      return { html: performance.getEntriesByType('navigation')[0].responseEnd, wasmStart: wasm?.startTime, wasmEnd: wasm?.responseEnd, dataEnd: last(/\/data\/(report|viewer)\.json$/) };
    });
    for (const [k, v] of Object.entries(got)) if (!Number.isFinite(v)) throw new Error(`no resource timing for ${k} (the wasm and the data files are fetched before the page answers)`);
    return {
      ...got,
      painted: b.painted,
      firstPress: b.presses[0],
      ready: b.ready,
      answered: b.answered,
      live: b.live,
      presses: answeredBy.length,
      delay: b.answered - answeredBy[answeredBy.length - 1],
    };
  } finally {
    await context.close();
  }
}

let report;
try {
  // Sizes of what a page left alone for 10 s fetches.
  const alone = [];
  for (let i = 0; i < IDLE_RUNS; i++) alone.push(await leftAlone(server.base));
  progress('10 s left alone');
  const withWorker = [];
  for (let i = 0; i < IDLE_RUNS; i++) withWorker.push(await leftAloneWithWorker(server.base));
  progress('10 s left alone, service worker included');
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

  // The first filter press, under mobile throttling.
  const presses = [];
  for (let i = 0; i < RUNS; i++) presses.push(await pressRun(server.base));
  progress('first filter press');
  await browser.close();

  // Lighthouse, mobile preset (its default), at the sub-path.
  const lighthouse = join(ROOT, 'node_modules/.bin/lighthouse');
  const categories = ['performance', 'accessibility', 'best-practices'];
  const audits = ['first-contentful-paint', 'speed-index', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];
  const lh = [];
  // One run each of the Chinese page, the English page and the first chart's
  // embed page (a picture until the reader reaches for it, as on the report page).
  const firstChart = JSON.parse(readFileSync(join(site, 'data/viewer.json'), 'utf8')).charts[0].id;
  const lhPages = ['', 'en.html', `embed-${firstChart}.html`];
  for (let i = 0; i < lhPages.length; i++) {
    const out = join(site, `lighthouse-${i}.json`);
    execFileSync(
      lighthouse,
      [server.base + lhPages[i], '--quiet', '--output=json', `--output-path=${out}`, `--only-categories=${categories.join(',')}`,
        '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run'],
      { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, stdio: 'ignore' },
    );
    const r = JSON.parse(readFileSync(out, 'utf8'));
    if (r.runtimeError) throw new Error(`Lighthouse run ${i + 1}: ${r.runtimeError.code}: ${r.runtimeError.message}`);
    const run = {};
    for (const k of categories) run[k] = r.categories[k].score === null ? null : Math.round(r.categories[k].score * 100);
    for (const k of audits) run[k] = r.audits[k]?.numericValue ?? null;
    run.page = lhPages[i] || 'index.html';
    run.observedLcp = r.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint ?? null;
    for (const [k, v] of Object.entries(run)) {
      if (k !== 'page' && (typeof v !== 'number' || !Number.isFinite(v))) throw new Error(`Lighthouse run ${i + 1} gave no ${k}`);
    }
    lh.push(run);
  }
  progress('Lighthouse');

  // The tables.
  const date = new Date().toISOString().slice(0, 10);
  const out = [];
  out.push(`Benchmark of ${date}: ECharts ${echartsVersion}, Chromium headless, ${RUNS} cold loads per timed row, 412×823 viewport, served by nginx on loopback at /report/.`);
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
  const served = median(withWorker.map((a) => a.bytes), 'the bytes sent in 10 s, service worker included');
  out.push(`| sent in 10 s without interaction, service worker included, brotli (median of ${IDLE_RUNS}; kept: ${[...new Set(withWorker.map((a) => a.offline))].join(', ')}) | ${kb(served)} | ≤ 200 |`);
  out.push(`| the wasm (gzip -9) | ${kb(wasm.gzip)} | ≤ 120 |`);
  out.push('');
  const col = (k) => presses.map((p) => p[k]);
  const answered = median(col('answered'), 'the first filter press answered');
  const row = (what, k, format, budget = '–', bold = false) => {
    const [lo, hi] = spread(col(k));
    const m = format(median(col(k), what));
    out.push(`| ${what} | ${bold ? `**${m}**` : m} | ${format(lo)}–${format(hi)} | ${budget} |`);
  };
  out.push(`| first filter press (mobile throttling: 150 ms, 1.6 Mbps down, 750 Kbps up, 4× CPU; ${RUNS} cold loads) | median | min–max | budget |`);
  out.push('|---|---:|---:|---:|');
  row('HTML received', 'html', (v) => `${sec(v)} s`);
  row('chip painted', 'painted', (v) => `${sec(v)} s`);
  row('first press', 'firstPress', (v) => `${sec(v)} s`);
  row('wasm fetch started (the first sign of life: here the scroll to the fold)', 'wasmStart', (v) => `${sec(v)} s`);
  row('wasm received', 'wasmEnd', (v) => `${sec(v)} s`);
  row('report.json and viewer.json received', 'dataEnd', (v) => `${sec(v)} s`);
  row('wasm live (`data-ready`): compiled, data read, islands hydrated', 'ready', (v) => `${sec(v)} s`);
  row('**press answered** (chip, list, charts)', 'answered', (v) => `${sec(v)} s`, '≤ 2.0 s', true);
  row('from the press answered to the answer', 'delay', (v) => `${v.toFixed(0)} ms`);
  row('live activities chart with the pillar alone', 'live', (v) => `${sec(v)} s`);
  out.push('');
  out.push('The reader pressed once in each load; the page held the press until it answered.');
  out.push('');
  const runs = lh.map((r) => r.page);
  out.push(`| Lighthouse (mobile preset, one run each at /report/) | ${runs.join(' | ')} | median | budget |`);
  out.push(`|---|${runs.map(() => '---:|').join('')}---:|---:|`);
  const lhRow = (what, k, format, budget = '–') =>
    out.push(`| ${what} | ${lh.map((r) => format(r[k])).join(' | ')} | ${format(median(lh.map((r) => r[k]), what))} | ${budget} |`);
  lhRow('performance', 'performance', String, '100 each');
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
  out.push('| budget (issue #27) | now | budget | met |');
  out.push('|---|---:|---:|---|');
  out.push(`| Lighthouse mobile performance (${lh.map((r) => r.page).join(', ')}) | ${lh.map((r) => r.performance).join(', ')} | 100 each | ${met(lh.every((r) => r.performance === 100))} |`);
  out.push(`| TBT, each (${lh.map((r) => r.page).join(', ')}) | ${lh.map((r) => r['total-blocking-time'].toFixed(0)).join(', ')} ms | ≤ 70 ms each | ${met(lh.every((r) => r['total-blocking-time'] <= 70))} |`);
  out.push(`| LCP (median) | ${sec(lhMedian('largest-contentful-paint'))} s | ≤ 1.6 s | ${met(lhMedian('largest-contentful-paint') <= 1600)} |`);
  out.push(`| TBT (median) | ${lhMedian('total-blocking-time').toFixed(0)} ms | ≤ 70 ms | ${met(lhMedian('total-blocking-time') <= 70)} |`);
  out.push(`| CLS (median) | ${lhMedian('cumulative-layout-shift').toFixed(3)} | ≤ 0.02 | ${met(lhMedian('cumulative-layout-shift') <= 0.02)} |`);
  out.push(`| wasm, gzip -9 | ${kb(wasm.gzip)} KB | ≤ 120 KB | ${met(wasm.gzip <= 120 * 1024)} |`);
  out.push(`| fetched in 10 s without interaction, service worker included | ${kb(served)} KB | ≤ 200 KB | ${met(served <= 200 * 1024)} |`);
  out.push(`| first chart visible vs the baseline, 4× CPU | ${ratio[4].toFixed(2)}× | ≤ 0.3× | ${met(ratio[4] <= 0.3)} |`);
  out.push(`| first filter press answered (median) | ${sec(answered)} s | ≤ 2.0 s | ${met(answered <= 2000)} |`);
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

// Shared helpers for the browser tests: a real nginx serving dist/ under a
// sub-path with the configuration of `make serve` (tools/nginx.conf.in: the
// strict Content-Security-Policy, caching headers, the .br and .gz copies,
// gzip), and Debian's
// Chromium driven by playwright-core.

import { mkdtempSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { spawnNginx } from '../../tools/serve.mjs';
import { before, after } from 'node:test';

export const DIST = resolve(import.meta.dirname, '../../dist');

/** The built site's `data/viewer.json`: what its charts are. */
function builtViewer() {
  const file = join(DIST, 'data', 'viewer.json');
  if (!existsSync(file)) throw new Error(`${file} is not there: run \`make dist\``);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The viewer of the built site (`dist/data/viewer.json`). */
export const VIEWER = builtViewer();

/** The built site's chart ids, in the page's order: the one list every test reads. */
export const CHARTS = VIEWER.charts.map((c) => c.id);

// The policy every page must run under (see docs/hosting.md, "Content-Security-Policy").
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  'frame-ancestors *',
].join('; ');

/** A port nothing listens on, on loopback. */
export async function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
    srv.on('error', fail);
  });
}

async function waitForPort(port, ms = 10000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/`);
      await r.arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx did not answer on port ${port}`);
}

/**
 * Starts nginx serving dist/ at `prefix` (e.g. '/report/'; an array serves
 * it at several), with the configuration `make serve` uses
 * (tools/nginx.conf.in: CSP, caching headers, types; the .br copies unless
 * `brotli` is false, gzip unless `gzip` is false). `extra` is added inside `http { }` (PORTAL_PORT in it is replaced
 * by a second free port). With `accessLog`, requests are logged (nginx's
 * combined format) to the file `server.accessLog`. Returns { origin, base,
 * port, portalPort, accessLog, stop }; `base` is the URL of the first prefix.
 */
export async function startServer(prefix = '/report/', { extra = '', root = DIST, gzip = true, brotli = true, accessLog = false } = {}) {
  const prefixes = Array.isArray(prefix) ? prefix : [prefix];
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} is not built: run \`make dist\``);
  const dir = mkdtempSync(join(tmpdir(), 'viewer-nginx-'));
  const port = await freePort();
  // A second server block (e.g. a portal page) may use PORTAL_PORT.
  const portalPort = await freePort();
  extra = extra.replaceAll('PORTAL_PORT', String(portalPort));
  const log = accessLog ? join(dir, 'access.log') : null;
  const proc = spawnNginx({ dir, port, root, prefixes, gzip, brotli, extra, accessLog: log ?? 'off' }, { stdio: ['ignore', 'inherit', 'inherit'] });
  await waitForPort(port);
  return {
    origin: `http://127.0.0.1:${port}`,
    base: `http://127.0.0.1:${port}${prefixes[0]}`,
    port,
    portalPort,
    accessLog: log,
    stop: () =>
      new Promise((ok) => {
        proc.once('exit', ok);
        proc.kill('SIGQUIT');
      }),
  };
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * A new page that records console errors, page errors and CSP violations.
 * `page.problems` lists them; tests assert it stays empty. A test that
 * routes the page's requests (`page.route`) blocks the service worker
 * (`serviceWorkers: 'block'`): the requests a worker makes on the page's
 * behalf are not routed.
 */
export async function newPage(browser, { width = 1280, height = 900, colorScheme = 'light', reducedMotion, serviceWorkers = 'allow' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, reducedMotion, serviceWorkers });
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => page.problems.push(`pageerror: ${err.message}`));
  // CSP violations, reported by the browser (the init script itself is
  // injected by the test driver, outside the page's CSP).
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample || ''}`);
    });
  });
  return page;
}

/**
 * The reader's first sign of life, the mouse moving, which starts the wasm
 * on a page whose address carries no view (boot.js: nothing is fetched
 * for a reader who only reads), then the wait for the page to answer
 * (`<html data-ready>`).
 */
export async function answers(page, timeout = 20000) {
  await page.mouse.move(1, 1);
  await page.mouse.move(2, 2);
  await page.waitForSelector('html[data-ready]', { state: 'attached', timeout });
}

/**
 * Waits until a chart has been drawn by ECharts. A chart goes live when a
 * reader reaches for it, so once the page answers (`<html data-ready>`),
 * the pointer moves over it; then the wait is for the chart's canvas and
 * series.
 */
export async function waitForChart(page, id = 'tiers-chart') {
  const live = (id) => {
    const el = document.getElementById(id);
    const chart = el && window.echarts && window.echarts.getInstanceByDom(el);
    return !!chart && el.querySelector('canvas') !== null && chart.getOption().series.length > 0;
  };
  await answers(page);
  // From off the chart onto it (scrolled into view): a pointer already
  // over it (a chart drawn anew under it) enters it again.
  if (!(await page.evaluate(live, id))) await page.mouse.move(0, 0);
  await page.locator(`#${id}`).hover({ timeout: 20000 });
  try {
    await page.waitForFunction(live, id, { timeout: 20000 });
  } catch {
    throw new Error(`chart ${id} did not go live`);
  }
}

/**
 * Waits until the chart on `surface` has drawn its last frame: the next
 * frame, then, if an animation is still running, ECharts' `finished`
 * event. What a test reads off the screen (a mark's pixel) is then where
 * the chart draws it.
 */
export async function waitForDrawn(page, surface) {
  await page.evaluate(
    (id) =>
      new Promise((done) => {
        const chart = window.echarts.getInstanceByDom(document.getElementById(id));
        requestAnimationFrame(() => {
          if (chart.getZr().animation.isFinished()) return done();
          chart.on('finished', function once() {
            chart.off('finished', once);
            done();
          });
        });
      }),
    surface,
  );
}

/**
 * For a test file: nginx serving dist/ at `prefix` and one browser, started
 * before the file's tests and stopped after. Use `site.server`, `site.browser`.
 */
export function useSite(prefix = '/report/') {
  const site = {};
  before(async () => {
    site.server = await startServer(prefix);
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.stop();
  });
  return site;
}

/**
 * Opens the filters' fold (a `<details>`: it opens without the wasm), so
 * that its chips, year menu and search box can be used.
 */
export async function openFilters(page) {
  const fold = page.locator('#filters details');
  if ((await fold.getAttribute('open')) === null) await page.locator('#filters summary').click();
}

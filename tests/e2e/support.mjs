// Shared helpers for the browser tests: a real nginx serving dist/ under a
// sub-path with the strict Content-Security-Policy, and Debian's Chromium
// driven by playwright-core.

import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';

export const DIST = resolve(import.meta.dirname, '../../dist');

// The policy every page must run under (see README, "Hosting").
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

async function freePort() {
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
 * it at several) with the CSP. Returns { origin, base, port, stop }; `base`
 * is the URL of the first prefix.
 */
export async function startServer(prefix = '/report/', { extra = '', root = DIST, gzip = false } = {}) {
  const prefixes = Array.isArray(prefix) ? prefix : [prefix];
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} is not built: run \`make dist\``);
  const dir = mkdtempSync(join(tmpdir(), 'viewer-nginx-'));
  const port = await freePort();
  // A second server block (e.g. a portal page) may use PORTAL_PORT.
  const portalPort = await freePort();
  extra = extra.replaceAll('PORTAL_PORT', String(portalPort));
  // Workers read dist/ as we do (a checkout may be private to its owner).
  const user = process.getuid() === 0 ? 'user root root;' : '';
  const conf = `
${user}
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${gzip ? 'gzip on; gzip_comp_level 6; gzip_types application/javascript application/wasm application/json text/css text/csv image/svg+xml;' : ''}
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    ${prefixes
      .map(
        (p) => `location ${p} {
      alias ${root}/;
      add_header Content-Security-Policy "${CSP}" always;
      add_header X-Content-Type-Options nosniff always;
    }`,
      )
      .join('\n    ')}
  }
  ${extra}
}`;
  writeFileSync(join(dir, 'nginx.conf'), conf);
  const proc = spawn('/usr/sbin/nginx', ['-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitForPort(port);
  return {
    origin: `http://127.0.0.1:${port}`,
    base: `http://127.0.0.1:${port}${prefixes[0]}`,
    port,
    portalPort,
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
 * `page.problems` lists them; tests assert it stays empty.
 */
export async function newPage(browser, { width = 1280, height = 900, colorScheme = 'light', reducedMotion } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, reducedMotion });
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
 * Waits until a chart has been drawn by ECharts. Charts go live when they
 * come into view, so the chart is scrolled into view first.
 */
export async function waitForChart(page, id = 'tiers-chart') {
  await page.locator(`#${id}`).scrollIntoViewIfNeeded({ timeout: 20000 });
  await page.waitForFunction(
    (id) => {
      const el = document.getElementById(id);
      const chart = el && window.echarts && window.echarts.getInstanceByDom(el);
      return !!chart && el.querySelector('canvas') !== null && chart.getOption().series.length > 0;
    },
    id,
    { timeout: 20000 },
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

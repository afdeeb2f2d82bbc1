#!/usr/bin/env node
// `make screenshot`: the README's picture of the viewer. Serves a built site
// with `make serve`'s nginx (tools/serve.mjs, on a free port), opens its
// Chinese page in Debian's Chromium (playwright-core) at 1280 × 800, light
// scheme, waits for the page to answer (`<html data-ready>`), and writes
// the first screen as a PNG.
//
//   node tools/screenshot.mjs [--root dist] [--out docs/screenshot.png] [--page index.html]

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const root = resolve(opt('--root', 'dist'));
const out = resolve(opt('--out', 'docs/screenshot.png'));
const pageName = opt('--page', 'index.html');
const WIDTH = 1280;
const HEIGHT = 800;

if (!existsSync(resolve(root, pageName))) {
  console.error(`screenshot: ${root}/${pageName} is not built: run \`make dist\``);
  process.exit(1);
}

const port = await new Promise((ok, fail) => {
  const srv = createServer();
  srv.listen(0, '127.0.0.1', () => {
    const { port } = srv.address();
    srv.close(() => ok(port));
  });
  srv.on('error', fail);
});

const server = spawn(process.execPath, [resolve(import.meta.dirname, 'serve.mjs'), '--port', String(port), '--root', root], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const stop = () => server.exitCode === null && server.kill('SIGTERM');
process.on('exit', stop);

async function served(url, ms = 10000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      await r.arrayBuffer();
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

let browser;
try {
  const url = `http://127.0.0.1:${port}/${pageName}`;
  await served(url);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT }, colorScheme: 'light', reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  // The mouse moving starts the wasm (boot.js), as a reader's would.
  await page.mouse.move(1, 1);
  await page.waitForSelector('html[data-ready]', { timeout: 30000 });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: out, clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } });
  console.log(`screenshot: ${out} (${WIDTH} × ${HEIGHT}, ${url})`);
} catch (e) {
  console.error(`screenshot: ${e.message}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  stop();
}

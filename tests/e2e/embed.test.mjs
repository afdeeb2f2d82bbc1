// Embedding: any sub-path, strict CSP, the embed view of every chart, embed
// code that points at where the site is served, and a self-sizing iframe on
// a portal page of another origin.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launch, newPage, waitForChart, CHARTS } from './support.mjs';

const PREFIXES = ['/', '/report/', '/a/b/c/'];

let server;
let browser;
let portal;

before(async () => {
  portal = mkdtempSync(join(tmpdir(), 'viewer-portal-'));
  server = await startServer(PREFIXES, {
    extra: `server { listen 127.0.0.1:PORTAL_PORT; root ${portal}; }`,
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

for (const prefix of PREFIXES) {
  test(`main page and data under ${prefix}: no error, no CSP violation`, async () => {
    const base = server.origin + prefix;
    const page = await newPage(browser);
    await page.goto(base + '?lang=en');
    await waitForChart(page);
    const csv = await fetch(base + 'data/facts.csv');
    assert.equal(csv.status, 200);
    // Show a tooltip: it must not need inline styles either. The wait is
    // for the tooltip drawn (ECharts' `showtip`, then the frame `finished`).
    const shown = await page.evaluate(
      () =>
        new Promise((done) => {
          const chart = window.echarts.getInstanceByDom(document.getElementById('tiers-chart'));
          let tip = false;
          chart.on('showtip', () => (tip = true));
          chart.on('finished', () => tip && done(true));
          chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 1 });
        }),
    );
    assert.equal(shown, true);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('every chart has an embed view that draws under /a/b/c/ with no error', async () => {
  const page = await newPage(browser, { width: 600 });
  for (const chart of CHARTS) {
    for (const lang of ['zh', 'en']) {
      // An older link: sent on to the chart's own prerendered page.
      await page.goto(`${server.origin}/a/b/c/embed.html?chart=${chart}&lang=${lang}`);
      await page.waitForURL(`${server.origin}/a/b/c/embed-${chart}${lang === 'en' ? '-en' : ''}.html`);
      await waitForChart(page, `${chart}-chart`);
      assert.equal(await page.locator('h1').count(), 1);
      assert.equal(await page.locator('.site-header, .filters').count(), 0, 'no page chrome');
      const back = await page.locator('.embed-footer a').getAttribute('href');
      assert.equal(back, lang === 'en' ? `./en.html#chart-${chart}` : `./#chart-${chart}`);
      assert.match(await page.locator('.source').textContent(), /貳/);
    }
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('an unknown chart id lists the valid ones', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.origin}/report/embed.html?chart=pie&lang=en`);
  const error = page.locator('#embed-error');
  await error.waitFor();
  const text = await error.textContent();
  assert.match(text, /No such chart/);
  assert.match(text, /pie/);
  for (const chart of CHARTS) assert.ok(text.includes(chart), `${chart} not listed`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('embed code points at the path the site is served from', async () => {
  for (const prefix of ['/report/', '/a/b/c/']) {
    const page = await newPage(browser);
    await page.goto(`${server.origin}${prefix}?pillar=partnership&year=2014&lang=en`);
    await waitForChart(page, 'agreements-chart');
    const section = page.locator('#chart-agreements');
    await section.locator('.menu > summary', { hasText: 'Share' }).click();
    await section.getByRole('button', { name: 'Embed code' }).click();
    const code = await section.locator('textarea').inputValue();
    assert.ok(
      code.startsWith(`<iframe src="${server.origin}${prefix}embed-agreements-en.html?pillar=partnership&amp;year=2014"`),
      code,
    );
    assert.match(code, /title="Partnership: cooperation agreements/);
    assert.ok(code.includes(`<script src="${server.origin}${prefix}embed-host.js" defer></script>`), code);
    await page.context().close();
  }
});

test('a portal on another origin shows a chart in an iframe that sizes itself', async () => {
  const viewer = `${server.origin}/report/`;
  writeFileSync(
    join(portal, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal</title><link rel="icon" href="data:,">
<script src="${viewer}embed-host.js" defer></script></head>
<body><h1>County portal</h1>
<iframe id="tiers" src="${viewer}embed.html?chart=tiers&lang=en" title="TIP tiers" width="100%" height="200" frameborder="0"></iframe>
<iframe id="plain" src="${viewer}embed.html?chart=media" title="Media" width="100%" height="300" frameborder="0"></iframe>
</body></html>`,
  );
  const page = await newPage(browser, { width: 900 });
  const wasm = [];
  page.on('request', (r) => /_bg\.wasm$/.test(r.url()) && wasm.push(r.url()));
  await page.goto(`http://127.0.0.1:${server.portalPort}/`);
  const frame = page.frameLocator('#tiers');
  // Sized from the first paint, before and without the wasm (boot.js).
  await page.waitForFunction(() => document.getElementById('tiers').getBoundingClientRect().height > 400, null, { timeout: 10000 });
  const outer = await page.locator('#tiers').evaluate((f) => f.getBoundingClientRect().height);
  const inner = await page.frames().find((f) => f.url().includes('embed-tiers')).evaluate(() => document.documentElement.scrollHeight);
  assert.ok(Math.abs(outer - inner) <= 2, `iframe ${outer}px, content ${inner}px`);
  assert.deepEqual(wasm, [], 'the portal\'s reader has not reached for a chart: no wasm');
  // The reader reaches for the chart: it goes live.
  await frame.locator('#tiers-chart').hover();
  await frame.locator('#tiers-chart canvas').waitFor({ timeout: 20000 });
  assert.equal(wasm.length, 1, 'one wasm, for the chart reached for');
  // Opening the table makes the content taller; the iframe follows.
  await frame.locator('.chart-table > summary').click();
  await page.waitForFunction((h) => document.getElementById('tiers').getBoundingClientRect().height > h + 100, outer, { timeout: 10000 });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('each chart\'s embed page is whole without JavaScript: the chart as an image, its text alternative, table and source', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 600, height: 800 } });
  const page = await context.newPage();
  for (const chart of CHARTS) {
    for (const lang of ['zh', 'en']) {
      await page.goto(`${server.origin}/report/embed-${chart}${lang === 'en' ? '-en' : ''}.html`);
      assert.equal(await page.locator('html').getAttribute('lang'), lang === 'en' ? 'en' : 'zh-Hant');
      assert.match(await page.title(), lang === 'en' ? / – / : / – /);
      assert.equal(await page.locator('h1').count(), 1);
      const named = await page.locator('.chart[role="img"]').getAttribute('aria-labelledby');
      const label = named && (await page.locator(`#${named}`).textContent());
      assert.ok(label && label.length > 20, `${chart} ${lang}: no text alternative`);
      await page.waitForFunction(() => {
        const img = document.querySelector('.chart-image img');
        return img.complete && img.naturalWidth > 0;
      });
      assert.ok((await page.locator('.chart-tables table').count()) > 0, `${chart} ${lang}: no table`);
      assert.match(await page.locator('.source').textContent(), /貳/);
    }
  }
  await context.close();
});
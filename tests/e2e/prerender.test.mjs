// The report at first paint: each language's page is finished HTML, whole
// without JavaScript; the wasm hydrates it without redrawing it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useSite, newPage, waitForChart, DIST } from './support.mjs';

const site = useSite('/report/');

/** The figures of the open data, as the page writes numbers (9,430). */
function figures() {
  const lines = readFileSync(join(DIST, 'data/facts.csv'), 'utf8').trim().split('\n').slice(1);
  const values = new Set();
  for (const line of lines) {
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, ''));
    const value = cells[5];
    if (value) values.add(Number(value).toLocaleString('en-US', { maximumFractionDigits: 2 }));
  }
  return [...values];
}

for (const [lang, path] of [['zh', ''], ['en', 'en.html']]) {
  test(`without JavaScript the ${lang} page is whole: charts as images with their text, every figure, every activity`, async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const failed = [];
    // Scripts are not fetched with JavaScript off; nothing else may fail.
    page.on('requestfailed', (r) => !/\.(js|wasm)$/.test(r.url()) && failed.push(r.url()));
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    await page.goto(site.server.base + path);
    assert.equal(await page.locator('html').getAttribute('lang'), lang === 'zh' ? 'zh-Hant' : 'en');
    assert.equal(await page.locator('.chart-section').count(), 9);
    for (const chart of await page.locator('.chart-section').all()) {
      const label = await chart.locator('.chart[role="img"]').getAttribute('aria-label');
      assert.ok(label && label.length > 20, 'a chart without its text alternative');
      const img = chart.locator('.chart-image img');
      await img.scrollIntoViewIfNeeded();
      await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle(), { timeout: 10000 });
      assert.ok((await chart.locator('.source a').count()) > 0, 'the source line links its passages');
    }
    assert.equal(await page.locator('.activity').count(), 34);
    assert.equal(await page.locator('#report-text .passage').count(), 90);
    const text = await page.locator('body').textContent();
    const missing = figures().filter((v) => !text.includes(v));
    assert.deepEqual(missing, [], `figures not in the ${lang} page`);
    assert.deepEqual(failed, []);
    await context.close();
  });
}

test('the wasm hydrates the page: nothing redrawn, nothing moves, and the controls work', async () => {
  const page = await newPage(site.browser, { width: 412, height: 823 });
  await page.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.layoutShift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(site.server.base);
  await page.locator('html[data-ready]').waitFor({ state: 'attached', timeout: 20000 });
  // Hydrated: a control answers.
  await page.locator('[data-pillar="prevention"]').click();
  await page.waitForFunction(() => location.search.includes('pillar=prevention'));
  await waitForChart(page, 'media-chart');
  assert.equal(await page.locator('header.site-header').count(), 1, 'the page was drawn twice');
  assert.equal(await page.locator('#chart-tiers').count(), 1);
  const shift = await page.evaluate(() => window.layoutShift);
  assert.ok(shift < 0.02, `layout shift ${shift}`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('hydration removes no element of the page before any interaction', async () => {
  const page = await newPage(site.browser, { width: 1280, height: 900 });
  await page.addInitScript(() => {
    window.removed = [];
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.removedNodes)
          if (n.nodeType === 1 && !r.target.closest?.('.chart-surface')) window.removed.push(n.outerHTML.slice(0, 80));
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(site.server.base + 'en.html');
  await waitForChart(page, 'tiers-chart');
  assert.deepEqual(await page.evaluate(() => window.removed), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('an old ?lang=en link opens the English page with the same view', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.base + '?lang=en&pillar=protection#chart-protection');
  await page.waitForURL(/en\.html\?pillar=protection#chart-protection$/);
  await waitForChart(page, 'protection-chart');
  assert.equal(await page.locator('[data-pillar="protection"]').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

// What the pages tell the outside world (issue #20), in Chromium under the
// strict CSP: the report page's dataset (a JSON-LD data block, never
// executed) costs no CSP violation, parses, and names files that are
// served; each page's share card loads as an image under `img-src 'self'`.
// The tags themselves are checked natively (src/bin/prerender.rs) and on the
// build (tools/check-sharing.mjs, make test-dist).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, newPage, waitForChart, CHARTS } from './support.mjs';

const site = useSite('/report/');

for (const [file, lang] of [['', 'zh-Hant'], ['en.html', 'en']]) {
  test(`${file || 'index.html'}: the dataset's JSON-LD is in place, with the page live and no CSP violation`, async () => {
    const page = await newPage(site.browser);
    await page.goto(site.server.base + file);
    await waitForChart(page);
    const dataset = await page.evaluate(() => {
      const blocks = document.querySelectorAll('script[type="application/ld+json"]');
      return { count: blocks.length, data: JSON.parse(blocks[0].textContent), inHead: blocks[0].parentElement === document.head };
    });
    assert.equal(dataset.count, 1);
    assert.ok(dataset.inHead);
    assert.equal(dataset.data['@type'], 'Dataset');
    assert.equal(dataset.data.temporalCoverage, '2010/2014');
    // Each download is served (relative without SITE_URL: from the page).
    for (const d of dataset.data.distribution) {
      const r = await page.request.get(new URL(d.contentUrl, page.url()).href);
      assert.equal(r.status(), 200, d.contentUrl);
    }
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    const og = await page.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('meta[property^="og:"]')].map((m) => [m.getAttribute('property'), m.content])),
    );
    assert.equal(og['og:locale'], lang === 'en' ? 'en_GB' : 'zh_TW');
    assert.ok(og['og:description'].length > 40, og['og:description']);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('an embed page keeps its sharing tags and no CSP violation; every card loads as a 1200 × 630 image', async () => {
  const page = await newPage(site.browser, { width: 600 });
  await page.goto(site.server.base + 'embed-tiers-en.html');
  await waitForChart(page, 'tiers-chart');
  assert.equal(await page.locator('script[type="application/ld+json"]').count(), 0, 'the dataset is the report page\'s');
  assert.match(await page.locator('meta[property="og:title"]').getAttribute('content'), /Trafficking in Persons Report ratings/);
  const ids = ['report', ...CHARTS];
  const sizes = await page.evaluate(async (ids) => {
    const load = (src) =>
      new Promise((ok) => {
        const img = new Image();
        img.onload = () => ok(`${img.naturalWidth}x${img.naturalHeight}`);
        img.onerror = () => ok(`failed: ${src}`);
        img.src = src;
      });
    return Promise.all(ids.flatMap((id) => ['zh', 'en'].map((l) => load(`cards/${id}-${l}.png`))));
  }, ids);
  assert.deepEqual(sizes, Array(ids.length * 2).fill('1200x630'));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

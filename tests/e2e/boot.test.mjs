// Nothing competes with the first paint, and nothing is fetched that no one
// asked for: the page preloads neither the wasm nor the data, and boot.js
// starts the wasm at the reader's first sign of life (a touch, a key,
// focus, a scroll, the mouse moving) when the address carries no view, at
// once when it does and on an embed page; what the reader did before it
// answered is done once it does. The offline copy does not wait for the
// wasm: boot.js registers the service worker at load.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, newPage, openFilters } from './support.mjs';

const site = useSite('/report/');

/** When the wasm, its glue and the data were requested, against `load`. */
async function timings(page) {
  await page.waitForSelector('html[data-ready]', { timeout: 20000 });
  return page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation');
    const start = (re) => performance.getEntriesByType('resource').find((e) => re.test(e.name))?.startTime;
    return {
      load: nav.loadEventEnd,
      wasm: start(/_bg\.wasm$/),
      glue: start(/viewer-[0-9a-f]+\.js$/),
      data: start(/data\/report\.json$/),
      viewer: start(/data\/viewer\.json$/),
      text: start(/data\/text\.json$/),
      preloads: document.querySelectorAll('link[rel=preload], link[rel=modulepreload]').length,
    };
  });
}

for (const [name, page] of [['the Chinese page', ''], ['the English page', 'en.html'], ['an embed page', 'embed-tiers.html']]) {
  test(`${name} with no view fetches no wasm and no data until the reader moves, and works offline from load`, async () => {
    const p = await newPage(site.browser);
    const asked = [];
    p.on('request', (r) => /_bg\.wasm$|viewer-[0-9a-f]+\.js$|data\/(report|viewer)\.json$/.test(r.url()) && asked.push(r.url()));
    await p.goto(site.server.base + page, { waitUntil: 'load' });
    // The worker is registered without the wasm, and the browser has been
    // idle since load (what started the wasm before issue #27).
    assert.ok(await p.evaluate(() => navigator.serviceWorker.ready.then((r) => !!r.active)), 'the offline worker is active');
    await p.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })));
    assert.deepEqual(asked, [], 'fetched without the reader doing anything');
    assert.equal(await p.evaluate(() => document.documentElement.hasAttribute('data-ready')), false);
    const moved = await p.evaluate(() => performance.now());
    await p.mouse.move(5, 5);
    const t = await timings(p);
    assert.equal(t.preloads, 0);
    for (const what of ['wasm', 'glue', 'data', 'viewer']) {
      assert.ok(t[what] !== undefined, `${what} was fetched`);
      assert.ok(t[what] >= moved, `${what} requested at ${t[what]} ms, before the reader moved at ${moved} ms`);
    }
    // The report's text is for a search: not fetched until one needs it.
    assert.equal(t.text, undefined, 'data/text.json was fetched without a search');
    assert.deepEqual(p.problems, []);
    await p.context().close();
  });
}

// The report's text and charts are big enough that load comes after the glue is asked for.
for (const [name, path, shown] of [
  ['a view in the address starts the wasm before load', '?year=2014', async (p) => assert.equal(await p.locator('#year-select').inputValue(), '2014')],
  ['an embed page with a view in its address starts at once', 'embed-agreements-en.html?pillar=partnership&year=2014', async (p) => p.waitForSelector('html[data-ready]', { state: 'attached', timeout: 20000 })],
]) {
  test(name, async () => {
    const p = await newPage(site.browser);
    await p.goto(site.server.base + path);
    const t = await timings(p);
    assert.ok(t.glue < t.load, `glue at ${t.glue} ms, load at ${t.load} ms`);
    await shown(p);
    assert.deepEqual(p.problems, []);
    await p.context().close();
  });
}

// The reader's first touch starts the wasm, which takes a moment: what they
// did meanwhile is done once the page answers. The wasm is held back here
// until each control has been used.
for (const [name, act, check] of [
  [
    'a chip pressed before the page answers is pressed once it does',
    async (p) => { await openFilters(p); await p.locator('[data-pillar="prevention"]').click(); },
    async (p) => {
      await p.waitForFunction(() => location.search.includes('pillar=prevention'));
      assert.equal(await p.locator('[data-pillar="prevention"]').getAttribute('aria-pressed'), 'true');
      assert.equal(await p.locator('#chart-agreements').count(), 0);
    },
  ],
  [
    'a year chosen before the page answers is applied once it does',
    async (p) => { await openFilters(p); await p.locator('#year-select').selectOption('2013'); },
    async (p) => {
      await p.waitForFunction(() => location.search.includes('year=2013'));
      assert.equal(await p.locator('#year-select').inputValue(), '2013');
    },
  ],
  [
    'a search typed before the page answers is applied once it does',
    async (p) => { await openFilters(p); await p.locator('#activity-search').pressSequentially('booth'); },
    async (p) => {
      await p.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'booth');
      assert.equal(await p.locator('#activity-search').inputValue(), 'booth');
      assert.ok((await p.locator('li.activity:not([hidden])').count()) < 34);
    },
  ],
]) {
  test(name, async () => {
    // The worker, registered at load, would fetch the wasm past the route.
    const p = await newPage(site.browser, { serviceWorkers: 'block' });
    let release;
    const held = new Promise((r) => (release = r));
    await p.route(/_bg\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await p.goto(site.server.base + 'en.html');
    await act(p);
    assert.equal(await p.evaluate(() => document.documentElement.hasAttribute('data-ready')), false, 'the page answered already');
    release();
    await p.waitForSelector('html[data-ready]', { timeout: 20000 });
    await check(p);
    assert.deepEqual(p.problems, []);
    await p.context().close();
  });
}

test('the report\'s text is fetched when a search first needs it, and the search narrows the passages', async () => {
  const p = await newPage(site.browser);
  const texts = [];
  p.on('request', (r) => /data\/text\.json$/.test(r.url()) && texts.push(r.url()));
  await p.goto(site.server.base + 'en.html');
  await openFilters(p);
  await p.locator('#activity-search').hover();
  await p.waitForSelector('html[data-ready]', { timeout: 20000 });
  assert.equal(texts.length, 0);
  await p.locator('#activity-search').fill('Good Shepherd');
  await p.waitForFunction(() => /of the report's 90 passages/.test(document.getElementById('passage-count')?.textContent ?? ''), null, { timeout: 20000 });
  assert.equal(texts.length, 1, 'fetched once');
  const shown = await p.locator('#report-text .passage:not([hidden])').count();
  assert.ok(shown > 0 && shown < 90, `${shown} passages shown`);
  // Another search reads the same text again, without a fetch.
  await p.locator('#activity-search').fill('Taipei');
  await p.waitForFunction((n) => document.querySelectorAll('#report-text .passage:not([hidden])').length !== n, shown);
  await p.locator('#activity-search').fill('');
  await p.waitForFunction(() => document.querySelectorAll('#report-text .passage:not([hidden])').length === 90);
  assert.equal(texts.length, 1);
  assert.deepEqual(p.problems, []);
  await p.context().close();
});

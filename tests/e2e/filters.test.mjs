// Filters and the URL: pillar, challenge dimension and year in the query,
// back/forward, bad values.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useSite, newPage, waitForChart, openFilters, answers } from './support.mjs';

const site = useSite('/report/');

const query = (page) => new URL(page.url()).searchParams;

test('?pillar=prevention&year=2014 shows the media campaign and hides the agreements', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.base + '?pillar=prevention&year=2014');
  await waitForChart(page, 'media-chart');
  assert.equal(await page.locator('#chart-agreements').count(), 0);
  assert.equal(await page.locator('#chart-protection').count(), 0);
  const pillars = await page.locator('.activity:not([hidden])').evaluateAll((els) => els.map((e) => e.className));
  assert.ok(pillars.length > 0);
  assert.ok(pillars.every((c) => c.includes('pillar-prevention')), pillars.join());
  assert.equal(await page.locator('[data-pillar="prevention"]').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('#year-select').inputValue(), '2014');
  // The summary is of the whole report: its facts stay, each linked to its chart.
  assert.ok((await page.locator('#main-points li').count()) > 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('?pillar=partnership&year=2014 shows the 2014 agreements', async () => {
  const page = await newPage(site.browser, { width: 375, height: 800 });
  await page.goto(site.server.base + '?pillar=partnership&year=2014&lang=en');
  await waitForChart(page, 'agreements-chart');
  const section = page.locator('#chart-agreements');
  await section.locator('.chart-table > summary').click();
  const table = section.locator('table').first();
  await table.waitFor();
  const text = await table.textContent();
  for (const country of ['United States', 'Solomon Islands', 'Belize', 'Saint Kitts and Nevis', 'Japan']) {
    assert.ok(text.includes(country), `${country} missing from ${text}`);
  }
  assert.ok(!text.includes('Mongolia'), 'a 2011 agreement is not a 2014 one');
  assert.equal(await section.locator('.chart-table').getAttribute('open'), '');
  assert.equal(await page.locator('#chart-media').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('clicking a pillar updates the URL, and back restores the previous state', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.base + '?lang=en&ref=portal');
  await waitForChart(page);
  assert.match(page.url(), /\/en\.html\?ref=portal$/, 'the English page');
  await openFilters(page);
  await page.locator('[data-pillar="protection"]').click();
  await page.waitForFunction(() => location.search.includes('pillar=protection'));
  assert.equal(query(page).get('ref'), 'portal', 'other parameters are kept');
  assert.equal(await page.locator('#chart-agreements').count(), 0);
  await openFilters(page);
  await page.locator('#year-select').selectOption('2014');
  await page.waitForFunction(() => location.search.includes('year=2014'));
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('year='));
  assert.equal(await page.locator('#year-select').inputValue(), '');
  assert.equal(await page.locator('[data-pillar="protection"]').getAttribute('aria-pressed'), 'true');
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('pillar='));
  assert.equal(await page.locator('[data-pillar="all"]').getAttribute('aria-pressed'), 'true');
  await page.locator('#chart-agreements').waitFor();
  await page.goForward();
  await page.waitForFunction(() => location.search.includes('pillar=protection'));
  assert.equal(await page.locator('#chart-agreements').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('clicking a challenge dimension narrows the activities, is in the URL, back restores it, the language link carries it', async () => {
  const report = JSON.parse(readFileSync(new URL('../../public/data/report.json', import.meta.url), 'utf8'));
  const total = report.activities.length;
  const under = (...dims) => report.activities.filter((a) => a.dimensions.some((d) => dims.includes(d))).length;
  const coordination = under('coordination');
  const two = under('coordination', 'innovation');
  assert.ok(coordination > 0 && coordination < two && two < total);
  const page = await newPage(site.browser);
  const count = (n) => page.waitForFunction((n) => document.querySelectorAll('.activity:not([hidden])').length === n, n);
  await page.goto(site.server.base + '?lang=en&year=2014&ref=portal');
  await waitForChart(page);
  assert.equal(await page.locator('[data-dimension="all"]').getAttribute('aria-pressed'), 'true');
  await count(total);
  await openFilters(page);
  await page.locator('[data-dimension="coordination"]').click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('dimension') === 'coordination');
  assert.equal(query(page).get('ref'), 'portal', 'other parameters are kept');
  assert.equal(query(page).get('year'), '2014');
  await count(coordination);
  assert.equal(await page.locator('#result-count').textContent(), `Showing ${coordination} of ${total} activities`);
  assert.equal(await page.locator('[data-dimension="coordination"]').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('[data-dimension="all"]').getAttribute('aria-pressed'), 'false');
  // An activity reported only outside 貳、三 has no dimension: hidden.
  assert.equal(await page.locator('#activity-taiwan-japan-4th-immigration-meeting').isHidden(), true);
  await openFilters(page);
  await page.locator('[data-dimension="innovation"]').click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('dimension') === 'innovation,coordination');
  await count(two);
  assert.equal(await page.locator('#lang-switch').getAttribute('href'), './?year=2014&ref=portal&dimension=innovation,coordination');
  await page.goBack();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('dimension') === 'coordination');
  await count(coordination);
  assert.equal(await page.locator('[data-dimension="innovation"]').getAttribute('aria-pressed'), 'false');
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('dimension='));
  await count(total);
  assert.equal(await page.locator('[data-dimension="all"]').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('#activity-taiwan-japan-4th-immigration-meeting').isVisible(), true);
  // The language link opens the same view in Chinese.
  await page.goForward();
  await count(coordination);
  await page.locator('#lang-switch').click();
  await page.waitForFunction(() => !location.search.includes('lang='));
  await count(coordination);
  assert.equal(query(page).get('dimension'), 'coordination');
  assert.equal(await page.locator('[data-dimension="coordination"]').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('#result-count').textContent(), `顯示 ${total} 項活動中的 ${coordination} 項`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a bad URL gives a notice and no page error', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.base + '?pillar=nonsense&year=abc&dimension=fun');
  await waitForChart(page);
  const notice = await page.locator('#url-notice').textContent();
  assert.match(notice, /「nonsense」/);
  assert.match(notice, /「abc」/);
  assert.match(notice, /指標挑戰性分類「fun」/);
  assert.equal(await page.locator('[data-pillar="all"]').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('[data-dimension="all"]').getAttribute('aria-pressed'), 'true');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a chart with nothing for the year says so instead of drawing axes', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.base + '?year=2012&lang=en');
  await waitForChart(page);
  const media = page.locator('#chart-media');
  assert.match(await media.locator('.empty').textContent(), /no figures for the selected/);
  assert.equal(await page.locator('#media-chart').count(), 0);
  assert.match(await page.locator('#activity-count').textContent(), /Showing 0 of \d+ activities/);
  await page.context().close();
});

test('the search narrows the activities, is in the URL, and is announced', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.base);
  await waitForChart(page);
  const total = await page.locator('.activity:not([hidden])').count();
  await openFilters(page);
  await page.locator('#activity-search').fill('ximending');
  await page.waitForFunction(() => location.search.includes('q=ximending'));
  assert.equal(await page.locator('.activity:not([hidden])').count(), 1);
  assert.equal(await page.locator('#result-count').textContent(), `顯示 ${total} 項活動中的 1 項`);
  assert.equal(await page.locator('#result-count').getAttribute('aria-live'), 'polite');
  // Reloading keeps it: the prerendered page shows every activity until the
  // wasm, started at once for an address with a view, applies the search.
  await page.reload();
  await answers(page);
  await page.waitForFunction(() => document.querySelectorAll('.activity:not([hidden])').length === 1, null, { timeout: 10000 }).catch(() => {});
  assert.equal(await page.locator('.activity:not([hidden])').count(), 1);
  assert.equal(await page.locator('#activity-search').inputValue(), 'ximending');
  await page.context().close();
});

test('CSV download and permalink of a chart', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.base + '?pillar=prevention');
  await waitForChart(page, 'media-chart');
  const section = page.locator('#chart-media');
  // The chart reads only the year: the build's file of the default view.
  const href = await section.locator('#media-download a[download$=".csv"]').getAttribute('href');
  assert.equal(href, 'charts/media-zh.csv');
  const csv = await (await fetch(new URL(href, page.url()))).text();
  assert.match(csv, /9430,spots,貳、三、\(一\)、3/);
  const link = await section.locator('#media-share a.permalink').getAttribute('href');
  assert.equal(link, './?pillar=prevention#chart-media');
  await section.locator('#media-download > summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: '圖片（PNG）' }).click()]);
  assert.equal(download.suggestedFilename(), 'media-zh.png');
  await page.context().close();
});

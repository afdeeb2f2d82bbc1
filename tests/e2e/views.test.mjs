// The charts that read only the year come from the build (`charts::views`):
// the browser fetches each one's view for the year from the page's own
// views folder and builds none of them; the activities chart (and the
// timeline) it still builds. A view that does not load leaves a message in
// its chart, and the rest of the page keeps working.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useSite, newPage, DIST, openFilters, waitForChart, VIEWER, answers } from './support.mjs';

const site = useSite('/report/');
// The kinds that read the whole selection are built in the browser
// (`ChartKind::reads_selection`); the build writes the views of the others.
const READS_SELECTION = new Set(['activities-by-month', 'activity-timeline']);
const STATIC = VIEWER.charts.filter((c) => !READS_SELECTION.has(c.kind)).map((c) => c.id);
const LIVE = VIEWER.charts.filter((c) => READS_SELECTION.has(c.kind)).map((c) => c.id);

/** The page's views folder (`<div id="app" data-views>`). */
const folderOf = (page) => page.locator('#app').getAttribute('data-views');

/** The text a view's HTML part reads as. */
async function textOf(page, html) {
  return page.evaluate((html) => {
    const t = document.createElement('template');
    t.innerHTML = html;
    return t.content.textContent;
  }, html);
}

test('a year fetches each chart of the year from the build, and its summary, notes and table follow', async () => {
  const page = await newPage(site.browser);
  const views = [];
  page.on('request', (r) => r.url().includes('/views/') && views.push(new URL(r.url()).pathname));
  await page.goto(site.server.base + 'en.html');
  await openFilters(page);
  await page.locator('#year-select').hover();
  await answers(page);
  const folder = await folderOf(page);
  assert.match(folder, /^views\/[0-9a-f]{16}\/$/);
  assert.ok(existsSync(join(DIST, folder)), `${folder} is in the build`);
  assert.deepEqual(views, [], 'nothing fetched before the year changes or a chart goes live');
  const before = await page.locator('#tiers-summary').textContent();

  await page.locator('#year-select').selectOption('2012');
  const file = JSON.parse(readFileSync(join(DIST, folder, 'tiers-2012-en.json'), 'utf8'));
  const summary = await textOf(page, file.summary);
  await page.waitForFunction((s) => document.getElementById('tiers-summary')?.textContent === s, summary, { timeout: 20000 });
  assert.notEqual(summary, before);
  // The table is the view's, and so are the notes (the year's alone).
  assert.equal(await page.locator('#tiers-tables').textContent(), await textOf(page, file.tables));
  assert.equal(await page.locator('#tiers-tables tbody tr').count(), (file.tables.match(/<tr[ >]/g) ?? []).length - 1);
  assert.equal(await page.locator('#chart-tiers [data-note]').count(), (file.notes.match(/data-note=/g) ?? []).length);
  // One file per chart of the year, from the page's folder; none for the
  // charts the browser builds.
  for (const id of STATIC) assert.ok(views.includes(`/report/${folder}${id}-2012-en.json`), `${id}: ${views.join(', ')}`);
  assert.ok(STATIC.length > 0 && LIVE.length > 0);
  for (const id of LIVE) assert.ok(!views.some((v) => v.includes(`/${id}-`)), `${id}: ${views.join(', ')}`);
  // The chart drawn from the view is the view's options, in place.
  await waitForChart(page, 'tiers-chart');
  const drawn = await page.evaluate(() => window.echarts.getInstanceByDom(document.getElementById('tiers-chart')).getOption().xAxis[0].data);
  assert.deepEqual(drawn, file.light.xAxis.data);
  // Back to all years: the default view again, from its file.
  await page.locator('#year-select').selectOption('');
  await page.waitForFunction((s) => document.getElementById('tiers-summary')?.textContent === s, before, { timeout: 20000 });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a chart whose view does not load says so and keeps the rest of the page working', async () => {
  const page = await newPage(site.browser, { serviceWorkers: 'block' });
  await page.route('**/views/**', (route) => route.abort());
  await page.goto(site.server.base + 'en.html');
  await openFilters(page);
  await page.locator('#year-select').hover();
  await answers(page);
  const activities = await page.locator('li.activity:not([hidden])').count();
  await page.locator('#year-select').selectOption('2013');
  await page.locator('#chart-tiers .chart-failed').waitFor({ timeout: 20000 });
  assert.match(await page.locator('#chart-tiers .chart-failed').textContent(), /could not be updated to the selected year/);
  assert.equal(await page.locator('#chart-tiers .chart-failed').getAttribute('role'), 'alert');
  // The filter itself worked: the address and the activities follow.
  assert.match(page.url(), /year=2013/);
  await page.waitForFunction((n) => document.querySelectorAll('li.activity:not([hidden])').length !== n, activities);
  // The only problems are the failed fetches, each logged by the page.
  assert.ok(page.problems.some((p) => /views\/[0-9a-f]{16}\/tiers-2013-en\.json/.test(p)), page.problems.join('\n'));
  assert.ok(page.problems.every((p) => /views\/|Failed to load resource/.test(p)), page.problems.join('\n'));
  await page.context().close();
});

test('a year with nothing to show offers no empty table or download menu', async () => {
  const page = await newPage(site.browser, { width: 600, height: 700 });
  await page.goto(site.server.base + 'embed-media-en.html?year=2013');
  await answers(page);
  await page.locator('#chart-media .empty').waitFor({ timeout: 20000 });
  assert.equal(await page.locator('#chart-media details.chart-table').isVisible(), false);
  assert.equal(await page.locator('#media-download').isVisible(), false);
  // Its notes and source line stay: the campaign's figures are of 2014.
  assert.ok((await page.locator('#chart-media [data-note]').count()) > 0);
  // Back to the chart's year: both are offered again.
  await page.goto(site.server.base + 'embed-media-en.html?year=2014');
  await answers(page);
  await page.locator('#media-download').waitFor({ state: 'visible', timeout: 20000 });
  assert.equal(await page.locator('#chart-media details.chart-table').isVisible(), true);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a map that cannot load its geometry says its picture is of all years', async () => {
  const page = await newPage(site.browser, { serviceWorkers: 'block' });
  await page.route('**/map/world.json', (route) => route.abort());
  await page.goto(site.server.base + 'en.html?year=2013#chart-partners');
  await answers(page);
  const alert = page.locator('#chart-partners .chart-failed');
  await alert.waitFor({ timeout: 20000 });
  assert.match(await alert.textContent(), /the picture below shows all years/);
  // The text and the table are the year's.
  assert.match(await page.locator('#partners-summary').textContent(), /Honduras/);
  // Back to all years, the picture is right again: no message.
  await openFilters(page);
  await page.locator('#year-select').selectOption('');
  await alert.waitFor({ state: 'detached', timeout: 20000 });
  assert.ok(page.problems.every((p) => /world\.json|Failed to load resource/.test(p)), page.problems.join('\n'));
  await page.context().close();
});

// Charts are updated in place, not rebuilt; the list keeps its elements;
// the search keeps what is typed; links carry the whole view.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, newPage, waitForChart, openFilters } from './support.mjs';

const site = useSite('/report/');

/** The ECharts instance id of a chart surface, or null when there is none. */
const instanceId = (page, surface) =>
  page.evaluate((id) => document.getElementById(id)?.getAttribute('_echarts_instance_') ?? null, surface);

/** Counts the setOption calls each listed chart receives from now on. */
const countUpdates = (page, surfaces) =>
  page.evaluate((ids) => {
    for (const id of ids) {
      const chart = window.echarts.getInstanceByDom(document.getElementById(id));
      const original = chart.setOption;
      chart.updates = 0;
      chart.setOption = function (...args) {
        chart.updates += 1;
        return original.apply(this, args);
      };
    }
  }, surfaces);

const updates = (page, surface) =>
  page.evaluate((id) => window.echarts.getInstanceByDom(document.getElementById(id)).updates, surface);

const categories = (page, surface) =>
  page.evaluate((id) => window.echarts.getInstanceByDom(document.getElementById(id)).getOption().xAxis[0].data.length, surface);

const shownCount = async (page) => Number((await page.locator('#activity-count').textContent()).match(/Showing (\d+)/)[1]);

test('a filter change updates each chart in place; typing updates only what reads the search', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.base + '?lang=en');
  await waitForChart(page, 'tiers-chart');
  await waitForChart(page, 'agreements-chart');
  await waitForChart(page, 'activities-chart');
  const tiers = await instanceId(page, 'tiers-chart');
  const activities = await instanceId(page, 'activities-chart');
  const agreements = await instanceId(page, 'agreements-chart');
  assert.ok(tiers && activities && agreements);
  assert.equal(await categories(page, 'tiers-chart'), 5, 'five years before the filter');
  await countUpdates(page, ['tiers-chart', 'activities-chart', 'agreements-chart']);
  // Mark an activity element: a keyed list keeps it while it stays shown.
  await page.locator('[data-activity="booth-ximending-2014-08-30"]').evaluate((el) => (el.dataset.marked = 'yes'));

  // The year: every chart that reads it is updated, none is re-created.
  await openFilters(page);
  await page.locator('#year-select').selectOption('2014');
  await page.waitForFunction(() => location.search.includes('year=2014'));
  await page.waitForFunction(() => window.echarts.getInstanceByDom(document.getElementById('tiers-chart')).getOption().xAxis[0].data.length === 1);
  assert.equal(await instanceId(page, 'tiers-chart'), tiers, 'the tier chart was re-created');
  assert.equal(await instanceId(page, 'activities-chart'), activities);
  assert.equal(await instanceId(page, 'agreements-chart'), agreements);
  assert.equal(await updates(page, 'tiers-chart'), 1);
  console.log(`tier chart instance before/after the year change: ${tiers} / ${await instanceId(page, 'tiers-chart')}`);

  // A pillar: charts of other pillars leave; those that stay are the same.
  await openFilters(page);
  await page.locator('[data-pillar="prevention"]').click();
  await page.waitForFunction(() => location.search.includes('pillar=prevention'));
  assert.equal(await page.locator('#agreements-chart').count(), 0);
  assert.equal(await instanceId(page, 'tiers-chart'), tiers);
  assert.equal(await instanceId(page, 'activities-chart'), activities);
  assert.equal(await updates(page, 'tiers-chart'), 1, 'the tier chart does not read the pillars');
  const afterPillar = await updates(page, 'activities-chart');
  assert.equal(await page.locator('[data-activity="booth-ximending-2014-08-30"]').getAttribute('data-marked'), 'yes', 'the activity element was re-created');

  // A two-word search, typed key by key.
  const box = page.locator('#activity-search');
  await box.click();
  await box.pressSequentially('taipei booth', { delay: 20 });
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'taipei booth');
  assert.equal(await box.inputValue(), 'taipei booth', 'the space survives typing');
  const expected = await page.locator('.activity:not([hidden])').count();
  assert.ok(expected >= 1);
  assert.equal(await shownCount(page), expected);
  assert.equal(await page.locator('[data-activity="booth-ximending-2014-08-30"]').getAttribute('data-marked'), 'yes');
  assert.equal(await instanceId(page, 'activities-chart'), activities);
  assert.ok((await updates(page, 'activities-chart')) > afterPillar, 'the activities chart follows the search');
  assert.equal(await updates(page, 'tiers-chart'), 1, 'typing does not touch a chart that ignores the search');
  // Typing a trailing space changes nothing that is shown. The wait is for
  // a key typed after it that does change the search: its one update comes
  // after whatever the space caused.
  const before = await updates(page, 'activities-chart');
  await box.press('End');
  await box.press(' ');
  assert.equal(await box.inputValue(), 'taipei booth ');
  await box.press('x');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'taipei booth x');
  await page.waitForFunction(
    (n) => window.echarts.getInstanceByDom(document.getElementById('activities-chart')).updates > n,
    before,
  );
  assert.equal(await updates(page, 'activities-chart'), before + 1, 'the trailing space updated the activities chart');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the language link carries the view, and the other language shows the same view', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.base);
  await waitForChart(page);
  await openFilters(page);
  await page.locator('[data-pillar="protection"]').click();
  await page.locator('#year-select').selectOption('2014');
  await page.locator('#chart-protection .chart-table > summary').click();
  await page.waitForFunction(() => location.search.includes('table=protection'));
  const href = await page.locator('#lang-switch').getAttribute('href');
  assert.equal(href, './en.html?pillar=protection&year=2014&table=protection');
  await page.locator('#lang-switch').click();
  await page.waitForURL(/en\.html/);
  await waitForChart(page, 'protection-chart');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.locator('[data-pillar="protection"]').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('#year-select').inputValue(), '2014');
  assert.equal(await page.locator('#protection-tables').isVisible(), true, 'the table stays open');
  assert.equal(await page.locator('#lang-switch').getAttribute('href'), './?pillar=protection&year=2014&table=protection');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a link opens a chart with its table; the permalink of an open table reopens it', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.base + '?lang=en&table=tiers');
  await waitForChart(page);
  assert.equal(await page.locator('#tiers-tables').isVisible(), true);
  assert.equal(await page.locator('#media-tables').isVisible(), false);
  const length = await page.evaluate(() => history.length);
  await page.locator('#chart-media .chart-table > summary').click();
  await page.waitForFunction(() => location.search.includes('table=tiers,media'));
  assert.equal(await page.evaluate(() => history.length), length, 'opening a table replaces the history entry');
  assert.equal(await page.locator('#chart-media .chart-table').getAttribute('open'), '');
  assert.equal(await page.locator('#chart-media .permalink').getAttribute('href'), './en.html?table=media#chart-media');
  assert.equal(await page.locator('#chart-indicator .permalink').getAttribute('href'), './en.html#chart-indicator');
  // The embed code is built when it is opened, and follows the view.
  assert.equal(await page.locator('#tiers-embed-code').count(), 0);
  await page.locator('#tiers-share > summary').click();
  await page.locator('#chart-tiers').getByRole('button', { name: 'Embed code' }).click();
  const code = await page.locator('#tiers-embed-code').inputValue();
  assert.match(code, /embed-tiers-en\.html\?table=tiers"/);
  await page.goto(site.server.base + '?lang=en&table=nonsense');
  await waitForChart(page);
  assert.match(await page.locator('#url-notice').textContent(), /table "nonsense"/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

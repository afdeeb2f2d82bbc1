// The viewer of a report it was not written for: the fictional report of
// tests/fixtures/report-fictional (another year, other ids, five charts, no
// KPI table, no agreements, no protection activity), built by `make test-fictional` into
// FICTIONAL_DIST and served under a sub-path with the strict CSP. What its
// data lacks is left out; what it has is shown; nothing fails.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startServer, launch, newPage, waitForChart, openFilters } from '../e2e/support.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, process.env.FICTIONAL_DIST ?? 'target/fictional/dist');
const DATA = join(ROOT, 'tests/fixtures/report-fictional');
const viewer = JSON.parse(readFileSync(join(DATA, 'viewer.json'), 'utf8'));
const report = JSON.parse(readFileSync(join(DATA, 'report.json'), 'utf8'));
const charts = viewer.charts.map((c) => c.id);

let server;
let browser;
before(async () => {
  server = await startServer('/a/b/', { root: DIST });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

for (const [lang, file] of [['zh', ''], ['en', 'en.html']]) {
  test(`the ${lang} page shows the report's own title and charts, and no other`, async () => {
    const page = await newPage(browser, { width: 375, height: 800 });
    await page.goto(server.base + file);
    assert.equal(await page.locator('h1').first().textContent(), viewer.site.title[lang]);
    assert.equal(await page.title(), viewer.site.title[lang]);
    const shown = await page.locator('section.chart-section').evaluateAll((s) => s.map((e) => e.dataset.chart));
    assert.deepEqual(shown, charts, 'the charts of viewer.json, in its order');
    // The contents list the same charts; no empty panel, no chart of the 2014 report.
    const listed = await page.locator('#contents a[href^="#chart-"]').evaluateAll((a) => a.map((e) => e.getAttribute('href').slice(7)));
    assert.deepEqual(listed, charts);
    for (const absent of ['indicator', 'agreements', 'partners', 'exchanges', 'outreach', 'prosecution']) {
      assert.equal(await page.locator(`#chart-${absent}`).count(), 0, absent);
    }
    // Every activity is listed; the chart titles are the data's.
    assert.equal(await page.locator('#activities [data-activity]').count(), report.activities.length);
    for (const c of viewer.charts) assert.equal((await page.locator(`#${c.id}-title`).textContent()).trim(), c.title[lang]);
    // The figures' summary sentence is filled in from the figures.
    const media = await page.locator('#media-summary').textContent();
    const tv = report.figures.find((f) => f.id === 'fx-tv-airings').value;
    assert.ok(media.includes(String(tv)), media);
    // A chart goes live and a filter answers.
    await waitForChart(page, 'tiers-chart');
    await openFilters(page);
    await page.locator('[data-pillar="protection"]').click();
    await page.waitForURL(/pillar=protection/);
    assert.equal(await page.locator('#activities [data-activity]:visible').count(), 0, 'no protection activity');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('each chart of the report has its embed page, and the views and open data are the report\'s', async () => {
  const pages = readdirSync(DIST).filter((f) => /^embed-.*\.html$/.test(f));
  assert.deepEqual(pages.sort(), charts.flatMap((c) => [`embed-${c}.html`, `embed-${c}-en.html`]).sort());
  const page = await newPage(browser);
  await page.goto(server.base + 'embed-media-en.html');
  await waitForChart(page, 'media-chart');
  assert.equal((await page.locator('h1').textContent()).trim(), viewer.charts.find((c) => c.id === 'media').title.en);
  // The report prints no totals of the media campaign: nothing to check, and nothing said of it.
  assert.doesNotMatch(await page.locator('main').textContent(), /Could not be checked/);
  // Another year's view comes from the build, for this report's years.
  await page.goto(server.base + 'embed-tiers-en.html?year=2018');
  await waitForChart(page, 'tiers-chart');
  assert.match(await page.locator('#tiers-summary').textContent(), /2018/);
  // An embed link to a chart this report does not have says so, naming those it has.
  await page.goto(server.base + 'embed.html?chart=agreements');
  await page.locator('#embed-error').waitFor();
  const ids = await page.locator('#embed-error code').allTextContents();
  assert.ok(ids.includes('agreements') && charts.every((c) => ids.includes(c)), ids.join(' '));
  assert.deepEqual(page.problems, []);
  await page.context().close();
  const views = readdirSync(join(DIST, 'views'), { recursive: true }).filter((f) => f.endsWith('.json'));
  assert.ok(views.length > 0 && views.every((f) => charts.some((c) => f.split('/').at(-1).startsWith(`${c}-`))), views.join(' '));
  const pkg = JSON.parse(readFileSync(join(DIST, 'data/datapackage.json'), 'utf8'));
  assert.equal(pkg.name, viewer.site.id);
});

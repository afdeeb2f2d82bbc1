// The viewer in Chromium, served by nginx under a sub-path with the strict CSP.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useSite, newPage, waitForChart, DIST } from './support.mjs';

const site = useSite('/report/');
const report = JSON.parse(readFileSync(join(DIST, 'data/report.json'), 'utf8'));

test('draws the tier chart under /report/ with no error and no CSP violation', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.base);
  await waitForChart(page);
  const series = await page.evaluate(() =>
    window.echarts.getInstanceByDom(document.getElementById('tiers-chart')).getOption().series.map((s) => s.name),
  );
  assert.deepEqual(series, ['第一級', '第二級', '第二級觀察名單', '第三級']);
  // Figures from the data are on the page: the 2014 printed total and Tier 1 count.
  const y2014 = report.tip_tiers.years.find((y) => y.year === 2014);
  const row = page.locator('#tiers-tables tbody tr').filter({ hasText: '2014' });
  await assert.doesNotReject(row.first().waitFor({ state: 'attached' }));
  const cells = await row.locator('td').allTextContents();
  assert.ok(cells.some((c) => c.trim() === String(y2014.total)), `total ${y2014.total} not in ${cells}`);
  assert.ok(cells[0].startsWith(String(y2014.tiers[0].count)), cells[0]);
  // The 186/187 disagreement is shown as printed, with a note.
  const note = await page.locator('[data-note="tiers-sum-2014"]').textContent();
  assert.match(note, /186/);
  assert.match(note, /187/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hant');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('English by ?lang=en, with lang and title following', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.base + '?lang=en');
  await waitForChart(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.match(await page.title(), /Combating Human Trafficking/);
  assert.match(await page.locator('h1').textContent(), /Performance Report 2014/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the open-data files are served beside the page', async () => {
  const csv = await (await fetch(site.server.base + 'data/facts.csv')).text();
  assert.ok(csv.startsWith('dataset,pillar,year,label_zh,label_en,value,unit,source'));
  assert.match(csv, /media,prevention,2014,[^\n]*,9430,spots,貳、三、\(一\)、3/);
});

test('a malformed data file gives a message, not a blank page', async () => {
  const page = await newPage(site.browser, { serviceWorkers: 'block' });
  await page.route('**/data/report.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"schema": 1, "meta": ' }),
  );
  await page.goto(site.server.base);
  // The reader moves: the wasm starts, reads the data and says what is wrong.
  await page.mouse.move(2, 2);
  const error = page.locator('#data-error');
  await error.waitFor({ timeout: 20000 });
  assert.match(await error.textContent(), /無法顯示報告資料/);
  assert.match(await error.textContent(), /line 1/);
  assert.equal(await page.locator('#tiers-chart').count(), 0);
  assert.deepEqual(page.problems.filter((p) => !p.includes('report.json')), []);
  await page.context().close();
});

test('a data file with an unknown pillar names the record and field', async () => {
  const page = await newPage(site.browser, { serviceWorkers: 'block' });
  const bad = structuredClone(report);
  bad.activities[0].pillar = 'nonsense';
  await page.route('**/data/report.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(bad) }),
  );
  await page.goto(site.server.base + '?lang=en');
  // The reader moves: the wasm starts, reads the data and says what is wrong.
  await page.mouse.move(2, 2);
  const error = page.locator('#data-error');
  await error.waitFor({ timeout: 20000 });
  const text = await error.textContent();
  assert.match(text, /The report data cannot be shown/);
  assert.ok(text.includes(`activities[0] (${bad.activities[0].id})`), text);
  assert.match(text, /pillar/);
  assert.match(text, /nonsense/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a missing data file gives a message', async () => {
  const page = await newPage(site.browser, { serviceWorkers: 'block' });
  await page.route('**/data/report.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(site.server.base + '?lang=en');
  // The reader moves: the wasm starts, reads the data and says what is wrong.
  await page.mouse.move(2, 2);
  const error = page.locator('#data-error');
  await error.waitFor({ timeout: 20000 });
  assert.match(await error.textContent(), /could not be downloaded.*404/s);
  await page.context().close();
});

test('a missing chart library gives a message and keeps the table', async () => {
  const page = await newPage(site.browser, { serviceWorkers: 'block' });
  await page.route(/echarts[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto(site.server.base);
  await page.locator('#tiers-tables table').waitFor({ state: 'attached', timeout: 20000 });
  // The library loads when a chart is first reached for.
  await page.locator('#tiers-chart').hover();
  await page.locator('#echarts-missing').waitFor({ timeout: 20000 });
  assert.match(await page.locator('.notice-warning').textContent(), /圖表無法顯示/);
  // The build's image of the chart stays in its place.
  assert.equal(await page.locator('#tiers-chart').getAttribute('_echarts_instance_'), null);
  await page.locator('#tiers-chart img').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('#tiers-chart img').naturalWidth > 0);
  // Only the failed script load itself is logged.
  assert.deepEqual(page.problems.filter((p) => !/404|Failed to load resource/.test(p)), []);
  await page.context().close();
});

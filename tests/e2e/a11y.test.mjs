// Accessibility: axe-core (WCAG 2.0/2.1 A and AA) in both languages and in
// the filtered, table-open and dark states; and a keyboard-only walk.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { useSite, newPage, waitForChart } from './support.mjs';

const site = useSite('/report/');

const STATES = [
  { name: 'Chinese, no filter', url: '' },
  { name: 'English, no filter', url: '?lang=en' },
  { name: 'pillar filter', url: '?pillar=protection' },
  { name: 'year filter, English', url: '?year=2013&lang=en' },
  { name: 'table view open', url: '?pillar=partnership', openTables: true },
  { name: 'table view open, English', url: '?lang=en', openTables: true },
  { name: 'dark scheme', url: '', colorScheme: 'dark' },
  { name: 'dark scheme, English, table open', url: '?lang=en&pillar=prevention', colorScheme: 'dark', openTables: true },
  { name: 'phone width', url: '?lang=en', width: 375 },
];

for (const state of STATES) {
  test(`axe: no WCAG A/AA violation (${state.name})`, async () => {
    const page = await newPage(site.browser, { colorScheme: state.colorScheme ?? 'light', width: state.width ?? 1280 });
    await page.goto(site.server.base + state.url);
    await waitForChart(page);
    if (state.openTables) {
      for (const table of await page.locator('.chart-table > summary').all()) await table.click();
    }
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const summary = result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    console.log(`axe ${state.name}: ${result.violations.length} violations, ${result.passes.length} rules passed`);
    assert.deepEqual(summary, []);
    await page.context().close();
  });
}

test('keyboard: skip link first, then the controls, with a visible focus ring; a filter works by keyboard', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.base + '?lang=en');
  await waitForChart(page);
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { text: (el.textContent || el.id || '').trim(), tag: el.tagName, outline: style.outlineStyle, width: style.outlineWidth, id: el.id, pillar: el.dataset.pillar, dimension: el.dataset.dimension };
    });
  await page.keyboard.press('Tab');
  let f = await focused();
  assert.equal(f.text, 'Skip to main content');
  assert.notEqual(f.outline, 'none');
  await page.keyboard.press('Enter');
  assert.equal((await focused()).id, 'main', 'the skip link moves focus to the main content');
  // The main points' links, then the contents, then the filters' fold.
  const before = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    f = await focused();
    assert.notEqual(f.outline, 'none', `no focus ring on ${f.tag} ${f.text}`);
    if (f.tag === 'SUMMARY') break;
    before.push(f.text);
  }
  assert.equal(f.tag, 'SUMMARY', 'Tab reaches the filters');
  assert.match(f.text, /^Filter/);
  assert.match(before[0], /^See the chart/, 'the main points come first');
  assert.ok(before.includes('Contents') || before.includes('Main points'), `the contents before the filters: ${before.join(' | ')}`);
  await page.keyboard.press('Enter');
  const order = [];
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    f = await focused();
    assert.notEqual(f.outline, 'none', `no focus ring on ${f.tag} ${f.text}`);
    order.push(f.pillar ?? (f.dimension && `dimension:${f.dimension}`) ?? f.id ?? f.text);
  }
  // Operate a pillar filter with the keyboard only.
  await page.keyboard.down('Shift');
  for (let i = 0; i < 11; i++) await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
  assert.equal((await focused()).pillar, 'protection');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.search.includes('pillar=protection'));
  assert.equal(await page.locator('[data-pillar="protection"]').getAttribute('aria-pressed'), 'true');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => !location.search.includes('pillar='));
  assert.match(await page.locator('#result-count').textContent(), /Showing \d+ of \d+ activities/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('reduced motion turns chart animation off; dark scheme gives light chart text', async () => {
  const page = await newPage(site.browser, { reducedMotion: 'reduce', colorScheme: 'dark' });
  await page.goto(site.server.base);
  await waitForChart(page);
  const option = await page.evaluate(() => {
    const o = window.echarts.getInstanceByDom(document.getElementById('tiers-chart')).getOption();
    return { animation: o.animation, legend: o.legend[0].textStyle.color };
  });
  assert.equal(option.animation, false);
  assert.equal(option.legend, '#e8e8e8');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(18, 20, 22)');
  await page.context().close();
});

test('charts have an accessible name that summarises them', async () => {
  const page = await newPage(site.browser, { width: 375 });
  await page.goto(site.server.base + '?lang=en');
  await waitForChart(page);
  // Live, a place of its own (issue 28): named by its title, described by
  // its visible summary (not read a second time) and the keys that work.
  const chart = page.locator('#chart-tiers .chart');
  assert.equal(await chart.getAttribute('role'), 'application');
  assert.equal(await chart.getAttribute('aria-label'), null);
  assert.equal(await chart.getAttribute('aria-labelledby'), 'tiers-title');
  const summary = page.locator(`#${(await chart.getAttribute('aria-describedby')).split(' ')[0]}`);
  assert.equal(await summary.getAttribute('aria-hidden'), 'true');
  assert.equal(await summary.isVisible(), true);
  const label = await summary.textContent();
  assert.match(label, /Stacked bar chart of countries per tier/);
  assert.match(label, /Taiwan was Tier 1 every year/);
  // ECharts' own generated label (simplified Chinese, raw data) is off.
  assert.equal(await page.locator('#tiers-chart').getAttribute('aria-label'), null);
  // No horizontal scrolling at phone width.
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375);
  await page.context().close();
});

test('print: controls hidden, tables expanded', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.base + '?lang=en');
  await waitForChart(page);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.filters').isVisible(), false);
  assert.equal(await page.locator('#tiers-tables table').isVisible(), true);
  await page.context().close();
});

// The report at first paint: each language's page is finished HTML, whole
// without JavaScript; the wasm hydrates it without redrawing it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useSite, newPage, waitForChart, DIST, openFilters, VIEWER, answers } from './support.mjs';

/**
 * The chart that shows each dataset of facts.csv, from the built site's
 * viewer.json: a chart's `groups`, and the KPI table and the tiers by kind.
 */
const CHART_OF = Object.fromEntries([
  ...VIEWER.charts.flatMap((c) => (c.groups ?? []).map((g) => [g, c.id])),
  ...VIEWER.charts.filter((c) => c.kind === 'target-actual').map((c) => ['indicator', c.id]),
  ...VIEWER.charts.filter((c) => c.kind === 'tier-counts').map((c) => ['tip_tiers', c.id]),
]);

const site = useSite('/report/');

/** The figures of the open data (data/facts.csv), a record each. */
function facts() {
  const [header, ...lines] = readFileSync(join(DIST, 'data/facts.csv'), 'utf8').trim().split('\n');
  // One line's cells (RFC 4180 quoting; no field spans lines).
  const cells = (line) => {
    const out = [''];
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === '"' && quoted && line[i + 1] === '"') out[out.length - 1] += line[++i];
      else if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) out.push('');
      else out[out.length - 1] += c;
    }
    return out;
  };
  const names = cells(header);
  return lines.map((line) => Object.fromEntries(cells(line).map((c, i) => [names[i], c])));
}

/**
 * Run in the page: the figures not in their place. An activity's figure is
 * in its entry in the list ("label: value unit"); any other in the table of
 * the chart that shows it (as `ChartId::shows` assigns them), in the row of
 * its record (the row headed by its label, or in the indicator's and the
 * tiers' tables by its year) and its column, as the page writes the number
 * (9,430; a figure the report prints as "--", as printed); an agreement is
 * its country's row.
 */
function figuresNotInPlace({ facts, lang, CHART }) {
  // The columns of the tables by year, and the tier column of a rank.
  const COLUMN = { target: 1, actual: 2, achievement: 3, tier1: 1, tier2: 2, tier2_watch: 3, tier3: 4, total: 6, taiwan: 7 };
  const TIER_OF_RANK = { 1: 1, 2: 2, 3: 4 };
  const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : '');
  const numbers = (s) => s.split(/[^0-9.,]+/).map((n) => n.replace(/^[.,]+|[.,]+$/g, '')).filter(Boolean);
  const missing = [];
  for (const f of facts) {
    const label = lang === 'zh' ? f.label_zh : f.label_en;
    const value = f.value === '' ? null : Number(f.value).toLocaleString('en-US', { maximumFractionDigits: 2 });
    let found = false;
    if (f.dataset === 'activities') {
      const entry = document.getElementById(`activity-${f.record_id.split('#')[0]}`);
      const parts = [...(entry?.querySelectorAll('.activity-meta dd') ?? [])].flatMap((dd) => text(dd).split(/[;；] ?/));
      found = parts.some((part) => {
        const colon = Math.max(part.lastIndexOf(': '), part.lastIndexOf('：'));
        return colon > 0 && label.includes(part.slice(0, colon)) && numbers(part.slice(colon + 1)).includes(value);
      });
    } else {
      const rows = [...document.querySelectorAll(`section[data-chart="${CHART[f.dataset]}"] .chart-tables tbody tr`)];
      const head = (tr) => text(tr.querySelector('th'));
      if (f.dataset === 'indicator' || f.dataset === 'tip_tiers') {
        const key = f.record_id.replace(/-pct$/, '').split('-').pop();
        const row = rows.find((tr) => head(tr).includes(f.year));
        const cell = row?.children[COLUMN[key]];
        if (key === 'taiwan') {
          // The rank as its tier's name, the heading of that tier's column.
          found = !!cell && text(cell) === text(row.closest('table').querySelectorAll('thead th')[TIER_OF_RANK[f.value]]);
        } else {
          found = !!cell && (value === null ? text(cell).includes('--') : numbers(text(cell)).includes(value));
        }
      } else if (f.dataset === 'agreements' && f.record_id.startsWith('mou-')) {
        const country = label.split(/[:：]/)[0];
        found = rows.some((tr) => head(tr) === country && text(tr).includes(f.year));
      } else {
        found = rows.some((tr) => head(tr) === label && [...tr.querySelectorAll('td.num')].some((td) => text(td) === value));
      }
    }
    if (!found) missing.push(`${f.dataset} ${f.record_id} ${f.value}`);
  }
  return missing;
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
    assert.equal(await page.locator('.chart-section').count(), 11);
    for (const chart of await page.locator('.chart-section').all()) {
      const named = await chart.locator('.chart[role="img"]').getAttribute('aria-labelledby');
      const label = named && (await page.locator(`#${named}`).textContent());
      assert.ok(label && label.length > 20, 'a chart without its text alternative');
      const img = chart.locator('.chart-image img');
      await img.scrollIntoViewIfNeeded();
      await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle(), { timeout: 10000 });
      assert.ok((await chart.locator('.source a').count()) > 0, 'the source line links its passages');
    }
    assert.equal(await page.locator('.activity').count(), 34);
    assert.equal(await page.locator('#report-text .passage').count(), 90);
    const all = facts();
    assert.ok(all.length > 100, `only ${all.length} figures in facts.csv`);
    assert.deepEqual(await page.evaluate(figuresNotInPlace, { facts: all, lang, CHART: CHART_OF }), [], `figures not in their place on the ${lang} page`);
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
  await answers(page);
  // Hydrated: a control answers.
  await openFilters(page);
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

// Exploring a chart's numbers (issue 28): its table sorts by any column
// from a button in the column's header (aria-sort, numbers as numbers, the
// report's order restored), and without script it is the report's table.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { useSite, newPage, waitForChart } from './support.mjs';

const site = useSite('/report/');

async function axe(page, state) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  assert.deepEqual(summary, [], state);
}

/** The table's rows: their place in the report and the column's keys. */
function rows(page, table, col) {
  return page.evaluate(
    ({ table, col }) =>
      [...document.querySelectorAll(`${table} tbody tr`)].map((tr) => ({
        row: Number(tr.dataset.row),
        key: tr.children[col].dataset.sort,
        text: tr.children[col].textContent,
      })),
    { table, col },
  );
}

const sorted = (keys, dir) => keys.every((k, i) => i === 0 || (dir > 0 ? keys[i - 1] <= k : keys[i - 1] >= k));

for (const [lang, url] of [['zh', ''], ['en', 'en.html']]) {
  test(`a chart's table sorts by a column of numbers and back to the report's order (${lang})`, async () => {
    // One language in each colour scheme.
    const page = await newPage(site.browser, { colorScheme: lang === 'en' ? 'dark' : 'light' });
    await page.goto(site.server.base + url);
    await waitForChart(page);
    await page.locator('#chart-tiers .chart-table > summary').click();
    const table = '#tiers-tables table';
    const before = await rows(page, table, 1);
    assert.deepEqual(before.map((r) => r.row), before.map((_, i) => i), 'the report order at first');
    // The first tier's counts, as numbers (the cells print "31 (16.6%)").
    const button = page.locator(`${table} thead th:nth-child(2) button.sort`);
    const th = page.locator(`${table} thead th:nth-child(2)`);
    assert.equal(await th.getAttribute('aria-sort'), null);
    assert.equal(await button.getAttribute('aria-label'), lang === 'zh' ? '第一級' : 'Tier 1', 'named by its header');
    assert.ok(await button.isVisible());
    const seen = [];
    for (const dir of ['ascending', 'descending']) {
      await button.click();
      assert.equal(await th.getAttribute('aria-sort'), dir);
      const now = await rows(page, table, 1);
      const keys = now.map((r) => Number(r.key));
      assert.ok(keys.every(Number.isFinite), `numeric keys: ${now.map((r) => r.key)}`);
      assert.ok(sorted(keys, dir === 'ascending' ? 1 : -1), `${dir}: ${keys}`);
      // The text moved with its key.
      assert.ok(now.every((r) => r.text.includes(Number(r.key).toLocaleString('en'))), JSON.stringify(now));
      seen.push(now.map((r) => r.row).join());
      await axe(page, `sorted ${dir}, ${lang}`);
    }
    assert.notEqual(seen[0], seen[1], 'the two directions give two orders');
    // Only one column is sorted at a time.
    await page.locator(`${table} thead th:nth-child(1) button.sort`).click();
    assert.equal(await th.getAttribute('aria-sort'), null);
    assert.equal(await page.locator(`${table} thead th:nth-child(1)`).getAttribute('aria-sort'), 'ascending');
    // Ascending, descending, then the report's order again.
    await page.locator(`${table} thead th:nth-child(1) button.sort`).click();
    await page.locator(`${table} thead th:nth-child(1) button.sort`).click();
    assert.equal(await page.locator(`${table} thead th[aria-sort]`).count(), 0);
    assert.deepEqual((await rows(page, table, 1)).map((r) => r.row), before.map((r) => r.row));
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('without script, a table is in the report order with plain headers and no sort buttons', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.server.base + 'en.html');
  await page.locator('#chart-tiers .chart-table > summary').click();
  const heads = await page.evaluate(() =>
    [...document.querySelectorAll('#tiers-tables thead th')].map((th) => ({
      button: getComputedStyle(th.querySelector('button.sort')).display,
      text: th.textContent,
    })),
  );
  assert.ok(heads.length > 2);
  assert.equal(heads[1].text, 'Tier 1', "the header's text, once");
  assert.ok(heads.every((h) => h.button === 'none' && h.text), JSON.stringify(heads));
  const order = await rows(page, '#tiers-tables table', 0);
  assert.deepEqual(order.map((r) => r.row), order.map((_, i) => i));
  await context.close();
});


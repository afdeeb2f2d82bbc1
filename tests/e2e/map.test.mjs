// The map of partners and the timeline of activities (issue #19): images
// without JavaScript, live when reached for, the map's geometry fetched only
// then, updated in place on a year change, a timeline mark leading to its
// activity, no sideways scroll at 320 px, axe with both live.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { useSite, newPage, waitForChart, openFilters, waitForDrawn } from './support.mjs';

const site = useSite('/report/');

const instanceId = (page, surface) => page.evaluate((id) => document.getElementById(id)?.getAttribute('_echarts_instance_') ?? null, surface);

for (const [lang, file] of [['zh', ''], ['en', 'en.html']]) {
  test(`without JavaScript both new charts are images (${lang})`, async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(site.server.base + file);
    for (const id of ['partners', 'timeline']) {
      const img = page.locator(`#${id}-chart img`);
      await img.scrollIntoViewIfNeeded();
      await page.waitForFunction((id) => document.querySelector(`#${id}-chart img`)?.naturalWidth > 0, id);
      const src = await img.evaluate((el) => el.currentSrc);
      assert.match(src, new RegExp(`charts/${id}-${lang}-light-narrow\\.svg$`), src);
      assert.ok((await page.locator(`#${id}-summary`).textContent()).length > 40, `${id}: a text alternative`);
    }
    await context.close();
  });
}

test('the map data is fetched only when the map goes live; both go live on reach, the same instances after a year change', async () => {
  const page = await newPage(site.browser);
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(site.server.base + 'en.html');
  // Another chart goes live: ECharts is there, the map data is not. What
  // would fetch it early runs when ECharts has loaded for the first chart
  // (the page answering, the chart drawn, its next frame): by then its
  // request would have been seen.
  await waitForChart(page, 'tiers-chart');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
  assert.ok(!fetched.some((p) => p.endsWith('/map/world.json')), 'the map data was fetched before the map went live');
  await waitForChart(page, 'partners-chart');
  assert.equal(fetched.filter((p) => p.endsWith('/map/world.json')).length, 1, 'the map data, once');
  assert.ok(await page.evaluate(() => !!window.echarts.getMap('world')), 'registered');
  await waitForChart(page, 'timeline-chart');
  const map = await instanceId(page, 'partners-chart');
  const timeline = await instanceId(page, 'timeline-chart');
  const seriesNames = () => page.evaluate(() => window.echarts.getInstanceByDom(document.getElementById('partners-chart')).getOption().series.map((s) => s.name));
  assert.ok((await seriesNames()).includes('Signed 2013'));

  await openFilters(page);
  await page.locator('#year-select').selectOption('2013');
  await page.waitForFunction(() => location.search.includes('year=2013'));
  await page.waitForFunction(() => !window.echarts.getInstanceByDom(document.getElementById('partners-chart')).getOption().series.some((s) => s.name === 'Signed 2014'));
  assert.deepEqual(await seriesNames(), ['Taiwan', 'Signed 2013']);
  assert.equal(await instanceId(page, 'partners-chart'), map, 'the map was re-created');
  // No activity in 2013: the timeline says so; back to all years, it is the same instance again.
  await page.locator('#year-select').selectOption('');
  await page.waitForFunction(() => !location.search.includes('year='));
  await waitForChart(page, 'timeline-chart');
  assert.equal(await instanceId(page, 'partners-chart'), map);
  assert.equal(fetched.filter((p) => p.endsWith('/map/world.json')).length, 1, 'the map data is not fetched again');
  console.log(`map instance ${map}, timeline instance ${timeline} → ${await instanceId(page, 'timeline-chart')}`);
  await page.context().close();
});

test('the timeline follows the search, and choosing a mark goes to its activity in the list', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.base + 'en.html?q=Ximending');
  await waitForChart(page, 'timeline-chart');
  const marks = () =>
    page.evaluate(() => {
      const o = window.echarts.getInstanceByDom(document.getElementById('timeline-chart')).getOption();
      return [...new Set(o.series.flatMap((s) => s.data.filter((d) => d && d.activity).map((d) => d.activity)))];
    });
  assert.deepEqual(await marks(), ['booth-ximending-2014-08-30']);
  // The pixel of its dot, once drawn there, then a click there.
  await waitForDrawn(page, 'timeline-chart');
  const at = await page.evaluate(() => {
    const el = document.getElementById('timeline-chart');
    const chart = window.echarts.getInstanceByDom(el);
    const o = chart.getOption();
    const i = o.series.findIndex((s) => s.type === 'scatter' && s.data.length > 0);
    const [x, y] = chart.convertToPixel({ seriesIndex: i }, o.series[i].data[0].value);
    const box = el.getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  });
  await page.mouse.click(at.x, at.y);
  await page.waitForFunction(() => location.hash === '#activity-booth-ximending-2014-08-30');
  await page.context().close();
});

for (const width of [320, 390]) {
  test(`no sideways scroll at ${width} px with both charts live; the small states are marked`, async () => {
    const page = await newPage(site.browser, { width, height: 800 });
    await page.goto(site.server.base + 'en.html');
    await waitForChart(page, 'partners-chart');
    await waitForChart(page, 'timeline-chart');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${overflow} px sideways`);
    // Each small state's marker lies inside the chart, where it can be seen.
    const inside = await page.evaluate(() => {
      const el = document.getElementById('partners-chart');
      const chart = window.echarts.getInstanceByDom(el);
      const o = chart.getOption();
      const out = {};
      o.series.forEach((s, i) =>
        s.data.forEach((d) => {
          if (['KNA', 'SLB', 'BLZ'].includes(d.country)) {
            const [x, y] = chart.convertToPixel({ seriesIndex: i }, d.value);
            out[d.country] = x > 0 && y > 0 && x < el.clientWidth && y < el.clientHeight && s.symbolSize >= 9;
          }
        }),
      );
      return out;
    });
    assert.deepEqual(inside, { KNA: true, SLB: true, BLZ: true });
    await page.context().close();
  });
}

for (const [name, url] of [['Chinese', ''], ['English, dark', 'en.html']]) {
  test(`axe: no violation with the map and the timeline live and their tables open (${name})`, async () => {
    const page = await newPage(site.browser, { colorScheme: name.includes('dark') ? 'dark' : 'light' });
    await page.goto(site.server.base + url);
    await waitForChart(page, 'partners-chart');
    await waitForChart(page, 'timeline-chart');
    for (const id of ['partners', 'timeline']) await page.locator(`#chart-${id} .chart-table > summary`).click();
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const summary = result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    assert.deepEqual(summary, []);
    await page.context().close();
  });
}

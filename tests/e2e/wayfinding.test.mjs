// Finding one's way (#18): the main points on a phone's first screen, the
// contents and the part in view, the filters folded to one line that stays
// in reach, nothing dead without JavaScript, a chart's actions grouped in
// menus that work with the keyboard, and links that land clear of the
// sticky bar. In both languages.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { useSite, newPage, answers } from './support.mjs';

const site = useSite('/report/');
const LANGS = [
  { lang: 'zh', path: '', summary: '全部面向 · 全部年度 · 34／34 項活動' },
  { lang: 'en', path: 'en.html', summary: 'All pillars · All years · 34 of 34 activities' },
];

const ready = (page) => answers(page, 30000);
const visible = (page, selector) => page.evaluate((s) => [...document.querySelectorAll(s)].filter((e) => e.checkVisibility()).length, selector);

for (const { lang, path, summary } of LANGS) {
  test(`${lang}: at 390×844 the first screen shows the main points with their figures, and the filters take at most a third of it`, async () => {
    const page = await newPage(site.browser, { width: 390, height: 844 });
    await page.goto(site.server.base + path);
    await ready(page);
    const screen = await page.evaluate(() => {
      const box = (e) => e.getBoundingClientRect();
      const figures = [...document.querySelectorAll('#main-points .point-figure')].map((e) => ({ text: e.textContent, bottom: box(e).bottom }));
      const filters = document.getElementById('filters');
      const f = box(filters);
      return { heading: box(document.getElementById('main-points-title')).bottom, figures, filtersOnScreen: Math.max(0, Math.min(f.bottom, innerHeight) - Math.max(f.top, 0)), height: innerHeight };
    });
    assert.ok(screen.heading < screen.height, 'the main points heading is on the first screen');
    const onScreen = screen.figures.filter((f) => f.bottom <= screen.height);
    assert.ok(onScreen.length >= 3, `${onScreen.length} main points' figures on the first screen: ${JSON.stringify(screen.figures)}`);
    assert.ok(onScreen.every((f) => /\d|第一級|Tier/.test(f.text)), JSON.stringify(onScreen));
    assert.ok(screen.filtersOnScreen <= screen.height / 3, `the filters take ${screen.filtersOnScreen}px of ${screen.height}`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test(`${lang}: the filters fold to a one-line summary that opens them, follows the selection and stays in reach`, async () => {
    for (const width of [320, 390, 1280]) {
      const page = await newPage(site.browser, { width, height: 800 });
      await page.goto(site.server.base + path);
      await ready(page);
      const bar = page.locator('#filters');
      assert.equal(await page.locator('#filters-summary').textContent(), summary, `${width}px`);
      const folded = await bar.boundingBox();
      assert.ok(folded.height <= 800 / 3, `${width}px: folded, the filters are ${folded.height}px high`);
      assert.equal(await visible(page, '#filters .chip'), 0, `${width}px: the chips are folded away`);
      await page.locator('#filters summary').click();
      assert.ok((await visible(page, '#filters .chip')) > 0, `${width}px: the summary opens the panel`);
      await page.locator('#filters .chip[data-pillar="protection"]').click();
      await page.waitForFunction(() => location.search.includes('pillar=protection'));
      const now = await page.locator('#filters-summary').textContent();
      assert.notEqual(now, summary);
      assert.match(now, lang === 'en' ? /^Protection · All years · \d+ of 34 activities$/ : /^保護 · 全部年度 · \d+／34 項活動$/);
      // Folded again and scrolled far down, the selection is still at the top of the screen.
      await page.locator('#filters summary').click();
      await page.locator('#about').scrollIntoViewIfNeeded();
      const stuck = await bar.boundingBox();
      assert.ok(stuck.y >= -1 && stuck.y < 2, `${width}px: the bar is at ${stuck.y}`);
      assert.equal(await page.locator('#filters-summary').textContent(), now);
      assert.deepEqual(page.problems, []);
      await page.context().close();
    }
  });

  test(`${lang}: every contents link leads to a part, the part in view is marked, and a selection's left-out charts leave the contents`, async () => {
    const page = await newPage(site.browser, { width: 1280, height: 900 });
    await page.goto(site.server.base + path);
    await ready(page);
    const targets = await page.evaluate(() => [...document.querySelectorAll('#contents a')].map((a) => ({ id: a.id, target: decodeURIComponent(a.hash.slice(1)), found: !!document.getElementById(decodeURIComponent(a.hash.slice(1))) })));
    assert.ok(targets.length >= 15, `${targets.length} contents links`);
    assert.deepEqual(targets.filter((t) => !t.found), [], 'links that lead nowhere');
    const current = () => page.evaluate(() => [...document.querySelectorAll('#contents a[aria-current]')].map((a) => a.hash.slice(1)));
    for (const target of ['activities', 'chart-media', 'about']) {
      await page.locator(`#contents a[href="#${target}"]`).click();
      await page.waitForFunction((t) => document.querySelector(`#contents a[href="#${t}"]`)?.getAttribute('aria-current') === 'location', target, { timeout: 5000 });
      assert.deepEqual(await current(), [target], `after following the link to #${target}, only it is marked`);
    }
    // A chart the selection leaves out: its link goes (its section is gone).
    await page.goto(site.server.base + path + '?pillar=prevention');
    await ready(page);
    await page.waitForFunction(() => document.getElementById('contents-chart-agreements-item')?.hidden === true);
    assert.equal(await page.locator('#contents-chart-media-item').isVisible(), true);
    assert.equal(await page.locator('#chart-agreements').count(), 0);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test(`${lang}: a link to a chart, a passage or an activity lands with its heading clear of the sticky bar`, async () => {
    const page = await newPage(site.browser, { width: 390, height: 844 });
    await page.goto(site.server.base + path);
    await ready(page);
    const passage = await page.evaluate(() => document.querySelector('.passage.depth-3').id);
    const activity = await page.evaluate(() => document.querySelector('.activity').id);
    for (const [id, heading] of [['chart-media', '.chart-title'], [passage, '.passage-title'], [activity, '.activity-date']]) {
      // The wait is for the page's answer to the new fragment: its
      // `hashchange` (the page's own listener, added first, has scrolled),
      // then the frame after it.
      await page.evaluate(
        (id) =>
          new Promise((done) => {
            addEventListener('hashchange', () => requestAnimationFrame(() => done()), { once: true });
            location.hash = id;
          }),
        id,
      );
      const { top, barBottom } = await page.evaluate(([id, h]) => ({
        top: document.getElementById(id).querySelector(h).getBoundingClientRect().top,
        barBottom: document.getElementById('filters').getBoundingClientRect().bottom,
      }), [id, heading]);
      assert.ok(top >= barBottom - 1, `#${id}: its heading at ${top}px is under the bar (bottom ${barBottom}px)`);
      assert.ok(top < 844 / 2, `#${id}: its heading at ${top}px`);
    }
    await page.context().close();
  });

  test(`${lang}: with JavaScript off no button, menu item or field is shown, and a chart's table and downloads work`, async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.base + path);
    assert.equal(await visible(page, 'button, input, select, textarea'), 0, 'controls that need script are not offered');
    assert.equal(await visible(page, '#filters'), 0, 'the filters are not offered');
    // The notice that says so is at the top.
    const top = await page.evaluate(() => document.querySelector('.noscript-notice')?.getBoundingClientRect().top);
    assert.ok(top !== undefined && top < 20, `the notice for a reader without JavaScript is at ${top}px`);
    const section = page.locator('section[data-chart="tiers"]');
    assert.equal(await section.locator('.chart-tables table').first().isVisible(), false);
    await section.locator('.chart-table > summary').click();
    assert.equal(await section.locator('.chart-tables table').first().isVisible(), true, 'the table opens without script');
    await section.locator('.menu > summary').first().click();
    const links = await section.locator('.menu[open] .menu-items a').evaluateAll((as) => as.filter((a) => a.checkVisibility()).map((a) => a.getAttribute('href')));
    assert.ok(links.some((h) => /^charts\/tiers-(zh|en)\.csv$/.test(h)) && links.some((h) => /\.svg$/.test(h)), JSON.stringify(links));
    for (const href of links) {
      const r = await page.request.get(new URL(href, page.url()).href);
      assert.equal(r.status(), 200, href);
    }
    await context.close();
  });
}

test('each chart shows at most four actions until a menu opens; the menus download and share', async () => {
  const page = await newPage(site.browser, { width: 1280, height: 900 });
  await page.goto(site.server.base + 'en.html');
  await ready(page);
  const counts = await page.evaluate(() =>
    [...document.querySelectorAll('section[data-chart]')].map((s) => [s.dataset.chart, [...s.querySelectorAll('.chart-actions :is(summary, a, button)')].filter((e) => e.checkVisibility()).length]),
  );
  assert.equal(counts.length, 11);
  for (const [chart, n] of counts) assert.ok(n >= 2 && n <= 4, `${chart}: ${n} actions`);
  const section = page.locator('section[data-chart="tiers"]');
  await section.locator('#tiers-download > summary').click();
  assert.ok((await section.locator('#tiers-download .menu-items a').count()) >= 2);
  const [download] = await Promise.all([page.waitForEvent('download'), section.locator('#tiers-download .menu-items a[download$=".csv"]').first().click()]);
  assert.equal(download.suggestedFilename(), 'tiers-en.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  assert.match(csv, /^\ufeff/, 'a byte-order mark, for spreadsheets');
  assert.match(csv, /2014/);
  assert.equal(await page.locator('#tiers-download').getAttribute('open'), null, 'choosing an item closes the menu');
  // Another view: the CSV is made in the page, for that view.
  await page.locator('#filters summary').click();
  await page.locator('#year-select').selectOption('2013');
  await page.waitForFunction(() => location.search.includes('year=2013'));
  await section.locator('#tiers-download > summary').click();
  const href = await section.locator('#tiers-download .menu-items a[download$=".csv"]').first().getAttribute('href');
  assert.match(href, /^data:text\/csv/);
  assert.ok(decodeURIComponent(href).includes('2013') && !decodeURIComponent(href).includes('2014,'), 'the table of the year shown');
  await page.keyboard.press('Escape');
  // Share: the link, and the embed code on demand.
  await section.locator('#tiers-share > summary').click();
  assert.equal(await section.locator('#tiers-share a.permalink').getAttribute('href'), './en.html?year=2013#chart-tiers');
  await section.locator('#tiers-share button[aria-controls="tiers-embed"]').click();
  await page.waitForSelector('#tiers-embed-code');
  assert.match(await page.locator('#tiers-embed-code').inputValue(), /<iframe[^>]+embed-tiers-en\.html/);
  await page.waitForFunction(() => location.search.includes('embed=tiers'));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('keyboard: the menus open with Enter, Escape closes them and gives the focus back, and their items are reached with Tab', async () => {
  const page = await newPage(site.browser, { width: 1280, height: 900 });
  await page.goto(site.server.base + 'en.html');
  await ready(page);
  // A walk with Tab from the top of the page reaches the first chart's
  // Download menu, and every stop on the way is visible.
  const stops = [];
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const e = document.activeElement;
      return { id: e.parentElement?.id ?? '', tag: e.tagName, visible: e.checkVisibility({ visibilityProperty: true }), text: (e.textContent || '').trim().slice(0, 40) };
    });
    stops.push(at);
    if (at.tag === 'SUMMARY' && at.id === 'tiers-download') break;
  }
  assert.equal(stops.at(-1).id, 'tiers-download', `Tab never reached the Download menu: ${JSON.stringify(stops.slice(-5))}`);
  assert.deepEqual(stops.filter((s) => !s.visible), [], 'the focus went to something hidden');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#tiers-download').getAttribute('open'), '');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.closest('.menu-items') !== null), true, 'Tab reaches the first item');
  // Enter on the first item (the CSV) downloads it.
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), /^tiers.*\.csv$/);
  await page.locator('#tiers-download > summary').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#tiers-download').getAttribute('open'), null, 'Escape closes the menu');
  assert.equal(await page.evaluate(() => document.activeElement.parentElement.id), 'tiers-download', 'the focus is back on the menu button');
  // The summary is named for a screen reader, with its chart.
  const name = await page.locator('#tiers-share > summary').textContent();
  assert.match(name, /^Share: US Trafficking in Persons Report ratings/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

for (const { lang, path } of LANGS) {
  test(`${lang}: axe finds no WCAG A/AA violation with the filters open and a menu open`, async () => {
    const page = await newPage(site.browser, { width: 390, height: 844 });
    await page.goto(site.server.base + path);
    await ready(page);
    await page.locator('#media-share > summary').click();
    await page.locator('#filters summary').click();
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`), []);
    await page.context().close();
  });
}

test('keyboard: Escape folds the open filters and gives the focus back to their summary', async () => {
  const page = await newPage(site.browser, { width: 390, height: 844 });
  await page.goto(site.server.base + 'en.html');
  await ready(page);
  await page.locator('#filters summary').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.pillar), 'all');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#filters-fold').getAttribute('open'), null);
  assert.equal(await page.evaluate(() => document.activeElement.tagName + ' ' + document.activeElement.parentElement.id), 'SUMMARY filters-fold');
  await page.context().close();
});

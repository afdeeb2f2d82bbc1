// "Read the report": the report's own text in the page, deep-linkable,
// linked from every chart's source line and every activity, and searched.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, newPage, waitForChart, openFilters, answers } from './support.mjs';

const site = useSite('/report/');

test('every section of the text is in the page, with its numbering, in both languages', async () => {
  for (const [lang, heading, words] of [
    ['zh', '閱讀報告全文', '於 6 家電視臺，播放防制人口販運宣導短片，計 615 次'],
    ['en', 'Read the report', 'Solomon Islands'],
  ]) {
    const page = await newPage(site.browser);
    await page.goto(site.server.base + (lang === 'en' ? '?lang=en' : ''));
    await page.locator('#report-text .passage').first().waitFor();
    assert.equal(await page.locator('#report-text-title').textContent(), heading);
    assert.equal(await page.locator('#report-text .passage').count(), 90);
    assert.ok((await page.locator('#report-text').textContent()).includes(words));
    assert.equal(await page.locator('#section-貳-三-二-4-2-A-VII .passage-title').textContent(), lang === 'zh' ? 'VII.' : 'VII.');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test('a source line leads to its passage, and the passage back to its chart', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.base + '?lang=en&pillar=prevention');
  await waitForChart(page, 'media-chart');
  const link = page.locator('#chart-media .source a', { hasText: '貳、三、(一)、3' });
  assert.equal(await link.getAttribute('href'), '#section-貳-三-一-3');
  await link.click();
  await page.waitForFunction(() => decodeURIComponent(location.hash) === '#section-貳-三-一-3');
  const passage = page.locator('#section-貳-三-一-3');
  assert.match(await passage.textContent(), /615/);
  assert.equal(await passage.locator('.from-passage a').first().getAttribute('href'), '#chart-media');
  // The view in the address is kept.
  assert.equal(new URL(page.url()).searchParams.get('pillar'), 'prevention');
  // An activity's section leads to its passage too.
  const activitySource = page.locator('#activity-booth-ximending-2014-08-30 a[href^="#section-"]').first();
  assert.equal(await activitySource.getAttribute('href'), '#section-貳-三-一-2-1');
  // The passage's figures lead to their chart, its dates to their activity, keeping the view
  // (in the English, and in the Chinese original under it).
  assert.equal(await passage.locator('.original .passage-text a', { hasText: '9,430' }).getAttribute('href'), '#chart-media');
  assert.equal(await passage.locator(':scope > .passage-text a', { hasText: '9,430' }).getAttribute('href'), '#chart-media');
  await passage.locator(':scope > .passage-text a', { hasText: '615' }).click();
  await page.waitForFunction(() => location.hash === '#chart-media');
  assert.equal(new URL(page.url()).searchParams.get('pillar'), 'prevention');
  const ximending = page.locator('#section-貳-三-一-2-1 > .passage-text a');
  assert.deepEqual(await ximending.allTextContents(), ['30 August 2014', '200']);
  await ximending.first().click();
  await page.waitForFunction(() => location.hash === '#activity-booth-ximending-2014-08-30');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the search covers the text as well as the activities', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.base + '?lang=en&q=Ximending');
  // The report's text is fetched for the first search: "Loading…" until then.
  await page.waitForFunction(() => /passages match/.test(document.getElementById('passage-count')?.textContent ?? ''));
  assert.match(await page.locator('#passage-count').textContent(), /^1 of the report's 90 passages match the search$/);
  // The others are hidden, not removed; so are the chapters left with none.
  assert.equal(await page.locator('#report-text .passage:not([hidden])').count(), 1);
  assert.equal(await page.locator('#report-text .passage:not([hidden])').getAttribute('id'), 'section-貳-三-一-2-1');
  assert.equal(await page.locator('#report-text .passage').count(), 90);
  assert.equal(await page.locator('details.chapter:not([hidden])').count(), 1);
  assert.equal(await page.locator('.activity:not([hidden])').count(), 1);
  await openFilters(page);
  await page.locator('#activity-search').fill('');
  await page.waitForFunction(() => document.querySelectorAll('#report-text .passage:not([hidden])').length === 90);
  assert.equal(await page.locator('#passage-count').count(), 0);
  await page.context().close();
});

test('a deep link opens at its passage', async () => {
  const page = await newPage(site.browser, { width: 375, height: 800 });
  await page.goto(site.server.base + '#section-貳-五-二-2-1');
  await page.locator('#section-貳-五-二-2-1').waitFor();
  // The text arrives after the page: the reader is taken there once it does.
  await page.waitForFunction(() => {
    const el = document.getElementById('section-貳-五-二-2-1');
    const r = el.getBoundingClientRect();
    return r.top >= -2 && r.top < innerHeight;
  }, null, { timeout: 10000 });
  assert.match(await page.locator('#section-貳-五-二-2-1 .slips').textContent(), /杵\?正巳/);
  await page.context().close();
});

test('chapters fold away, and a link into a folded chapter opens it', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.base + 'en.html');
  await answers(page);
  const chapter = page.locator('details.chapter', { has: page.locator('#section-貳-三-一-3') });
  assert.equal(await chapter.getAttribute('open'), '');
  await chapter.locator('summary.chapter-title').click();
  assert.equal(await chapter.getAttribute('open'), null);
  assert.equal(await page.locator('#section-貳-三-一-3').isVisible(), false);
  // The media chart's source line leads into the folded chapter.
  await page.locator('#chart-media .source a', { hasText: '貳、三、(一)、3' }).click();
  await page.waitForFunction(() => document.getElementById('section-貳-三-一-3').closest('details').open);
  assert.equal(await page.locator('#section-貳-三-一-3').isVisible(), true);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

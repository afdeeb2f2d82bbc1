// "Cite this" and "Corrections and changes" in Chromium: the citation is
// there with JavaScript off, its files download and parse, an embed page
// cites its chart, each change entry is on the report page, and axe finds
// nothing in the two new sections (both languages, a phone's width).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { useSite, newPage, waitForChart, DIST } from './support.mjs';

const site = useSite('/report/');
const changes = JSON.parse(readFileSync(join(DIST, 'data/changes.json'), 'utf8'));
const version = changes.changes.length ? changes.changes.at(-1).version : changes.published.version;

test('without JavaScript the citation and the changes are on the page, and the files it links parse', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto(site.server.base + 'en.html');
  const cite = page.locator('#cite');
  await assert.doesNotReject(cite.waitFor());
  const text = await page.locator('#cite-text').innerText();
  assert.match(text, /National Immigration Agency/);
  assert.ok(text.includes(`data version ${version}`), text);
  assert.ok(text.includes('en.html'), text);
  // Each change entry, newest first, in English.
  const entries = page.locator('#changes li[data-change]');
  assert.equal(await entries.count(), changes.changes.length);
  if (changes.changes.length) {
    const first = await entries.first().innerText();
    const newest = changes.changes.at(-1);
    assert.ok(first.includes(newest.version) && first.includes(newest.date), first);
  }
  // The files: BibTeX and CSL-JSON, fetched as a reader's download would.
  const bib = await page.locator('#cite a[href$=".bib"]').first().getAttribute('href');
  const json = await page.locator('#cite a[href$=".json"]').first().getAttribute('href');
  const bibText = await (await fetch(new URL(bib, site.server.base + 'en.html'))).text();
  assert.match(bibText, /^@misc\{[^,\s]+,\n/);
  assert.ok(bibText.includes(`version = {${version}}`), bibText);
  const csl = await (await fetch(new URL(json, site.server.base + 'en.html'))).json();
  assert.equal(csl[0].version, version);
  assert.equal(csl[0].type, 'dataset');
  await context.close();
});

test('an embed page cites its chart, by name, in its language', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.base + 'embed-tiers-en.html');
  await waitForChart(page);
  const title = (await page.locator('h1').first().innerText()).trim();
  const text = await page.locator('#cite-tiers-text').innerText();
  assert.ok(text.includes(`chart "${title}"`), `${text} names ${title}`);
  assert.ok(text.includes('embed-tiers-en.html'), text);
  const zh = await newPage(site.browser);
  await zh.goto(site.server.base + 'embed-tiers.html');
  assert.match(await zh.locator('#cite-tiers-text').innerText(), /圖表「/);
  await page.context().close();
  await zh.context().close();
});

test('the about section shows the data version and links the package, whose version it is', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.base);
  await waitForChart(page);
  const about = page.locator('#data-version');
  assert.ok((await about.innerText()).includes(version));
  const href = await about.locator('a').getAttribute('href');
  const pkg = await (await fetch(new URL(href, site.server.base))).json();
  assert.equal(pkg.version, version);
  await page.context().close();
});

for (const [name, url, width] of [['Chinese', '', 1280], ['English, phone', 'en.html', 375]]) {
  test(`axe: no WCAG A/AA violation in the changes and the citation (${name})`, async () => {
    const page = await newPage(site.browser, { width });
    await page.goto(site.server.base + url);
    await waitForChart(page);
    for (const fold of await page.locator('#cite details > summary').all()) await fold.click();
    const result = await new AxeBuilder({ page }).include('#changes').include('#cite').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const summary = result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    assert.deepEqual(summary, []);
    assert.ok(result.passes.length > 5, 'axe looked at the sections');
    await page.context().close();
  });
}

// Only the page's islands are hydrated (`#[island]`; tests/render.rs checks
// which parts are islands): the report's text and the activities stay the
// prerendered HTML, shown and hidden with `hidden`. A page of one build
// with the data or the wasm of another must not die: it reloads once, then
// stays readable with a notice.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useSite, newPage, startServer, DIST, openFilters, answers } from './support.mjs';

const site = useSite('/report/');

test('a filter hides what it leaves out and keeps every prerendered element', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.base + 'en.html');
  // The wasm starts at the first touch.
  await openFilters(page);
  await page.locator('[data-pillar="protection"]').hover();
  await answers(page);
  const count = () => page.evaluate(() => ({
    activities: document.querySelectorAll('li.activity').length,
    shown: document.querySelectorAll('li.activity:not([hidden])').length,
    passages: document.querySelectorAll('#report-text .passage').length,
    passagesShown: document.querySelectorAll('#report-text .passage:not([hidden])').length,
  }));
  const before = await count();
  assert.deepEqual(before, { activities: 34, shown: 34, passages: 90, passagesShown: 90 });
  // Mark every activity and passage: none may be replaced.
  await page.evaluate(() => document.querySelectorAll('li.activity, .passage').forEach((e) => (e.dataset.mark = '1')));
  await openFilters(page);
  await page.locator('[data-pillar="protection"]').click();
  await page.waitForFunction(() => document.querySelectorAll('li.activity:not([hidden])').length < 34);
  const after = await count();
  assert.equal(after.activities, 34, 'activities are hidden, not removed');
  const text = await page.locator('#activity-count').textContent();
  assert.equal(text, `Showing ${after.shown} of 34 activities`);
  // What is hidden is not seen, nor read out.
  const hidden = page.locator('li.activity[hidden]').first();
  assert.equal(await hidden.isVisible(), false);
  // A search hides passages and the chapters left with none.
  await openFilters(page);
  await page.locator('#activity-search').fill('Ximending');
  // The report's text is fetched for the first search: "Loading…" until then.
  await page.waitForFunction(() => /of the report's 90 passages/.test(document.querySelector('#passage-count')?.textContent ?? ''));
  const shownPassages = await page.locator('#report-text .passage:not([hidden])').count();
  assert.ok(shownPassages >= 1 && shownPassages < 90, `${shownPassages} passages shown`);
  assert.match(await page.locator('#passage-count').textContent(), new RegExp(`^${shownPassages} of the report's 90 passages`));
  const chapters = await page.locator('details.chapter:not([hidden])').count();
  assert.ok(chapters >= 1 && chapters < (await page.locator('details.chapter').count()));
  // Nothing matches: the list says so.
  await openFilters(page);
  await page.locator('#activity-search').fill('zzzz-nothing');
  await page.locator('#no-activities').waitFor();
  assert.equal(await page.locator('#activity-list').isVisible(), false);
  await openFilters(page);
  await page.locator('#activity-search').fill('');
  await page.locator('[data-pillar="all"]').click();
  await page.waitForFunction(() => document.querySelectorAll('li.activity:not([hidden]), .passage:not([hidden])').length === 124);
  assert.equal(await page.locator('#no-activities').isVisible(), false);
  assert.equal(await page.locator('li.activity:not([data-mark]), .passage:not([data-mark])').count(), 0, 'an element was re-created');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

/** A copy of the site in which `change(dir)` edited some files. */
function alteredSite(change) {
  const dir = mkdtempSync(join(tmpdir(), 'viewer-mixed-'));
  cpSync(DIST, dir, { recursive: true });
  change(dir);
  return dir;
}

/** Writes `file` and drops its precompressed copies (nginx would send them). */
function rewrite(file, text) {
  writeFileSync(file, text);
  for (const copy of [file + '.br', file + '.gz']) rmSync(copy, { force: true });
}

for (const [name, change, detail] of [
  [
    'data of another build',
    // Other bytes of the same data: the page's fingerprint no longer matches.
    (dir) => rewrite(join(dir, 'data/report.json'), readFileSync(join(dir, 'data/report.json'), 'utf8') + '\n'),
    /data/,
  ],
  [
    'a wasm of another build',
    // Island names are hashes of their source: another build's differ.
    (dir) => {
      const file = join(dir, 'en.html');
      rewrite(file, readFileSync(file, 'utf8').replace(/data-component="Filters_\d+"/, 'data-component="Filters_1"'));
    },
    /islands Filters_1/,
  ],
]) {
  test(`a page with ${name} reloads once, then stays readable with a notice`, async () => {
    const server = await startServer('/report/', { root: alteredSite(change) });
    const page = await newPage(site.browser);
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    let loads = 0;
    page.on('load', () => (loads += 1));
    try {
      await page.goto(server.base + 'en.html?year=2014');
      await page.locator('#build-mismatch').waitFor({ timeout: 20000 });
      assert.equal(loads, 2, 'one reload');
      assert.match(await page.locator('#build-mismatch').textContent(), /different versions of the site/);
      assert.ok(warnings.some((w) => detail.test(w)), warnings.join('\n'));
      // The page is still the report, whole; no island answers.
      assert.equal(await page.locator('li.activity').count(), 34);
      assert.equal(await page.locator('#report-text .passage').count(), 90);
      assert.equal(await page.locator('#year-select').inputValue(), '', 'a control was hydrated');
      assert.deepEqual(page.problems, []);
      // The next visit tries again (one reload per failure, not per session).
      await page.reload();
      await page.locator('#build-mismatch').waitFor({ timeout: 20000 });
    } finally {
      await page.context().close();
      await server.stop();
    }
  });
}

test('a search that fetches the text of another build says so and leaves the passages whole', async () => {
  const server = await startServer('/report/', {
    root: alteredSite((dir) => rewrite(join(dir, 'data/text.json'), readFileSync(join(dir, 'data/text.json'), 'utf8') + '\n')),
  });
  const page = await newPage(site.browser);
  try {
    await page.goto(server.base + 'en.html');
    await openFilters(page);
    await page.locator('#activity-search').hover();
    await answers(page);
    await page.locator('#activity-search').fill('Taipei');
    await page.locator('#build-mismatch').waitFor({ timeout: 20000 });
    await page.waitForFunction(() => /could not be loaded/.test(document.getElementById('passage-count')?.textContent ?? ''));
    assert.equal(await page.locator('#report-text .passage:not([hidden])').count(), 90);
    // The activities' search still works: it reads the page's own data.
    await page.waitForFunction(() => document.querySelectorAll('li.activity:not([hidden])').length < 34);
    assert.ok(page.problems.length === 1 && /another build/.test(page.problems[0]), page.problems.join('\n'));
  } finally {
    await page.context().close();
    await server.stop();
  }
});

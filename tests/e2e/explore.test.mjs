// Exploring a chart's numbers (issue 28): its table sorts by any column
// from a button in the column's header (aria-sort, numbers as numbers, the
// report's order restored), and without script it is the report's table;
// a live chart is one Tab stop whose data the arrow keys step through,
// each step said in a polite live region; "Listen" plays it as tones.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { useSite, newPage, waitForChart, answers } from './support.mjs';

const report = JSON.parse(readFileSync(new URL('../../public/data/report.json', import.meta.url)));

const site = useSite('/report/');

/** axe on the part of the page a new state changed (the chart's section,
 *  its live region, tooltip and table); the whole page's states are
 *  a11y.test.mjs's. */
async function axe(page, state, scope) {
  const result = await new AxeBuilder({ page }).include(scope).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
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
      await axe(page, `sorted ${dir}, ${lang}`, '#chart-tiers');
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

// ---- Stepping through a chart by keyboard ----

const TIERS = { tier1: ['第一級', 'Tier 1'], tier2: ['第二級', 'Tier 2'], tier2_watch: ['第二級觀察名單', 'Tier 2 Watch List'], tier3: ['第三級', 'Tier 3'] };
const ORDER = ['tier1', 'tier2', 'tier2_watch', 'tier3'];
/** What the tiers chart says of a year and tier, written from the report's data. */
function tierStep(lang, y, tier) {
  const year = report.tip_tiers.years[y];
  const count = year.tiers.find((t) => t.tier === tier).count;
  // A year whose tiers do not add up to the printed total has a note.
  const noted = year.tiers.reduce((sum, t) => sum + t.count, 0) !== year.total;
  return lang === 'zh'
    ? `${year.year - 1911} 年（${year.year}），${TIERS[tier][0]}：${count} 國${noted ? '（有附註）' : ''}`
    : `${year.year}, ${TIERS[tier][1]}: ${count} countries${noted ? ' (see the notes)' : ''}`;
}

const said = async (page, chart) => (await page.locator(`#chart-${chart} .chart-said`).textContent()).trim();
/** A step's text as heard: its Chinese marks (`{zh:…}`, core::mixed) become spans. */
const plain = (say) => say.replace(/\{zh:([^}]*)\}/g, '$1');
const ready = (page) => answers(page, 30000);

/** Tabs (only the keyboard) until the chart's picture has the focus. */
async function tabTo(page, chart, most = 400) {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((c) => document.activeElement?.matches(`#chart-${c} .chart`), chart)) return;
  }
  throw new Error(`Tab did not reach the chart ${chart}`);
}

async function press(page, chart, key) {
  await page.keyboard.press(key);
  return said(page, chart);
}

for (const [lang, url, embed] of [['zh', '', 'embed-tiers.html'], ['en', 'en.html', 'embed-tiers-en.html']]) {
  test(`keyboard: the tiers chart is stepped through by year and tier, each step said (${lang})`, async () => {
    for (const path of [url, embed]) {
      const page = await newPage(site.browser, { colorScheme: path === embed ? 'dark' : 'light' });
      await page.goto(site.server.base + path);
      await ready(page);
      await tabTo(page, 'tiers');
      // Named by its title, the keys in its description.
      const chart = page.locator('#chart-tiers .chart');
      assert.equal(await chart.getAttribute('role'), 'application');
      assert.equal(await chart.getAttribute('aria-labelledby'), 'tiers-title');
      const keys = await page.locator('#tiers-keys').textContent();
      assert.match(keys, lang === 'zh' ? /方向鍵/ : /arrow keys/);
      assert.equal(await said(page, 'tiers'), '');
      assert.equal(await press(page, 'tiers', 'ArrowRight'), tierStep(lang, 0, 'tier1'), `${path}: the first step`);
      assert.equal(await press(page, 'tiers', 'ArrowRight'), tierStep(lang, 1, 'tier1'));
      assert.equal(await press(page, 'tiers', 'ArrowLeft'), tierStep(lang, 0, 'tier1'));
      assert.equal(await press(page, 'tiers', 'ArrowLeft'), tierStep(lang, 0, 'tier1'), 'no further than the first');
      await press(page, 'tiers', 'ArrowRight');
      await press(page, 'tiers', 'ArrowRight');
      assert.equal(await press(page, 'tiers', 'ArrowDown'), tierStep(lang, 2, 'tier2'));
      assert.equal(await press(page, 'tiers', 'ArrowDown'), tierStep(lang, 2, 'tier2_watch'));
      assert.equal(await press(page, 'tiers', 'End'), tierStep(lang, 4, 'tier2_watch'));
      assert.equal(await press(page, 'tiers', 'ArrowUp'), tierStep(lang, 4, 'tier2'));
      assert.equal(await press(page, 'tiers', 'Home'), tierStep(lang, 0, 'tier2'));
      // The step is shown on the chart: its tooltip is up.
      // (The chart goes live on the first step: ECharts loads then, so on a
      // busy machine the canvas comes a moment after the step is said.)
      await page.locator('#tiers-chart canvas').waitFor({ timeout: 20000 }).catch(() => assert.fail('the chart went live'));
      await axe(page, `stepping ${path}`, '#chart-tiers');
      assert.equal(await press(page, 'tiers', 'Escape'), '', 'Escape leaves the steps');
      assert.equal(await page.evaluate(() => document.activeElement.matches('#chart-tiers .chart')), true, 'the focus stays for Tab to go on');
      // The arrows did not scroll the page.
      assert.deepEqual(page.problems, []);
      await page.context().close();
    }
  });

  test(`keyboard: the map steps through the partners and the timeline through the activities in date order (${lang})`, async () => {
    const page = await newPage(site.browser);
    await page.goto(site.server.base + url);
    await ready(page);
    await tabTo(page, 'partners');
    const steps = async (chart) => page.evaluate((c) => JSON.parse(document.querySelector(`#${c}-steps script.chart-steps`).textContent), chart);
    const partners = await steps('partners');
    const first = await press(page, 'partners', 'ArrowRight');
    assert.equal(first, plain(partners[0].steps[0].say));
    const down = await press(page, 'partners', 'ArrowDown');
    assert.equal(down, plain(partners[1].steps[0].say), 'Down goes to the next series');
    assert.ok(down.startsWith(partners[1].name), `the series first: ${down}`);
    const countries = report.agreements.map((a) => a.country[lang]);
    assert.ok(countries.some((c) => down.includes(c)), `a partner is named: ${down}`);
    // Along a series of several partners.
    const k = partners.findIndex((l) => l.steps.length >= 2);
    for (let i = 1; i < k; i++) await press(page, 'partners', 'ArrowDown');
    assert.equal(await press(page, 'partners', 'ArrowRight'), plain(partners[k].steps[1].say));
    assert.equal(await press(page, 'partners', 'Home'), plain(partners[k].steps[0].say));
    // A step that quotes the report's Chinese (a section number, on the
    // English page) is said with that part marked as Chinese.
    const zh = partners.flatMap((l, line) => l.steps.map((st, j) => ({ line, j, say: st.say }))).find((st) => st.say.includes('{zh:'));
    assert.equal(!!zh, lang === 'en', 'marks on the English page only');
    if (zh) {
      await press(page, 'partners', 'Escape');
      await press(page, 'partners', 'ArrowRight');
      for (let i = 0; i < zh.line; i++) await press(page, 'partners', 'ArrowDown');
      for (let i = 0; i < zh.j; i++) await press(page, 'partners', 'ArrowRight');
      assert.equal(await said(page, 'partners'), plain(zh.say));
      const quoted = zh.say.match(/\{zh:([^}]*)\}/)[1];
      const spans = await page.locator('#chart-partners .chart-said span[lang="zh-Hant"]').allTextContents();
      assert.ok(spans.includes(quoted), `${quoted} in ${JSON.stringify(spans)}`);
      await axe(page, 'a step quoting Chinese', '#chart-partners');
    }
    assert.equal(await press(page, 'partners', 'Escape'), '');

    await tabTo(page, 'timeline');
    const byDate = [...report.activities].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const timeline = await steps('timeline');
    assert.equal(timeline.length, 1, 'one line: the activities');
    assert.equal(timeline[0].steps.length, report.activities.length);
    const one = await press(page, 'timeline', 'ArrowRight');
    // The earliest (three the report dates by the year alone: any of them).
    const earliest = byDate.filter((a) => a.date === byDate[0].date).map((a) => a.title[lang]);
    assert.ok(earliest.some((t) => one.includes(t)), `the earliest activity first: ${one}`);
    const last = await press(page, 'timeline', 'End');
    const latest = byDate.filter((a) => a.date === byDate.at(-1).date).map((a) => a.title[lang]);
    assert.ok(latest.some((t) => last.includes(t)), `the latest last: ${last}`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => location.hash === `#activity-${id}`, timeline[0].steps.at(-1).a);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('the accessibility tree names a live chart by its title, describes its keys, and says each step', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.base + 'en.html');
  await ready(page);
  await tabTo(page, 'tiers');
  await page.keyboard.press('ArrowRight');
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const chart = nodes.find((n) => n.role?.value === 'application' && n.name?.value === 'US Trafficking in Persons Report ratings: countries per tier, 2010–2014');
  assert.ok(chart, 'the chart is an application named by its title');
  const description = chart.description?.value ?? '';
  assert.match(description, /arrow keys/);
  const live = nodes.find((n) => (n.properties ?? []).some((p) => p.name === 'live' && p.value.value === 'polite') && n.name?.value?.startsWith('2010'));
  console.log(`accessibility tree: ${chart.role.value} "${chart.name.value}", described "${description}"`);
  assert.ok(live || (await said(page, 'tiers')).startsWith('2010'));
  await page.context().close();
});

// ---- Hearing a chart ----

test('Listen plays the chart as tones, one oscillator a step, and a second press or Escape stops them', async () => {
  const page = await newPage(site.browser);
  await page.addInitScript(() => {
    window.oscillators = 0;
    window.audio = [];
    const create = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function () {
      window.oscillators += 1;
      if (!window.audio.includes(this)) window.audio.push(this);
      return create.call(this);
    };
  });
  await page.goto(site.server.base + 'en.html');
  await ready(page);
  const listen = page.locator('#chart-tiers button.listen');
  assert.equal(await listen.getAttribute('aria-pressed'), 'false');
  await listen.click();
  assert.equal(await listen.getAttribute('aria-pressed'), 'true');
  const steps = await page.evaluate(() => JSON.parse(document.querySelector('#tiers-steps script.chart-steps').textContent));
  assert.equal(await page.evaluate(() => window.oscillators), steps.flatMap((l) => l.steps).length, 'a tone a step');
  // Each series is said as it starts.
  await page.waitForFunction(() => document.querySelector('#chart-tiers .chart-said').textContent === 'Tier 1');
  assert.equal(await page.evaluate(() => window.audio[0].state), 'running');
  await listen.click();
  assert.equal(await listen.getAttribute('aria-pressed'), 'false');
  await page.waitForFunction(() => window.audio[0].state === 'closed');
  // Again, stopped by Escape.
  await listen.click();
  assert.equal(await page.evaluate(() => window.oscillators), 2 * steps.flatMap((l) => l.steps).length);
  await page.keyboard.press('Escape');
  assert.equal(await listen.getAttribute('aria-pressed'), 'false');
  await page.waitForFunction(() => window.audio[1].state === 'closed');
  // Left to play, it ends by itself.
  await listen.click();
  await axe(page, 'listening', '#chart-tiers');
  await page.waitForFunction(() => document.querySelector('#chart-tiers button.listen').getAttribute('aria-pressed') === 'false', null, { timeout: 20000 });
  await page.waitForFunction(() => window.audio[2].state === 'closed');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('T turns a tone on each arrow step on and off (off at first), at the pitch the step has in the whole chart', async () => {
  const page = await newPage(site.browser);
  await page.addInitScript(() => {
    window.tones = [];
    const create = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function () {
      const osc = create.call(this);
      window.tones.push(osc);
      return osc;
    };
  });
  await page.goto(site.server.base + 'en.html');
  await ready(page);
  await tabTo(page, 'tiers');
  const steps = await page.evaluate(() => JSON.parse(document.querySelector('#tiers-steps script.chart-steps').textContent));
  const played = () => page.evaluate(() => window.tones.map((o) => o.frequency.value));
  assert.equal(await press(page, 'tiers', 'ArrowRight'), tierStep('en', 0, 'tier1'));
  assert.deepEqual(await played(), [], 'no tone until the reader asks for one');
  assert.equal(await press(page, 'tiers', 't'), 'Tone on each step: on');
  assert.deepEqual(await played(), [], 'turning tones on plays nothing');
  assert.equal(await press(page, 'tiers', 'ArrowRight'), tierStep('en', 1, 'tier1'), 'the step is said as before');
  assert.equal(await press(page, 'tiers', 'ArrowDown'), tierStep('en', 1, 'tier2'));
  const [first, second] = await played();
  assert.equal((await played()).length, 2, 'one tone a step');
  // Higher for more: the step with the larger value sounds higher.
  const [a, b] = [steps[0].steps[1].v, steps[1].steps[1].v];
  assert.notEqual(a, b);
  assert.equal(first < second, a < b, `pitches ${first}, ${second} for ${a}, ${b}`);
  assert.equal(await press(page, 'tiers', 'T'), 'Tone on each step: off');
  await press(page, 'tiers', 'ArrowRight');
  assert.equal((await played()).length, 2, 'off again: no tone');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

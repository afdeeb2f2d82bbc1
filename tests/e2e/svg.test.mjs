// The charts as SVG, drawn at build time by ECharts (tools/render-charts.mjs):
// every file is there, holds no style the strict CSP would refuse, renders
// as an <img> and inlined under that CSP, and the page offers it for the
// default view only.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { useSite, newPage, waitForChart, DIST, openFilters, CHARTS } from './support.mjs';

const site = useSite('/report/');

const LANGS = ['zh', 'en'];
const SCHEMES = ['light', 'dark'];
// Each at the desktop size and a phone-width copy (`-narrow`).
const FILES = CHARTS.flatMap((id) =>
  LANGS.flatMap((lang) => SCHEMES.flatMap((scheme) => [`charts/${id}-${lang}-${scheme}.svg`, `charts/${id}-${lang}-${scheme}-narrow.svg`])),
);
// Chart text colours (ChartEnv::text_color) and backgrounds (charts::svg::background).
const TEXT = { light: '#1b1b1b', dark: '#e8e8e8' };
const BACKGROUND = { light: '#ffffff', dark: '#121416' };

const read = (file) => readFileSync(join(DIST, file), 'utf8');
const svgText = (svg) => [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

test('every chart has an SVG in both languages and schemes, with a size and no style, in the precache', () => {
  const present = readdirSync(join(DIST, 'charts')).filter((f) => f.endsWith('.svg')).map((f) => `charts/${f}`);
  assert.deepEqual(present.sort(), [...FILES].sort());
  const sw = read('sw.js');
  for (const file of FILES) {
    assert.ok(existsSync(join(DIST, file)), file);
    const svg = read(file);
    if (file.endsWith('-narrow.svg')) assert.match(svg, /^<svg width="390" height="352" [^>]*viewBox="0 0 390 352"/, file);
    else assert.match(svg, /^<svg width="720" height="416" [^>]*viewBox="0 0 720 416"/, file);
    assert.doesNotMatch(svg, /style=/i, `${file} has a style attribute`);
    assert.doesNotMatch(svg, /<style/i, `${file} has a <style> element`);
    assert.match(svg, /<title>[^<]+<\/title>/, `${file} has no title`);
    assert.match(svg, file.includes('-zh-') ? /^<svg [^>]*xml:lang="zh-Hant"/ : /^<svg [^>]*xml:lang="en"/, file);
    // Every text carries its size and font as attributes.
    for (const tag of svg.match(/<text\b[^>]*>/g)) {
      assert.match(tag, /font-size="\d+(\.\d+)?px"/, `${file}: ${tag}`);
      assert.match(tag, /font-family="[^"]+"/, `${file}: ${tag}`);
    }
    assert.ok(sw.includes(`"${file}"`), `${file} is not precached`);
  }
});

test('the SVGs say what the charts say: "Tier 1", "9,430 檔次", and each scheme its own colours', () => {
  assert.ok(svgText(read('charts/tiers-en-light.svg')).includes('Tier 1'));
  assert.ok(svgText(read('charts/tiers-zh-light.svg')).includes('第一級'));
  // Value labels in the language's number format.
  assert.ok(svgText(read('charts/media-zh-light.svg')).includes('9,430 檔次'));
  assert.ok(svgText(read('charts/media-en-dark.svg')).includes('9,430 spots'));
  for (const file of FILES) {
    const svg = read(file);
    const scheme = file.includes('-dark') ? 'dark' : 'light';
    const [w, h] = file.endsWith('-narrow.svg') ? [390, 352] : [720, 416];
    const other = scheme === 'dark' ? 'light' : 'dark';
    const fills = (svg.match(/<text\b[^>]*>/g) ?? []).map((t) => /fill="([^"]*)"/.exec(t)?.[1]);
    assert.ok(fills.includes(TEXT[scheme]), `${file}: no text in ${TEXT[scheme]}`);
    assert.ok(!fills.includes(TEXT[other]), `${file}: text in the ${other} scheme's ${TEXT[other]}`);
    assert.match(svg, new RegExp(`<rect width="${w}" height="${h}" x="0" y="0" fill="${BACKGROUND[scheme]}"`), file);
  }
});

test('each SVG is well-formed, loads as an <img> under the CSP, and keeps its text size and font inlined', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.base + '?lang=en');
  await waitForChart(page);
  const results = await page.evaluate(async (files) => {
    const out = [];
    const box = document.createElement('div');
    document.body.append(box);
    for (const file of files) {
      const text = await (await fetch(file)).text();
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      const wellFormed = doc.getElementsByTagName('parsererror').length === 0 && root.localName === 'svg';
      const img = new Image();
      img.src = file;
      let loaded = true;
      try {
        await img.decode();
      } catch {
        loaded = false;
      }
      // Inlined: the texts' computed size and font are their attributes'.
      box.replaceChildren(document.importNode(root, true));
      const wrong = [...box.querySelectorAll('text')]
        .map((t) => {
          const css = getComputedStyle(t);
          return { want: [t.getAttribute('font-size'), t.getAttribute('font-family')], got: [css.fontSize, css.fontFamily] };
        })
        .filter(({ want, got }) => want[0] !== got[0] || want[1] !== got[1]);
      out.push({
        file,
        wellFormed,
        viewBox: root.getAttribute('viewBox'),
        loaded,
        naturalWidth: img.naturalWidth,
        naturalHeight: img.naturalHeight,
        texts: box.querySelectorAll('text').length,
        wrong: wrong.slice(0, 3),
      });
    }
    box.remove();
    return out;
  }, FILES);
  assert.equal(results.length, FILES.length);
  for (const r of results) {
    assert.ok(r.wellFormed, `${r.file} is not well-formed XML`);
    const [w, h] = r.file.endsWith('-narrow.svg') ? [390, 352] : [720, 416];
    assert.equal(r.viewBox, `0 0 ${w} ${h}`, r.file);
    assert.ok(r.loaded && r.naturalWidth === w && r.naturalHeight === h, `${r.file}: ${JSON.stringify(r)}`);
    assert.ok(r.texts > 0, `${r.file} has no text`);
    assert.deepEqual(r.wrong, [], `${r.file}: inlined text not as its attributes say`);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

/**
 * Share of pixels that differ between two screenshots (PNG buffers) of the
 * same size, compared in the page.
 */
async function pixelDifference(page, a, b) {
  return page.evaluate(async ([a, b]) => {
    const pixels = async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(0, 0, canvas.width, canvas.height);
    };
    const [pa, pb] = [await pixels(a), await pixels(b)];
    if (pa.width !== pb.width || pa.height !== pb.height) return 1;
    let differ = 0;
    for (let i = 0; i < pa.data.length; i += 4) {
      const d = Math.max(...[0, 1, 2].map((c) => Math.abs(pa.data[i + c] - pb.data[i + c])));
      if (d > 48) differ++;
    }
    return differ / (pa.width * pa.height);
  }, [a.toString('base64'), b.toString('base64')]);
}

test('an SVG looks the same as an <img> and inlined under the CSP; with style attributes it would not', async (t) => {
  const page = await newPage(site.browser);
  // A Chinese page: the English SVG keeps its own language's font inlined.
  await page.goto(site.server.base);
  await waitForChart(page);
  for (const file of ['charts/tiers-en-light.svg', 'charts/media-zh-dark.svg']) {
    const svg = read(file);
    // ECharts' own form: the size and font in a style attribute, which the CSP refuses.
    const styled = svg.replace(/ font-size="([^"]*)" font-family="([^"]*)"/g, ' style="font-size:$1;font-family:$2;"');
    assert.notEqual(styled, svg);
    await page.evaluate(
      ([file, svg, styled]) => {
        const holder = (id) => {
          const div = document.createElement('div');
          div.id = id;
          div.className = 'svg-check';
          document.body.prepend(div);
          return div;
        };
        const img = new Image(720, 416);
        img.src = file;
        holder('as-img').append(img);
        holder('inline').innerHTML = svg;
        holder('inline-styled').innerHTML = styled;
        // Whole pixels for all three (set through the CSSOM, which the CSP allows).
        document.querySelectorAll('.svg-check > *').forEach((e) => (e.style.display = 'block'));
      },
      [file, svg, styled],
    );
    await page.waitForFunction(() => document.querySelector('#as-img img').complete);
    const shot = (id) => page.locator(`#${id} svg, #${id} img`).first().screenshot();
    const asImg = await shot('as-img');
    const inline = await pixelDifference(page, asImg, await shot('inline'));
    const styledDiff = await pixelDifference(page, asImg, await shot('inline-styled'));
    t.diagnostic(`${file}: inlined vs <img> ${(inline * 100).toFixed(3)}%, styled vs <img> ${(styledDiff * 100).toFixed(2)}% of pixels differ`);
    assert.ok(inline < 0.002, `${file}: inlined differs from the <img> in ${(inline * 100).toFixed(2)}% of pixels`);
    // The check sees the difference the CSP makes to a style attribute (16 px Times).
    assert.ok(styledDiff > 0.005, `${file}: style attributes under the CSP differ in only ${(styledDiff * 100).toFixed(2)}%`);
    await page.evaluate(() => document.querySelectorAll('.svg-check').forEach((e) => e.remove()));
  }
  // The only violations are those of the styled copies, refused as expected.
  const refused = (p) => /CSP violation: style-src-attr|Applying inline style violates/.test(p);
  const unexpected = page.problems.filter((p) => !refused(p));
  assert.deepEqual(unexpected, []);
  assert.ok(page.problems.some((p) => /CSP violation: style-src-attr/.test(p)), 'the styled copies should have been refused');
  await page.context().close();
});

test('the SVG download is offered on the default view only, in the page language and scheme, and is served', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.base);
  await waitForChart(page);
  const link = (id) => page.locator(`#chart-${id} .chart-actions a[href$=".svg"]`);
  for (const id of CHARTS) {
    assert.equal(await link(id).count(), 1, id);
    assert.equal(await link(id).getAttribute('href'), `charts/${id}-zh-light.svg`);
    assert.equal(await link(id).getAttribute('download'), `${id}-zh-light.svg`);
    assert.equal((await link(id).textContent()).trim(), '向量圖（SVG）');
  }
  // The link resolves under the serving path, as an SVG image.
  const href = await link('tiers').evaluate((a) => a.href);
  assert.equal(href, site.server.base + 'charts/tiers-zh-light.svg');
  const response = await fetch(href);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^image\/svg\+xml/);
  assert.equal(await response.text(), read('charts/tiers-zh-light.svg'));
  await page.locator('#media-download > summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), link('media').click()]);
  assert.equal(download.suggestedFilename(), 'media-zh-light.svg');

  // A year: the charts show another view than their SVG.
  await openFilters(page);
  await page.locator('#year-select').selectOption('2014');
  await page.waitForFunction(() => location.search.includes('year=2014'));
  assert.equal(await page.locator('.chart-actions a[href$=".svg"]').count(), 0);
  await page.locator('#year-select').selectOption('');
  await page.waitForFunction(() => !location.search.includes('year='));
  assert.equal(await page.locator('.chart-actions a[href$=".svg"]').count(), CHARTS.length);
  assert.deepEqual(page.problems, []);
  await page.context().close();

  // English in the dark scheme: that SVG.
  const dark = await newPage(site.browser, { colorScheme: 'dark' });
  await dark.goto(site.server.base + '?lang=en');
  await waitForChart(dark);
  const tiers = dark.locator('#chart-tiers .chart-actions a[href$=".svg"]');
  assert.equal(await tiers.getAttribute('href'), 'charts/tiers-en-dark.svg');
  assert.equal((await tiers.textContent()).trim(), 'Image (SVG)');
  const res = await fetch(await tiers.evaluate((a) => a.href));
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^image\/svg\+xml/);
  assert.deepEqual(dark.problems, []);
  await dark.context().close();
});

// Draws every chart as SVG with ECharts itself (the pinned npm package),
// from the options `chart-options` wrote: `node tools/render-charts.mjs
// OPTIONS_JSON OUT_DIR` writes OUT_DIR/charts/<id>-<lang>-<scheme>.svg,
// and the default view's tables as OUT_DIR/charts/<id>[-n]-<lang>.csv.
//
// All in one process: ECharts numbers the SVG's pattern ids (zr0-p0, zr1-…)
// per process, so charts drawn in separate processes could share ids when
// two are inlined in one page.
//
// The site runs under `style-src 'self'`, which refuses the `<style>`
// element and the `style="…"` attributes ECharts writes (its text then
// falls back to 16 px Times when the SVG is inlined). So each style
// attribute becomes SVG presentation attributes (font-size, font-family,
// fill, …), and the `<style>` element, which only holds hover rules for an
// interactive chart, is dropped with the classes it targets. The data
// attributes ECharts leaves for `echarts/ssr/client` go too.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as echarts from 'echarts';

// CSS properties that are also SVG presentation attributes, which ECharts
// may write into a style attribute. Anything else is an error: it would
// need a decision, not a silent drop.
const PRESENTATION = new Set([
  'font-size', 'font-family', 'font-weight', 'font-style', 'font-variant',
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity',
  'stroke-dasharray', 'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin',
  'stroke-miterlimit', 'opacity', 'visibility', 'display', 'paint-order',
  'text-anchor', 'dominant-baseline', 'text-decoration', 'letter-spacing',
  'word-spacing',
]);

// Text widths. Node has no canvas, so ECharts estimates them (labels are
// placed, legends spaced and grids sized by them): ASCII from a table of
// Arial-like widths, anything else 1 em, which is right for CJK. The real
// sans-serif may be wider: DejaVu Sans, Linux's usual one, is 14% wider on
// average, and "Tier 2 Watch List" ran into the next legend item. This
// table, in hundredths of an em for U+0020–U+007E, is the wider of the two
// for each character (DejaVu Sans measured in Chromium's canvas), so that
// what is laid out for it fits in either font, with a little room to spare
// in the narrower one.
const ASCII_WIDTHS = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64,
  64, 64, 34, 34, 84, 84, 84, 56, 102, 68, 69, 72, 77, 67, 61, 78, 75, 29, 50, 67, 56, 86, 75, 79,
  67, 79, 72, 67, 61, 73, 68, 99, 69, 67, 69, 39, 34, 39, 84, 56, 50, 61, 63, 55, 63, 62, 35, 63,
  63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84,
];

/** Estimated width of `text` in the CSS `font` ECharts asks about. */
export function measureText(text = '', font = '12px sans-serif') {
  const size = Number(/(\d*\.?\d+)px/.exec(font)?.[1] ?? 12);
  const bold = /\b(bold|bolder|[6-9]00)\b/.test(font) ? 1.1 : 1;
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0);
    em += code >= 32 && code < 127 ? ASCII_WIDTHS[code - 32] / 100 : 1;
  }
  return { width: em * size * bold };
}

/** The attributes of a start tag's attribute text, in order. */
function attributes(text) {
  const out = [];
  const re = /([^\s=]+)(?:="([^"]*)")?/g;
  for (let m; (m = re.exec(text)); ) out.push([m[1], m[2]]);
  return out;
}

/**
 * The `font` shorthand ECharts writes for rich text (the time axis' year
 * labels: `font: normal bold 12px sans-serif`, its style, weight, size and
 * family) as the presentation attributes it stands for.
 */
export function fontLonghands(value, tag = '') {
  const m = /^((?:\S+\s+)*?)(\d*\.?\d+px)(?:\/\S+)?\s+(.+)$/.exec(value.trim());
  if (!m) throw new Error(`unreadable font "${value}" in ${tag}`);
  const out = [['font-size', m[2]], ['font-family', m[3]]];
  for (const word of m[1].trim().split(/\s+/).filter(Boolean)) {
    if (/^(italic|oblique)$/.test(word)) out.push(['font-style', word]);
    else if (/^(bold|bolder|lighter|[1-9]00)$/.test(word)) out.push(['font-weight', word]);
    else if (word !== 'normal') throw new Error(`unreadable font "${value}" in ${tag}`);
  }
  return out;
}

function escapeXml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * ECharts' SVG, safe under `style-src 'self'` and static: no `<style>`, no
 * style attribute, no hover classes or hydration data; a `<title>`, and the
 * language (`xml:lang`), which picks what `sans-serif` is and the CJK glyphs
 * (Traditional, not Japanese or Simplified forms) whether the SVG is an
 * <img>, a file or inlined in a page of another language.
 */
export function forCsp(svg, title, lang) {
  let out = svg.replace(/<style\b[^>]*>[\s\S]*?<\/style>\s*/g, '');
  out = out.replace(/<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>/g, (tag, name, attrText, selfClose) => {
    const attrs = attributes(attrText).filter(
      ([k, v]) => !k.startsWith('ecmeta_') && !(k === 'class' && /^(\s*zr\d+-cls-\d+)+\s*$/.test(v ?? '')),
    );
    const style = attrs.findIndex(([k]) => k === 'style');
    if (style >= 0) {
      const [, css] = attrs.splice(style, 1)[0];
      for (const decl of (css ?? '').split(';')) {
        const i = decl.indexOf(':');
        if (i < 0) {
          if (decl.trim()) throw new Error(`unreadable style "${css}" in ${tag}`);
          continue;
        }
        const prop = decl.slice(0, i).trim().toLowerCase();
        const value = decl.slice(i + 1).trim();
        for (const [p, v] of prop === 'font' ? fontLonghands(value, tag) : [[prop, value]]) {
          if (!PRESENTATION.has(p)) throw new Error(`style property ${p} is not a presentation attribute, in ${tag}`);
          // A style declaration wins over an attribute of the same name.
          const own = attrs.findIndex(([k]) => k === p);
          if (own >= 0) attrs[own][1] = v;
          else attrs.push([p, v]);
        }
      }
    }
    const text = attrs.map(([k, v]) => (v === undefined ? ` ${k}` : ` ${k}="${v}"`)).join('');
    return `<${name}${text}${selfClose ? '/' : ''}>`;
  });
  if (/\bstyle\s*=|<style/i.test(out)) throw new Error('a style is left in the SVG');
  return out.replace(/<svg\b([^>]*)>/, (_, attrs) => `<svg${attrs} xml:lang="${escapeXml(lang)}">\n<title>${escapeXml(title)}</title>`);
}

function main() {
  const [optionsFile, outDir, ...rest] = process.argv.slice(2);
  if (!optionsFile || !outDir || rest.length % 2 || rest.some((a, i) => i % 2 === 0 && a !== '--map')) {
    console.error('usage: node tools/render-charts.mjs OPTIONS_JSON OUT_DIR [--map NAME=GEOJSON]…');
    process.exit(2);
  }
  const started = performance.now();
  echarts.setPlatformAPI({ measureText });
  // The maps the charts draw on (the map of partners' `world`), as the page
  // registers them when a map goes live: parsed JSON, never a string.
  for (let i = 1; i < rest.length; i += 2) {
    const [name, file] = rest[i].split('=');
    echarts.registerMap(name, JSON.parse(readFileSync(file, 'utf8')));
  }
  const { width, height, charts, tables = [] } = JSON.parse(readFileSync(optionsFile, 'utf8'));
  let bytes = 0;
  for (const c of charts) {
    // Each chart at its own size where it has one (the phone-width copies).
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: c.width ?? width, height: c.height ?? height });
    try {
      const map = c.option.geo?.map;
      if (map && !echarts.getMap(map)) throw new Error(`the map "${map}" is not registered: pass --map ${map}=FILE`);
      chart.setOption(c.option);
      const svg = forCsp(chart.renderToSVGString(), c.title, c.xml_lang);
      const file = join(outDir, c.file);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, svg);
      bytes += Buffer.byteLength(svg);
    } catch (e) {
      throw new Error(`${c.file}: ${e.message}`, { cause: e });
    } finally {
      chart.dispose();
    }
  }
  // The default view's tables, as CSV beside the SVGs (the page links them).
  for (const t of tables) {
    const file = join(outDir, t.file);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, t.csv);
  }
  const ms = Math.round(performance.now() - started);
  console.log(`render-charts: ${charts.length} SVGs (${width}×${height} and phone width, ${(bytes / 1024).toFixed(1)} KB) and ${tables.length} CSV tables in ${ms} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();

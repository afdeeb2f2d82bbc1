// Checks what a built site tells the outside world (issue #20): each page's
// sharing tags, the share cards, the report page's dataset (JSON-LD),
// robots.txt and sitemap.xml.
//
//   node tools/check-sharing.mjs DIR                    (a build without SITE_URL)
//   node tools/check-sharing.mjs DIR --site-url URL     (a build with SITE_URL=URL)
//
// Without a site URL: no og:url, og:image, canonical or hreflang link, no
// absolute URL in a page's head (but the dataset's licence, another site's
// page), no sitemap.xml, robots.txt without a Sitemap line. With it: each
// of those absolute, under URL, naming a file of DIR. Either way: the tags
// every page has, a 1200 × 630 PNG card for each page, and a dataset whose
// every download names a file of DIR. make test-dist runs both (the second
// on a copy prerendered with SITE_URL). The native tests check the same
// from the prerender's own functions (src/bin/prerender.rs).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tags } from './check-links.mjs';

/** Width and height of a PNG file, or null when it is not one. */
export function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export function checkSharing(dir, siteUrl = null) {
  const root = resolve(dir);
  const errors = [];
  const pages = readdirSync(root).filter((f) => f.endsWith('.html') && f !== 'embed.html').sort();
  const fileOf = (url, where) => {
    // A URL of the site, absolute under siteUrl, or relative: the file it names.
    let path = url;
    if (siteUrl) {
      if (!url.startsWith(siteUrl)) {
        errors.push(`${where}: ${url} is not under ${siteUrl}`);
        return null;
      }
      path = url.slice(siteUrl.length);
    }
    path = path.replace(/^\.\//, '') || 'index.html';
    if (!existsSync(join(root, path)) || statSync(join(root, path)).isDirectory()) {
      errors.push(`${where}: ${url} names no file of the site`);
      return null;
    }
    return path;
  };
  const cards = new Set();
  for (const page of pages) {
    const html = readFileSync(join(root, page), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    const list = tags(head);
    const meta = (key) => list.filter((t) => t.name === 'meta' && (t.attrs.get('property') === key || t.attrs.get('name') === key)).map((t) => t.attrs.get('content'));
    const links = (rel) => list.filter((t) => t.name === 'link' && t.attrs.get('rel') === rel);
    for (const key of ['description', 'og:title', 'og:description', 'og:type', 'og:site_name', 'og:locale', 'og:locale:alternate', 'twitter:card']) {
      const values = meta(key);
      if (values.length !== 1 || !values[0]) errors.push(`${page}: ${values.length} ${key} (one, not empty)`);
    }
    const locale = meta('og:locale')[0];
    if (locale !== (/-en\.html$|^en\.html$/.test(page) ? 'en_GB' : 'zh_TW')) errors.push(`${page}: og:locale ${locale}`);
    const absolute = ['og:url', 'og:image', 'og:image:width', 'og:image:height', 'og:image:alt'];
    if (siteUrl) {
      for (const key of absolute) if (meta(key).length !== 1) errors.push(`${page}: no ${key}`);
      const own = page === 'index.html' ? siteUrl : siteUrl + page;
      if (meta('og:url')[0] !== own) errors.push(`${page}: og:url ${meta('og:url')[0]}, not ${own}`);
      const canonical = links('canonical');
      if (canonical.length !== 1 || canonical[0].attrs.get('href') !== own) errors.push(`${page}: the canonical link is not ${own}`);
      const alternates = links('alternate').map((t) => t.attrs.get('hreflang'));
      if (alternates.join() !== 'zh-Hant,en,x-default') errors.push(`${page}: hreflang alternates ${alternates.join()}`);
      for (const t of links('alternate')) fileOf(t.attrs.get('href'), `${page}: hreflang ${t.attrs.get('hreflang')}`);
      const image = meta('og:image')[0] && fileOf(meta('og:image')[0], `${page}: og:image`);
      if (image) cards.add(image);
      if (meta('twitter:card')[0] !== 'summary_large_image') errors.push(`${page}: twitter:card ${meta('twitter:card')[0]}`);
    } else {
      for (const key of absolute) if (meta(key).length) errors.push(`${page}: ${key} without SITE_URL`);
      if (links('canonical').length || links('alternate').length) errors.push(`${page}: a canonical or hreflang link without SITE_URL`);
      const outside = head.replace(/<script type="application\/ld\+json">[^]*?<\/script>/, '');
      if (/https?:\/\//.test(outside)) errors.push(`${page}: an absolute URL in its head without SITE_URL`);
    }
    // The report pages carry the dataset.
    const ld = [...head.matchAll(/<script type="application\/ld\+json">([^]*?)<\/script>/g)];
    const report = page === 'index.html' || page === 'en.html';
    if (ld.length !== (report ? 1 : 0)) errors.push(`${page}: ${ld.length} JSON-LD blocks`);
    for (const [, json] of ld) {
      let data;
      try {
        data = JSON.parse(json);
      } catch (e) {
        errors.push(`${page}: the JSON-LD does not parse: ${e.message}`);
        continue;
      }
      if (data['@type'] !== 'Dataset') errors.push(`${page}: the JSON-LD is not a Dataset`);
      const downloads = (data.distribution ?? []).map((d) => d.contentUrl);
      if (downloads.length < 8) errors.push(`${page}: ${downloads.length} downloads in the dataset`);
      for (const url of downloads) fileOf(url, `${page}: the dataset's download`);
    }
  }
  // Every card, a PNG of 1200 × 630; one per page.
  const cardDir = join(root, 'cards');
  const pngs = existsSync(cardDir) ? readdirSync(cardDir).filter((f) => f.endsWith('.png')) : [];
  if (pngs.length !== pages.length) errors.push(`${pngs.length} cards for ${pages.length} pages`);
  for (const f of pngs) {
    const size = pngSize(readFileSync(join(cardDir, f)));
    if (!size || size.width !== 1200 || size.height !== 630) errors.push(`cards/${f}: ${size ? `${size.width} × ${size.height}` : 'not a PNG'}, not 1200 × 630`);
  }
  if (siteUrl && cards.size !== pages.length) errors.push(`the pages name ${cards.size} cards, not one each`);
  // The crawlers' files.
  const robots = existsSync(join(root, 'robots.txt')) ? readFileSync(join(root, 'robots.txt'), 'utf8') : null;
  if (robots === null) errors.push('no robots.txt');
  const sitemapLine = robots?.split('\n').find((l) => l.startsWith('Sitemap:'));
  if (siteUrl) {
    if (sitemapLine !== `Sitemap: ${siteUrl}sitemap.xml`) errors.push(`robots.txt: ${sitemapLine ?? 'no Sitemap line'}`);
    const sitemap = existsSync(join(root, 'sitemap.xml')) ? readFileSync(join(root, 'sitemap.xml'), 'utf8') : '';
    const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    const expected = pages.map((p) => (p === 'index.html' ? siteUrl : siteUrl + p));
    if (locs.slice().sort().join() !== expected.slice().sort().join()) errors.push(`sitemap.xml lists ${locs.length} pages, not the ${pages.length} pages of the site`);
    if ((sitemap.match(/<xhtml:link /g) ?? []).length !== 3 * pages.length) errors.push('sitemap.xml: not three alternates a page');
  } else {
    if (sitemapLine) errors.push(`robots.txt names a sitemap without SITE_URL: ${sitemapLine}`);
    if (existsSync(join(root, 'sitemap.xml'))) errors.push('sitemap.xml without SITE_URL');
  }
  return { pages: pages.length, cards: pngs.length, errors };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, flag, siteUrl] = process.argv.slice(2);
  if (!dir || (flag && (flag !== '--site-url' || !siteUrl))) {
    console.error('usage: node tools/check-sharing.mjs DIR [--site-url URL]');
    process.exit(2);
  }
  const { pages, cards, errors } = checkSharing(dir, siteUrl ?? null);
  for (const e of errors) console.error(e);
  console.log(`check-sharing: ${pages} pages, ${cards} cards, ${siteUrl ? `absolute under ${siteUrl}` : 'relative (no SITE_URL)'}, ${errors.length} problems`);
  process.exit(errors.length ? 1 : 0);
}

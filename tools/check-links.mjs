// Checks every HTML page of a built site: each relative URL in a link,
// image, script, stylesheet, frame or the app's <meta> (href, src, srcset,
// poster, data-js, data-wasm …) names a file of the site, each #fragment an
// id of the page it points to, and no page uses an id twice. A URL from the
// site's root (`/x`) is an error too: the site is served at any path, so it
// uses relative URLs only. Links to other sites (`https:`, `mailto:`) are
// counted, not followed.
//
//   node tools/check-links.mjs DIR     (make test-dist: DIR is dist)
//
// No HTML parser: the pages are the build's own (tools/shell.mjs and
// prerender write them; no inline script or style under the CSP), so a
// tag is `<name attributes>` with quoted or bare values, comments left
// out, and entities in values decoded. tests/tools/links.test.mjs has the
// cases, broken ones among them.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The attributes whose value is a URL (`srcset`: a list of them). */
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'poster', 'action', 'data-js', 'data-wasm', 'data-src', 'data-report', 'data-text', 'xlink:href'];

const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** An attribute value with its character references decoded. */
export const decode = (value) =>
  value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (all, ref) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? all;
  });

/** The tags of an HTML text, comments left out: `{ name, attrs: Map, line }`. */
export function tags(html) {
  const text = html.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  const out = [];
  for (const m of text.matchAll(TAG)) {
    const attrs = new Map();
    for (const a of (m[2] ?? '').matchAll(ATTRIBUTE)) {
      const name = a[1].toLowerCase();
      if (!attrs.has(name)) attrs.set(name, decode(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    out.push({ name: m[1].toLowerCase(), attrs, line: text.slice(0, m.index).split('\n').length });
  }
  return out;
}

/** The URLs of one attribute's value (a `srcset` holds several). */
const urlsOf = (name, value) =>
  name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0]).filter(Boolean) : [value.trim()];

const safeDecode = (s) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** Every file below `dir`. */
function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else out.push(path);
  }
  return out;
}

/**
 * Checks the site in `dir`. Returns `{ pages, urls, external, errors }`:
 * the number of pages, of relative URLs checked, of links to other sites,
 * and the problems, each `page:line: message`.
 */
export function checkSite(dir) {
  const root = resolve(dir);
  const pages = files(root).filter((f) => f.endsWith('.html'));
  const parsed = new Map(pages.map((p) => [p, tags(readFileSync(p, 'utf8'))]));
  const ids = new Map();
  const errors = [];
  const name = (p) => relative(root, p).split(sep).join('/');
  for (const [page, list] of parsed) {
    const seen = new Map();
    for (const t of list) {
      const id = t.attrs.get('id');
      if (id === undefined) continue;
      if (seen.has(id)) errors.push(`${name(page)}:${t.line}: id "${id}" is used twice (first on line ${seen.get(id)})`);
      else seen.set(id, t.line);
    }
    ids.set(page, seen);
  }
  let urls = 0;
  let external = 0;
  for (const [page, list] of parsed) {
    for (const t of list) {
      for (const attr of URL_ATTRIBUTES) {
        const value = t.attrs.get(attr);
        if (value === undefined) continue;
        for (const url of urlsOf(attr, value)) {
          const where = `${name(page)}:${t.line}: <${t.name} ${attr}="${url}">`;
          if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url) || url.startsWith('//')) {
            external++;
            continue;
          }
          urls++;
          if (url === '') {
            errors.push(`${where}: an empty URL`);
            continue;
          }
          if (url.startsWith('/')) {
            errors.push(`${where}: not relative (the site is served at any path)`);
            continue;
          }
          const hash = url.indexOf('#');
          const fragment = hash < 0 ? null : safeDecode(url.slice(hash + 1));
          const path = safeDecode(url.slice(0, hash < 0 ? url.length : hash).split('?')[0]);
          let target = path === '' ? page : resolve(dirname(page), path);
          if (path.endsWith('/') || path === '.' || path === '..') target = join(target, 'index.html');
          if (target !== root && !target.startsWith(root + sep)) {
            errors.push(`${where}: outside the site`);
            continue;
          }
          if (!existsSync(target) || statSync(target).isDirectory()) {
            errors.push(`${where}: no file ${name(target)}`);
            continue;
          }
          if (fragment && target.endsWith('.html') && !ids.get(target)?.has(fragment)) {
            errors.push(`${where}: no id "${fragment}" in ${name(target)}`);
          }
        }
      }
    }
  }
  return { pages: pages.length, urls, external, errors };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node tools/check-links.mjs DIR');
    process.exit(2);
  }
  const { pages, urls, external, errors } = checkSite(dir);
  for (const e of errors) console.error(e);
  if (pages === 0) console.error(`check-links: no page in ${dir}`);
  console.log(`check-links: ${pages} pages, ${urls} relative URLs, ${external} links to other sites, ${errors.length} problems`);
  process.exit(errors.length || pages === 0 ? 1 : 0);
}

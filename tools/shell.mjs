// `make shell`: the page shell and its content-hashed files.
//
//   node tools/shell.mjs TEMPLATE DIST OUT [INPUT...]
//   (make: node tools/shell.mjs index.html dist target/web/site/dist/shell.html <its inputs>)
//
// Every tag of TEMPLATE marked `data-hash` names files by their path from
// TEMPLATE's folder, in `src`, `href`, `data-js` or `data-wasm`. Each file is
// copied into DIST under a name with a hash of its content, which therefore
// never changes (hosts cache it for a year; docs/hosting.md):
//
//   style/main.css                    -> main-<16 hex>.css
//   target/echarts/echarts.min.js     -> echarts.min-<16 hex>.js
//   target/web/opt/viewer_bg.wasm     -> viewer-<16 hex>_bg.wasm
//
// and the tag is pointed at the copy by a relative URL (`./main-….css`: the
// site is served under any path). A <script> or <link> also gets the file's
// `integrity` (sha384, as trunk wrote it). Older hashed copies of the same
// file are removed from DIST. The shell is written to OUT, not into DIST:
// `make prerender` renders the pages from it (dist/index.html, en.html …).
// The template's comments are not copied into the shell.
//
// It fails, naming the tag, on a file that is missing, and on what the
// site's CSP would refuse: an inline script, a <style> element or a style
// attribute.

import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The attributes that may name a file to hash. */
export const PATH_ATTRIBUTES = ['src', 'href', 'data-js', 'data-wasm'];

/** Hex digits of the content hash in a file name. */
export const HASH_LENGTH = 16;

/**
 * The content-hashed name of `file` (a base name): the hash goes before the
 * extension, or before wasm-bindgen's `_bg.wasm`, as trunk named them.
 */
export function hashedName(file, hash) {
  const m = /^(.+?)(_bg\.wasm|\.[^.]+)$/.exec(file);
  if (!m) throw new Error(`${file}: a file to hash needs an extension`);
  return `${m[1]}-${hash}${m[2]}`;
}

/** Whether `name` is a hashed copy of `file`, of any content. */
export function isHashedCopy(name, file) {
  const m = /^(.+?)(_bg\.wasm|\.[^.]+)$/.exec(file);
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escape(m[1])}-[0-9a-f]{12,16}${escape(m[2])}$`).test(name);
}

/** The hashed name and integrity of some content. */
export function digest(file, bytes) {
  const sha384 = createHash('sha384').update(bytes).digest();
  return {
    name: hashedName(file, sha384.toString('hex').slice(0, HASH_LENGTH)),
    integrity: `sha384-${sha384.toString('base64')}`,
  };
}

/** A start tag's attributes, in order: [[name, value or undefined]]. */
function attributes(text, tag) {
  const out = [];
  const re = /\s+([^\s"'=<>/]+)(?:="([^"]*)")?/y;
  let at = 0;
  for (let m; (m = re.exec(text)); at = re.lastIndex) out.push([m[1].toLowerCase(), m[2]]);
  if (text.slice(at).trim() !== '' && text.slice(at).trim() !== '/') {
    throw new Error(`${tag}: cannot read its attributes (write them as name="value")`);
  }
  return out;
}

const writeTag = (name, attrs) =>
  `<${name}${attrs.map(([k, v]) => (v === undefined ? ` ${k}` : ` ${k}="${v}"`)).join('')}>`;

/**
 * The shell from `template`: each tag marked `data-hash` pointed at the
 * hashed copies of its files. `lookup(path)` gives { name, integrity } of
 * the file at `path` (as written in the tag) or throws. Returns the HTML and
 * the files it names: [{ path, name }]. Comments are dropped.
 */
export function rewrite(template, lookup) {
  const files = [];
  const hashTag = (tag, name, attrText) => {
    if (!/\sdata-hash(?=[\s=/]|$)/.test(attrText)) return tag;
    const attrs = attributes(attrText, tag);
    const kept = attrs.filter(([k]) => k !== 'data-hash');
    const named = kept.filter(([k, v]) => PATH_ATTRIBUTES.includes(k) && v);
    if (named.length === 0) throw new Error(`${tag}: data-hash, but no ${PATH_ATTRIBUTES.join(', ')} names a file`);
    let integrity;
    for (const attr of named) {
      let found;
      try {
        found = lookup(attr[1]);
      } catch (e) {
        throw new Error(`${tag}: ${e.message}`, { cause: e });
      }
      files.push({ path: attr[1], name: found.name });
      attr[1] = `./${found.name}`;
      integrity = found.integrity;
    }
    const tagName = name.toLowerCase();
    if ((tagName === 'script' || tagName === 'link') && named.length === 1) {
      if (kept.some(([k]) => k === 'integrity')) throw new Error(`${tag}: data-hash writes the integrity; remove it`);
      kept.push(['integrity', integrity]);
    }
    return writeTag(tagName, kept);
  };
  // Comments are notes for the template's readers: not shipped, and not
  // seen by `prerender`, which finds its places by plain text search.
  const html = template
    .replace(/\n?[ \t]*<!--[\s\S]*?-->/g, '')
    .replace(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g, hashTag);
  const left = /<[^>]*\sdata-hash\b[^>]*>/.exec(html);
  if (left) throw new Error(`${left[0]}: cannot read its attributes (write them as name="value")`);
  checkCsp(html);
  return { html, files };
}

/** Throws on what `script-src 'self'; style-src 'self'` refuses. */
export function checkCsp(html) {
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\ssrc="[^"]+"/.test(m[1]) || m[2].trim() !== '') {
      throw new Error(`an inline script (the CSP refuses it): ${m[0].slice(0, 80)}`);
    }
  }
  if (/<style\b/i.test(html)) throw new Error('a <style> element (the CSP refuses it): use style/main.css');
  const attr = /<[a-zA-Z][^>]*\sstyle\s*=/.exec(html);
  if (attr) throw new Error(`a style attribute (the CSP refuses it): ${attr[0]}`);
  const handler = /<[a-zA-Z][^>]*\son[a-z]+\s*=/i.exec(html);
  if (handler) throw new Error(`an event handler attribute (the CSP refuses it): ${handler[0]}`);
}

/**
 * Builds the shell: copies the hashed files into `dist`, writes `out`. With
 * `inputs` (the Makefile passes the shell rule's list), each file the
 * template names must be one of them, so that make knows to rebuild the
 * shell when it changes.
 */
export function build(templatePath, dist, out, inputs) {
  const root = dirname(resolve(templatePath));
  if (!existsSync(templatePath)) throw new Error(`${templatePath}: no such file`);
  const template = readFileSync(templatePath, 'utf8');
  const declared = inputs && new Set(inputs.map((p) => resolve(p)));
  const found = new Map();
  const lookup = (path) => {
    const file = resolve(root, path);
    if (declared && !declared.has(file)) {
      throw new Error(`${path} is not an input of the shell in the Makefile: add it to SHELL_INPUTS`);
    }
    if (!found.has(file)) {
      if (!existsSync(file)) throw new Error(`${path} does not exist (build it first: see the Makefile)`);
      found.set(file, digest(basename(file), readFileSync(file)));
    }
    return found.get(file);
  };
  const { html, files } = rewrite(template, lookup);
  mkdirSync(dist, { recursive: true });
  const names = new Set(files.map((f) => f.name));
  for (const { path, name } of files) {
    copyFileSync(resolve(root, path), join(dist, name));
    // Older builds' copies of the same file.
    for (const old of readdirSync(dist)) {
      if (!names.has(old) && isHashedCopy(old, basename(path))) rmSync(join(dist, old));
    }
  }
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, html);
  return [...names];
}

function main() {
  const args = process.argv.slice(2);
  if (args.length < 3) {
    console.error('usage: node tools/shell.mjs TEMPLATE DIST OUT [INPUT...]   (e.g. index.html dist target/web/site/dist/shell.html)');
    process.exit(2);
  }
  try {
    const names = build(args[0], args[1], args[2], args.length > 3 ? args.slice(3) : undefined);
    console.log(`shell: ${args[2]}, and ${names.length} hashed files in ${args[1]}: ${names.join(' ')}`);
  } catch (e) {
    console.error(`shell: ${e.message}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();

// tools/check-links.mjs on small sites written here: a sound one passes,
// and each kind of break is found and named (a missing page, image, script,
// stylesheet, the app's wasm, a fragment, an id used twice, a URL from the
// root), with the page and line.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { checkSite, decode, tags } from '../../tools/check-links.mjs';

const CHECKER = new URL('../../tools/check-links.mjs', import.meta.url).pathname;

/** A site of `files` (path → content) in a new folder. */
function site(files) {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const SOUND = {
  'index.html': `<!doctype html><html lang="zh-Hant"><head>
<meta name="app" data-js="./viewer-1.js" data-wasm="./viewer-1_bg.wasm">
<link rel="stylesheet" href="./main.css"><script type="module" src="./boot.js" integrity="sha384-x"></script>
</head><body><a href="#main">skip</a><!-- <a href="gone.html"> --><main id="main">
<a href="en.html#section-%E8%B2%B3-%E4%B8%89">貳、三</a> <a href="en.html?pillar=prevention&amp;year=2014#top">en</a>
<a href="./">home</a> <a href="embed/tiers.html">embed</a> <a href="https://www.immigration.gov.tw/">agency</a>
<img src="icons/icon.svg" srcset="icons/icon.svg 1x, icons/icon.svg 2x" alt="">
<a href="data/facts.csv" download="facts.csv" title="a > b">CSV</a></main></body></html>`,
  'en.html': '<!doctype html><html lang="en"><body id="top"><h2 id="section-貳-三">3</h2></body></html>',
  'embed/tiers.html': '<!doctype html><html><body><a href="../index.html#main">report</a><img src="../icons/icon.svg" alt=""></body></html>',
  'main.css': '',
  'boot.js': '',
  'viewer-1.js': '',
  'viewer-1_bg.wasm': '',
  'icons/icon.svg': '<svg/>',
  'data/facts.csv': 'a\n',
};

/** The problems of SOUND with `changes` (a path set to `null` is left out). */
function problems(changes) {
  const files = { ...SOUND, ...changes };
  for (const [k, v] of Object.entries(files)) if (v === null) delete files[k];
  const dir = site(files);
  try {
    return checkSite(dir).errors;
  } finally {
    rmSync(dir, { recursive: true });
  }
}

test('a sound site passes, every kind of URL counted', () => {
  const dir = site(SOUND);
  try {
    const r = checkSite(dir);
    assert.deepEqual(r.errors, []);
    assert.equal(r.pages, 3);
    assert.equal(r.external, 1);
    assert.equal(r.urls, 15);
    const out = execFileSync('node', [CHECKER, dir], { encoding: 'utf8' });
    assert.match(out, /3 pages, 15 relative URLs, 1 links to other sites, 0 problems/);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('a missing file is named with its page and line', () => {
  assert.deepEqual(problems({ 'data/facts.csv': null }), ['index.html:8: <a href="data/facts.csv">: no file data/facts.csv']);
  assert.deepEqual(problems({ 'icons/icon.svg': null }).length, 4, 'the img, both srcset entries, the embed page\'s img');
  assert.match(problems({ 'main.css': null })[0], /^index\.html:3: <link href="\.\/main\.css">: no file main\.css$/);
  assert.match(problems({ 'boot.js': null })[0], /<script src="\.\/boot\.js">: no file boot\.js/);
  assert.match(problems({ 'viewer-1_bg.wasm': null })[0], /<meta data-wasm="\.\/viewer-1_bg\.wasm">: no file/);
  assert.match(problems({ 'embed/tiers.html': null })[0], /<a href="embed\/tiers\.html">: no file embed\/tiers\.html/);
});

test('a fragment must be an id of its page', () => {
  assert.deepEqual(problems({ 'en.html': '<body id="top"></body>' }), [
    'index.html:5: <a href="en.html#section-%E8%B2%B3-%E4%B8%89">: no id "section-貳-三" in en.html',
  ]);
  assert.match(problems({ 'embed/tiers.html': '<a href="../index.html#mian">x</a>' })[0], /embed\/tiers\.html:1: .*no id "mian" in index\.html/);
  assert.match(problems({ 'en.html': '<body id="top"><a href="#nowhere">x</a><h2 id="section-貳-三"></h2></body>' })[0], /en\.html:1: .*no id "nowhere" in en\.html/);
});

test('an id used twice on a page is an error, on two pages it is not', () => {
  assert.deepEqual(problems({ 'en.html': '<body id="top">\n<h2 id="section-貳-三"></h2>\n<p id="top"></p></body>' }), [
    'en.html:3: id "top" is used twice (first on line 1)',
  ]);
  assert.deepEqual(problems({ 'embed/tiers.html': '<main id="main"><a href="../index.html#main">x</a></main>' }), []);
});

test('a URL from the root, an empty one, or one out of the site is an error', () => {
  assert.match(problems({ 'en.html': '<body id="top"><h2 id="section-貳-三"></h2><img src="/icons/icon.svg"></body>' })[0], /not relative/);
  assert.match(problems({ 'en.html': '<body id="top"><h2 id="section-貳-三"></h2><a href="">x</a></body>' })[0], /an empty URL/);
  assert.match(problems({ 'embed/tiers.html': '<a href="../../etc/passwd">x</a>' })[0], /outside the site/);
});

test('the CLI fails on a broken site', () => {
  const dir = site({ ...SOUND, 'index.html': SOUND['index.html'].replace('./main.css', './mian.css') });
  try {
    assert.throws(() => execFileSync('node', [CHECKER, dir], { stdio: 'pipe' }), (e) => e.status === 1 && /no file mian\.css/.test(e.stderr));
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('tags: quoted values with > inside, entities, comments left out', () => {
  const t = tags('<!-- <a href="x"> --><a title="a > b" href="p.html?a=1&amp;b=&#x32;" data-x=\'q\'>');
  assert.equal(t.length, 1);
  assert.equal(t[0].attrs.get('href'), 'p.html?a=1&b=2');
  assert.equal(t[0].attrs.get('title'), 'a > b');
  assert.equal(t[0].attrs.get('data-x'), 'q');
  assert.equal(decode('&lt;&#39;&unknown;'), "<'&unknown;");
});

// tools/shell.mjs: content-hashed names, the shell's tags, and its errors
// (`make test-tools`; no browser, no build needed).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, checkCsp, digest, hashedName, isHashedCopy, rewrite } from '../../tools/shell.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const H = '0123456789abcdef';

test('the hash goes before the extension, or before _bg.wasm', () => {
  assert.equal(hashedName('main.css', H), `main-${H}.css`);
  assert.equal(hashedName('echarts.min.js', H), `echarts.min-${H}.js`);
  assert.equal(hashedName('viewer.js', H), `viewer-${H}.js`);
  assert.equal(hashedName('viewer_bg.wasm', H), `viewer-${H}_bg.wasm`);
  assert.throws(() => hashedName('LICENSE', H), /needs an extension/);
});

test('names match the caching rule of docs/hosting.md and tools/nginx.conf.in', () => {
  const conf = readFileSync(join(ROOT, 'tools/nginx.conf.in'), 'utf8');
  const rule = new RegExp(/"~(-\[0-9a-f\]\{12,16\}[^"]*)"/.exec(conf)[1]);
  for (const file of ['main.css', 'echarts.min.js', 'viewer.js', 'viewer_bg.wasm', 'boot.js', 'icon.svg']) {
    const { name } = digest(file, Buffer.from(file));
    assert.match(name, rule, name);
  }
});

test('the hash and the integrity are of the content', () => {
  const a = digest('boot.js', Buffer.from('console.log(1)'));
  assert.equal(a.integrity, `sha384-${createHash('sha384').update('console.log(1)').digest('base64')}`);
  assert.match(a.name, /^boot-[0-9a-f]{16}\.js$/);
  assert.deepEqual(digest('boot.js', Buffer.from('console.log(1)')), a);
  assert.notEqual(digest('boot.js', Buffer.from('console.log(2)')).name, a.name);
});

test('a hashed copy of a file is known by its name alone', () => {
  assert.ok(isHashedCopy(`viewer-${H}.js`, 'viewer.js'));
  assert.ok(isHashedCopy('viewer-6798269462dc1ae_bg.wasm', 'viewer_bg.wasm'), 'trunk wrote 15 digits');
  assert.ok(isHashedCopy(`echarts.min-${H}.js`, 'echarts.min.js'));
  assert.ok(!isHashedCopy(`viewer-${H}_bg.wasm`, 'viewer.js'));
  assert.ok(!isHashedCopy(`viewer-${H}.js`, 'viewer_bg.wasm'));
  assert.ok(!isHashedCopy('echarts-minimal.js', 'echarts.min.js'));
  assert.ok(!isHashedCopy('embed-host.js', 'embed.js'));
});

const fake = (path) => ({ name: hashedName(path.split('/').pop(), H), integrity: `sha384-of-${path}` });

test('each marked tag points at its hashed copy, with its integrity; the rest is left alone', () => {
  const template = [
    '<head>',
    '  <!-- a note -->',
    '  <link rel="icon" href="public/icons/icon.svg" data-hash>',
    '  <link rel="manifest" href="manifest.webmanifest">',
    '  <meta name="app" data-js="t/viewer.js" data-wasm="t/viewer_bg.wasm" data-hash>',
    '  <script src="t/echarts.min.js" defer data-hash></script>',
    '  <script type="module" src="public/boot.js" data-hash></script>',
    '  <link rel="preload" href="t/viewer_bg.wasm" as="fetch" type="application/wasm" crossorigin="anonymous" data-hash>',
    '</head>',
  ].join('\n');
  const { html, files } = rewrite(template, fake);
  assert.equal(
    html,
    [
      '<head>',
      `  <link rel="icon" href="./icon-${H}.svg" integrity="sha384-of-public/icons/icon.svg">`,
      '  <link rel="manifest" href="manifest.webmanifest">',
      `  <meta name="app" data-js="./viewer-${H}.js" data-wasm="./viewer-${H}_bg.wasm">`,
      `  <script src="./echarts.min-${H}.js" defer integrity="sha384-of-t/echarts.min.js"></script>`,
      `  <script type="module" src="./boot-${H}.js" integrity="sha384-of-public/boot.js"></script>`,
      `  <link rel="preload" href="./viewer-${H}_bg.wasm" as="fetch" type="application/wasm" crossorigin="anonymous" integrity="sha384-of-t/viewer_bg.wasm">`,
      '</head>',
    ].join('\n'),
  );
  assert.deepEqual(
    files.map((f) => f.path),
    ['public/icons/icon.svg', 't/viewer.js', 't/viewer_bg.wasm', 't/echarts.min.js', 'public/boot.js', 't/viewer_bg.wasm'],
  );
});

test('the project shell: what prerender, boot.js and the tests read from it', () => {
  const { html } = rewrite(readFileSync(join(ROOT, 'index.html'), 'utf8'), fake);
  assert.ok(!html.includes('<!--'), 'no comments');
  for (const [, url] of html.matchAll(/(?:src|href|data-js|data-wasm)="([^"]*)"/g)) {
    assert.ok(!/^(target|public|style)\//.test(url), `${url}: a source path`);
  }
  assert.match(html, new RegExp(`<meta name="app" data-js="\\./viewer-${H}\\.js" data-wasm="\\./viewer-${H}_bg\\.wasm">`));
  assert.match(html, new RegExp(`<link rel="stylesheet" href="\\./main-${H}\\.css" integrity="sha384-[^"]+">`));
  assert.match(html, new RegExp(`<link rel="icon" href="\\./icon-${H}\\.svg" integrity="sha384-[^"]+">`));
  // async: boot.js runs as soon as it arrives, so that a first touch is held.
  assert.match(html, new RegExp(`<script type="module" src="\\./boot-${H}\\.js" async integrity="sha384-[^"]+"></script>`));
  // Nothing is fetched ahead of the first paint: boot.js starts the wasm when it is needed.
  assert.ok(!/rel="(modulepreload|preload)"/.test(html), 'no preload');
  // prerender's defer_echarts: the first "echarts.min" is the script's src, which has an integrity.
  const at = html.indexOf('echarts.min');
  const tag = html.slice(html.lastIndexOf('<script', at), html.indexOf('</script>', at));
  assert.match(tag, new RegExp(`^<script src="\\./echarts\\.min-${H}\\.js" defer integrity="sha384-[^"]+">$`));
  // prerender's page(): one app element, one title, one noscript.
  for (const s of ['<div id="app">', '<title>', '<noscript>', '<html lang="zh-Hant">']) {
    assert.equal(html.split(s).length, 2, s);
  }
});

test('what the CSP refuses fails the build', () => {
  assert.throws(() => checkCsp('<script>alert(1)</script>'), /inline script/);
  assert.throws(() => checkCsp('<script type="module">import "./a.js"</script>'), /inline script/);
  assert.throws(() => checkCsp('<style>p{}</style>'), /<style> element/);
  assert.throws(() => checkCsp('<p style="color:red">'), /style attribute/);
  assert.throws(() => checkCsp('<img src="a.png" onload="x()">'), /event handler/);
  checkCsp('<script src="./a.js" defer></script><p class="status">');
  assert.throws(() => rewrite('<script src="a.js" data-hash>x()</script>', fake), /inline script/);
});

test('a tag it cannot read, or one with nothing to hash, is an error', () => {
  assert.throws(() => rewrite("<link rel='icon' href='a.svg' data-hash>", fake), /cannot read/);
  assert.throws(() => rewrite('<link rel="icon" data-hash>', fake), /no src, href, data-js, data-wasm names a file/);
  assert.throws(() => rewrite('<script src="a.js" integrity="sha384-x" data-hash></script>', fake), /writes the integrity/);
});

test('build copies the hashed files, removes older copies, writes the shell; a missing file is named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shell-test-'));
  try {
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src/main.css'), 'p { margin: 0 }');
    writeFileSync(join(dir, 'src/boot.js'), 'export {}');
    writeFileSync(join(dir, 'index.html'), '<link rel="stylesheet" href="src/main.css" data-hash>\n<script type="module" src="src/boot.js" data-hash></script>\n');
    const dist = join(dir, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'main-aaaaaaaaaaaaaaaa.css'), 'old');
    writeFileSync(join(dist, 'boot-bbbbbbbbbbbbbbb.js'), 'old');
    writeFileSync(join(dist, 'embed-host.js'), 'kept');
    const out = join(dir, 'web/shell.html');

    const names = build(join(dir, 'index.html'), dist, out);
    const css = digest('main.css', Buffer.from('p { margin: 0 }')).name;
    const js = digest('boot.js', Buffer.from('export {}')).name;
    assert.deepEqual(names.sort(), [js, css].sort());
    assert.deepEqual(readdirSync(dist).sort(), [js, 'embed-host.js', css].sort());
    assert.equal(readFileSync(join(dist, css), 'utf8'), 'p { margin: 0 }');
    assert.match(readFileSync(out, 'utf8'), new RegExp(`href="\\./${css}" integrity="sha384-`));
    // Nothing changed: the same names again.
    assert.deepEqual(build(join(dir, 'index.html'), dist, out).sort(), names.sort());

    // The Makefile's list of the shell's inputs must name every file.
    assert.throws(
      () => build(join(dir, 'index.html'), dist, out, [join(dir, 'src/main.css')]),
      /src\/boot\.js is not an input of the shell in the Makefile: add it to SHELL_INPUTS/,
    );
    build(join(dir, 'index.html'), dist, out, [join(dir, 'src/main.css'), join(dir, 'src/boot.js')]);

    rmSync(join(dir, 'src/boot.js'));
    assert.throws(() => build(join(dir, 'index.html'), dist, out), /<script type="module" src="src\/boot\.js" data-hash>: src\/boot\.js does not exist/);
    const cli = spawnSync(process.execPath, [join(ROOT, 'tools/shell.mjs'), join(dir, 'index.html'), dist, out], { encoding: 'utf8' });
    assert.equal(cli.status, 1);
    assert.match(cli.stderr, /^shell: .*src\/boot\.js does not exist/);
    assert.ok(existsSync(join(dist, js)), 'a failed build removes nothing');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

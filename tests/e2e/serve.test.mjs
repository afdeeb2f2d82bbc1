// `make serve` as a host: the command the Makefile runs (tools/serve.mjs,
// nginx from tools/nginx.conf.in) started on a free port, and the headers
// docs/hosting.md asks for checked over HTTP.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CSP, DIST, freePort } from './support.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const IMMUTABLE = 'public, max-age=31536000, immutable';
const wasm = readdirSync(DIST).find((f) => f.endsWith('_bg.wasm'));
const echarts = readdirSync(DIST).find((f) => /^echarts.*\.js$/.test(f));

/** The command `make serve` runs, as make prints it (`make -n`), for `vars`. */
function serveCommand(vars) {
  const out = execFileSync('make', ['-s', '-n', 'serve', ...vars], { cwd: ROOT, encoding: 'utf8' });
  const line = out.split('\n').find((l) => l.startsWith('node tools/serve.mjs'));
  assert.ok(line, `make serve runs no tools/serve.mjs:\n${out}`);
  return line.trim().split(/\s+/);
}

/** Starts `make serve`'s command with PORT (and PREFIX); resolves when it answers. */
async function serve(prefix) {
  const port = await freePort();
  const [cmd, ...args] = serveCommand([`PORT=${port}`, ...(prefix ? [`PREFIX=${prefix}`] : [])]);
  const proc = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const origin = `http://127.0.0.1:${port}`;
  const until = Date.now() + 10000;
  for (;;) {
    try {
      await get(origin + (prefix ?? '/'));
      break;
    } catch (e) {
      if (Date.now() > until || proc.exitCode !== null) throw new Error(`make serve's command did not answer on ${port}: ${e.message}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { origin, proc, port };
}

/** One GET; the body as sent (not decompressed). */
function get(url, headers = {}) {
  return new Promise((ok, fail) => {
    const req = request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

let atRoot;
let atPath;

before(async () => {
  atRoot = await serve();
  atPath = await serve('/report/');
});

after(async () => {
  for (const s of [atRoot, atPath]) {
    if (s && s.proc.exitCode === null) {
      const exited = new Promise((r) => s.proc.once('exit', r));
      s.proc.kill('SIGTERM');
      await exited;
    }
  }
});

test('make serve runs tools/serve.mjs with PORT and PREFIX', () => {
  assert.deepEqual(serveCommand(['PORT=9123']), ['node', 'tools/serve.mjs', '--port', '9123', '--prefix', '/']);
  assert.deepEqual(serveCommand(['PORT=9123', 'PREFIX=/report/']).slice(-2), ['--prefix', '/report/']);
});

test('index.html: 200, the CSP, no-cache', async () => {
  for (const url of [atRoot.origin + '/', atRoot.origin + '/index.html', atRoot.origin + '/?lang=en']) {
    const r = await get(url);
    assert.equal(r.status, 200, url);
    assert.match(r.headers['content-type'], /^text\/html/);
    assert.equal(r.headers['content-security-policy'], CSP, url);
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
    assert.equal(r.headers['cache-control'], 'no-cache', url);
    assert.equal(r.body.toString(), readFileSync(resolve(DIST, 'index.html'), 'utf8'));
  }
});

test('the wasm: application/wasm, gzip when asked, immutable', async () => {
  const raw = readFileSync(resolve(DIST, wasm));
  const plain = await get(`${atRoot.origin}/${wasm}`);
  assert.equal(plain.status, 200);
  assert.equal(plain.headers['content-type'], 'application/wasm');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.headers['cache-control'], IMMUTABLE);
  assert.ok(plain.body.equals(raw));

  const gz = await get(`${atRoot.origin}/${wasm}`, { 'accept-encoding': 'gzip' });
  assert.equal(gz.status, 200);
  assert.equal(gz.headers['content-type'], 'application/wasm');
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.equal(gz.headers['cache-control'], IMMUTABLE);
  assert.match(gz.headers.vary ?? '', /Accept-Encoding/i);
  assert.ok(gz.body.length < raw.length / 2, `gzip ${gz.body.length} B of ${raw.length} B`);
  assert.ok(gunzipSync(gz.body).equals(raw));
});

test('caching: hashed names immutable, everything else no-cache; types', async () => {
  const cases = [
    [echarts, IMMUTABLE, /^application\/javascript/],
    ['sw.js', 'no-cache', /^application\/javascript/],
    ['embed.html', 'no-cache', /^text\/html/],
    ['embed-host.js', 'no-cache', /^application\/javascript/],
    ['data/report.json', 'no-cache', /^application\/json/],
    ['data/facts.csv', 'no-cache', /^text\/csv/],
    ['manifest.webmanifest', 'no-cache', /^application\/manifest\+json/],
  ];
  for (const f of readdirSync(DIST)) {
    if (/^(viewer|boot|main|icon)-[0-9a-f]+\.(js|css|svg)$/.test(f)) cases.push([f, IMMUTABLE, /./]);
  }
  assert.ok(cases.length >= 11, 'the hashed viewer, boot, CSS and icon files are there');
  for (const [file, cache, type] of cases) {
    const r = await get(`${atRoot.origin}/${file}`, { 'accept-encoding': 'gzip' });
    assert.equal(r.status, 200, file);
    assert.equal(r.headers['cache-control'], cache, file);
    assert.match(r.headers['content-type'], type, file);
    assert.equal(r.headers['content-security-policy'], CSP, file);
  }
  // A missing file is not cached for a year, whatever its name.
  const missing = await get(`${atRoot.origin}/viewer-0123456789abcdef_bg.wasm`);
  assert.equal(missing.status, 404);
  assert.notEqual(missing.headers['cache-control'], IMMUTABLE);
});

test('PREFIX serves the site under a sub-path', async () => {
  const page = await get(atPath.origin + '/report/');
  assert.equal(page.status, 200);
  assert.equal(page.headers['content-security-policy'], CSP);
  assert.equal(page.headers['cache-control'], 'no-cache');
  const w = await get(`${atPath.origin}/report/${wasm}`);
  assert.equal(w.status, 200);
  assert.equal(w.headers['content-type'], 'application/wasm');
  assert.equal(w.headers['cache-control'], IMMUTABLE);
  const bare = await get(atPath.origin + '/report');
  assert.equal(bare.status, 301);
  assert.equal(bare.headers.location, '/report/');
  assert.equal((await get(atPath.origin + '/index.html')).status, 404);
});

test('the same policy in public/_headers, for hosts that read it', () => {
  const headers = readFileSync(resolve(ROOT, 'public/_headers'), 'utf8');
  assert.ok(headers.includes(`Content-Security-Policy: ${CSP}\n`));
});

test('a signal stops the server and it cleans up', async () => {
  const s = await serve();
  const exited = new Promise((r) => s.proc.once('exit', (code) => r(code)));
  s.proc.kill('SIGINT');
  assert.equal(await exited, 0);
  await assert.rejects(get(`${s.origin}/`));
});

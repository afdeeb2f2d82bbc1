// `make serve` as a host: the command the Makefile runs (tools/serve.mjs,
// nginx from tools/nginx.conf.in) started on a free port, and the headers
// docs/hosting.md asks for checked over HTTP.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ENCODINGS } from '../../tools/compress.mjs';
import { CSP, DIST, freePort, startServer } from './support.mjs';
import { brotliMissing, spawnNginx } from '../../tools/serve.mjs';

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

/** Starts `make serve`'s command with PORT (and PREFIX, and `more` arguments); resolves when it answers. */
async function serve(prefix, more = []) {
  const port = await freePort();
  const [cmd, ...args] = serveCommand([`PORT=${port}`, ...(prefix ? [`PREFIX=${prefix}`] : [])]);
  const proc = spawn(cmd, [...args, ...more], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
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

/** Stops a server started by `serve`. */
async function stop(s) {
  if (s && s.proc.exitCode === null) {
    const exited = new Promise((r) => s.proc.once('exit', r));
    s.proc.kill('SIGTERM');
    await exited;
  }
}

let atRoot;
let atPath;

before(async () => {
  atRoot = await serve();
  atPath = await serve('/report/');
});

after(async () => {
  for (const s of [atRoot, atPath]) await stop(s);
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

// `make compress` wrote NAME.br and NAME.gz beside these (and every other
// text file); nginx sends them as they are.
const PRECOMPRESSED = [wasm, 'index.html', 'en.html', echarts, 'data/report.json', 'data/text.json', 'sw.js'];

/** Checks that `r` is `file` sent as its precompressed copy in `encoding`. */
function assertPrecompressed(r, file, encoding) {
  const raw = readFileSync(resolve(DIST, file));
  const copy = readFileSync(resolve(DIST, `${file}.${encoding === 'br' ? 'br' : 'gz'}`));
  assert.equal(r.status, 200, file);
  assert.equal(r.headers['content-encoding'], encoding, file);
  assert.match(r.headers.vary ?? '', /Accept-Encoding/i, file);
  assert.equal(Number(r.headers['content-length']), copy.length, file);
  assert.ok(r.body.equals(copy), `${file}: not the ${encoding} copy of make compress`);
  const decoded = encoding === 'br' ? brotliDecompressSync(r.body) : gunzipSync(r.body);
  assert.ok(decoded.equals(raw), `${file}: ${encoding} does not decompress to the file`);
}

test('brotli when the client accepts it: the .br copy, decompressing to exactly the file', async (t) => {
  const types = { [wasm]: 'application/wasm', 'index.html': 'text/html', 'en.html': 'text/html', 'sw.js': 'application/javascript' };
  const sizes = [];
  for (const file of PRECOMPRESSED) {
    // What Chromium sends, and brotli alone.
    for (const accept of ['gzip, deflate, br, zstd', 'br']) {
      const r = await get(`${atRoot.origin}/${file}`, { 'accept-encoding': accept });
      assertPrecompressed(r, file, 'br');
      assert.match(r.headers['content-type'], new RegExp(`^${types[file] ?? '(application/(json|javascript))'}`), file);
      assert.equal(r.headers['content-security-policy'], CSP, file);
    }
    sizes.push(`${file} ${readFileSync(resolve(DIST, file)).length} -> ${readFileSync(resolve(DIST, `${file}.br`)).length} B`);
  }
  assert.equal((await get(`${atRoot.origin}/${wasm}`, { 'accept-encoding': 'br' })).headers['cache-control'], IMMUTABLE);
  // The site's own path, and under a sub-path.
  const page = await get(`${atRoot.origin}/`, { 'accept-encoding': 'br' });
  assertPrecompressed(page, 'index.html', 'br');
  assertPrecompressed(await get(`${atPath.origin}/report/`, { 'accept-encoding': 'br' }), 'index.html', 'br');
  assertPrecompressed(await get(`${atPath.origin}/report/${wasm}`, { 'accept-encoding': 'gzip, br' }), wasm, 'br');
  // Smaller than gzip, for each.
  for (const file of PRECOMPRESSED) {
    assert.ok(readFileSync(resolve(DIST, `${file}.br`)).length < readFileSync(resolve(DIST, `${file}.gz`)).length, file);
  }
  t.diagnostic(`brotli: ${sizes.join('; ')}`);
});

test('gzip when the client accepts gzip only: the .gz copy; nothing encoded when it accepts neither', async () => {
  for (const file of PRECOMPRESSED) {
    for (const accept of ['gzip', 'gzip, deflate', 'br;q=0, gzip']) {
      assertPrecompressed(await get(`${atRoot.origin}/${file}`, { 'accept-encoding': accept }), file, 'gzip');
    }
    const plain = await get(`${atRoot.origin}/${file}`, { 'accept-encoding': 'identity' });
    assert.equal(plain.headers['content-encoding'], undefined, file);
    assert.ok(plain.body.equals(readFileSync(resolve(DIST, file))), file);
  }
});

test('every text file and the wasm has its copies (where smaller), and the service worker lists none of them', async () => {
  const files = (sub = '') =>
    readdirSync(join(DIST, sub), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(sub, e.name)) : [join(sub, e.name)]));
  const all = files();
  const text = all.filter((f) => /\.(html|js|css|json|csv|md|svg|webmanifest|txt|wasm)$/.test(f));
  assert.ok(text.length > 100, `${text.length} files`);
  // A copy that would not be smaller than its file is left out
  // (tools/compress.mjs, whose own compression decides): a few bytes of
  // text, e.g. a short chart CSV.
  // A copy there is smaller than its file; a copy left out is one the
  // compression would not make smaller (compressed here to see).
  for (const f of text) {
    const raw = readFileSync(join(DIST, f));
    for (const { suffix, compress } of ENCODINGS) {
      const copy = `${f}${suffix}`;
      const smaller = all.includes(copy) ? statSync(join(DIST, copy)).size < raw.length : (await compress(raw)).length < raw.length;
      assert.equal(all.includes(copy), smaller, `${f}: a ${suffix} copy exactly when it is smaller`);
    }
  }
  assert.ok(text.filter((f) => all.includes(`${f}.br`) && all.includes(`${f}.gz`)).length > 100, 'nearly every text file has both');
  assert.ok(!all.some((f) => /\.png\.(br|gz)$/.test(f)), 'no copies of the PNG icons');
  const precached = JSON.parse(readFileSync(join(DIST, 'sw.js'), 'utf8').match(/const PRECACHE = (\[[^]*?\]);/)[1]).map((e) => e.url);
  assert.deepEqual(precached.filter((u) => /\.(br|gz)$/.test(u)), []);
  assert.ok(precached.includes('index.html') && precached.includes(wasm));
});

test('--no-gzip sends no gzip at all (no .gz copy, nothing on the fly); --no-brotli no .br', async () => {
  const noGzip = await serve(undefined, ['--no-gzip']);
  const noBrotli = await serve(undefined, ['--no-brotli']);
  try {
    for (const file of [wasm, 'index.html', 'data/report.json']) {
      const raw = readFileSync(resolve(DIST, file));
      const r = await get(`${noGzip.origin}/${file}`, { 'accept-encoding': 'gzip, deflate' });
      assert.equal(r.headers['content-encoding'], undefined, file);
      assert.ok(r.body.equals(raw), file);
      assertPrecompressed(await get(`${noGzip.origin}/${file}`, { 'accept-encoding': 'gzip, br' }), file, 'br');

      assertPrecompressed(await get(`${noBrotli.origin}/${file}`, { 'accept-encoding': 'gzip, br' }), file, 'gzip');
      const b = await get(`${noBrotli.origin}/${file}`, { 'accept-encoding': 'br' });
      assert.equal(b.headers['content-encoding'], undefined, file);
      assert.ok(b.body.equals(raw), file);
    }
  } finally {
    await stop(noGzip);
    await stop(noBrotli);
  }
});

test('a file without copies is gzipped on the fly; without the brotli module nginx still serves, gzip only', async () => {
  // A site with no copies but those of index.html.
  const root = mkdtempSync(join(tmpdir(), 'viewer-nocopies-'));
  mkdirSync(join(root, 'data'));
  for (const f of ['index.html', 'index.html.br', 'index.html.gz', 'data/report.json']) cpSync(join(DIST, f), join(root, f));
  const raw = readFileSync(join(root, 'data/report.json'));
  const server = await startServer('/', { root });
  try {
    const r = await get(`${server.origin}/data/report.json`, { 'accept-encoding': 'gzip, br' });
    assert.equal(r.headers['content-encoding'], 'gzip');
    assert.match(r.headers.vary ?? '', /Accept-Encoding/i);
    assert.ok(gunzipSync(r.body).equals(raw));
    assert.ok(!r.body.equals(readFileSync(join(DIST, 'data/report.json.gz'))), 'compressed on the fly, not a copy');
  } finally {
    await server.stop();
  }

  // The module's file missing: a warning, and gzip for a client that asks for both.
  const brotliModule = join(root, 'no-such-module.so');
  assert.match(brotliMissing({ brotliModule }), /not found: serving gzip only.*libnginx-mod-http-brotli-static/);
  assert.equal(brotliMissing({ brotliModule, brotli: false }), null);
  assert.equal(brotliMissing(), null, 'the module is installed here (make setup-apt)');
  const dir = mkdtempSync(join(tmpdir(), 'viewer-nobrotli-'));
  const port = await freePort();
  const warnings = [];
  const warn = console.error;
  console.error = (...args) => warnings.push(args.join(' '));
  let proc;
  try {
    proc = spawnNginx({ dir, port, root, brotliModule }, { stdio: ['ignore', 'ignore', 'inherit'] });
  } finally {
    console.error = warn;
  }
  try {
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /^serve: warning: .*no-such-module\.so not found/);
    let page;
    for (const until = Date.now() + 10000; !page; ) {
      page = await get(`http://127.0.0.1:${port}/index.html`, { 'accept-encoding': 'gzip, br' }).catch((e) => {
        if (Date.now() > until) throw e;
        return new Promise((r) => setTimeout(r, 100));
      });
    }
    assertPrecompressed(page, 'index.html', 'gzip');
  } finally {
    await new Promise((r) => {
      proc.once('exit', r);
      proc.kill('SIGQUIT');
    });
    rmSync(dir, { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  }
});

test('caching: hashed names immutable, everything else no-cache; types', async () => {
  const cases = [
    [echarts, IMMUTABLE, /^application\/javascript/],
    ['sw.js', 'no-cache', /^application\/javascript/],
    ['embed.html', 'no-cache', /^text\/html/],
    ['embed-host.js', 'no-cache', /^application\/javascript/],
    ['data/report.json', 'no-cache', /^application\/json/],
    ['data/facts.csv', 'no-cache', /^text\/csv/],
    ['data/facts.xlsx', 'no-cache', /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet$/],
    ['data/datapackage.json', 'no-cache', /^application\/json/],
    ['manifest.webmanifest', 'no-cache', /^application\/manifest\+json/],
    // The share cards and robots.txt (sitemap.xml is written only with SITE_URL).
    ['cards/report-zh.png', 'no-cache', /^image\/png$/],
    ['cards/tiers-en.png', 'no-cache', /^image\/png$/],
    ['robots.txt', 'no-cache', /^text\/plain/],
  ];
  for (const f of readdirSync(DIST)) {
    if (/^(viewer|boot|main|icon)-[0-9a-f]+\.(js|css|svg)$/.test(f)) cases.push([f, IMMUTABLE, /./]);
  }
  // The charts' views: their folder is named by a hash of them.
  const [views] = readdirSync(join(DIST, 'views'));
  assert.match(views, /^[0-9a-f]{16}$/);
  cases.push([`views/${views}/tiers-2012-en.json`, IMMUTABLE, /^application\/json/]);
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

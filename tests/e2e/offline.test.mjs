// Offline after the first visit, and a new build picked up after an update.
// The worker keeps what the page loaded at once, the rest of the report in
// the reader's language and colour scheme only once the reader has touched
// the page (or stayed 30 s), and nothing else (public/sw.js).
// Two builds are made from dist/: the second with changed data, its pages
// prerendered from it, its precache list and its .br and .gz copies written
// again by the same tools `make dist` uses (nginx sends the copies: a stale
// sw.js.br would hide the second build). An update
// downloads only the files whose content changed (nginx's access log counts
// what crossed the network).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, symlinkSync, rmSync, utimesSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer, launch, newPage, waitForChart, DIST } from './support.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
let server;
let browser;
let dir;

function cargoBin(name, ...args) {
  execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', name, '--', ...args], { cwd: ROOT, stdio: 'inherit' });
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'viewer-offline-'));
  cpSync(DIST, join(dir, 'v1'), { recursive: true });
  cpSync(DIST, join(dir, 'v2'), { recursive: true });
  const data = JSON.parse(readFileSync(join(dir, 'v2/data/report.json'), 'utf8'));
  data.meta.publisher.en += ' (second build)';
  writeFileSync(join(dir, 'v2/data/report.json'), JSON.stringify(data, null, 2));
  cargoBin('export-data', join(dir, 'v2/data'), join(dir, 'v2'));
  // Its pages prerendered from the new data, as `make prerender` does.
  for (const page of ['index.html', 'embed.html']) cpSync(join(ROOT, 'target/web/site/dist/shell.html'), join(dir, 'v2', page));
  cargoBin('prerender', join(dir, 'v2/data'), join(dir, 'v2'));
  cargoBin('precache', join(ROOT, 'public/sw.js'), join(dir, 'v2'));
  execFileSync(process.execPath, [join(ROOT, 'tools/compress.mjs'), join(dir, 'v2')], { stdio: 'inherit' });
  // Real builds are minutes apart; these two are not. Date the first build's
  // files an hour back, so that the Last-Modified (and ETag) of each changed
  // file differs from the second's: a same-second pair of the same size
  // answers the browser's revalidation with 304. nginx dates a file sent as
  // its .br or .gz copy by the copy, so the copies too.
  const hourAgo = new Date(Date.now() - 3600 * 1000);
  for (const f of readdirSync(join(dir, 'v1'), { recursive: true })) utimesSync(join(dir, 'v1', f), hourAgo, hourAgo);
  symlinkSync(join(dir, 'v1'), join(dir, 'current'));
  server = await startServer('/report/', { root: join(dir, 'current'), accessLog: true });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** The precache list of a build's sw.js: [{ url, revision }]. */
const manifest = (root) => JSON.parse(readFileSync(join(root, 'sw.js'), 'utf8').match(/const PRECACHE = (\[[^]*?\]);/)[1]);

/** Every file of a build (relative paths), but the worker, host files and the .br and .gz copies. */
function files(root, sub = '') {
  return readdirSync(join(root, sub)).flatMap((name) => {
    const rel = sub ? `${sub}/${name}` : name;
    if (statSync(join(root, rel)).isDirectory()) return files(root, rel);
    // Not the worker, the host's file, the copies, the spreadsheet, the
    // share cards, the crawlers' files nor the map's geometry
    // (src/bin/precache.rs says why).
    return ['sw.js', '_headers', 'robots.txt', 'sitemap.xml'].includes(rel) || rel.startsWith('cards/') || rel.startsWith('map/') || /\.(br|gz|xlsx)$/.test(rel) ? [] : [rel];
  });
}

/** Switches the served build ('v1' or 'v2'). */
function deploy(build) {
  rmSync(join(dir, 'current'), { force: true });
  symlinkSync(join(dir, build), join(dir, 'current'));
}

/** Requests nginx logged from line `from` on: { path, status, bytes }. */
function logged(from = 0) {
  return readFileSync(server.accessLog, 'utf8')
    .split('\n')
    .slice(from)
    .map((line) => line.match(/"GET (\S+) HTTP\/[\d.]+" (\d{3}) (\d+)/))
    .filter(Boolean)
    .map(([, path, status, bytes]) => ({ path: path.replace(/^\/report\//, ''), status: Number(status), bytes: Number(bytes) }));
}
const logLines = () => readFileSync(server.accessLog, 'utf8').split('\n').length - 1;

/** Resolves once the page is controlled by an active service worker. */
async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
}

/** Waits until the worker says it has kept `what` ('page' or 'report'). */
const kept = (page, what) => page.waitForFunction((w) => document.documentElement.dataset.offline === w, what, { timeout: 30000 });

/** The cache's keys, as paths with their revision query. */
const cacheKeys = (page) =>
  page.evaluate(async () => {
    const keys = await (await caches.open('tip-report-viewer-precache')).keys();
    return keys.map((r) => new URL(r.url).pathname + new URL(r.url).search);
  });

/** The entries the worker keeps for a reader of `lang` and `scheme`. */
const forReader = (list, lang, scheme) => list.filter((e) => !e.embed && (!e.lang || e.lang === lang) && (!e.scheme || e.scheme === scheme));

test('the precache list names every file of the build, each with a revision of its content', () => {
  const list = manifest(DIST);
  const urls = list.map((e) => e.url);
  assert.deepEqual([...urls].sort(), files(DIST).sort(), 'every file, once');
  for (const file of ['index.html', 'embed.html', 'data/report.json', 'data/facts.csv', 'embed-host.js', 'manifest.webmanifest', 'icons/icon-192.png']) {
    assert.ok(urls.includes(file), `${file} not precached`);
  }
  assert.ok(urls.some((u) => /^viewer-[0-9a-f]+_bg\.wasm$/.test(u)));
  assert.ok(urls.some((u) => /^echarts[^/]*\.js$/.test(u)));
  assert.ok(existsSync(join(DIST, 'data/facts.xlsx')) && !urls.includes('data/facts.xlsx'), 'the spreadsheet is built, not precached');
  assert.ok(existsSync(join(DIST, 'cards/report-zh.png')) && !urls.some((u) => u.startsWith('cards/')), 'the share cards are built, not precached');
  assert.ok(existsSync(join(DIST, 'robots.txt')) && !urls.includes('robots.txt'), 'robots.txt is built, not precached');
  assert.ok(existsSync(join(DIST, 'map/world.json')) && !urls.includes('map/world.json'), "the map's geometry is built, not precached");
  for (const file of ['data/datapackage.json', 'data/report.schema.json', 'data/text.schema.json']) {
    assert.ok(urls.includes(file), `${file} not precached`);
  }
  for (const e of list) assert.match(e.revision, /^[0-9a-f]{16}$/, e.url);
  // The revision is what the worker checks with crypto.subtle: SHA-256's first 16 hex digits.
  for (const e of list.filter((_, i) => i % 25 === 0)) {
    assert.equal(e.revision, createHash('sha256').update(readFileSync(join(DIST, e.url))).digest('hex').slice(0, 16), e.url);
  }
  // Each file says the language and colour scheme it is for, when it has one.
  const byUrl = new Map(list.map((e) => [e.url, e]));
  assert.equal(byUrl.get('index.html').lang, 'zh');
  assert.equal(byUrl.get('en.html').lang, 'en');
  assert.equal(byUrl.get('data/report.json').lang, undefined);
  const svg = list.find((e) => /^charts\/.+-en-dark\.svg$/.test(e.url));
  assert.deepEqual([svg.lang, svg.scheme], ['en', 'dark'], svg.url);
  assert.equal(byUrl.get('embed-tiers-en.html').embed, true);
  const share = forReader(list, 'en', 'light');
  assert.ok(share.some((e) => e.url === 'en.html') && share.some((e) => e.url.startsWith('views/')) && share.some((e) => /^echarts/.test(e.url)));
  assert.ok(!share.some((e) => e.url === 'index.html' || /-(zh|dark)[-.]/.test(e.url) || e.url.startsWith('embed')), "one reader's share: not the other language's, scheme's or embeds' files");
  // The second build changed data files only: exactly their revisions differ.
  const v1 = new Map(manifest(join(dir, 'v1')).map((e) => [e.url, e.revision]));
  const v2 = manifest(join(dir, 'v2'));
  const changed = v2.filter((e) => v1.get(e.url) !== e.revision).map((e) => e.url);
  const differ = files(join(dir, 'v2')).filter((f) => !readFileSync(join(dir, 'v1', f)).equals(readFileSync(join(dir, 'v2', f))));
  assert.deepEqual(changed.sort(), differ.sort());
  assert.ok(changed.includes('data/report.json'));
  assert.ok(!changed.some((u) => u.endsWith('.wasm') || u.startsWith('echarts')));
  const webManifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
  assert.match(webManifest.name, /防制人口販運.*Combating Human Trafficking/);
  assert.equal(webManifest.start_url, './');
});

test('left alone, the worker keeps only what the page loaded, and the page reopens offline', async () => {
  deploy('v1');
  const page = await newPage(browser);
  const first = logLines();
  await page.goto(server.base + 'en.html');
  await waitForChart(page);
  await controlled(page);
  await kept(page, 'page');
  // Every listed file the page has loaded is kept (some as they pass
  // through the worker, after its first answer).
  const listed = manifest(DIST).map((e) => `/report/${e.url}`);
  await page.waitForFunction(async (listed) => {
    const keys = (await (await caches.open('tip-report-viewer-precache')).keys()).map((r) => new URL(r.url).pathname);
    const loaded = [location.pathname, ...performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)];
    return loaded.filter((p) => listed.includes(p)).every((p) => keys.includes(p));
  }, listed, { timeout: 20000 });
  const loaded = await page.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)].map((u) => new URL(u).pathname));
  const keys = (await cacheKeys(page)).map((k) => k.replace(/\?__rev=.*$/, ''));
  assert.ok(keys.includes('/report/en.html') && keys.some((k) => k.endsWith('.wasm')), `kept: ${keys.join(', ')}`);
  for (const k of keys) assert.ok(loaded.includes(k), `${k} was kept but the page never loaded it`);
  // Nothing fetched for the cache that the page had not: each file once.
  const whole = logged(first).filter((r) => r.status === 200).map((r) => r.path);
  assert.deepEqual(whole.filter((p, i) => whole.indexOf(p) !== i), [], 'no file sent whole twice');
  const paths = logged(first).map((r) => r.path);
  const asked = paths.filter((p) => p !== 'sw.js' && !loaded.includes(`/report/${p}`));
  assert.deepEqual(asked, [], 'the worker fetched only what the page had loaded');

  await page.context().setOffline(true);
  const failed = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  await page.reload();
  await waitForChart(page);
  assert.match(await page.locator('#about').textContent(), /National Immigration Agency/);
  // Pictures below the first screen that the reader never reached are not
  // kept (their tables are in the page); everything else is.
  const notKept = failed.map((u) => new URL(u).pathname).filter((p) => !(/^\/report\/charts\/.+\.svg$/.test(p) && !loaded.includes(p)));
  assert.deepEqual(notKept, [], 'offline, every file the page had loaded was kept');
  // The browser's own line for each picture not kept, and nothing else.
  assert.deepEqual(page.problems, failed.map(() => 'console: Failed to load resource: net::ERR_FAILED'));
  await page.context().close();
});

test('once touched, the report is kept in the reader\'s language and scheme, offline, then a new build is offered and loaded', async () => {
  deploy('v1');
  const page = await newPage(browser);
  await page.goto(server.base + 'en.html');
  await waitForChart(page);
  await controlled(page);
  await page.keyboard.press('Tab');
  await kept(page, 'report');
  const v1 = manifest(join(dir, 'v1'));
  const mine = (list) => forReader(list, 'en', 'light').map((e) => `/report/${e.url}?__rev=${e.revision}`);
  /** The kept files against the reader's share: { extra, missing }. */
  const against = (keys, list) => ({
    extra: keys.filter((k) => k.includes('__rev=') && !mine(list).includes(k)),
    missing: mine(list).filter((k) => !keys.includes(k)),
  });
  assert.deepEqual(against(await cacheKeys(page), v1), { extra: [], missing: [] }, 'the English, light files, and no others');

  await page.context().setOffline(true);
  await page.reload();
  await waitForChart(page);
  assert.match(await page.locator('#about').textContent(), /National Immigration Agency/);
  // Another selection offline too.
  await page.goto(server.base + 'en.html?pillar=prevention&year=2014');
  await waitForChart(page, 'media-chart');
  const csv = await page.evaluate(() => fetch('data/facts.csv').then((r) => r.text()));
  assert.ok(csv.startsWith('dataset,pillar,year'));
  assert.equal(await page.locator('#update-ready').count(), 0);

  // A second build is deployed; online again, the page offers it.
  await page.context().setOffline(false);
  deploy('v2');
  await page.goto(server.base + 'en.html');
  await waitForChart(page);
  assert.ok(!(await page.locator('#about').textContent()).includes('second build'), 'the old build still shows');
  const notice = page.locator('#update-ready');
  try {
    await notice.waitFor({ timeout: 20000 });
  } catch (e) {
    const state = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      const s = (w) => w && `${w.state}`;
      return { controller: !!navigator.serviceWorker.controller, installing: s(r?.installing), waiting: s(r?.waiting), active: s(r?.active), caches: await caches.keys() };
    });
    throw new Error(`no update notice; worker state ${JSON.stringify(state)}; ${e.message}`);
  }
  assert.match(await notice.textContent(), /A newer version/);
  await notice.getByRole('button').click();
  await page.waitForFunction(() => document.getElementById('about')?.textContent.includes('second build'), null, { timeout: 20000 });
  // One cache, holding exactly the second build's files for this reader: stale entries are gone.
  assert.deepEqual(await page.evaluate(() => caches.keys()), ['tip-report-viewer-precache']);
  assert.deepEqual(against(await cacheKeys(page), manifest(join(dir, 'v2'))), { extra: [], missing: [] });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('an update downloads only the kept files that changed: not the wasm, not ECharts', async (t) => {
  deploy('v1');
  const page = await newPage(browser);
  const first = logLines();
  await page.goto(server.base + 'en.html');
  await waitForChart(page);
  await controlled(page);
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated');
  await kept(page, 'page');
  const keptPaths = (await cacheKeys(page)).map((k) => k.replace(/^\/report\//, '').replace(/\?__rev=.*$/, ''));
  const firstVisit = logged(first);
  const sum = (xs) => xs.reduce((n, r) => n + r.bytes, 0);

  // The second build: only the data and the pages differ (and so sw.js, their list).
  deploy('v2');
  const changed = files(join(dir, 'v2')).filter((f) => !readFileSync(join(dir, 'v1', f)).equals(readFileSync(join(dir, 'v2', f))));
  const from = logLines();
  await page.goto(server.base + 'en.html');
  await waitForChart(page);
  await page.locator('#update-ready').waitFor({ timeout: 20000 });
  const update = logged(from);
  const fetched = [...new Set(update.map((r) => r.path))].sort();
  t.diagnostic(`first visit: ${firstVisit.length} requests, ${sum(firstVisit)} B; update: ${update.length} requests, ${sum(update)} B (${fetched.join(', ')}); changed: ${changed.join(', ')}`);
  assert.deepEqual(fetched, [...changed.filter((f) => keptPaths.includes(f)), 'sw.js'].sort(), 'the network fetched only sw.js and the changed files the reader kept');
  assert.ok(fetched.includes('en.html') && fetched.includes('data/report.json'), fetched.join(', '));
  assert.ok(!fetched.some((p) => p.endsWith('.wasm') || p.startsWith('echarts')));

  // Loading the new version needs nothing more from the network. (Pressed
  // without a pointer: a reader's press also asks the worker to keep the
  // rest of the report, which the test before this one covers.)
  const before = logLines();
  await page.locator('#update-ready').getByRole('button').evaluate((b) => b.click());
  await page.waitForFunction(() => document.getElementById('about')?.textContent.includes('second build'), null, { timeout: 20000 });
  await waitForChart(page);
  const after = logged(before).filter((r) => r.path !== 'sw.js');
  assert.deepEqual(after, [], 'the new version came from the cache');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

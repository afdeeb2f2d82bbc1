// Offline after the first visit, and a new build picked up after an update.
// Two builds are made from dist/: the second with changed data and its
// precache list written again by the same tool `make dist` uses.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, symlinkSync, rmSync, utimesSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
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
  cargoBin('export-data', join(dir, 'v2/data/report.json'), join(dir, 'v2'));
  cargoBin('precache', join(ROOT, 'public/sw.js'), join(dir, 'v2'));
  // Real builds are minutes apart; these two are not. Date the first build's
  // worker an hour back, so that its Last-Modified differs from the second's
  // (a same-second pair answers the browser's update check with 304).
  const hourAgo = new Date(Date.now() - 3600 * 1000);
  utimesSync(join(dir, 'v1/sw.js'), hourAgo, hourAgo);
  symlinkSync(join(dir, 'v1'), join(dir, 'current'));
  server = await startServer('/report/', { root: join(dir, 'current') });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const swVersion = (d) => readFileSync(join(dir, d, 'sw.js'), 'utf8').match(/VERSION = '([0-9a-f]+)'/)[1];

test('the precache list names every file of the build', () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  for (const file of ['index.html', 'embed.html', 'data/report.json', 'data/facts.csv', 'embed-host.js', 'manifest.webmanifest', 'icons/icon-192.png']) {
    assert.ok(sw.includes(`"${file}"`), `${file} not precached`);
  }
  assert.match(sw, /"viewer-[0-9a-f]+_bg\.wasm"/);
  assert.match(sw, /"echarts[^"]*\.js"/);
  assert.notEqual(swVersion('v1'), swVersion('v2'), 'changed data gives a new cache version');
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
  assert.match(manifest.name, /防制人口販運.*Combating Human Trafficking/);
  assert.equal(manifest.start_url, './');
});

test('after one visit the report opens offline, then a new build is offered and loaded', async () => {
  const page = await newPage(browser);
  await page.goto(server.base + '?lang=en');
  await waitForChart(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });

  await page.context().setOffline(true);
  await page.reload();
  await waitForChart(page);
  assert.match(await page.locator('#about').textContent(), /National Immigration Agency/);
  // Another selection, and the embed view, offline too.
  await page.goto(server.base + '?pillar=prevention&year=2014&lang=en');
  await waitForChart(page, 'media-chart');
  await page.goto(server.base + 'embed.html?chart=tiers');
  await waitForChart(page);
  const csv = await page.evaluate(() => fetch('data/facts.csv').then((r) => r.text()));
  assert.ok(csv.startsWith('dataset,pillar,year'));
  assert.equal(await page.locator('#update-ready').count(), 0);

  // A second build is deployed; online again, the page offers it.
  await page.context().setOffline(false);
  rmSync(join(dir, 'current'));
  symlinkSync(join(dir, 'v2'), join(dir, 'current'));
  await page.goto(server.base + '?lang=en');
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
  const caches = await page.evaluate(() => caches.keys());
  assert.deepEqual(caches, [`tip-report-viewer-${swVersion('v2')}`], 'the old cache is gone');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

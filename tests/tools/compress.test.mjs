// tools/compress.mjs: the .br and .gz copies beside the site's files
// (`make test-tools`; no build needed: a temporary folder stands for dist/).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { compressDir, sourceOf } from '../../tools/compress.mjs';

const TOOL = resolve(import.meta.dirname, '../../tools/compress.mjs');

/** Text that compresses, different for each `seed`. */
const text = (seed) => Array.from({ length: 200 }, (_, i) => `<p class="row">${seed} line ${i % 17}</p>\n`).join('');

/** A site: text files of each kind, a wasm, a PNG, a file too small to gain, stale copies. */
function site() {
  const dir = mkdtempSync(join(tmpdir(), 'compress-test-'));
  mkdirSync(join(dir, 'data'));
  mkdirSync(join(dir, 'charts'));
  writeFileSync(join(dir, 'index.html'), text('page'));
  writeFileSync(join(dir, 'viewer-0123456789abcdef.js'), text('script'));
  writeFileSync(join(dir, 'main.css'), text('style'));
  writeFileSync(join(dir, 'manifest.webmanifest'), JSON.stringify({ name: text('app') }));
  writeFileSync(join(dir, 'data/report.json'), JSON.stringify({ rows: text('data').split('\n') }));
  writeFileSync(join(dir, 'data/facts.csv'), text('a,b,c'));
  writeFileSync(join(dir, 'data/report-text.md'), text('# text'));
  writeFileSync(join(dir, 'charts/tiers.svg'), `<svg>${text('svg')}</svg>`);
  writeFileSync(join(dir, 'notes.txt'), text('notes'));
  // A wasm: binary, but compressible (as the real one is, to 30 %).
  writeFileSync(join(dir, 'viewer-0123456789abcdef_bg.wasm'), Buffer.concat([Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]), Buffer.from(text('wasm'))]));
  // Compressed already: no copies, whatever it would give.
  writeFileSync(join(dir, 'icon-192.png'), Buffer.alloc(4096, 7));
  // Two bytes: no copy is smaller.
  writeFileSync(join(dir, 'tiny.txt'), 'ok');
  // Host configuration, no extension: left alone.
  writeFileSync(join(dir, '_headers'), text('/*'));
  // Copies of files that are gone (an older hashed wasm), and a file that is
  // a .gz of its own (not a copy of a site file): only the first are removed.
  writeFileSync(join(dir, 'viewer-fedcba9876543210_bg.wasm.br'), 'old');
  writeFileSync(join(dir, 'viewer-fedcba9876543210_bg.wasm.gz'), 'old');
  writeFileSync(join(dir, 'data/old.json.gz'), gzipSync('{}'));
  writeFileSync(join(dir, 'data/archive.tar.gz'), gzipSync('tar'));
  return dir;
}

const TEXT = [
  'index.html',
  'viewer-0123456789abcdef.js',
  'main.css',
  'manifest.webmanifest',
  'data/report.json',
  'data/facts.csv',
  'data/report-text.md',
  'charts/tiers.svg',
  'notes.txt',
  'viewer-0123456789abcdef_bg.wasm',
];

test('a copy is known by its name: NAME.br and NAME.gz of a file that gets copies', () => {
  assert.equal(sourceOf('a/index.html.br'), 'a/index.html');
  assert.equal(sourceOf('viewer-0123456789abcdef_bg.wasm.gz'), 'viewer-0123456789abcdef_bg.wasm');
  assert.equal(sourceOf('archive.tar.gz'), null);
  assert.equal(sourceOf('icon.png.br'), null);
  assert.equal(sourceOf('index.html'), null);
});

test('.br and .gz beside each text file and the wasm, each decompressing to exactly its file', async () => {
  const dir = site();
  const folders = ['.', 'data', 'charts'].map((d) => statSync(join(dir, d)).mtimeMs);
  const result = await compressDir(dir);
  // Each folder keeps its time (make takes dist/charts's for the charts
  // step's), to the microsecond: Node sets times in seconds, as a double.
  ['.', 'data', 'charts'].forEach((d, i) => {
    const moved = Math.abs(statSync(join(dir, d)).mtimeMs - folders[i]);
    assert.ok(moved < 0.001, `${d}: its time moved by ${moved} ms`);
  });
  for (const file of TEXT) {
    const raw = readFileSync(join(dir, file));
    const br = readFileSync(join(dir, `${file}.br`));
    const gz = readFileSync(join(dir, `${file}.gz`));
    assert.ok(brotliDecompressSync(br).equals(raw), `${file}.br`);
    assert.ok(gunzipSync(gz).equals(raw), `${file}.gz`);
    assert.ok(br.length < gz.length && gz.length < raw.length, `${file}: brotli ${br.length} < gzip ${gz.length} < ${raw.length} B`);
    assert.deepEqual(result.files.find((f) => f.path === file), { path: file, raw: raw.length, gz: gz.length, br: br.length });
  }
  assert.deepEqual(result.written, TEXT.flatMap((f) => [`${f}.br`, `${f}.gz`]).sort());
  // Not the PNG, not the host file, not what would not be smaller.
  for (const file of ['icon-192.png', '_headers', 'tiny.txt']) {
    assert.ok(!existsSync(join(dir, `${file}.br`)) && !existsSync(join(dir, `${file}.gz`)), file);
  }
  assert.deepEqual(result.files.find((f) => f.path === 'tiny.txt'), { path: 'tiny.txt', raw: 2, gz: null, br: null });
  assert.ok(!result.files.some((f) => f.path.endsWith('.png')));
  // Stale copies removed; a .gz that is no copy kept.
  assert.deepEqual(result.removed, ['data/old.json.gz', 'viewer-fedcba9876543210_bg.wasm.br', 'viewer-fedcba9876543210_bg.wasm.gz']);
  assert.ok(existsSync(join(dir, 'data/archive.tar.gz')));
  rmSync(dir, { recursive: true });
});

test('a second run rewrites nothing but what changed, and removes copies whose file is gone', async () => {
  const dir = site();
  await compressDir(dir);
  // Dated back, so that a rewrite would show in the time.
  const past = new Date('2020-01-01T00:00:00Z');
  for (const file of TEXT) {
    for (const suffix of ['.br', '.gz']) utimesSync(join(dir, file + suffix), past, past);
  }
  // The files rewritten with the same content (as `make prerender` does):
  // their copies are still right.
  for (const file of TEXT) writeFileSync(join(dir, file), readFileSync(join(dir, file)));
  const again = await compressDir(dir);
  assert.deepEqual(again.written, []);
  assert.deepEqual(again.removed, []);
  assert.equal(again.unchanged.length, TEXT.length * 2);
  for (const file of TEXT) assert.equal(statSync(join(dir, `${file}.br`)).mtimeMs, past.getTime(), `${file}.br was rewritten`);

  // One file changed, one gone, one copy damaged.
  writeFileSync(join(dir, 'data/report.json'), JSON.stringify({ rows: text('new data').split('\n') }));
  rmSync(join(dir, 'main.css'));
  writeFileSync(join(dir, 'index.html.gz'), gzipSync(text('another page')));
  const third = await compressDir(dir);
  assert.deepEqual(third.written, ['data/report.json.br', 'data/report.json.gz', 'index.html.gz']);
  assert.deepEqual(third.removed, ['main.css.br', 'main.css.gz']);
  const json = readFileSync(join(dir, 'data/report.json'));
  assert.ok(brotliDecompressSync(readFileSync(join(dir, 'data/report.json.br'))).equals(json));
  assert.ok(gunzipSync(readFileSync(join(dir, 'data/report.json.gz'))).equals(json));
  assert.ok(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).equals(readFileSync(join(dir, 'index.html'))));
  assert.equal(statSync(join(dir, 'index.html.br')).mtimeMs, past.getTime());
  rmSync(dir, { recursive: true });
});

test('the command: a summary, the --list file, and usage errors', () => {
  const dir = site();
  const list = join(dir, '..', `${dir.split('/').pop()}.tsv`);
  const run = spawnSync(process.execPath, [TOOL, dir, '--list', list], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^compress: 11 files in .*: 20 copies written, 0 unchanged, 3 removed \(\d+\.\d\d s\)\n$/);
  const lines = readFileSync(list, 'utf8').trim().split('\n');
  assert.equal(lines[0], 'path\traw\tgzip\tbrotli');
  const html = lines.find((l) => l.startsWith('index.html\t')).split('\t');
  assert.deepEqual(html.slice(1).map(Number), [
    statSync(join(dir, 'index.html')).size,
    statSync(join(dir, 'index.html.gz')).size,
    statSync(join(dir, 'index.html.br')).size,
  ]);
  assert.ok(lines.includes('tiny.txt\t2\t-\t-'));
  const second = spawnSync(process.execPath, [TOOL, dir], { encoding: 'utf8' });
  assert.match(second.stdout, /: 0 copies written, 20 unchanged, 0 removed/);

  assert.equal(spawnSync(process.execPath, [TOOL], { encoding: 'utf8' }).status, 2);
  assert.equal(spawnSync(process.execPath, [TOOL, dir, '--level', '9'], { encoding: 'utf8' }).status, 2);
  assert.equal(spawnSync(process.execPath, [TOOL, join(dir, 'missing')], { encoding: 'utf8' }).status, 1);
  rmSync(dir, { recursive: true });
  rmSync(list);
});

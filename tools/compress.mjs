#!/usr/bin/env node
// `make compress`, the build's last step: precompressed copies of the site
// for hosts that serve them as they are (nginx's brotli_static and
// gzip_static, tools/nginx.conf.in; docs/hosting.md for other hosts).
// Beside each text file and the wasm in DIR, NAME.br (brotli, quality 11)
// and NAME.gz (gzip -9), both from Node's zlib: nothing to install.
//
//   node tools/compress.mjs DIR [--list FILE]
//
// - Only the types of EXTENSIONS: the PNG icons are compressed already.
// - A copy is kept only when it is smaller than its file (a few bytes of
//   text are not); a copy that is not is removed.
// - Incremental by content: a copy that exists and decompresses to exactly
//   its file is left alone (not even its time changes), so a rebuild
//   compresses only what changed, whatever the files' times say.
// - NAME.br and NAME.gz whose NAME is gone (an older hashed wasm, say) are
//   removed.
// - Each copy is written beside it under a temporary name and renamed into
//   place, so a server never sends half a file.
// - Each folder keeps its time: the Makefile's charts step is the folder
//   dist/charts, and sw.js depends on it; a new time would make the next
//   `make dist` run precache (and this step) again for nothing.
// - `--list FILE` writes the sizes, one file a line (path, raw, gzip and
//   brotli bytes; `-` where no copy is kept): the Makefile's record that
//   the step ran, and the numbers of docs/performance.md's size table.
//
// src/bin/precache.rs leaves *.br and *.gz out of the service worker's
// list: the worker fetches each file by its own name and the browser
// decodes it.

import { readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** The extensions of the files that get copies: the site's text, and the wasm. */
export const EXTENSIONS = ['html', 'js', 'mjs', 'css', 'json', 'csv', 'md', 'svg', 'webmanifest', 'txt', 'wasm'];

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Each copy's suffix, how it is made, and how it is read back. */
export const ENCODINGS = [
  {
    suffix: '.br',
    compress: (bytes) =>
      brotli(bytes, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
    decompress: (bytes) => zlib.brotliDecompressSync(bytes),
  },
  {
    suffix: '.gz',
    compress: (bytes) => gzip(bytes, { level: zlib.constants.Z_BEST_COMPRESSION }),
    decompress: (bytes) => zlib.gunzipSync(bytes),
  },
];

const extension = (name) => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1) : '';
};

/** Whether `name` is a file that gets copies. */
export const compressible = (name) => EXTENSIONS.includes(extension(name));

/** The file a copy is of (`a.js.br` → `a.js`), or null for any other name. */
export function sourceOf(name) {
  for (const { suffix } of ENCODINGS) {
    if (name.endsWith(suffix) && compressible(name.slice(0, -suffix.length))) return name.slice(0, -suffix.length);
  }
  return null;
}

/** Every file below `dir`, as absolute paths. */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    return entry.isFile() ? [path] : [];
  });
}

/** Whether the copy at `path` exists and decompresses to exactly `bytes`. */
function upToDate(path, bytes, encoding) {
  let copy;
  try {
    copy = readFileSync(path);
  } catch {
    return false;
  }
  try {
    return encoding.decompress(copy).equals(bytes);
  } catch {
    return false; // not a valid stream of that encoding
  }
}

/** Runs `jobs` (functions returning promises), at most `limit` at a time. */
async function pool(jobs, limit) {
  const results = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

/**
 * Writes the copies of every file in `dir` that is out of date, and removes
 * stale ones. Returns { files: [{ path, raw, gz, br }] (sizes in bytes,
 * null where no copy is kept), written, unchanged, removed } with paths
 * relative to `dir`, sorted.
 */
export async function compressDir(dir, { parallel = availableParallelism() } = {}) {
  dir = resolve(dir);
  const all = walk(dir);
  const present = new Set(all);
  const folders = new Map([dir, ...all.map(dirname)].map((d) => [d, statSync(d)]));
  const written = [];
  const unchanged = [];
  const removed = [];
  const rel = (path) => relative(dir, path).split('\\').join('/');

  for (const path of all) {
    const source = sourceOf(path);
    if (source !== null && !present.has(source)) {
      rmSync(path);
      removed.push(rel(path));
    }
  }

  const sources = all.filter((path) => compressible(path)).sort();
  const jobs = sources.flatMap((path) => {
    const bytes = readFileSync(path);
    return ENCODINGS.map((encoding) => Object.assign(async () => {
      const target = path + encoding.suffix;
      if (upToDate(target, bytes, encoding)) {
        unchanged.push(rel(target));
        return statSync(target).size;
      }
      const copy = await encoding.compress(bytes);
      if (copy.length >= bytes.length) {
        if (present.has(target)) {
          rmSync(target);
          removed.push(rel(target));
        }
        return null;
      }
      const temporary = `${target}.${process.pid}.tmp`;
      writeFileSync(temporary, copy);
      renameSync(temporary, target);
      written.push(rel(target));
      return copy.length;
    }, { size: bytes.length }));
  });
  // The largest first (the wasm's brotli is a third of the work), so that the
  // cores finish together.
  const order = jobs.map((_, i) => i).sort((a, b) => jobs[b].size - jobs[a].size);
  const done = await pool(order.map((i) => jobs[i]), parallel);
  const sizes = [];
  order.forEach((i, k) => {
    sizes[i] = done[k];
  });
  for (const [folder, { atimeMs, mtimeMs }] of folders) utimesSync(folder, atimeMs / 1000, mtimeMs / 1000);

  const files = sources.map((path, i) => {
    const entry = { path: rel(path), raw: statSync(path).size };
    ENCODINGS.forEach((encoding, k) => {
      entry[encoding.suffix.slice(1)] = sizes[i * ENCODINGS.length + k];
    });
    return entry;
  });
  return { files, written: written.sort(), unchanged: unchanged.sort(), removed: removed.sort() };
}

/** The `--list` file: a header, then path, raw, gzip and brotli bytes. */
export function listing(files) {
  const cell = (n) => (n === null ? '-' : String(n));
  return ['path\traw\tgzip\tbrotli', ...files.map((f) => [f.path, f.raw, cell(f.gz), cell(f.br)].join('\t'))].join('\n') + '\n';
}

async function main(argv) {
  const usage = 'usage: node tools/compress.mjs DIR [--list FILE]';
  let dir;
  let list;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--list' && i + 1 < argv.length) list = argv[++i];
    else if (!argv[i].startsWith('-') && dir === undefined) dir = argv[i];
    else {
      console.error(`compress: unknown argument ${argv[i]}\n${usage}`);
      return 2;
    }
  }
  if (dir === undefined) {
    console.error(usage);
    return 2;
  }
  const start = performance.now();
  let result;
  try {
    result = await compressDir(dir);
  } catch (e) {
    console.error(`compress: ${e.message}`);
    return 1;
  }
  if (list) writeFileSync(list, listing(result.files));
  const seconds = ((performance.now() - start) / 1000).toFixed(2);
  console.log(
    `compress: ${result.files.length} files in ${dir}: ${result.written.length} copies written, ` +
      `${result.unchanged.length} unchanged, ${result.removed.length} removed (${seconds} s)`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) process.exitCode = await main(process.argv.slice(2));

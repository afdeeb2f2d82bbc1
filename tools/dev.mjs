#!/usr/bin/env node
// `make dev`: the loop for UI work. Serves dist/ as `make serve` does (nginx,
// tools/nginx.conf.in) and runs `make -j2 dist` again whenever a file
// changes under src/, style/, public/, tools/ or index.html. make reruns only
// the steps the change reaches: a CSS edit makes the shell, the pages and
// sw.js again (1 s); a data edit the data and the charts too (3 s); a Rust
// edit the wasm (a release build), the bindings and the native tools (1 min);
// each then the .br and .gz copies of the files that changed (make compress:
// about 2 s for a CSS edit, which changes every page). nginx sends the
// copies, so a page is new once its copies are.
// A failed build is reported and the last good site stays served. Reload the
// page yourself; the service worker then offers the new build (or tick
// "Update on reload" in the browser's devtools, Application > Service workers).
//
//   node tools/dev.mjs [--port 8080] [--prefix /report/]
//
// It expects a built dist/ (`make dev` builds it first).

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnNginx } from './serve.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const WATCHED = ['src', 'style', 'public', 'tools', 'index.html', 'Cargo.toml', 'Cargo.lock'];
// Editors' temporary files, and what the build itself writes.
const IGNORED = /(^|\/)(\.#|#)|~$|\.sw[px]$|\.tmp$|4913$/;

function parseArgs(argv) {
  const opts = { port: 8080, prefixes: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--port' && i + 1 < argv.length) opts.port = Number(argv[++i]);
    else if (a === '--prefix' && i + 1 < argv.length) opts.prefixes.push(argv[++i]);
    else throw new Error(`unknown argument ${a}\nusage: node tools/dev.mjs [--port 8080] [--prefix /report/]`);
  }
  if (opts.prefixes.length === 0) opts.prefixes.push('/');
  return opts;
}

let building = false;
let again = false;
let changed = new Set();

/** `make dist`, once at a time; changes seen meanwhile start one more. */
function rebuild() {
  if (building) {
    again = true;
    return;
  }
  building = true;
  const files = [...changed];
  changed = new Set();
  console.log(`\ndev: changed ${files.slice(0, 5).join(', ')}${files.length > 5 ? ` and ${files.length - 5} more` : ''}: make -j2 dist`);
  const started = Date.now();
  // -j2: after a Rust edit, the native tools build while the wasm links.
  const make = spawn('make', ['--no-print-directory', '-j2', 'dist'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  make.on('exit', (code) => {
    const s = ((Date.now() - started) / 1000).toFixed(1);
    console.log(code === 0 ? `dev: built in ${s} s; reload the page` : `dev: the build failed (${s} s); still serving the last good one`);
    building = false;
    if (again) {
      again = false;
      rebuild();
    }
  });
}

function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`dev: ${e.message}`);
    process.exit(2);
  }
  const root = join(ROOT, 'dist');
  if (!existsSync(join(root, 'index.html'))) {
    console.error('dev: dist/ is not built: run `make dev`, which builds it first');
    process.exit(1);
  }
  const dir = mkdtempSync(join(tmpdir(), 'viewer-dev-'));
  const nginx = spawnNginx({ port: opts.port, prefixes: opts.prefixes, root, dir, errorLog: 'stderr' }, { stdio: 'inherit' });
  for (const p of opts.prefixes) console.log(`dev: serving ${root} at http://127.0.0.1:${opts.port}${p}; rebuilding on changes (Ctrl-C to stop)`);

  let timer;
  for (const name of WATCHED) {
    const path = join(ROOT, name);
    if (!existsSync(path)) continue;
    watch(path, { recursive: true }, (_, file) => {
      const rel = file ? join(name, file.toString()) : name;
      if (IGNORED.test(rel)) return;
      changed.add(rel);
      // Editors write a file in several steps: one build for all of them.
      clearTimeout(timer);
      timer = setTimeout(rebuild, 300);
    });
  }

  const stop = (signal) => nginx.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal === 'SIGINT' ? 'SIGINT' : 'SIGTERM'));
  nginx.on('exit', (code, signal) => {
    rmSync(dir, { recursive: true, force: true });
    process.exit(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1));
  });
}

main();

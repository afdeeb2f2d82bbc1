#!/usr/bin/env node
// `make serve`: nginx serving dist/ in the foreground (Ctrl-C stops it), with
// the configuration of tools/nginx.conf.in written into a temporary folder
// (config, pid, logs and nginx's temp paths; removed on exit). nginx runs as
// the current user. The browser tests build their server from the same
// template through `nginxConfig` (tests/e2e/support.mjs).
//
//   node tools/serve.mjs [--port 8080] [--prefix /report/] [--root dist] [--no-gzip] [--no-brotli]
//
// --prefix may be given more than once; the site is served at each.
// The precompressed NAME.br and NAME.gz of `make compress` are sent to the
// clients that accept them; --no-gzip sends no gzip (neither the .gz files
// nor on the fly), --no-brotli no .br files. Brotli needs nginx's
// brotli_static module (BROTLI_MODULE); without it nginx serves gzip only,
// and says so.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const TEMPLATE = resolve(import.meta.dirname, 'nginx.conf.in');
export const NGINX = '/usr/sbin/nginx';
// Debian's libnginx-mod-http-brotli-static (APT_PACKAGES in the Makefile).
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/**
 * The nginx configuration for serving `root` at each of `prefixes` on
 * 127.0.0.1:`port`, from tools/nginx.conf.in. `dir` holds the pid file and
 * nginx's temp paths. `accessLog` and `errorLog` are paths (or 'off' and
 * 'stderr'); `extra` is added inside `http { }` (e.g. another server block).
 * `gzip: false` sends no gzip; `brotli: false` no .br files, which are also
 * not sent when `brotliModule` is not there (see brotliMissing).
 */
export function nginxConfig({ dir, port, root, prefixes = ['/'], gzip = true, brotli = true, brotliModule = BROTLI_MODULE, accessLog = 'off', errorLog = join(dir, 'error.log'), extra = '' }) {
  for (const p of prefixes) {
    if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(p)) throw new Error(`prefix ${JSON.stringify(p)}: give a path that starts and ends with /`);
  }
  const locations = prefixes
    .map((p) => {
      const redirect = p === '/' ? '' : `\n    location = ${p.slice(0, -1)} { return 301 ${p}; }`;
      return `    location ${p} {\n      alias "${resolve(root)}/";\n    }${redirect}`;
    })
    .join('\n');
  const fields = {
    // As root, the workers would otherwise run as nobody, who may not read dist/.
    USER: process.getuid?.() === 0 ? 'user root root;' : '',
    DIR: dir,
    ERROR_LOG: errorLog,
    ACCESS_LOG: accessLog,
    GZIP: gzip ? 'on' : 'off',
    LOAD_BROTLI: brotli && existsSync(brotliModule) ? `load_module ${brotliModule};` : `# not loaded: ${brotli ? `${brotliModule} not found` : 'brotli off'}`,
    BROTLI_STATIC: brotli && existsSync(brotliModule) ? 'brotli_static on;' : '# no brotli_static',
    LISTEN: `127.0.0.1:${port}`,
    LOCATIONS: locations,
    EXTRA: extra,
  };
  return readFileSync(TEMPLATE, 'utf8').replace(/@([A-Z_]+)@/g, (m, name) => {
    if (!(name in fields)) throw new Error(`${TEMPLATE}: unknown field ${m}`);
    return fields[name];
  });
}

/** Why the configuration of `options` sends no brotli though it should, or null. */
export function brotliMissing({ brotli = true, brotliModule = BROTLI_MODULE } = {}) {
  if (!brotli || existsSync(brotliModule)) return null;
  return `${brotliModule} not found: serving gzip only, no brotli (run \`make setup-apt\`: Debian package libnginx-mod-http-brotli-static)`;
}

/** Writes the configuration into `dir` and starts nginx on it (not waiting). */
export function spawnNginx(options, spawnOptions = {}) {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} not found: run \`make setup-apt\` (Debian package nginx-light)`);
  const missing = brotliMissing(options);
  if (missing) console.error(`serve: warning: ${missing}`);
  const conf = join(options.dir, 'nginx.conf');
  writeFileSync(conf, nginxConfig(options));
  const errorLog = options.errorLog ?? join(options.dir, 'error.log');
  return spawn(NGINX, ['-p', options.dir, '-c', conf, '-e', errorLog], spawnOptions);
}

function parseArgs(argv) {
  const opts = { port: 8080, prefixes: [], root: 'dist', gzip: true, brotli: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--port') opts.port = Number(value());
    else if (a === '--prefix') opts.prefixes.push(value());
    else if (a === '--root') opts.root = value();
    else if (a === '--no-gzip') opts.gzip = false;
    else if (a === '--no-brotli') opts.brotli = false;
    else throw new Error(`unknown argument ${a}\nusage: node tools/serve.mjs [--port 8080] [--prefix /report/] [--root dist] [--no-gzip] [--no-brotli]`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 1 || opts.port > 65535) throw new Error('--port takes a port number');
  if (opts.prefixes.length === 0) opts.prefixes.push('/');
  return opts;
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`serve: ${e.message}`);
    process.exit(2);
  }
  const root = resolve(opts.root);
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`serve: ${root} is not built: run \`make dist\``);
    process.exit(1);
  }
  // Said before nginx starts, so that its request log follows.
  for (const p of opts.prefixes) console.log(`Serving ${root} at http://127.0.0.1:${opts.port}${p} (Ctrl-C to stop)`);
  const dir = mkdtempSync(join(tmpdir(), 'viewer-serve-'));
  let nginx;
  try {
    nginx = spawnNginx({ ...opts, root, dir, accessLog: '/dev/stdout', errorLog: 'stderr' }, { stdio: 'inherit' });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    console.error(`serve: ${e.message}`);
    process.exit(1);
  }
  // Ctrl-C reaches nginx too (same process group); a signal sent to this
  // script alone is passed on. Either way, wait for nginx, then clean up.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => nginx.kill(signal === 'SIGINT' ? 'SIGINT' : 'SIGTERM'));
  }
  nginx.on('error', (e) => console.error(`serve: ${e.message}`));
  nginx.on('exit', (code, signal) => {
    rmSync(dir, { recursive: true, force: true });
    process.exit(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();

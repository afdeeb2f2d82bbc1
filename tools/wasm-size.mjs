// Where the wasm's bytes go: `twiggy top` of the wasm before wasm-opt (its
// function names kept), summed per crate and, for this crate, per module,
// printed as Markdown tables (`make wasm-size`; docs/performance.md).
//
//   node tools/wasm-size.mjs WASM [--top N]
//
// Each function is counted once, by its own (shallow) size, under the crate
// that owns it: `tip_report::charts::activity_timeline::options` is this crate's
// `charts`; `<serde_json::de::Deserializer<R> as serde_core::de::Deserializer>::…`
// is serde_json's (the type's crate; a generic `T` gives the trait's); an
// island's export (`ChartPanel_1835…`) is this crate's `ui`. Data segments
// and the wasm's own sections are rows of their own; the function names are
// left out (wasm-opt drops them from the shipped file).

import { execFileSync } from 'node:child_process';


/** twiggy's rows: [{ name, bytes }]. */
function rows(file) {
  const csv = execFileSync('twiggy', ['top', '-n', '1000000', '-f', 'csv', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const out = [];
  for (const line of csv.split('\n').slice(1)) {
    if (!line) continue;
    // name may be quoted with "" inside; the size is the first field after it.
    const m = line.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
    if (!m) continue;
    const name = m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1];
    out.push({ name, bytes: Number(m[2]) });
  }
  return out;
}

const OURS = 'tip_report';

/** The crate (and, for ours, `tip_report::<module>`) that owns an item. */
export function owner(name) {
  if (name.startsWith('"function names"') || name.includes('function names')) return null;
  if (name.startsWith('data segment')) return `(data: ${name.replace(/^data segment /, '').replace(/"/g, '')})`;
  if (/^[A-Z][A-Za-z]+_\d+$/.test(name)) return `${OURS}::ui (island exports)`;
  let path = name;
  const qualified = name.match(/^<(.+?) as (.+?)>::/);
  if (qualified) {
    const type = qualified[1].replace(/^(&mut |&|\*const |\*mut |dyn )+/, '').replace(/^\[/, '');
    path = /^[A-Z]\w*$/.test(type) || !type.includes('::') ? qualified[2] : type;
  } else if (name.startsWith('<')) {
    path = name.slice(1).replace(/^(&mut |&|\*const |\*mut |dyn )+/, '');
  }
  if (!path.includes('::')) return '(wasm sections and unnamed)';
  const crate = path.split('::')[0].replace(/\[[0-9a-f]+\]$/, '').replace(/<.*$/, '');
  if (!/^[a-z_][a-z0-9_]*$/.test(crate)) return '(wasm sections and unnamed)';
  if (crate === OURS) return `${OURS}::${path.split('::')[1] ?? ''}`;
  return crate;
}

function table(title, sums, total, TOP) {
  const lines = [`| ${title} | KB raw | share |`, '|---|---:|---:|'];
  for (const [k, v] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    lines.push(`| ${k} | ${(v / 1024).toFixed(1)} | ${((100 * v) / total).toFixed(1)} % |`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const wasm = args.find((a) => !a.startsWith('--'));
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 15;
  if (!wasm) {
    console.error('usage: node tools/wasm-size.mjs WASM [--top N]');
    process.exit(2);
  }
  const items = rows(wasm);
  const crates = new Map();
  const ours = new Map();
  let total = 0;
  for (const { name, bytes } of items) {
    const o = owner(name);
    if (!o) continue;
    total += bytes;
    const crate = o.startsWith(`${OURS}::`) ? OURS : o;
    crates.set(crate, (crates.get(crate) ?? 0) + bytes);
    if (crate === OURS) ours.set(o, (ours.get(o) ?? 0) + bytes);
  }
  console.log(`${wasm}: ${(total / 1024).toFixed(1)} KB without its function names\n`);
  console.log(table('crate', crates, total, top));
  console.log('');
  console.log(table('this crate, by module', ours, total, top));
}

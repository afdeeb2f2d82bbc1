// Another report from this one: a copy of a data folder with every year
// moved by N (Gregorian years in dates, ids and texts; ROC years written
// before 年 in the Chinese), and a check that a site built from the copy
// shows no year of the original. `make test-other-years` runs both: the
// viewer must take its years from the data, never from the code.
//
//   node tools/shift-years.mjs copy SRC_DIR DST_DIR [N]
//     (N defaults to the span of the source's years, so that no moved year
//     is one of the original's)
//   node tools/shift-years.mjs check SITE_DIR SRC_DIR
//
// The years moved are those the source holds (its `meta.year` and the
// years of its dates, found in the files), so a value that only looks like
// a year (400000, 9430) is left alone.

import { readFileSync, writeFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const ROC = 1911;

/** The Gregorian years a data folder speaks of: every year of an ISO date
 * or a `year` field in its JSON files (not changes.json's: the dates of the
 * data's editions are the viewer's, not the report's; its texts are
 * shifted with the rest). */
export function yearsOf(dir) {
  const years = new Set();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'changes.json')) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(/"(\d{4})(?:-\d{2}){0,2}"|"year": (\d{4})/g)) years.add(Number(m[1] ?? m[2]));
  }
  return [...years].filter((y) => y > 1900 && y < 2100).sort();
}

/** `text` with each of `years` moved by `by`: as a Gregorian number, and as
 * an ROC number before 年 (or before a range that ends in 年). */
export function shift(text, years, by) {
  const gregorian = new Set(years);
  const roc = new Set(years.map((y) => y - ROC));
  let out = text.replace(/(?<![0-9])(\d{4})(?![0-9])/g, (m, y) => (gregorian.has(Number(y)) ? String(Number(y) + by) : m));
  // ROC years: "103 年", "103年度", "99–103 年", "ROC year 103".
  out = out.replace(/(?<![0-9.,])(\d{2,3})(?=\s?年|\s?[–至-]\s?\d{2,3}\s?年)/g, (m, y) => (roc.has(Number(y)) ? String(Number(y) + by) : m));
  out = out.replace(/ROC year (\d{2,3})/g, (m, y) => (roc.has(Number(y)) ? `ROC year ${Number(y) + by}` : m));
  return out;
}

/** Copies the data folder `src` to `dst` with every year moved by `by`. */
export function copy(src, dst, by) {
  const years = yearsOf(src);
  by ??= years.at(-1) - years[0] + 1;
  mkdirSync(dst, { recursive: true });
  for (const file of readdirSync(src)) {
    const text = readFileSync(join(src, file), 'utf8');
    writeFileSync(join(dst, file), shift(text, years, by));
  }
  return { years, by };
}

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/** What a built site shows of the original's years: [file, the text around
 * it] for each Gregorian year of `years`, or ROC year before 年. Pages,
 * chart views, chart pictures and the open data are read. */
export function leftovers(site, years) {
  const found = [];
  const gregorian = new RegExp(`(?<![0-9])(${years.join('|')})(?![0-9])`, 'g');
  const roc = new RegExp(`(?<![0-9])(${years.map((y) => y - ROC).join('|')})(?=\\s?年)`, 'g');
  for (const path of files(site)) {
    if (!/\.(html|json|svg|csv|md|webmanifest|txt)$/.test(path) || /\/(map|node_modules)\//.test(path)) continue;
    // Data URLs (the CSV downloads) are read as the text they hold.
    const text = readFileSync(path, 'utf8').replace(/(?:%[0-9A-Fa-f]{2})+/g, (m) => {
      try {
        return decodeURIComponent(m);
      } catch {
        return m;
      }
    });
    for (const re of [gregorian, roc]) {
      for (const m of text.matchAll(re)) found.push([relative(site, path), text.slice(Math.max(0, m.index - 40), m.index + 20)]);
    }
  }
  return found;
}

function main() {
  const [command, a, b, n] = process.argv.slice(2);
  if (command === 'copy' && a && b) {
    const { years, by } = copy(a, b, n === undefined ? undefined : Number(n));
    console.log(`shift-years: ${b}: the years ${years[0]}–${years.at(-1)} of ${a}, each moved by ${by}`);
  } else if (command === 'check' && a && b) {
    const found = leftovers(a, yearsOf(b));
    if (found.length) {
      console.error(`shift-years: ${a} shows ${found.length} years of ${b}:`);
      for (const [file, around] of found.slice(0, 20)) console.error(`  ${file}: …${around.replace(/\s+/g, ' ')}…`);
      process.exit(1);
    }
    console.log(`shift-years: ${a} shows no year of ${b}`);
  } else {
    console.error('usage: node tools/shift-years.mjs copy SRC_DIR DST_DIR [N] | check SITE_DIR SRC_DIR');
    process.exit(2);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();

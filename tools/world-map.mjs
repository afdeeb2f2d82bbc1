// The map of partners' geometry, from Natural Earth (public domain) through
// the pinned npm `world-atlas` (TopoJSON) and `topojson-client`:
//
//   node tools/world-map.mjs REPORT_JSON OUT_GEOJSON   the map ECharts draws
//   node tools/world-map.mjs --points FILE   writes the markers' places
//   node tools/world-map.mjs --check FILE    fails when FILE is not current
//
// The map: the 110m countries as GeoJSON, Antarctica left out (no partner
// is there, and it would take a third of a phone-width map), coordinates
// rounded to 0.1° and a point kept only 0.3° from the last (about a pixel
// at 1280 px wide), each feature named by its
// ISO 3166-1 numeric code (world-atlas's id), which is how report.json's
// `country_code.numeric` finds it: no name is matched. Small states the
// 110m set leaves out (Saint Kitts and Nevis, Singapore) are marked, not
// drawn.
//
// The markers' places (`src/charts/map_points.rs`, Rust, checked in): for
// every country of the 50m set (which has the small states), the centroid
// of its largest polygon: any report's partners have theirs, and the map
// step fails for a country the atlas does not have. Generated, never typed:
// `make test-tools` fails when it differs from what this tool writes now.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const ATLAS_VERSION = require('world-atlas/package.json').version;
const ANTARCTICA = '010';

function countries(scale) {
  const topo = require(`world-atlas/countries-${scale}.json`);
  return feature(topo, topo.objects.countries).features;
}

/** The ISO 3166-1 codes report.json gives, each once: [numeric, alpha3, english name]. */
export function codesOf(report) {
  const out = new Map();
  const add = (code, name) => {
    if (code && !out.has(code.numeric)) out.set(code.numeric, [code.numeric, code.alpha3, name?.en ?? '']);
  };
  add(report.meta?.home?.code, report.meta?.home?.name);
  for (const a of report.agreements ?? []) add(a.country_code, a.country);
  for (const a of report.activities ?? []) add(a.country?.code, a.country?.name);
  return [...out.values()].sort((a, b) => a[0].localeCompare(b[0]));
}

const round = (x) => Math.round(x * 10) / 10;

// A point closer than this to the last one kept is dropped (degrees): a
// pixel at 1280 px wide, half a pixel in the 720 px SVGs.
const STEP = 0.3;

function roundRing(ring) {
  const out = [];
  // A ring across the antimeridian (Russia's Chukotka, Fiji) has points at
  // both -180 and 180: drawn as is, it strokes a line across the whole map.
  // Its western points are moved east of 180 instead.
  const xs = ring.map((p) => p[0]);
  const across = Math.max(...xs) - Math.min(...xs) > 180;
  for (const [x0, y] of across ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring) {
    const x = x0;
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || Math.hypot(last[0] - p[0], last[1] - p[1]) >= STEP) out.push(p);
  }
  // Closed again where the step dropped the last point.
  const [first, end] = [out[0], out[out.length - 1]];
  if (out.length > 1 && (first[0] !== end[0] || first[1] !== end[1])) out.push([...first]);
  return out;
}

/** The GeoJSON ECharts registers as the map `world`. */
export function worldMap() {
  const features = [];
  for (const f of countries('110m')) {
    if (f.id === ANTARCTICA) continue;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const kept = polygons
      .map((rings) => rings.map(roundRing).filter((r) => r.length >= 4))
      .filter((rings) => rings.length > 0);
    if (kept.length === 0) continue;
    // A territory without a code (N. Cyprus, Kosovo, Somaliland) is drawn,
    // never coloured: its name cannot be a numeric code.
    const name = f.id ?? `-${f.properties.name}`;
    features.push({ type: 'Feature', properties: { name }, geometry: { type: 'MultiPolygon', coordinates: kept } });
  }
  return { type: 'FeatureCollection', features };
}

function ringArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return a / 2;
}

function ringCentroid(ring) {
  let x = 0, y = 0;
  const a = ringArea(ring);
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    x += (ring[j][0] + ring[i][0]) * f;
    y += (ring[j][1] + ring[i][1]) * f;
  }
  return [x / (6 * a), y / (6 * a)];
}

/** Where each country of the atlas is marked: [numeric, name, lon, lat], by
 * code (features without an ISO code, and Antarctica, left out). */
export function allPoints() {
  return countries('50m')
    .filter((f) => f.id && f.id !== ANTARCTICA)
    .map((f) => {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const largest = polygons.map((p) => p[0]).reduce((a, b) => (Math.abs(ringArea(b)) > Math.abs(ringArea(a)) ? b : a));
      const [lon, lat] = ringCentroid(largest);
      return [f.id, f.properties?.name ?? '', round(lon), round(lat)];
    })
    .sort((a, b) => a[0].localeCompare(b[0]));
}

/** Where each country of report.json is marked: [numeric, alpha3, name, lon, lat];
 * throws for a country the atlas has no shape for. */
export function points(report) {
  const all = new Map(allPoints().map((p) => [p[0], p]));
  return codesOf(report).map(([numeric, alpha3, name]) => {
    const p = all.get(numeric);
    if (!p) throw new Error(`report.json names ${alpha3} (${numeric}, ${name}), which world-atlas ${ATLAS_VERSION} has no shape for`);
    return [numeric, alpha3, name, p[2], p[3]];
  });
}

/** The Rust file of the markers' places: every country of the atlas, so
 * that any report's partners have theirs (the code knows no report). */
export function pointsRust() {
  const rows = allPoints()
    .map(([numeric, name, lon, lat]) => `    (${JSON.stringify(numeric)}, ${lon.toFixed(1)}, ${lat.toFixed(1)}), // ${name}`)
    .join('\n');
  return `//! Where the map of partners marks a country: for every country of
//! Natural Earth's 1:50m countries (public domain), world-atlas ${ATLAS_VERSION},
//! the centroid of its largest polygon. Written by
//! \`node tools/world-map.mjs --points src/charts/map_points.rs\`;
//! do not edit (\`make test-tools\` fails when it is not current).

/// (ISO 3166-1 numeric code, longitude, latitude), by code.
pub const POINTS: &[(&str, f64, f64)] = &[
${rows}
];
`;
}

function main() {
  const [first, second, third] = process.argv.slice(2);
  if (first === '--points' || first === '--check') {
    if (!second) usage();
    const rust = pointsRust();
    if (first === '--points') {
      writeFileSync(second, rust);
      console.log(`world-map: ${second}`);
    } else if (readFileSync(second, 'utf8') !== rust) {
      console.error(`world-map: ${second} is not current: run node tools/world-map.mjs --points ${second}`);
      process.exit(1);
    }
    return;
  }
  if (!first || !second || third) usage();
  const report = JSON.parse(readFileSync(first, 'utf8'));
  // Every country of report.json must have its place (throws otherwise).
  points(report);
  const json = JSON.stringify(worldMap());
  mkdirSync(dirname(second), { recursive: true });
  writeFileSync(second, json);
  console.log(`world-map: ${second}, ${(json.length / 1024).toFixed(1)} KB (world-atlas ${ATLAS_VERSION}, 110m)`);
}

function usage() {
  console.error('usage: node tools/world-map.mjs REPORT_JSON OUT_GEOJSON | --points FILE | --check FILE');
  process.exit(2);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();

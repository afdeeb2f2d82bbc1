// The map of partners' geometry and markers (tools/world-map.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { codesOf, pointsRust, worldMap, points, allPoints } from '../../tools/world-map.mjs';

const report = JSON.parse(readFileSync(new URL('../../public/data/report.json', import.meta.url), 'utf8'));

test('the markers\' places (src/charts/map_points.rs) are what the tool writes now, for every country of the atlas', () => {
  const checked = readFileSync(new URL('../../src/charts/map_points.rs', import.meta.url), 'utf8');
  assert.equal(checked, pointsRust(), 'run: node tools/world-map.mjs --points src/charts/map_points.rs');
  assert.ok(allPoints().length > 200, 'every country, not one report\'s');
  for (const [numeric] of codesOf(report)) assert.ok(checked.includes(`("${numeric}",`), numeric);
});

test('every country of report.json has a place, Taiwan and the small states among them', () => {
  const codes = codesOf(report).map((c) => c[1]);
  for (const c of ['TWN', 'KNA', 'SLB', 'BLZ', 'JPN', 'ZAF', 'USA']) assert.ok(codes.includes(c), c);
  const kna = points(report).find((p) => p[1] === 'KNA');
  assert.ok(Math.abs(kna[3] + 62.7) < 0.5 && Math.abs(kna[4] - 17.3) < 0.5, `Saint Kitts and Nevis at ${kna}`);
  const broken = { ...report, agreements: [{ ...report.agreements[0], country_code: { alpha2: 'XX', alpha3: 'XXX', numeric: '999' } }] };
  assert.throws(() => points(broken), /XXX \(999/);
});

test('the map: countries named by their numeric code, Taiwan in it, Antarctica out, coordinates rounded', () => {
  const map = worldMap();
  const names = map.features.map((f) => f.properties.name);
  assert.ok(names.includes('158'), 'Taiwan');
  assert.ok(!names.includes('010'), 'no Antarctica');
  assert.equal(new Set(names).size, names.length, 'each name once');
  for (const f of map.features) {
    assert.equal(f.geometry.type, 'MultiPolygon');
    for (const ring of f.geometry.coordinates.flat()) {
      assert.ok(ring.length >= 4);
      for (const [x, y] of ring) assert.ok(Math.round(x * 10) === x * 10 || Math.abs(Math.round(x * 10) - x * 10) < 1e-9, `${x}`);
    }
  }
  // Every country the report names that the 110m map draws is there by its code.
  for (const [numeric, alpha3] of codesOf(report)) {
    if (['659', '702'].includes(numeric)) continue; // too small for 110m: marked only
    assert.ok(names.includes(numeric), alpha3);
  }
});

// Another report from this one (tools/shift-years.mjs): years move, other
// numbers stay, and a site's leftover years are found.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shift, leftovers, yearsOf } from '../../tools/shift-years.mjs';

const years = [2010, 2013, 2014];

test('Gregorian and ROC years move; counts, percentages and sessions do not', () => {
  assert.equal(shift('"date": "2014-05-29", "id": "mou-usa-2014"', years, 7), '"date": "2021-05-29", "id": "mou-usa-2021"');
  assert.equal(shift('103 年 6 月；103年度；99–103 年（2010–2014）', years, 7), '110 年 6 月；110年度；106–110 年（2017–2021）');
  assert.equal(shift('99 至 103 年', years, 7), '106 至 110 年');
  assert.equal(shift('ROC year 103', years, 7), 'ROC year 110');
  // Not years: a count, a percentage, a session, a year the report does not hold.
  assert.equal(shift('400000 people; 100 (%); 第 103 屆; 2015; 2,014', years, 7), '400000 people; 100 (%); 第 103 屆; 2015; 2,014');
});

test('the years of a data folder are those of its dates and year fields', () => {
  const dir = mkdtempSync(join(tmpdir(), 'years-'));
  writeFileSync(join(dir, 'report.json'), '{"date": "2013-02", "year": 2014, "value": 2010}');
  assert.deepEqual(yearsOf(dir), [2013, 2014]);
  // The dates of the data's editions are not the report's.
  writeFileSync(join(dir, 'changes.json'), '{"published": {"version": "1.0.0", "date": "2026-11-25"}}');
  assert.deepEqual(yearsOf(dir), [2013, 2014]);
});

test('a site that still shows a year of the original is caught, in either calendar', () => {
  const site = mkdtempSync(join(tmpdir(), 'site-'));
  mkdirSync(join(site, 'views'));
  writeFileSync(join(site, 'index.html'), '<h1>Report 2021</h1>');
  writeFileSync(join(site, 'views', 'a.json'), '{"summary": "in 2021", "csv": "data:text/csv,a%2010%20b"}');
  assert.deepEqual(leftovers(site, years), []);
  writeFileSync(join(site, 'views', 'b.json'), '{"summary": "103 年"}');
  writeFileSync(join(site, 'en.html'), '<a href="data:text/csv,Report%202014">');
  const found = leftovers(site, years).map(([file]) => file).sort();
  assert.deepEqual(found, ['en.html', 'views/b.json']);
});

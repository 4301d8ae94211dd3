import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { coverageLine, coverageReport, sectionLines } from '../src/coverage';

const lenses = [{ command: { title: 'ml-system-design · 8/9 blocks · readiness 91/100 · missing: Monitoring', command: 'rubric.insertMissingBlocks' } }];
const symbols = [{
  name: 'Home feed ranking v2', detail: 'ml-system-design', children: [
    { name: 'Problem framing', detail: '→ Problem framing' },
    { name: 'References', detail: 'no template block', children: [] },
  ],
}];

test('the coverage line is the first lens title', () => {
  assert.equal(coverageLine([{ command: null }, ...lenses]), 'ml-system-design · 8/9 blocks · readiness 91/100 · missing: Monitoring');
  assert.equal(coverageLine([]), undefined);
  assert.equal(coverageLine(null), undefined);
});

test('sections are listed by depth with the block they fill', () => {
  assert.deepEqual(sectionLines(symbols), [
    'Home feed ranking v2  ml-system-design',
    '  Problem framing  → Problem framing',
    '  References  no template block',
  ]);
});

test('the report names the document and says when no template applies', () => {
  const report = coverageReport('docs/feed.md', lenses, symbols);
  assert.match(report, /^Rubric template coverage: docs\/feed\.md\nml-system-design · 8\/9 blocks · readiness 91\/100 · missing: Monitoring\n/);
  assert.match(coverageReport('x.md', [], []), /no template applies/);
});

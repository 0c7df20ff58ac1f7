import test from 'node:test';
import assert from 'node:assert/strict';
import { satisfies, compareVersions } from '../../dist/models/semver.js';

test('version ranges select as npm ranges do', () => {
  const cases = [
    ['1.2.3', '*', true], ['1.2.3', '1.2.3', true], ['1.2.4', '1.2.3', false],
    ['1.9.0', '^1.2.3', true], ['2.0.0', '^1.2.3', false], ['0.2.9', '^0.2.3', true],
    ['0.3.0', '^0.2.3', false], ['1.2.9', '~1.2.3', true], ['1.3.0', '~1.2.3', false],
    ['1.5.0', '>=1.2.0 <2.0.0', true], ['2.0.0', '>=1.2.0 <2.0.0', false],
    ['1.7.1', '1.x', true], ['2.0.0', '1.x', false], ['1.2.0', '1.2.x', true],
  ];
  for (const [v, r, want] of cases) assert.equal(satisfies(v, r), want, `${v} in ${r}`);
  assert.ok(compareVersions('1.10.0', '1.9.0') > 0);
  assert.ok(compareVersions('1.0.0-beta', '1.0.0') < 0);
  assert.throws(() => satisfies('1.0', '*'), (e) => e.code === 'E_INVALID_ARGUMENT');
  assert.throws(() => satisfies('1.0.0', '^^1'), (e) => e.code === 'E_INVALID_ARGUMENT');
});

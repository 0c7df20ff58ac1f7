// seamkit/a11y in Node (no DOM): the wasm half of the audit on binary
// snapshots, as a Worker would run it, and its typed errors.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { auditRules, auditSnapshot } from '../../dist/a11y/index.js';
import { SeamkitError } from '../../dist/index.js';

const FIXTURE = new URL('../fixtures/a11y/snapshot/browser-basic.bin', import.meta.url);
const bytes = new Uint8Array(await readFile(FIXTURE));

/** A copy of the fixture with one little-endian word replaced. */
function patchWord(word, value) {
  const copy = bytes.slice();
  new DataView(copy.buffer).setUint32(word * 4, value >>> 0, true);
  return copy;
}

const rejectsWith = (promise, code, pattern) => assert.rejects(promise,
  (e) => e instanceof SeamkitError && e.code === code && pattern.test(e.message));

test('auditRules lists every rule with its ACT ids and tags', async () => {
  const rules = await auditRules();
  assert.ok(rules.length >= 22);
  const img = rules.find((r) => r.id === 'image-alt');
  assert.ok(img.actIds.includes('23a2a8'), 'image-alt maps to ACT 23a2a8');
  assert.ok(img.tags.includes('wcag2a'));
  for (const r of rules) {
    assert.match(r.id, /^[a-z0-9-]+$/);
    assert.ok(['minor', 'moderate', 'serious', 'critical'].includes(r.impact), r.id);
  }
});

test('auditSnapshot runs the rules on a Chromium snapshot (ArrayBuffer or view)', async () => {
  const r = await auditSnapshot(bytes);
  assert.equal(r.engine, 'seamkit');
  assert.equal(r.formatVersion, 1);
  const byId = new Map(r.rules.map((x) => [x.id, x]));
  assert.equal(byId.get('document-title').outcome, 'passed');
  assert.equal(byId.get('html-has-lang').outcome, 'passed');
  assert.ok(r.timing.wasmMs >= 0 && r.timing.wasmMemoryBytes >= 16 << 20);
  const fromBuffer = await auditSnapshot(bytes.slice().buffer);
  assert.deepEqual(fromBuffer.rules, r.rules);
});

test('auditSnapshot selects rules by id and by tag', async () => {
  const one = await auditSnapshot(bytes, { rules: ['image-alt'] });
  assert.deepEqual(one.rules.map((x) => x.id), ['image-alt']);
  const bp = await auditSnapshot(bytes, { tags: ['best-practice'] });
  assert.ok(bp.rules.length > 0);
  for (const x of bp.rules) assert.ok(x.tags.includes('best-practice'), x.id);
  await rejectsWith(auditSnapshot(bytes, { rules: ['no-such-rule'] }), 'E_INVALID_ARGUMENT',
    /no-such-rule/);
});

test('bad snapshots give typed errors naming the problem', async () => {
  await rejectsWith(auditSnapshot(bytes.subarray(0, bytes.length - 8)), 'E_MALFORMED',
    /truncated/);
  await rejectsWith(auditSnapshot(bytes.subarray(0, 10)), 'E_MALFORMED', /header/);
  await rejectsWith(auditSnapshot(patchWord(0, 0x12345678)), 'E_PARSE', /magic/);
  await rejectsWith(auditSnapshot(patchWord(1, 9)), 'E_UNSUPPORTED', /version 9/);
  // Node 1's parent pointing at itself: a cycle, not a tree.
  await rejectsWith(auditSnapshot(patchWord(16 + 4 + 1, 1)), 'E_MALFORMED', /node 1|parent/);
  await rejectsWith(auditSnapshot(patchWord(4, 2_000_000)), 'E_LIMIT_EXCEEDED', /nodes/);
  const trailing = new Uint8Array(bytes.length + 4);
  trailing.set(bytes);
  await rejectsWith(auditSnapshot(trailing), 'E_MALFORMED', /trailing/);
});

test('auditSnapshot checks its arguments', async () => {
  await rejectsWith(auditSnapshot('nope'), 'E_INVALID_ARGUMENT', /ArrayBuffer/);
  await rejectsWith(auditSnapshot(bytes, { tags: 'wcag2a' }), 'E_INVALID_ARGUMENT', /tags/);
  const ac = new AbortController();
  ac.abort();
  await rejectsWith(auditSnapshot(bytes, { signal: ac.signal }), 'E_ABORTED', /abort/);
});

// The built package (dist/) loaded in Node, as a consumer imports it.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import * as seamkit from '../../dist/index.js';

const { init, contrastRatio, contrastRatioBatch, checkContrast, parseColor, SeamkitError } = seamkit;

// Must stay the first test of this file: nothing has called init() yet.
test('contrastRatio before init() throws E_NOT_INITIALIZED', () => {
  assert.throws(() => contrastRatio('#000', '#fff'),
    (e) => e instanceof SeamkitError && e.code === 'E_NOT_INITIALIZED');
});

test('init() is idempotent and resolves', async () => {
  const a = init();
  const b = init();
  await Promise.all([a, b]);
  await init();
});

test('#767676 on white is 4.54:1 (published pair)', async () => {
  await init();
  assert.equal(Math.round(contrastRatio('#767676', '#ffffff') * 100) / 100, 4.54);
  assert.equal(contrastRatio('black', 'white'), 21);
  assert.equal(contrastRatio({ r: 0, g: 0, b: 0, a: 0.5 }, 'white'),
    contrastRatio('rgb(127.5, 127.5, 127.5)', 'white'));
});

test('checkContrast applies the large-text thresholds', async () => {
  await init();
  const small = checkContrast('#949494', '#ffffff', { fontSizePx: 16 });
  assert.equal(small.aa, false);
  assert.equal(small.required.aa, 4.5);
  const large = checkContrast('#949494', '#ffffff', { fontSizePx: 24 });
  assert.equal(large.largeText, true);
  assert.equal(large.aa, true);
  assert.equal(large.required.aaa, 4.5);
});

test('bad colours reject with a typed error naming the problem', async () => {
  await init();
  assert.throws(() => parseColor('#12345'), (e) => e instanceof SeamkitError &&
    e.code === 'E_PARSE' && /3, 4, 6 or 8 digits/.test(e.message));
  assert.throws(() => contrastRatio('oklch(0.5 0.1 20)', '#fff'),
    (e) => e.code === 'E_UNSUPPORTED');
  assert.throws(() => parseColor(42), (e) => e.code === 'E_INVALID_ARGUMENT');
  assert.throws(() => contrastRatio(null, '#fff'), (e) => e.code === 'E_INVALID_ARGUMENT');
});

test('contrastRatioBatch matches the scalar path on 1,000 random pairs', async () => {
  await init();
  const n = 1000;
  const fg = new Float32Array(4 * n);
  const bg = new Float32Array(4 * n);
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < 4 * n; i++) {
    fg[i] = i % 4 === 3 ? rand() : Math.floor(rand() * 256);
    bg[i] = i % 4 === 3 ? 1 : Math.floor(rand() * 256);
  }
  const out = contrastRatioBatch(fg, bg);
  assert.equal(out.length, n);
  for (let i = 0; i < n; i++) {
    const c = (o) => ({ r: o[4 * i], g: o[4 * i + 1], b: o[4 * i + 2], a: o[4 * i + 3] });
    const want = contrastRatio(c(fg), c(bg));
    assert.ok(Math.abs(out[i] - want) <= 2e-5 * want, `pair ${i}: ${out[i]} vs ${want}`);
  }
  assert.throws(() => contrastRatioBatch(fg, bg.subarray(4)), (e) => e.code === 'E_INVALID_ARGUMENT');
  assert.throws(() => contrastRatioBatch([0, 0, 0, 1], bg), (e) => e.code === 'E_INVALID_ARGUMENT');
});

test('the runtime exports are exactly the ones index.d.ts declares', async () => {
  const dts = await readFile(new URL('../../dist/index.d.ts', import.meta.url), 'utf8');
  const declared = [...dts.matchAll(/^export declare (?:function|const|class) (\w+)/gm)]
    .map((m) => m[1]);
  // Re-exports of runtime values: `export { a, b, type T } from './x.js'`.
  for (const m of dts.matchAll(/^export \{([^}]*)\} from/gm)) {
    declared.push(...m[1].split(',').map((s) => s.trim()).filter((s) => s && !s.startsWith('type ')));
  }
  declared.sort();
  assert.deepEqual(Object.keys(seamkit).sort(), declared);
});

test('the package entry resolves through the exports map', async () => {
  const pkg = await import('seamkit');
  assert.equal(pkg.contrastRatio, seamkit.contrastRatio);
});

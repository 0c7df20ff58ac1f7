// What `npm run build` ships: SIMD in the wasm, and nothing a consumer does
// not need.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');

function listFiles(dir, prefix = '') {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

test('the wasm core contains simd128 instructions', () => {
  const text = execFileSync('wasm-dis', [path.join(DIST, 'seamkit-core.wasm')],
    { encoding: 'utf8', maxBuffer: 256 << 20 });
  const simd = text.match(/\b(f32x4|i32x4|i16x8|i8x16|v128)\.[a-z_0-9]+/g) ?? [];
  assert.ok(simd.length >= 50, `only ${simd.length} SIMD instructions`);
  assert.ok(simd.some((op) => op.startsWith('f32x4.mul')), 'no f32x4.mul');
});

test('dist/ holds only ES modules, type declarations, data and the wasm', () => {
  const files = listFiles(DIST);
  assert.ok(files.includes('index.js') && files.includes('index.d.ts'));
  const stray = files.filter((f) => !/\.(js|mjs|d\.ts|wasm|json|onnx|txt)$/.test(f));
  assert.deepEqual(stray, []);
  assert.ok(!files.some((f) => /(^|\/)(test|tests|__tests__)\//.test(f)));
});

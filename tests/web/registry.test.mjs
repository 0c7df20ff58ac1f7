// The model registry in Node, on the real BlazeFace model from its npm
// package: integrity, sharing, pinning, rollback and fallback.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, copyFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ModelRegistry } from '../../dist/models/registry.js';

const MODELS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/models');
const FRONT = 'face_detection_front_128x128_barracuda.onnx';

/** A models folder with a manifest of two versions of blazeface-front. */
async function twoVersionFolder({ tamperNewest = false } = {}) {
  const dir = await mkdtemp(path.join(tmpdir(), 'seamkit-models-'));
  const manifest = JSON.parse(await readFile(path.join(MODELS, 'manifest.json'), 'utf8'));
  const front = manifest.models.find((m) => m.id === 'blazeface-front');
  const newer = structuredClone(front);
  newer.version = '1.1.0';
  newer.files[0].name = 'front-1.1.0.onnx';
  newer.fallback = { type: 'version', version: '1.0.0' };
  manifest.models.push(newer);
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  await copyFile(path.join(MODELS, FRONT), path.join(dir, FRONT));
  const bytes = await readFile(path.join(MODELS, FRONT));
  if (tamperNewest) bytes[bytes.length >> 1] ^= 0x5a;
  await writeFile(path.join(dir, 'front-1.1.0.onnx'), bytes);
  return dir;
}

test('loads the real BlazeFace model, verified, and runs it', async () => {
  const registry = await ModelRegistry.create();
  const loads = [];
  registry.on('load', (e) => loads.push(e));
  const [a, b] = await Promise.all([registry.load('blazeface-front'), registry.load('blazeface-front')]);
  assert.equal(a, b, 'one shared session per model');
  assert.equal(loads.length, 1);
  assert.equal(a.executionProvider, 'wasm');
  const input = new a.Tensor('float32', new Float32Array(128 * 128 * 3).fill(-1), [1, 128, 128, 3]);
  const out = await a.run({ 'input:0': input });
  assert.deepEqual(out['Identity:0'].dims, [1, 512, 1]);
  assert.deepEqual(out['Identity_3:0'].dims, [1, 384, 16]);
  await registry.dispose();
});

test('a tampered model is refused, reported, and the older version used', async () => {
  const dir = await twoVersionFolder({ tamperNewest: true });
  try {
    const registry = await ModelRegistry.create({ manifestUrl: pathToFileURL(path.join(dir, 'manifest.json')) });
    const integrity = [];
    registry.on('integrity', (e) => integrity.push(e));
    const handle = await registry.load('blazeface-front');
    assert.equal(handle.version, '1.0.0');
    assert.equal(integrity.length, 1);
    assert.match(integrity[0].message, /sha256 [0-9a-f]{64} does not match/);
    await registry.dispose();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('with every version refused, load names the declared fallback', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'seamkit-models-'));
  try {
    await copyFile(path.join(MODELS, 'manifest.json'), path.join(dir, 'manifest.json'));
    const bytes = await readFile(path.join(MODELS, FRONT));
    await writeFile(path.join(dir, FRONT), bytes.subarray(0, 1000)); // truncated
    const registry = await ModelRegistry.create({ manifestUrl: pathToFileURL(path.join(dir, 'manifest.json')) });
    const fallbacks = [];
    registry.on('fallback', (e) => fallbacks.push(e));
    await assert.rejects(registry.load('blazeface-front'), (e) =>
      e.code === 'E_MODEL_UNAVAILABLE' && e.fallback?.name === 'procedural-avatar' &&
      /1000 bytes, the manifest says 442005/.test(e.message));
    assert.equal(fallbacks.length, 1);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('followFallback loads a declared fallback model; without it, load rejects', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'seamkit-models-'));
  try {
    // blazeface-back declares blazeface-front as its fallback; its file is truncated.
    const manifest = JSON.parse(await readFile(path.join(MODELS, 'manifest.json'), 'utf8'));
    const back = manifest.models.find((m) => m.id === 'blazeface-back');
    assert.deepEqual(back.fallback, { type: 'model', id: 'blazeface-front', version: '1.0.0' });
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    await copyFile(path.join(MODELS, FRONT), path.join(dir, FRONT));
    await writeFile(path.join(dir, back.files[0].name), Buffer.alloc(64));
    const registry = await ModelRegistry.create({ manifestUrl: pathToFileURL(path.join(dir, 'manifest.json')) });
    const fallbacks = [];
    registry.on('fallback', (e) => fallbacks.push(e));
    await assert.rejects(registry.load('blazeface-back'), (e) =>
      e.code === 'E_MODEL_UNAVAILABLE' && e.fallback?.id === 'blazeface-front');
    const handle = await registry.load('blazeface-back', { followFallback: true });
    assert.equal(handle.id, 'blazeface-front');
    assert.equal(handle.version, '1.0.0');
    assert.equal(fallbacks.length, 2);
    await registry.dispose();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('pin, range and rollback choose the version', async () => {
  const dir = await twoVersionFolder();
  try {
    const registry = await ModelRegistry.create({ manifestUrl: pathToFileURL(path.join(dir, 'manifest.json')) });
    assert.deepEqual(registry.versions('blazeface-front'), ['1.1.0', '1.0.0']);
    assert.equal((await registry.load('blazeface-front')).version, '1.1.0');
    assert.equal((await registry.load('blazeface-front', { range: '~1.0.0' })).version, '1.0.0');
    registry.pin('blazeface-front', '1.0.0');
    assert.equal((await registry.load('blazeface-front')).version, '1.0.0');
    registry.unpin('blazeface-front');
    const rollbacks = [];
    registry.on('rollback', (e) => rollbacks.push(e));
    assert.equal(await registry.rollback('blazeface-front', 'users report misses'), '1.0.0');
    assert.deepEqual(rollbacks, [{ id: 'blazeface-front', from: '1.1.0', to: '1.0.0', reason: 'users report misses' }]);
    assert.equal((await registry.load('blazeface-front')).version, '1.0.0');
    assert.throws(() => registry.pin('blazeface-front', '9.9.9'), (e) => e.code === 'E_NOT_FOUND');
    await assert.rejects(registry.load('no-such-model'), (e) => e.code === 'E_NOT_FOUND');
    await registry.dispose();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the default manifest resolves beside the module, through no literal a bundler would emit', async () => {
  const registry = await ModelRegistry.create();   // unbundled: dist/models/manifest.json
  assert.deepEqual(registry.versions('blazeface-front'), ['1.0.0']);
  assert.equal(registry.entry('blazeface-front', '1.0.0').id, 'blazeface-front');
  await registry.dispose();
  // Vite and webpack emit an asset for new URL('<string literal>', import.meta.url).
  const source = await readFile(path.join(MODELS, 'registry.js'), 'utf8');
  assert.doesNotMatch(source, /new URL\(\s*(['"`])[^'"`]*\1\s*,\s*import\.meta\.url/);
  assert.match(source, /new URL\(DEFAULT_MANIFEST_FILE, import\.meta\.url\)/);
});

test('a missing manifest is E_NOT_FOUND and tells a bundled app what to serve', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'seamkit-models-'));
  try {
    await assert.rejects(
      ModelRegistry.create({ manifestUrl: pathToFileURL(path.join(dir, 'manifest.json')) }),
      (e) => {
        assert.equal(e.code, 'E_NOT_FOUND');
        assert.match(e.message, /^model manifest not found \(.*manifest\.json: ENOENT/);
        assert.match(e.message, /serve node_modules\/seamkit\/dist\/models/);
        assert.match(e.message, /manifestUrl/);
        return true;
      });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

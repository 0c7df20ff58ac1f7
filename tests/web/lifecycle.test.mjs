// Model lifecycle in Node: the monitor (latency, errors, fallbacks, drift
// against the manifest's reference) fed by the real registry and BlazeFace,
// and the feedback store that recalibrates from the user's verdicts.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp, copyFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  init, Monitor, FeedbackStore, calibrationReport, SeamkitError,
} from '../../dist/index.js';
import { ModelRegistry } from '../../dist/models/registry.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const MODELS = path.resolve(HERE, '../../dist/models');
const manifestText = () => readFile(path.join(MODELS, 'manifest.json'), 'utf8');

/** A manifest with one synthetic model over 4 bins (hand-computable). */
function tinyManifest({ minSamples = 10 } = {}) {
  return { models: [{ id: 'toy', version: '1.0.0', monitoring: {
    reference: { status: 'measured', range: [0, 1], proportions: [0.25, 0.25, 0.25, 0.25] },
    drift: { psi: 0.2, ks: 0.1, minSamples } } }] };
}

// Independent PSI and binned KS as drift.h defines them (epsilon 1e-4).
function psiKs(live, ref) {
  const eps = 1e-4;
  let psi = 0; let ks = 0; let a = 0; let e = 0;
  for (let i = 0; i < ref.length; i++) {
    const ai = Math.max(live[i], eps); const ei = Math.max(ref[i], eps);
    psi += (ai - ei) * Math.log(ai / ei);
    a += live[i]; e += ref[i];
    ks = Math.max(ks, Math.abs(a - e));
  }
  return { psi, ks };
}

test('monitor: PSI and KS equal the hand-computed values; drift flag and event', async () => {
  await init();
  const m = new Monitor().configure(tinyManifest());
  const events = [];
  m.on('drift', (e) => events.push(e));
  // 12 values: bins [0.25, 0.25, 0.25, 0.25] → no drift.
  m.recordConfidences('toy', [0.1, 0.2, 0.05, 0.3, 0.4, 0.45, 0.6, 0.7, 0.55, 0.8, 0.9, 1.0]);
  let s = m.snapshot().models.toy;
  assert.equal(s.confidence.count, 12);
  assert.deepEqual(s.confidence.bins, [3, 3, 3, 3]);
  assert.ok(Math.abs(s.drift.psi) < 1e-12 && Math.abs(s.drift.ks) < 1e-12);
  assert.equal(s.drift.drift, false);
  assert.equal(events.length, 0);
  // 12 more, all in the top bin: live shares [1/8, 1/8, 1/8, 5/8].
  m.recordConfidences('toy', new Array(12).fill(0.95));
  s = m.snapshot().models.toy;
  const want = psiKs([3 / 24, 3 / 24, 3 / 24, 15 / 24], [0.25, 0.25, 0.25, 0.25]);
  assert.ok(Math.abs(s.drift.psi - want.psi) < 1e-9, `${s.drift.psi} vs ${want.psi}`);
  assert.ok(Math.abs(s.drift.ks - want.ks) < 1e-9);
  assert.equal(s.drift.drift, true);
  assert.equal(events.length, 1);
  assert.equal(events[0].modelId, 'toy');
  // Still drifting: no repeated event.
  m.recordConfidences('toy', [0.99]);
  assert.equal(events.length, 1);
  // Out-of-range confidences are refused, and nothing is recorded.
  assert.throws(() => m.recordConfidences('toy', [0.5, 1.5]), (e) => e instanceof SeamkitError);
  assert.equal(m.snapshot().models.toy.confidence.count, 25);
});

test('monitor: below minSamples no drift is raised, however far', async () => {
  await init();
  const m = new Monitor().configure(tinyManifest({ minSamples: 200 }));
  m.recordConfidences('toy', new Array(100).fill(0.99));
  const d = m.snapshot().models.toy.drift;
  assert.ok(d.psi > 1);
  assert.equal(d.enoughSamples, false);
  assert.equal(d.drift, false);
});

test('monitor: latency quantiles, error and fallback rates; memory stays fixed over 100k events', async () => {
  await init();
  const m = new Monitor().configure(tinyManifest());
  const errors = []; const fallbacks = [];
  m.on('error', (e) => errors.push(e));
  m.on('fallback', (e) => fallbacks.push(e));
  for (let i = 1; i <= 100; i++) m.recordRun('toy', i);
  const first = m.snapshot().models.toy;
  // The sketch's relative accuracy is 1 %: p50 of 1..100 is 50 (or 51).
  assert.ok(Math.abs(first.latencyMs.p50 - 50) <= 51 * 0.01 + 1, String(first.latencyMs.p50));
  assert.ok(Math.abs(first.latencyMs.p99 - 99) <= 99 * 0.02 + 1, String(first.latencyMs.p99));
  m.recordError('toy', { message: 'boom' });
  m.recordFallback('toy', { reason: 'no model' });
  const s = m.snapshot().models.toy;
  assert.equal(s.requests, 102);
  assert.ok(Math.abs(s.errorRate - 1 / 102) < 1e-12 && Math.abs(s.fallbackRate - 1 / 102) < 1e-12);
  assert.equal(errors.length, 1);
  assert.equal(fallbacks.length, 1);
  const before = s.memoryBytes;
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < 100_000; i++) m.recordRun('toy', 1 + rand() * 1000);
  const batch = Float32Array.from({ length: 100_000 }, rand);
  m.recordConfidences('toy', batch);
  const after = m.snapshot().models.toy;
  assert.equal(after.requests, 100_102);
  // Fixed-size sketches: at most a few more buckets, never per-event growth.
  assert.ok(after.memoryBytes - before < 16 * 1024, `${before} → ${after.memoryBytes} bytes`);
});

test('monitor: unconfigured or unknown models get typed errors', async () => {
  await init();
  assert.throws(() => new Monitor().recordRun('toy', 1), (e) => e.code === 'E_NOT_INITIALIZED');
  const m = new Monitor().configure(tinyManifest());
  assert.throws(() => m.recordRun('nope', 1), (e) => e.code === 'E_NOT_FOUND');
  assert.throws(() => m.on('nonsense', () => {}), (e) => e.code === 'E_INVALID_ARGUMENT');
  assert.throws(() => new Monitor().configure('{'), (e) => e.code === 'E_PARSE');
});

test('monitor attached to the registry: real BlazeFace runs, then a tampered model falls back', async () => {
  await init();
  const registry = await ModelRegistry.create();
  const m = new Monitor();
  m.attach(registry);
  const handle = await registry.load('blazeface-front');
  const input = new handle.Tensor('float32', new Float32Array(128 * 128 * 3).fill(-1), [1, 128, 128, 3]);
  await handle.run({ 'input:0': input });
  await handle.run({ 'input:0': input });
  const s = m.snapshot().models['blazeface-front'];
  assert.equal(s.successes, 2);
  assert.ok(s.latencyMs.p50 > 0);
  assert.equal(s.load.executionProvider, 'wasm');
  assert.equal(s.load.simd, true);
  await registry.dispose();

  // Every version tampered: refused, error recorded, fallback recorded and emitted.
  const dir = await mkdtemp(path.join(tmpdir(), 'seamkit-lifecycle-'));
  try {
    const manifest = JSON.parse(await manifestText());
    const front = manifest.models.find((e) => e.id === 'blazeface-front');
    const bytes = await readFile(path.join(MODELS, front.files[0].name));
    bytes[100] ^= 0xff;
    await writeFile(path.join(dir, front.files[0].name), bytes);
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    const bad = await ModelRegistry.create({ manifestUrl: pathToFileURL(path.join(dir, 'manifest.json')),
      cache: false });
    const m2 = new Monitor();
    const fallbacks = [];
    m2.attach(bad);
    m2.on('fallback', (e) => fallbacks.push(e));
    await assert.rejects(bad.load('blazeface-front'), (e) => e.code === 'E_MODEL_UNAVAILABLE' &&
      e.fallback?.type === 'path' && e.fallback.name === 'procedural-avatar');
    const s2 = m2.snapshot().models['blazeface-front'];
    assert.equal(s2.errors, 1);
    assert.equal(s2.fallbacks, 1);
    assert.equal(fallbacks.length, 1);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('feedback: user verdicts recalibrate, lowering held-out ECE; versions roll back', async () => {
  await init();
  const fx = JSON.parse(await readFile(path.join(HERE, '../fixtures/confidence/breast_cancer_gnb.json'), 'utf8'));
  const store = new FeedbackStore();
  await assert.rejects(store.recalibrate('gnb'), (e) => e.code === 'E_INVALID_ARGUMENT' && /100 more needed/.test(e.message));
  for (let i = 0; i < fx.fit_scores.length; i++) {
    await store.record({ modelId: 'gnb', output: fx.fit_scores[i], userVerdict: fx.fit_labels[i] === 1 });
  }
  const v1 = await store.recalibrate('gnb');
  assert.equal(v1.version, 1);
  assert.equal(v1.fittedOn, fx.fit_scores.length);
  assert.ok(v1.eceAfter < v1.eceBefore);
  const raw = calibrationReport(fx.test_scores, fx.test_labels).ece;
  const cal = calibrationReport(store.calibration('gnb').applyBatch(fx.test_scores), fx.test_labels).ece;
  assert.ok(cal < raw, `held-out ECE ${cal} should be below ${raw}`);
  const v2 = await store.recalibrate('gnb', { method: 'platt' });
  assert.equal(v2.version, 2);
  assert.equal(store.calibration('gnb').method, 'platt');
  assert.equal(await store.rollbackCalibration('gnb'), 1);
  assert.equal(store.calibration('gnb').method, 'isotonic');
  assert.deepEqual(store.calibrationVersions('gnb').map((v) => v.version), [1]);
  await assert.rejects(store.record({ modelId: 'gnb', output: 0.5, userVerdict: 'maybe' }),
    (e) => e.code === 'E_INVALID_ARGUMENT');
  await store.clear('gnb');
  assert.equal(store.entries('gnb').length, 0);
});

test('feedback: bounded by capacity over 100k records, persisted through the storage adapter', async () => {
  await init();
  let saved = null;
  const storage = { load: async () => saved, save: async (s) => { saved = structuredClone(s); } };
  const store = new FeedbackStore({ capacity: 1000, storage });
  for (let i = 0; i < 100_000; i++) {
    await store.record({ modelId: 'm', output: (i % 100) / 100, userVerdict: i % 3 === 0 });
  }
  const list = store.entries('m');
  assert.equal(list.length, 1000);
  assert.equal(list.at(-1).output, 0.99);
  const again = new FeedbackStore({ capacity: 1000, storage });
  await again.restore();
  assert.equal(again.entries('m').length, 1000);
});

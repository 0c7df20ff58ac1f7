// The package consumed through a bundler (Vite), with no extra config: the
// wasm must be found and emitted as an asset via new URL(..., import.meta.url);
// the avatar Worker must be bundled with ONNX Runtime's wasm-only build.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, readdir, stat, mkdir, copyFile, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { ROOT } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';

const SKIMAGE = '/usr/lib/python3/dist-packages/skimage/data';

/** Builds the app under tests/browser/<app> with Vite's defaults into a temp folder. */
async function viteBuild(app) {
  const out = await mkdtemp(path.join(tmpdir(), 'seamkit-vite-'));
  await build({
    root: path.join(ROOT, 'tests/browser', app),
    logLevel: 'silent',
    build: { outDir: out, emptyOutDir: true, target: 'es2022' },
  });
  return out;
}

async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

test('a Vite production build of an app importing seamkit runs in Chromium', async () => {
  const out = await viteBuild('bundler-app');
  const server = { close: async () => {} };
  let browser;
  try {
    const assets = await readdir(path.join(out, 'assets'));
    assert.ok(assets.some((f) => f.endsWith('.wasm')), `no .wasm emitted: ${assets}`);
    Object.assign(server, await startServer({ mounts: { '/': out } }));
    browser = await launch();
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => document.getElementById('out').textContent !== 'pending');
    assert.equal(await page.textContent('#out'), '4.54');
    assert.deepEqual(errors, []);
  } finally {
    await browser?.close();
    await server.close();
    await rm(out, { recursive: true, force: true });
  }
});

// Everything the avatar app emits: index.html, its script, the Worker (with
// ORT's wasm-only JS inlined), seamkit's wasm (~1 MB), ORT's one SIMD wasm
// (~14 MB); no copy of the registry's default manifest (the app serves its
// own models folder). The full onnxruntime-web would add its WebGPU/JSEP
// builds (~28 MB more).
const MAX_EMITTED_BYTES = 17 * 1024 * 1024;

test('a Vite build bundles the avatar Worker and ORT wasm-only; avatar.start finds the face', {
  skip: !existsSync(`${SKIMAGE}/astronaut.png`) && 'python3-skimage is not installed',
}, async () => {
  const out = await viteBuild('bundler-avatar-app');
  const server = { close: async () => {} };
  let browser;
  try {
    const assets = await readdir(path.join(out, 'assets'));
    const sizes = await Promise.all(assets.map(async (f) => (await stat(path.join(out, 'assets', f))).size));
    const listing = assets.map((f, i) => `${f} ${sizes[i]}`).join(', ');
    // The Worker is an emitted chunk of its own that imports nothing from the page's chunks.
    const workers = assets.filter((f) => /^worker-.*\.js$/.test(f));
    assert.equal(workers.length, 1, listing);
    const workerSource = await readFile(path.join(out, 'assets', workers[0]), 'utf8');
    assert.match(workerSource, /InferenceSession/, 'ORT is bundled into the Worker');
    assert.ok(assets.some((f) => /^seamkit-core-.*\.wasm$/.test(f)), listing);
    const ortWasm = assets.filter((f) => /^ort-wasm.*\.wasm$/.test(f));
    assert.deepEqual(ortWasm.map((f) => f.replace(/-[\w-]{8}\.wasm$/, '')),
      ['ort-wasm-simd-threaded'], `only ORT's wasm-only build: ${listing}`);
    assert.ok(!assets.some((f) => /jsep|webgpu|jspi|asyncify/i.test(f)), listing);
    // The registry's default manifest URL is no pattern Vite emits an asset for.
    assert.ok(!assets.some((f) => f.endsWith('.json')), `a .json asset was emitted: ${listing}`);
    const total = sizes.reduce((a, b) => a + b, 0);
    assert.ok(total < MAX_EMITTED_BYTES, `emitted ${total} bytes: ${listing}`);

    // The app ships the detector's files itself, next to its pages.
    await mkdir(path.join(out, 'models'));
    for (const f of ['manifest.json', 'face_detection_front_128x128_barracuda.onnx']) {
      await copyFile(path.join(ROOT, 'dist/models', f), path.join(out, 'models', f));
    }
    Object.assign(server, await startServer({ mounts: { '/': out, '/skimage/': SKIMAGE } }));
    browser = await launch();
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => typeof window.makeAvatar === 'function');
    const r = await page.evaluate(() => window.makeAvatar('/skimage/astronaut.png', { size: 256 }));
    assert.equal(r.error, undefined, `job failed: ${r.error} ${r.message}`);
    assert.equal(r.kind, 'photo', `fell back: ${JSON.stringify(r.fallback)}`);
    assert.equal(r.fallback, null);
    assert.ok(Math.abs(r.face.score - 0.921) < 0.02, `score ${r.face.score}`);
    assert.ok(Math.abs(r.face.box.x - 179) < 5 && Math.abs(r.face.box.y - 81) < 5,
      JSON.stringify(r.face.box));
    assert.equal(r.model.id, 'blazeface-front');
    assert.equal(r.width, 256);
    assert.equal(r.blobType, 'image/png');
    assert.equal(r.confidence.verdictId, 'likely-true');
    assert.equal(r.confidence.verdictText, 'We found your face clearly');
    // The files came from the bundle and the app's /models/, nothing else.
    assert.ok(requests.includes('/models/face_detection_front_128x128_barracuda.onnx'), requests.join());
    assert.ok(requests.some((p) => /^\/assets\/ort-wasm-simd-threaded-.*\.wasm$/.test(p)), requests.join());
    assert.ok(!requests.some((p) => p.includes('node_modules')), requests.join());
    assert.deepEqual(errors, []);
  } finally {
    await browser?.close();
    await server.close();
    await rm(out, { recursive: true, force: true });
  }
});

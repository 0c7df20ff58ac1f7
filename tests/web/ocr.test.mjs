// seamkit/ocr in Node (in-process): the real PP-OCRv4 models from dist/models
// on a real image (Debian python3-skimage's bw_text.png; the test skips when
// the package is absent), blank and transparent images, a huge image, model
// failure and bad arguments.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createOcr } from '../../dist/ocr/index.js';
import { recognize, downscale } from '../../dist/ocr/pipeline.js';
import { SeamkitError, ErrorCodes } from '../../dist/errors.js';
import { readPng } from './avatar-png.mjs';
import { BW_TEXT_LINES, SKIMAGE_DATA, cer } from './ocr-text.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BW_TEXT = path.join(SKIMAGE_DATA, 'bw_text.png');

function solid(width, height, rgba) {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set(rgba, i);
  return { data, width, height };
}

describe('OCR in Node', () => {
  let ocr;
  before(async () => {
    ocr = createOcr();
    const ready = await ocr.ready;
    assert.equal(ready.available, true, ready.reason);
  });
  after(() => ocr?.close());

  test('bw_text.png: ten lines in reading order, close to the passage', {
    skip: !existsSync(BW_TEXT) && 'python3-skimage is not installed',
  }, async () => {
    const img = await readPng(BW_TEXT);
    const r = await ocr.recognize(img);
    assert.equal(r.available, true);
    assert.equal(r.blank, false);
    assert.equal(r.lines.length, BW_TEXT_LINES.length, r.lines.map((l) => l.text).join(' | '));
    // Reading order: line boxes go down the page.
    for (let i = 1; i < r.lines.length; i++) assert.ok(r.lines[i].box.y > r.lines[i - 1].box.y);
    // Spaces after punctuation are a known weak spot of the recogniser (notes): compare without them.
    const squash = (s) => s.replace(/\s+/g, '');
    let exact = 0;
    r.lines.forEach((l, i) => { if (squash(l.text) === squash(BW_TEXT_LINES[i])) exact++; });
    assert.ok(exact >= 9, `only ${exact}/10 lines exact: ${r.lines.map((l) => l.text).join(' | ')}`);
    const e = cer(BW_TEXT_LINES.join(' '), r.text);
    assert.ok(e < 0.03, `CER ${e}: ${r.text}`);
    assert.equal(r.text, r.lines.map((l) => l.text).join(' '));
    for (const l of r.lines) {
      assert.ok(l.confidence > 0.5 && l.confidence <= 1, `${l.text}: ${l.confidence}`);
      assert.ok(l.calibrated >= 0 && l.calibrated <= 1);
      assert.equal(l.text, l.text.normalize('NFKC').trim());
      assert.equal(l.box.points.length, 8);
      assert.ok(l.box.x >= 0 && l.box.x + l.box.width <= img.width + 1);
    }
    for (const k of ['detPre', 'det', 'detPost', 'recPre', 'rec', 'recPost', 'total']) {
      assert.ok(r.timings[k] >= 0, k);
    }
    assert.ok(r.timings.det > r.timings.detPost, 'the model dominates detection');
    assert.equal(r.model.det.id, 'ppocr-det');
    assert.equal(r.model.rec.id, 'ppocr-rec');
  });

  test('single-colour and fully transparent images: no text, and the model is not run', async () => {
    for (const img of [solid(640, 320, [30, 120, 200, 255]), solid(500, 500, [0, 0, 0, 0])]) {
      const t0 = performance.now();
      const r = await ocr.recognize(img);
      const ms = performance.now() - t0;
      assert.equal(r.available, true);
      assert.equal(r.blank, true);
      assert.deepEqual(r.lines, []);
      assert.equal(r.text, '');
      // Without either model; speed is the benchmark's (bench:ocr), not a bound here.
      assert.equal(r.timings.det, 0, 'the detector did not run');
      assert.equal(r.timings.rec, 0, 'the recogniser did not run');
      console.log(`# blank answer in ${Math.round(ms)} ms`);
    }
  });

  test('a huge image is reduced before the models', async () => {
    const big = solid(6000, 3000, [255, 255, 255, 255]);
    // A dark bar so that the image is not blank.
    for (let y = 1400; y < 1600; y++) big.data.fill(0, (y * 6000 + 1000) * 4, (y * 6000 + 5000) * 4);
    for (let y = 1400; y < 1600; y++) {
      for (let x = 1000; x < 5000; x++) big.data[(y * 6000 + x) * 4 + 3] = 255;
    }
    const r = await ocr.recognize(big);
    assert.equal(r.available, true);
    assert.ok(r.image.scale < 0.35 && r.image.scale > 0.3, `scale ${r.image.scale}`);
    const small = downscale(big, 600);
    assert.deepEqual([small.width, small.height], [600, 300]);
    assert.deepEqual(Array.from(small.data.subarray(0, 4)), [255, 255, 255, 255]);
  });

  test('bad arguments throw SeamkitError with a code', async () => {
    assert.throws(() => createOcr({ threads: 0 }), (e) => e instanceof SeamkitError &&
      e.code === ErrorCodes.INVALID_ARGUMENT);
    assert.throws(() => createOcr(/** @type {any} */ ('x')), SeamkitError);
    const bad = [null, 42, { data: new Uint8Array(10), width: 2, height: 2 },
      { data: new Float32Array(16), width: 2, height: 2 }, { data: new Uint8Array(0), width: 0, height: 0 }];
    for (const b of bad) {
      await assert.rejects(ocr.recognize(/** @type {any} */ (b)), (e) => e instanceof SeamkitError &&
        e.code === ErrorCodes.INVALID_ARGUMENT, JSON.stringify(b));
    }
    await assert.rejects(ocr.recognize(solid(8, 8, [0, 0, 0, 255]), { maxSide: 5 }),
      (e) => e.code === ErrorCodes.INVALID_ARGUMENT);
    await assert.rejects(ocr.recognize(new Blob([new Uint8Array(4)])),
      (e) => e.code === ErrorCodes.UNSUPPORTED);
    await assert.rejects(recognize({}, {}, solid(8, 8, [0, 0, 0, 255])),
      (e) => e.code === ErrorCodes.INVALID_ARGUMENT);
    for (const timeoutMs of [0, -5, NaN, '10', 600001]) {
      assert.throws(() => createOcr({ timeoutMs }), (e) => e.code === ErrorCodes.INVALID_ARGUMENT, String(timeoutMs));
      await assert.rejects(ocr.recognize(solid(8, 8, [0, 0, 0, 255]), { timeoutMs }),
        (e) => e.code === ErrorCodes.INVALID_ARGUMENT, String(timeoutMs));
    }
  });

  test('past timeoutMs recognize() rejects with E_TIMEOUT; the next call works', async () => {
    const banner = await readPng(path.join(ROOT, 'tests/fixtures/ocr/summer-sale.png'));
    const quick = createOcr({ timeoutMs: 1 });
    try {
      assert.equal((await quick.ready).available, true);
      await assert.rejects(quick.recognize(banner), (e) => e instanceof SeamkitError &&
        e.code === ErrorCodes.TIMEOUT && /longer than 1 ms/.test(e.message));
      const r = await quick.recognize(banner, { timeoutMs: 60000 });
      assert.equal(r.text.toUpperCase().replace(/[^A-Z0-9%]/g, ''), 'SUMMERSALE50%OFF', r.text);
    } finally {
      quick.close();
    }
  });
});

describe('OCR whose models cannot load', () => {
  let dir;
  before(async () => {
    // The shipped manifest, but its files are looked for in an empty folder.
    dir = await mkdtemp(path.join(tmpdir(), 'seamkit-ocr-missing-'));
    await writeFile(path.join(dir, 'manifest.json'),
      await readFile(path.join(ROOT, 'dist/models/manifest.json')));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test('recognize() says unavailable with the reason instead of throwing', async () => {
    const ocr = createOcr({ registry: { manifestUrl: pathToFileURL(path.join(dir, 'manifest.json')).href } });
    const ready = await ocr.ready;
    assert.equal(ready.available, false);
    assert.match(ready.reason, /ppocr-(det|rec)/);
    const r = await ocr.recognize(solid(64, 64, [0, 0, 0, 255]));
    assert.equal(r.available, false);
    assert.match(r.reason, /unavailable|ENOENT|no such file/i);
    assert.deepEqual(r.lines, []);
    ocr.close();
  });
});

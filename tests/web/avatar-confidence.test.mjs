// The face detection's confidence display in Node: the real BlazeFace front
// model on skimage's astronaut.png (NASA, public domain), on copies of it
// made dark or blurred here at test time, and on coffee.png (CC0, no face);
// the display is built by seamkit's confidence module.
import test from 'node:test';
import assert from 'node:assert/strict';
import { loadCore } from '../../dist/loader.js';
import { ModelRegistry } from '../../dist/models/registry.js';
import { detectFaces, faceConfidence, calibrateScore } from '../../dist/avatar/pipeline.js';
import { faceConfidenceInput, FACE_CONFIDENCE_TABLE } from '../../dist/avatar/reasons.js';
import { measurePhotoQuality, QualityThresholds } from '../../dist/avatar/quality.js';
import { readPng } from './avatar-png.mjs';
import { darken, boxBlur } from './avatar-degrade.mjs';

const SKIMAGE = '/usr/lib/python3/dist-packages/skimage/data';
const core = await loadCore();
const registry = await ModelRegistry.create({ cache: false });
const handle = await registry.load('blazeface-front');
const buf = new core.FloatBuffer(3 * 128 * 128);
const astronaut = await readPng(`${SKIMAGE}/astronaut.png`);
const coffee = await readPng(`${SKIMAGE}/coffee.png`);

/** Detection then the face confidence, as the Worker does it. */
async function confidenceOf(png, data = png.data) {
  const r = core.RgbaImage.create(png.width, png.height);
  assert.equal(r.ok, true);
  r.value.pixels().set(data);
  try {
    const found = await detectFaces(core, handle, r.value, buf);
    const decoded = { data, width: png.width, height: png.height };
    return { found, ...faceConfidence(decoded, found.face ?? found.faces[0] ?? null,
      found.topScore, handle.model.calibration, 0.75) };
  } finally {
    r.value.delete();
  }
}

const codes = (display) => display.reasons.map((x) => x.code);

test('astronaut: "We found your face clearly", likely-true, with a check icon and words', async () => {
  const c = await confidenceOf(astronaut);
  assert.ok(c.found.face, 'a face was found');
  assert.equal(c.quality.region, 'face');
  assert.equal(c.quality.dark, false);
  assert.equal(c.quality.blurry, false);
  const d = c.display;
  assert.equal(d.verdictId, 'likely-true');
  assert.equal(d.verdictText, 'We found your face clearly');
  assert.equal(d.icon, 'check');
  // identity calibration (the manifest's): calibrated = detector score
  assert.equal(handle.model.calibration.method, 'identity');
  assert.ok(Math.abs(d.calibrated - c.found.face.score) < 1e-9);
  assert.ok(Math.abs(d.raw - c.found.face.score) < 1e-9);
  assert.equal(d.percentText, `${Math.round(c.found.face.score * 100)}%`);
  assert.deepEqual(codes(d), ['face-clear']);
  assert.equal(d.reasons[0].text, FACE_CONFIDENCE_TABLE.reasons['face-clear']);
  assert.match(d.ariaValueText, /face score: We found your face clearly/);
  assert.equal(d.claim, 'Your face shows clearly in this photo');
  assert.match(d.disclaimer, /not yet calibrated/);
  assert.ok(d.textContrast >= 4.5, `verdict text contrast ${d.textContrast}`);
});

test('dark and blurred copies: the detector still scores them high, the verdict says why not', async () => {
  const dark = await confidenceOf(astronaut, darken(astronaut.data, 0.3));
  assert.ok(dark.found.face.score >= 0.75, `dark score ${dark.found.face.score}`);
  assert.equal(dark.quality.dark, true, JSON.stringify(dark.quality));
  assert.equal(dark.quality.blurry, false, JSON.stringify(dark.quality));
  assert.equal(dark.display.verdictId, 'unverified');
  assert.equal(dark.display.verdictText, 'The photo is dark or blurry — try another');
  assert.equal(dark.display.icon, 'question');
  assert.deepEqual(codes(dark.display), ['photo-dark']);
  assert.equal(dark.display.reasons[0].text, 'The photo is dark');

  const blurred = await confidenceOf(astronaut, boxBlur(astronaut.data, 512, 512, 3));
  assert.equal(blurred.quality.dark, false, JSON.stringify(blurred.quality));
  assert.equal(blurred.quality.blurry, true, JSON.stringify(blurred.quality));
  assert.equal(blurred.display.verdictId, 'unverified');
  assert.deepEqual(codes(blurred.display), ['photo-blurry']);

  const both = await confidenceOf(astronaut, darken(boxBlur(astronaut.data, 512, 512, 3), 0.3));
  assert.equal(both.display.verdictText, 'The photo is dark or blurry — try another');
  assert.deepEqual(codes(both.display), ['photo-dark', 'photo-blurry']);
  assert.match(both.display.ariaValueText, /dark or blurry/);

  // A mild change stays clear: half the light, a 3 px blur.
  const mild = await confidenceOf(astronaut, darken(boxBlur(astronaut.data, 512, 512, 1), 0.5));
  assert.equal(mild.display.verdictId, 'likely-true', JSON.stringify(mild.quality));
});

test('coffee: no face, likely-false with a cross icon, score of the best anchor below 0.5', async () => {
  const c = await confidenceOf(coffee);
  assert.equal(c.found.face, null);
  assert.equal(c.found.faces.length, 0);
  assert.equal(c.quality.region, 'photo');
  assert.ok(c.found.topScore > 0 && c.found.topScore < 0.5, `top ${c.found.topScore}`);
  const d = c.display;
  assert.equal(d.verdictId, 'likely-false');
  assert.equal(d.verdictText, 'No face found — try another photo');
  assert.equal(d.icon, 'cross');
  assert.deepEqual(codes(d), ['no-face']);
  assert.ok(Math.abs(d.calibrated - c.found.topScore) < 1e-9);
});

test('a candidate between 0.5 and the clear threshold is unverified, in other words', () => {
  const quality = { dark: false, blurry: false, brightness: 0.5, sharpness: 0.4 };
  const input = faceConfidenceInput({ score: 0.6, quality, faceWidth: 30 });
  assert.equal(input.verdictKind, 1);
  assert.equal(input.verdictLabel, 'The face is not clear — try another photo');
  assert.deepEqual(input.factors.map((f) => f.code), ['face-score-low', 'face-small']);
  const none = faceConfidenceInput({ score: null, quality });
  assert.equal(none.verdictKind, 0);
  assert.equal(none.calibrated, 0);
  assert.equal(none.raw, undefined);
});

test('photo quality: uniform, black and half-white images; the region follows the box', () => {
  const w = 80;
  const h = 60;
  const grey = new Uint8Array(w * h * 4).fill(128);
  const q = measurePhotoQuality(grey, w, h);
  assert.equal(q.region, 'photo');
  assert.ok(Math.abs(q.brightness - 128 / 255) < 1e-4, String(q.brightness));
  assert.equal(q.contrast, 0);
  assert.equal(q.blurry, true, 'no detail at all');
  assert.equal(q.dark, false);
  assert.equal(measurePhotoQuality(new Uint8Array(w * h * 4), w, h).dark, true);
  // Left half black, right half white: the box on the white half is bright.
  const split = new Uint8Array(w * h * 4);
  for (let i = 0; i < w * h; i++) split.fill((i % w) >= w / 2 ? 255 : 0, i * 4, i * 4 + 4);
  const right = measurePhotoQuality(split, w, h, { x: 60, y: 20, width: 10, height: 10 });
  assert.equal(right.region, 'face');
  assert.ok(right.brightness > 0.99, String(right.brightness));
  // Bad geometry: never throws, reads as unusable.
  const bad = measurePhotoQuality(new Uint8Array(4), 10, 10);
  assert.deepEqual([bad.dark, bad.blurry], [true, true]);
  assert.ok(QualityThresholds.dark > 0 && QualityThresholds.blurry > 0);
});

test('calibrateScore: identity as shipped; a fitted calibration is applied', async () => {
  assert.equal(calibrateScore({ method: 'identity' }, 0.8), 0.8);
  assert.equal(calibrateScore(null, 0.8), 0.8);
  const { fitCalibration } = await import('../../dist/confidence/index.js');
  const scores = [0.55, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97];
  const labels = [0, 0, 0, 1, 0, 1, 1, 1];
  const fitted = fitCalibration({ method: 'platt', scores, labels });
  const p = calibrateScore(fitted.toJSON(), 0.9);
  assert.ok(p > 0 && p < 1 && Math.abs(p - fitted.apply(0.9)) < 1e-12);
  assert.equal(calibrateScore({ method: 'nonsense' }, 0.7), 0.7, 'unusable: uncalibrated');
});

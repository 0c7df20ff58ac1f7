// The avatar bindings (wasm/vision_bindings.cpp) and the Worker's pipeline
// functions in Node, on skimage's sample photos (astronaut.png: NASA, public
// domain; chelsea.png: CC0) and the real BlazeFace front model. Expected
// figures: ../shared/notes/models.md (score 0.921, box 179, 81, 93, 93).
import test from 'node:test';
import assert from 'node:assert/strict';
import { loadCore } from '../../dist/loader.js';
import { ModelRegistry } from '../../dist/models/registry.js';
import { detectFaces, stylizeAndMask, proceduralAvatar, STYLES } from '../../dist/avatar/pipeline.js';
import {
  describeFaceScore, reasonMessage, FallbackReasons, FaceThresholds, reasonForImageError,
} from '../../dist/avatar/reasons.js';
import { readPng } from './avatar-png.mjs';

const SKIMAGE = '/usr/lib/python3/dist-packages/skimage/data';
const core = await loadCore();

function near(actual, expected, tol, what) {
  assert.ok(Math.abs(actual - expected) <= tol, `${what}: ${actual} is not ${expected} ± ${tol}`);
}

/** An RgbaImage of the core holding a PNG from skimage. */
async function coreImage(name) {
  const png = await readPng(`${SKIMAGE}/${name}`);
  const r = core.RgbaImage.create(png.width, png.height);
  assert.equal(r.ok, true);
  r.value.pixels().set(png.data);
  return { img: r.value, png };
}

test('confidence words and fallback messages', () => {
  assert.deepEqual(FaceThresholds, { detect: 0.5, clear: 0.75 });
  assert.equal(describeFaceScore(0.921).level, 'clear');
  assert.equal(describeFaceScore(0.75).message, 'We found your face clearly.');
  const unsure = describeFaceScore(0.6);
  assert.equal(unsure.level, 'unclear');
  assert.match(unsure.message, /dark or blurry — try another/);
  const messages = Object.values(FallbackReasons).map(reasonMessage);
  assert.equal(new Set(messages).size, messages.length, 'one message per reason');
  assert.equal(reasonMessage('nonsense'), reasonMessage('internal'));
  assert.equal(reasonForImageError('E_LIMIT_EXCEEDED'), 'image-too-large');
  assert.equal(reasonForImageError('E_MALFORMED'), 'decode-failed');
  assert.equal(reasonForImageError('E_UNSUPPORTED'), 'unsupported-image');
});

test('image headers are read and checked before decoding', async () => {
  const { bytes } = await readPng(`${SKIMAGE}/chelsea.png`);
  assert.deepEqual(core.visionCheckImageHeader(bytes),
    { ok: true, value: { format: 'png', width: 451, height: 300, animated: false, cmyk: false } });
  assert.equal(core.visionCheckImageHeader(bytes.subarray(0, 20)).code, 'E_MALFORMED');
  assert.equal(core.visionCheckImageHeader(new TextEncoder().encode('hello')).code, 'E_UNSUPPORTED');
  const huge = bytes.slice(0, 33);
  new DataView(huge.buffer).setUint32(16, 20000);
  new DataView(huge.buffer).setUint32(20, 20000);
  const r = core.visionCheckImageHeader(huge);
  assert.equal(r.code, 'E_LIMIT_EXCEEDED');
  assert.match(r.message, /20000 x 20000/);
});

test('astronaut: letterbox, BlazeFace front, decode and align through the bindings', async () => {
  const registry = await ModelRegistry.create({ cache: false });
  const handle = await registry.load('blazeface-front');
  const { img } = await coreImage('astronaut.png');
  const buf = new core.FloatBuffer(3 * 128 * 128);
  try {
    const found = await detectFaces(core, handle, img, buf);
    assert.equal(found.faces.length, 1);
    const f = found.face;
    near(f.score, 0.921, 0.01, 'score');
    near(f.x, 179, 2, 'x');
    near(f.y, 81, 2, 'y');
    near(f.width, 93, 2, 'width');
    near(f.keypoints[0].x, 205, 2, 'left eye x');
    near(f.keypoints[1].y, 108, 2, 'right eye y');
    const aligned = core.visionAlignFace(img, f, { outputSize: 192 });
    assert.equal(aligned.ok, true, aligned.message);
    assert.equal(aligned.value.width, 192);
    assert.equal(aligned.value.pixels.length, 192 * 192 * 4);
    const [e0, e1] = aligned.value.keypoints;
    assert.ok(Math.abs(e0.y - e1.y) < 0.01, `eyes level: ${e0.y} ${e1.y}`);
    assert.ok(e0.x < e1.x);
    // Bad calls are typed errors, not exceptions.
    const t = core.visionLetterbox(img, 0, buf);
    assert.equal(t.ok, false);
    const good = core.visionLetterbox(img, 128, buf).value;
    const short = core.visionDecodeBlazeFace(new Float32Array(3), new Float32Array(384),
      new Float32Array(512 * 16), new Float32Array(384 * 16), good, {});
    assert.equal(short.code, 'E_INVALID_ARGUMENT');
    const badT = core.visionDecodeBlazeFace(new Float32Array(512), new Float32Array(384),
      new Float32Array(512 * 16), new Float32Array(384 * 16), { ...good, contentWidth: 999 }, {});
    assert.equal(badT.ok, false);
    const thr = core.visionDecodeBlazeFace(new Float32Array(512), new Float32Array(384),
      new Float32Array(512 * 16), new Float32Array(384 * 16), good, { scoreThreshold: 2 });
    assert.equal(thr.code, 'E_OUT_OF_RANGE');
  } finally {
    img.delete();
    buf.delete();
    await registry.dispose();
  }
});

test('cat and colour chart: candidates above 0.5 but no face at the 0.75 default', async () => {
  const registry = await ModelRegistry.create({ cache: false });
  const handle = await registry.load('blazeface-front');
  const buf = new core.FloatBuffer(3 * 128 * 128);
  try {
    for (const name of ['chelsea.png', 'color.png']) {
      const { img } = await coreImage(name);
      const found = await detectFaces(core, handle, img, buf);
      const lax = await detectFaces(core, handle, img, buf, 0.5);
      img.delete();
      assert.equal(found.face, null, JSON.stringify(found.faces));
      // The model's own 0.5 threshold lets a false face through: hence 0.75.
      near(found.faces[0].score, name === 'chelsea.png' ? 0.531 : 0.584, 0.01, name);
      assert.notEqual(lax.face, null);
    }
  } finally {
    buf.delete();
    await registry.dispose();
  }
});

test('every style and mask shape; bad options are typed errors', () => {
  const size = 96;
  const grey = new Uint8Array(size * size * 4).map((_, i) => (i % 4 === 3 ? 255 : 128));
  for (const style of Object.keys(STYLES)) {
    const r = stylizeAndMask(core, grey, size, style, { shape: 'rounded-square', ringWidth: 3 });
    assert.equal(r.pixels.length, size * size * 4, style);
    assert.equal(r.pixels[3], 0, `${style}: masked corner`);
    assert.equal(r.pixels[(size / 2 * size + size / 2) * 4 + 3], 255, `${style}: opaque centre`);
  }
  assert.throws(() => stylizeAndMask(core, grey, size, 'oil', {}), { code: 'E_INVALID_ARGUMENT' });
  assert.equal(core.visionStylize('oil', size, size, grey, {}).code, 'E_INVALID_ARGUMENT');
  assert.equal(core.visionStylize('cartoon', size, size, grey.subarray(1), {}).code,
    'E_INVALID_ARGUMENT');
  assert.equal(core.visionStylize('posterize', size, size, grey, { palette: ['nope', '#fff'] }).code,
    'E_PARSE');
  assert.equal(core.visionMask(size, size, grey, { shape: 'star' }).code, 'E_INVALID_ARGUMENT');
  assert.equal(core.visionMask(size, size, grey, { ringColor: 'nope' }).code, 'E_PARSE');
  assert.equal(core.RgbaImage.create(20000, 20000).code, 'E_LIMIT_EXCEEDED');
});

test('procedural avatars are deterministic, with initials and alt text', () => {
  const a = proceduralAvatar(core, 'Ada  Lovelace ', 64, { shape: 'circle' });
  const b = proceduralAvatar(core, 'ada lovelace', 64, { shape: 'circle' });
  assert.deepEqual(a.pixels, b.pixels);
  assert.equal(a.initials, 'AL');
  assert.equal(a.alt, 'Avatar with the initials A L');
  const other = proceduralAvatar(core, 'Grace Hopper', 64, { shape: 'circle' });
  assert.notDeepEqual(a.pixels, other.pixels);
  const pattern = proceduralAvatar(core, '李小龙', 64, { shape: 'circle' });
  assert.equal(pattern.initials, '');
  assert.equal(pattern.alt, 'Avatar with a geometric pattern');
  assert.equal(core.visionProceduralAvatar('x', { size: 8 }).code, 'E_OUT_OF_RANGE');
  assert.equal(core.visionProceduralAvatar('x'.repeat(2000), {}).code, 'E_LIMIT_EXCEEDED');
  assert.equal(core.visionProceduralAvatar('x', { palette: ['#ffff00'] }).code,
    'E_INVALID_ARGUMENT');
});

test('200 align + stylize + procedural cycles do not grow the wasm heap', async () => {
  const { img } = await coreImage('astronaut.png');
  const face = { score: 0.9, x: 179, y: 81, width: 93, height: 93,
    keypoints: [{ x: 205, y: 101 }, { x: 249, y: 108 }, { x: 224, y: 124 }, { x: 220, y: 145 },
      { x: 185, y: 110 }, { x: 265, y: 120 }] };
  const cycle = () => {
    const a = core.visionAlignFace(img, face, { outputSize: 128 }).value;
    stylizeAndMask(core, a.pixels, 128, 'cartoon', { shape: 'circle' });
    proceduralAvatar(core, 'Ada Lovelace', 128, { shape: 'circle' });
    core.visionCheckImageHeader(new Uint8Array(64));
  };
  try {
    for (let i = 0; i < 20; i++) cycle();
    const before = core.HEAP8.length;
    for (let i = 0; i < 200; i++) cycle();
    assert.equal(core.HEAP8.length, before, 'heap grew: something leaks');
  } finally {
    img.delete();
  }
});

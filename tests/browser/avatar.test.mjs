// seamkit/avatar end to end in Chromium, on real photographs: Debian's
// python3-skimage sample images (astronaut.png: NASA, public domain;
// chelsea.png and coffee.png: CC0), served from the system folder, never
// copied into the repository. Expected figures: ../shared/notes/models.md
// (front model on astronaut.png: score 0.921, box x 179, y 81, w 93, h 93;
// eyes at (205, 101) and (249, 108)).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openBrowser, ROOT } from './harness.mjs';

const SKIMAGE = '/usr/lib/python3/dist-packages/skimage/data';
const PAGE = '/tests/browser/pages/avatar/index.html';
const MODEL = 'face_detection_front_128x128_barracuda.onnx';

/** Asserts |actual - expected| <= tol with a readable message. */
function near(actual, expected, tol, what) {
  assert.ok(Math.abs(actual - expected) <= tol, `${what}: ${actual} is not ${expected} ± ${tol}`);
}

function assertProcedural(r, reason) {
  assert.equal(r.error, undefined, `job failed: ${r.error} ${r.message}`);
  assert.equal(r.kind, 'procedural', JSON.stringify(r.fallback));
  assert.equal(r.fallback.reason, reason, r.fallback.detail);
  assert.match(r.fallback.message, /made an avatar from your name/);
  assert.equal(r.face, null);
  assert.deepEqual(r.bitmapSize, [r.width, r.height]);
  assert.equal(r.pixels.centre[3], 255, 'avatar centre is opaque');
  assert.equal(r.pixels.corner[3], 0, 'circle mask clears the corner');
}

describe('avatar jobs in Chromium', () => {
  let b;
  let page;
  let tampered;

  before(async () => {
    // A copy of the model with one byte flipped: the registry must refuse it.
    tampered = await mkdtemp(path.join(tmpdir(), 'seamkit-tampered-'));
    const bytes = await readFile(path.join(ROOT, 'dist/models', MODEL));
    bytes[bytes.length >> 1] ^= 0xff;
    await writeFile(path.join(tampered, MODEL), bytes);
    b = await openBrowser({ mounts: { '/skimage/': SKIMAGE, '/tampered/': tampered } });
    page = await b.newPage();
    await page.goto(`${b.url}${PAGE}`);
    await page.waitForFunction(() => typeof window.runAvatar === 'function');
  });

  after(async () => {
    assert.deepEqual(page?.errors ?? [], []);
    await b?.close();
    await rm(tampered, { recursive: true, force: true });
  });

  test('astronaut: face found where the notes say, eyes level, main thread free', async () => {
    const r = await page.evaluate(() =>
      window.runAvatar('/skimage/astronaut.png', { name: 'Eileen Collins', size: 256 }));
    assert.equal(r.error, undefined, `job failed: ${r.error} ${r.message}`);
    assert.equal(r.kind, 'photo', JSON.stringify(r.fallback));
    assert.equal(r.fallback, null);
    near(r.face.score, 0.921, 0.02, 'score');
    near(r.face.box.x, 179, 4, 'box x');
    near(r.face.box.y, 81, 4, 'box y');
    near(r.face.box.width, 93, 4, 'box width');
    near(r.face.box.height, 93, 4, 'box height');
    const [eyeL, eyeR] = r.face.keypoints;
    near(eyeL.x, 205, 4, 'left eye x');
    near(eyeL.y, 101, 4, 'left eye y');
    near(eyeR.x, 249, 4, 'right eye x');
    near(eyeR.y, 108, 4, 'right eye y');
    // After alignment the eyes are level, left of right, in the upper half.
    const [a0, a1] = r.face.alignedKeypoints;
    assert.ok(Math.abs(a0.y - a1.y) < 0.5, `eyes not level: ${a0.y} vs ${a1.y}`);
    assert.ok(a0.x < a1.x && a0.y > 0 && a0.y < 128, JSON.stringify([a0, a1]));
    near(r.face.angle, Math.atan2(108 - 101, 249 - 205), 0.05, 'rotation');
    assert.equal(r.face.confidence.level, 'clear');
    assert.equal(r.face.confidence.message, 'We found your face clearly.');
    assert.deepEqual([r.width, r.height], [256, 256]);
    assert.deepEqual(r.bitmapSize, [256, 256]);
    assert.deepEqual(r.preview, [256, 256]);
    assert.equal(r.blobType, 'image/png');
    assert.ok(r.blobBytes > 1000);
    assert.equal(r.pixels.corner[3], 0);
    assert.equal(r.pixels.centre[3], 255);
    assert.deepEqual(r.image.header, { format: 'png', width: 512, height: 512, animated: false,
      cmyk: false });
    assert.equal(r.model.id, 'blazeface-front');
    assert.equal(r.model.version, '1.0.0');
    assert.equal(r.model.simd, true);
    assert.equal(r.model.threads, 1, 'not cross-origin isolated: one ORT thread');
    for (const k of ['decode', 'detect', 'inference', 'align', 'stylize', 'mask', 'encode', 'total']) {
      assert.ok(r.timings[k] >= 0, `timing ${k}: ${r.timings[k]}`);
    }
    assert.deepEqual(r.statuses, ['decode', 'detect', 'align', 'stylize', 'done']);
    // The cold job (Worker, wasm and ONNX Runtime start: seconds) ran off
    // the main thread: no main-thread task came near its length. (On this
    // shared 2-core machine under load, ordinary tasks of the page stretch to
    // ~300 ms wall time, hence the loose bound here and the strict one below.)
    const cold = JSON.stringify(r.frames);
    assert.ok(r.frames.frames > 10, cold);
    assert.ok(r.frames.longTasks.every((d) => d < 1000), `cold long tasks: ${cold}`);
  });

  test('main thread free during warm jobs: no task of 150 ms, no stalled frames', async () => {
    // Behavioural check, not a speed target. The instrument first proves it
    // sees a deliberate 200 ms block of the main thread.
    const control = await page.evaluate(() => window.controlBlock(200));
    assert.ok(control.longTasks.some((d) => d >= 190), JSON.stringify(control));
    assert.ok(control.maxGap >= 150, JSON.stringify(control)); // frame-aligned timestamps
    for (const style of ['cartoon', 'sketch']) {
      const r = await page.evaluate((s) =>
        window.runAvatar('/skimage/astronaut.png', { name: 'E', style: s, size: 512 }), style);
      assert.equal(r.kind, 'photo');
      const f = JSON.stringify(r.frames);
      assert.ok(r.frames.frames >= 2, f);
      // Frame gaps also grow when the machine is loaded (the renderer waits
      // for a core), so the gap only guards against a hang; the long-task
      // check is the one that sees main-thread work of our own.
      assert.ok(r.frames.maxGap < 500, `${style}: longest frame gap ${f}`);
      // Our own main-thread work per job is a few ms; 150 ms stays below the
      // control's 200 ms block yet leaves room for a core shared with other
      // work (one 158 ms task was seen at load 11.7 on a 2-core machine).
      assert.ok(r.frames.longTasks.every((d) => d < 150), `${style}: long tasks ${f}`);
    }
  });

  test('every style renders a 128 px avatar from the astronaut', async () => {
    for (const style of ['cartoon', 'posterize', 'duotone', 'sketch', 'none']) {
      const r = await page.evaluate((s) =>
        window.runAvatar('/skimage/astronaut.png', { name: 'E', style: s, size: 128 }), style);
      assert.equal(r.kind, 'photo', `${style}: ${JSON.stringify(r.fallback ?? r.message)}`);
      assert.equal(r.style, style);
      assert.deepEqual(r.bitmapSize, [128, 128]);
    }
  });

  test('an EXIF-rotated JPEG is turned upright before detection', async () => {
    const upright = await page.evaluate(async () =>
      window.runAvatar(await window.makeRotatedJpeg('/skimage/astronaut.png', true), { name: 'E' }));
    assert.equal(upright.kind, 'photo', JSON.stringify(upright.fallback));
    assert.equal(upright.image.header.format, 'jpeg');
    // Stored 384 x 512; shown (and processed) 512 x 384.
    assert.deepEqual([upright.image.header.width, upright.image.header.height], [384, 512]);
    assert.deepEqual([upright.image.width, upright.image.height], [512, 384]);
    near(upright.face.box.x, 179, 6, 'box x');
    near(upright.face.box.y, 81, 6, 'box y');
    near(upright.face.angle, 0.158, 0.08, 'rotation');
    // The same bytes without the tag stay sideways: no upright face there.
    const sideways = await page.evaluate(async () =>
      window.runAvatar(await window.makeRotatedJpeg('/skimage/astronaut.png', false), { name: 'E' }));
    assert.deepEqual([sideways.image.width, sideways.image.height], [384, 512]);
    if (sideways.kind === 'photo') {
      assert.ok(Math.abs(sideways.face.angle) > 1, 'a sideways face needs a quarter turn');
    }
  });

  test('cat and coffee: no face, procedural avatar from the name with the reason', async () => {
    for (const img of ['chelsea.png', 'coffee.png']) {
      const r = await page.evaluate((u) =>
        window.runAvatar(u, { name: 'Ada Lovelace', size: 128 }), `/skimage/${img}`);
      assertProcedural(r, 'no-face');
      assert.equal(r.initials, 'AL');
      assert.equal(r.alt, 'Avatar with the initials A L');
      assert.equal(r.model.id, 'blazeface-front', 'the detector did run');
      assert.match(r.fallback.message, /could not find a face/);
    }
  });

  test('face confidence: clear astronaut, dark and blurred copies, coffee with no face', async () => {
    const clear = await page.evaluate(() => window.avatarConfidence('/skimage/astronaut.png'));
    assert.equal(clear.kind, 'photo');
    assert.equal(clear.confidence.verdictId, 'likely-true');
    assert.equal(clear.confidence.verdictText, 'We found your face clearly');
    assert.equal(clear.confidence.icon, 'check');
    assert.ok(Math.abs(clear.confidence.calibrated - clear.score) < 1e-9, 'identity calibration');
    assert.deepEqual(clear.confidence.reasons, ['face-clear']);
    // Made at test time: the same photo with 30 % of its light and/or a blur.
    for (const [filter, codes] of [['brightness(0.3)', ['photo-dark']], ['blur(3px)', ['photo-blurry']],
      ['brightness(0.3) blur(3px)', ['photo-dark', 'photo-blurry']]]) {
      const r = await page.evaluate(async (f) =>
        window.avatarConfidence(await window.filtered('/skimage/astronaut.png', f)), filter);
      assert.equal(r.kind, 'photo', `${filter}: the detector still finds the face (${r.score})`);
      assert.equal(r.confidence.verdictId, 'unverified', `${filter}: ${JSON.stringify(r.confidence)}`);
      assert.equal(r.confidence.verdictText, 'The photo is dark or blurry — try another');
      assert.equal(r.confidence.icon, 'question');
      assert.deepEqual(r.confidence.reasons, codes, filter);
      assert.match(r.confidence.ariaValueText, /dark or blurry/);
    }
    const coffee = await page.evaluate(() => window.avatarConfidence('/skimage/coffee.png'));
    assert.equal(coffee.kind, 'procedural');
    assert.equal(coffee.reason, 'no-face');
    assert.equal(coffee.confidence.verdictId, 'likely-false');
    assert.equal(coffee.confidence.verdictText, 'No face found — try another photo');
    assert.equal(coffee.confidence.icon, 'cross');
    assert.deepEqual(coffee.confidence.reasons, ['no-face']);
    const none = await page.evaluate(() => window.avatarConfidence(null));
    assert.equal(none.confidence, null, 'no photo: the detector did not run');
  });

  test('<seam-avatar> says the face verdict in words and shows it as an icon shape', async () => {
    const clear = await page.evaluate(() => window.elementAvatar('/skimage/astronaut.png'));
    assert.equal(clear.state, 'ready');
    assert.equal(clear.kind, 'photo');
    assert.equal(clear.attr, 'likely-true');
    assert.equal(clear.verdictText, 'We found your face clearly');
    assert.match(clear.label, /made from your photo\. We found your face clearly/);
    assert.match(clear.title, /^We found your face clearly \(The face is well lit and in focus\)$/);
    assert.ok(clear.badgeShown);
    const dark = await page.evaluate(() =>
      window.elementAvatar('/skimage/astronaut.png', 'brightness(0.3)'));
    assert.equal(dark.attr, 'unverified');
    assert.match(dark.label, /The photo is dark or blurry — try another \(The photo is dark\)/);
    assert.ok(dark.badgeShown);
    assert.notEqual(dark.badgeIcon, clear.badgeIcon, 'a different shape, not only a colour');
    assert.notEqual(dark.badgeColour, clear.badgeColour);
    const coffee = await page.evaluate(() => window.elementAvatar('/skimage/coffee.png'));
    assert.equal(coffee.kind, 'procedural');
    assert.equal(coffee.attr, 'likely-false');
    assert.match(coffee.label, /could not find a face/);
    assert.match(coffee.title, /^No face found — try another photo/);
    assert.notEqual(coffee.badgeIcon, dark.badgeIcon);
  });

  test('no photo, corrupt, truncated, foreign and oversized files fall back with typed reasons', async () => {
    const none = await page.evaluate(() => window.runAvatar(null, { name: 'grace@example.org' }));
    assertProcedural(none, 'no-photo');
    assert.equal(none.initials, 'G');
    const cases = [
      ['truncated PNG (header intact)', "window.truncated('/skimage/astronaut.png', 4000)", 'decode-failed'],
      ['truncated header', "window.truncated('/skimage/astronaut.png', 20)", 'decode-failed'],
      ['not an image', "window.makeBlob([...new TextEncoder().encode('hello, world')], 'text/plain')",
        'unsupported-image'],
      ['20,000 x 20,000 PNG header', 'window.pngHeaderOnly(20000, 20000)', 'image-too-large'],
      ['0 x 0 PNG header', 'window.pngHeaderOnly(0, 0)', 'decode-failed'],
    ];
    for (const [label, make, reason] of cases) {
      const r = await page.evaluate(async (expr) =>
        // eslint-disable-next-line no-eval
        window.runAvatar(await (0, eval)(expr), { name: 'Ada' }), make);
      assert.equal(r.kind, 'procedural', `${label}: ${JSON.stringify(r)}`);
      assertProcedural(r, reason);
      assert.ok(r.fallback.detail.length > 0, `${label}: detail`);
    }
    const tiny = await page.evaluate(async () => window.runAvatar(await window.tinyPng(1, 1), { name: 'T' }));
    assertProcedural(tiny, 'no-face');
  });

  test('missing or tampered model: fallback with the model reason', async () => {
    const missing = await page.evaluate(() => window.runAvatar('/skimage/astronaut.png',
      { name: 'Ada', registry: { baseUrl: '/no-such-folder/', cache: false } }));
    assertProcedural(missing, 'model-unavailable');
    assert.match(missing.fallback.detail, /HTTP 404/);
    // No manifest where the page said: the detail tells a bundled app what to serve and pass.
    const noManifest = await page.evaluate(() => window.runAvatar('/skimage/astronaut.png',
      { name: 'Ada', registry: { manifestUrl: '/no-such-folder/manifest.json', cache: false } }));
    assertProcedural(noManifest, 'model-unavailable');
    assert.match(noManifest.fallback.detail,
      /^model manifest not found \(.*HTTP 404\): .*serve node_modules\/seamkit\/dist\/models.*manifestUrl/);
    const bad = await page.evaluate(() => window.runAvatar('/skimage/astronaut.png',
      { name: 'Ada', registry: { baseUrl: '/tampered/', cache: false } }));
    assertProcedural(bad, 'model-unavailable');
    assert.match(bad.fallback.detail, /sha256|integrity/i);
  });

  test('cancel rejects with E_ABORTED and the Worker keeps working', async () => {
    const early = await page.evaluate(() => window.cancelAvatar('/skimage/astronaut.png'));
    assert.deepEqual(early, { error: 'E_ABORTED', name: 'SeamkitError',
      next: { kind: 'procedural', initials: 'GH', width: 64 } });
    const mid = await page.evaluate(() => window.cancelAvatar('/skimage/astronaut.png', 'detect'));
    assert.equal(mid.error, 'E_ABORTED');
    assert.equal(mid.next.kind, 'procedural');
    assert.deepEqual(await page.evaluate(() => window.abortAvatar()), { error: 'E_ABORTED' });
  });

  test('bad options are typed errors', async () => {
    assert.deepEqual(await page.evaluate(() => window.badOptions()),
      ['E_OUT_OF_RANGE', 'E_INVALID_ARGUMENT', 'E_INVALID_ARGUMENT', 'E_INVALID_ARGUMENT']);
  });
});

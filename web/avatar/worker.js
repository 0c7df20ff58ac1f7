// The avatar module Worker. Protocol (all messages carry the job id):
//   in:  { type: 'start', id, input, name, style, size, maxSide, minFaceScore, mask,
//          registry, wasmUrl }
//        { type: 'cancel', id }
//        { type: 'warm', id, registry, wasmUrl }        (load core + detector, run once)
//   out: { type: 'status', id, stage, fraction }
//        { type: 'quick', id, bitmap, ms }               (quickPreview: small crop, transferred)
//        { type: 'preview', id, bitmap }                 (transferred)
//        { type: 'result', id, bitmap, blob, meta }       (bitmap transferred)
//        { type: 'error', id, code, message }             (cancel, bad options)
//        { type: 'warm', id, ok, ms, model | code, message }
import { coreFailure, loadCore } from '../loader.js';
import { ModelRegistry } from '../models/registry.js';
import { ErrorCodes, unwrap } from '../errors.js';
import {
  decodeImage, detectFaces, stylizeAndMask, proceduralAvatar, faceMeta, FallbackSignal,
  DEFAULT_MAX_SIDE, faceConfidence,
} from './pipeline.js';
import { FallbackReasons, reasonMessage } from './reasons.js';
import { quickPreviewFrom } from './quick.js';

const MODEL_ID = 'blazeface-front';
/** @type {Set<number>} */ const cancelled = new Set();
/** @type {Map<string, Promise<ModelRegistry>>} */ const registries = new Map();
/** @type {any} */ let tensorBuf = null;
/** The core instance tensorBuf belongs to (a new one after an abort). */
/** @type {any} */ let tensorCore = null;
/** Detection runs one at a time: a session serves one run at once. */
let detectQueue = Promise.resolve();

class Cancelled extends Error {}

function registryFor(options = {}) {
  const key = JSON.stringify(options);
  if (!registries.has(key)) {
    const p = ModelRegistry.create(options);
    p.catch(() => registries.delete(key));
    registries.set(key, p);
  }
  return /** @type {Promise<ModelRegistry>} */ (registries.get(key));
}

async function toBitmap(pixels, size) {
  const data = new ImageData(new Uint8ClampedArray(pixels.buffer, pixels.byteOffset,
    pixels.byteLength), size, size);
  return createImageBitmap(data);
}

async function toPng(bitmap) {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = /** @type {OffscreenCanvasRenderingContext2D} */ (canvas.getContext('2d'));
  ctx.drawImage(bitmap, 0, 0);
  return canvas.convertToBlob({ type: 'image/png' });
}

/** Detection with the registry's model: face (or null) plus model facts. */
async function detect(core, msg, img, timings) {
  const t0 = performance.now();
  let handle;
  try {
    handle = await (await registryFor(msg.registry)).load(MODEL_ID);
  } catch (e) {
    throw new FallbackSignal(FallbackReasons.MODEL_UNAVAILABLE, String(e?.message ?? e));
  }
  timings.modelLoad = performance.now() - t0;
  const model = { id: handle.id, version: handle.version,
    executionProvider: handle.executionProvider, threads: handle.threads, simd: handle.simd };
  if (tensorCore !== core) { tensorBuf = new core.FloatBuffer(3 * 256 * 256); tensorCore = core; }
  const run = detectQueue.then(() => detectFaces(core, handle, img, tensorBuf, msg.minFaceScore));
  detectQueue = run.catch(() => {});
  let found;
  try {
    found = await run;
  } catch (e) {
    const reason = e?.code === ErrorCodes.MODEL_UNAVAILABLE
      ? FallbackReasons.MODEL_UNAVAILABLE : FallbackReasons.INTERNAL;
    throw new FallbackSignal(reason, String(e?.message ?? e));
  }
  Object.assign(timings, found.timings);
  timings.detect = found.timings.letterbox + found.timings.inference + found.timings.postprocess;
  return { face: found.face, best: found.faces[0] ?? null, topScore: found.topScore, model,
    calibration: handle.model.calibration };
}

async function photoAvatar(core, msg, status, timings) {
  const check = () => { if (cancelled.has(msg.id)) throw new Cancelled(); };
  let t = performance.now();
  status('decode', 0);
  // quickPreview: a small crop straight from the decoded photo, posted
  // before the scaling, detection and styling that hold this thread.
  const received = performance.now();
  const onDecoded = msg.quickPreview ? (/** @type {ImageBitmap} */ bitmap) => {
    if (cancelled.has(msg.id)) return;
    try {
      const quick = quickPreviewFrom(bitmap, msg.mask);
      postMessage({ type: 'quick', id: msg.id, bitmap: quick, ms: performance.now() - received }, [quick]);
    } catch { /* the preview is optional; the full path reports real failures */ }
  } : undefined;
  const decoded = await decodeImage(core, msg.input, msg.maxSide ?? DEFAULT_MAX_SIDE, onDecoded);
  timings.decode = performance.now() - t;
  check();
  const img = unwrap(core.RgbaImage.create(decoded.width, decoded.height));
  try {
    img.pixels().set(decoded.data);
    status('detect', 0.25);
    const found = await detect(core, msg, img, timings);
    check();
    const image = { width: decoded.width, height: decoded.height, sourceWidth:
      decoded.sourceWidth, sourceHeight: decoded.sourceHeight, header: decoded.header };
    const t0 = performance.now();
    const conf = faceConfidence(decoded, found.face ?? found.best, found.topScore,
      found.calibration, msg.minFaceScore);
    timings.confidence = performance.now() - t0;
    const confidence = { ...conf.display, quality: conf.quality, input: conf.input };
    if (!found.face) {
      const best = found.best?.score;
      throw Object.assign(new FallbackSignal(FallbackReasons.NO_FACE, best === undefined
        ? 'no face candidate' : `best face candidate scored ${best.toFixed(3)}`),
      { model: found.model, image, faceScore: best ?? null, confidence });
    }
    status('align', 0.5);
    t = performance.now();
    const r = core.visionAlignFace(img, found.face, { outputSize: msg.size });
    if (!r.ok) throw new FallbackSignal(FallbackReasons.INTERNAL, r.message);
    timings.align = performance.now() - t;
    const preview = await toBitmap(r.value.pixels, msg.size);
    postMessage({ type: 'preview', id: msg.id, bitmap: preview }, [preview]);
    check();
    status('stylize', 0.75);
    const styled = stylizeAndMask(core, r.value.pixels, msg.size, msg.style, msg.mask);
    Object.assign(timings, styled.timings);
    return { pixels: styled.pixels, meta: { kind: 'photo', face: faceMeta(found.face, r.value),
      model: found.model, image, confidence, alt: 'Your avatar, made from your photo' } };
  } finally {
    if (!core.seamkitAborted) img.delete();
  }
}

async function runJob(msg) {
  const started = performance.now();
  const timings = {};
  const status = (stage, fraction) => postMessage({ type: 'status', id: msg.id, stage, fraction });
  let core = await loadCore(msg.wasmUrl ? { wasmUrl: msg.wasmUrl } : {});
  let out;
  try {
    if (!msg.input) throw new FallbackSignal(FallbackReasons.NO_PHOTO);
    out = await photoAvatar(core, msg, status, timings);
  } catch (e) {
    if (e instanceof Cancelled) throw e;
    const signal = e instanceof FallbackSignal ? e
      : new FallbackSignal(FallbackReasons.INTERNAL, String(
        /** @type {any} */ (coreFailure(e))?.message ?? e));
    status('fallback', 0.75);
    // The core stopped (e.g. its memory cap): the loader retired it; the
    // fallback runs on a fresh instance.
    if (core.seamkitAborted) core = await loadCore(msg.wasmUrl ? { wasmUrl: msg.wasmUrl } : {});
    const t = performance.now();
    const p = proceduralAvatar(core, msg.name, msg.size, msg.mask);
    timings.procedural = performance.now() - t;
    out = { pixels: p.pixels, meta: { kind: 'procedural', initials: p.initials,
      background: p.background, alt: p.alt, face: null, model: e.model ?? null,
      image: e.image ?? null, confidence: e.confidence ?? null,
      fallback: { reason: signal.reason, message: reasonMessage(signal.reason),
        detail: signal.detail, faceScore: e.faceScore ?? null } } };
  }
  const t = performance.now();
  const bitmap = await toBitmap(out.pixels, msg.size);
  const blob = await toPng(bitmap);
  timings.encode = performance.now() - t;
  timings.total = performance.now() - started;
  status('done', 1);
  const meta = { fallback: null, confidence: null, ...out.meta, style: msg.style, width: msg.size,
    height: msg.size, timings };
  postMessage({ type: 'result', id: msg.id, bitmap, blob, meta }, [bitmap]);
}

/** Loads the core and the detector and runs it once on a blank image. */
async function warm(msg) {
  const t0 = performance.now();
  const core = await loadCore(msg.wasmUrl ? { wasmUrl: msg.wasmUrl } : {});
  const img = unwrap(core.RgbaImage.create(128, 128));
  try {
    const found = await detect(core, msg, img, {});
    return { ms: performance.now() - t0, model: found.model };
  } finally {
    img.delete();
  }
}

self.onmessage = (event) => {
  const msg = event.data;
  if (msg?.type === 'cancel') { cancelled.add(msg.id); return; }
  if (msg?.type === 'warm') {
    warm(msg).then((r) => postMessage({ type: 'warm', id: msg.id, ok: true, ...r }),
      (e) => postMessage({ type: 'warm', id: msg.id, ok: false,
        code: e?.code ?? ErrorCodes.MODEL_UNAVAILABLE,
        message: e instanceof FallbackSignal ? `${e.message} (${e.detail})` : String(e?.message ?? e) }));
    return;
  }
  if (msg?.type !== 'start') return;
  runJob(msg).catch((e) => {
    const aborted = e instanceof Cancelled;
    const code = aborted ? ErrorCodes.ABORTED : (e?.code ?? ErrorCodes.INTERNAL);
    const message = aborted ? 'the avatar job was cancelled' : String(e?.message ?? e);
    postMessage({ type: 'error', id: msg.id, code, message });
  }).finally(() => cancelled.delete(msg.id));
};

// Tells the page that the module graph (and so the Worker) loaded.
postMessage({ type: 'ready' });

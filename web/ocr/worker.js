// The OCR module Worker. Protocol (every message carries an id):
//   in:  { type: 'init', id, options }                   (load core, models, calibration)
//        { type: 'recognize', id, options, image }       (image: ImageData | ImageBitmap | Blob)
//        { type: 'cancel', id }
//   out: { type: 'init', id, available, reason?, model?, calibration?, loadMs? }
//        { type: 'result', id, result }                   (result.available false: reason)
//        { type: 'error', id, code, message }
import { ErrorCodes, SeamkitError } from '../errors.js';
import { getEngine } from './engine.js';
import { MAX_SOURCE_SIDE } from './pipeline.js';

/** @type {Set<number>} */ const cancelled = new Set();

/** Pixels of a bitmap or Blob, the long side reduced to MAX_SOURCE_SIDE. */
async function pixelsOf(image) {
  if (!(typeof ImageBitmap !== 'undefined' && image instanceof ImageBitmap) &&
      !(image instanceof Blob)) {
    return image; // ImageData (or its structured clone)
  }
  let bitmap;
  try {
    bitmap = image instanceof Blob ? await createImageBitmap(image) : image;
  } catch (e) {
    throw new SeamkitError(ErrorCodes.MALFORMED,
      `the image could not be decoded: ${/** @type {any} */ (e)?.message ?? e}`);
  }
  try {
    const scale = Math.min(1, MAX_SOURCE_SIDE / Math.max(bitmap.width, bitmap.height));
    const w = Math.max(1, Math.round(bitmap.width * scale));
    const h = Math.max(1, Math.round(bitmap.height * scale));
    if (bitmap.width === 0 || bitmap.height === 0) {
      throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT, 'the image is 0 pixels wide or tall');
    }
    const canvas = new OffscreenCanvas(w, h);
    const ctx = /** @type {OffscreenCanvasRenderingContext2D} */ (
      canvas.getContext('2d', { willReadFrequently: true }));
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, w, h);
    try {
      return ctx.getImageData(0, 0, w, h);
    } catch (e) {
      throw new SeamkitError(ErrorCodes.UNSUPPORTED,
        `the image's pixels cannot be read (cross-origin): ${/** @type {any} */ (e)?.message ?? e}`);
    }
  } finally {
    bitmap.close();
  }
}

async function onRecognize(msg) {
  const engine = await getEngine(msg.options ?? {});
  if (!engine.available) return { available: false, reason: engine.reason, lines: [], text: '' };
  const t0 = performance.now();
  const pixels = await pixelsOf(msg.image);
  const decodeMs = performance.now() - t0;
  const signal = { get aborted() { return cancelled.has(msg.id); } };
  const r = await engine.recognize(pixels, { ...(msg.options?.recognize ?? {}), signal });
  r.timings.decode = decodeMs;
  return { available: true, ...r, model: engine.model, calibration: engine.calibration };
}

self.onmessage = (event) => {
  const msg = event.data;
  if (msg?.type === 'cancel') { cancelled.add(msg.id); return; }
  if (msg?.type === 'init') {
    getEngine(msg.options ?? {}).then((e) => postMessage({ type: 'init', id: msg.id,
      available: e.available, reason: e.reason, model: e.model, calibration: e.calibration,
      loadMs: e.loadMs }),
    (e) => postMessage({ type: 'init', id: msg.id, available: false,
      reason: String(e?.message ?? e) }));
    return;
  }
  if (msg?.type !== 'recognize') return;
  onRecognize(msg).then((result) => postMessage({ type: 'result', id: msg.id, result }),
    (e) => postMessage({ type: 'error', id: msg.id, code: e?.code ?? ErrorCodes.INTERNAL,
      message: String(e?.message ?? e) }))
    .finally(() => cancelled.delete(msg.id));
};

postMessage({ type: 'ready' });

// The OCR pipeline (PP-OCRv4): blank check and detector input in wasm →
// detector (ONNX Runtime, through the model registry) → DB boxes in wasm →
// line crops in wasm → recogniser per batch → greedy CTC decoding in wasm →
// NFKC + trim → calibrated confidence. Runs wherever the core and ORT run
// (the OCR Worker in browsers, the calling thread in Node).
import { SeamkitError, ErrorCodes, requireArg } from '../errors.js';

export const DET_MODEL_ID = 'ppocr-det';
export const REC_MODEL_ID = 'ppocr-rec';
/** Long side of the detector input (PaddleOCR's default limit). */
export const DEFAULT_MAX_SIDE = 960;
/** Long side the source is reduced to before cropping lines (wasm memory). */
export const MAX_SOURCE_SIDE = 2048;
/** Largest source accepted at all: 2^28 RGBA bytes. */
export const MAX_SOURCE_PIXELS = 1 << 26;
/** Calibrated confidence under which a line is marked "needs review". */
export const DEFAULT_REVIEW_BELOW = 0.5;

const now = () => performance.now();

/** Reads a core result: `{ ok, value }` or the flat `{ ok, ...fields }`. */
export function ocrValue(r, what) {
  if (!r || typeof r !== 'object') {
    throw new SeamkitError(ErrorCodes.INTERNAL, `${what}: the core returned nothing`);
  }
  if (!r.ok) throw new SeamkitError(r.code ?? ErrorCodes.INTERNAL, `${what}: ${r.message ?? 'failed'}`);
  return r.value !== undefined ? r.value : r;
}

/**
 * Checks an ImageData-like argument and returns it as { data, width, height }.
 * @param {unknown} image
 */
export function checkImage(image) {
  requireArg(image !== null && typeof image === 'object',
    'the image must be an ImageData or { data, width, height }');
  const { data, width, height } = /** @type {any} */ (image);
  requireArg(Number.isInteger(width) && width > 0 && Number.isInteger(height) && height > 0,
    `image width and height must be positive integers, got ${width} x ${height}`);
  requireArg(data instanceof Uint8ClampedArray || data instanceof Uint8Array,
    'image.data must be a Uint8ClampedArray or Uint8Array of RGBA pixels');
  if (width * height > MAX_SOURCE_PIXELS) {
    throw new SeamkitError(ErrorCodes.LIMIT_EXCEEDED,
      `image of ${width} x ${height} pixels is above the ${MAX_SOURCE_PIXELS}-pixel limit`);
  }
  requireArg(data.length === width * height * 4,
    `image.data has ${data.length} bytes, expected ${width * height * 4} (RGBA)`);
  return { data, width, height };
}

/**
 * Box-filter reduction so that the long side is at most maxSide (a no-op
 * for smaller images). Plain JS: it runs once per huge image only.
 * @param {{ data: Uint8Array | Uint8ClampedArray, width: number, height: number }} img
 */
export function downscale(img, maxSide) {
  const { data, width, height } = img;
  const scale = maxSide / Math.max(width, height);
  if (scale >= 1) return { ...img, scale: 1 };
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  const out = new Uint8ClampedArray(w * h * 4);
  const sum = new Float64Array(4);
  for (let y = 0; y < h; y++) {
    const y0 = Math.floor((y * height) / h);
    const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * height) / h));
    for (let x = 0; x < w; x++) {
      const x0 = Math.floor((x * width) / w);
      const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * width) / w));
      sum.fill(0);
      for (let yy = y0; yy < y1; yy++) {
        let i = (yy * width + x0) * 4;
        for (let xx = x0; xx < x1; xx++, i += 4) {
          sum[0] += data[i]; sum[1] += data[i + 1]; sum[2] += data[i + 2]; sum[3] += data[i + 3];
        }
      }
      const n = (y1 - y0) * (x1 - x0);
      const o = (y * w + x) * 4;
      for (let c = 0; c < 4; c++) out[o + c] = sum[c] / n;
    }
  }
  return { data: out, width: w, height: h, scale: w / width };
}

/** Detector and recogniser handles from a ModelRegistry, dictionary set in the core. */
export async function loadOcrModels(core, registry) {
  const [det, rec] = await Promise.all([registry.load(DET_MODEL_ID), registry.load(REC_MODEL_ID)]);
  const keys = await registry.fileBytes(rec.model, 'dictionary');
  const dict = ocrValue(core.ocrSetDictionary(new TextDecoder().decode(keys)), 'ocrSetDictionary');
  return { det, rec, classes: dict.classes ?? 6625 };
}

/** One ORT run with a float32 NCHW tensor; the first output's data and dims. */
async function runModel(handle, tensor, dims) {
  const session = handle.session;
  const input = session.inputNames?.[0] ?? 'x';
  const out = await handle.run({ [input]: new handle.Tensor('float32', tensor, dims) });
  const first = out[session.outputNames?.[0] ?? Object.keys(out)[0]];
  return { data: /** @type {Float32Array} */ (first.data), dims: first.dims };
}

function checkOptions(options) {
  requireArg(options !== null && typeof options === 'object', 'options must be an object');
  const maxSide = options.maxSide ?? DEFAULT_MAX_SIDE;
  requireArg(Number.isInteger(maxSide) && maxSide >= 32 && maxSide <= 4096,
    `maxSide must be an integer in 32..4096, got ${maxSide}`);
  const reviewBelow = options.reviewBelow ?? DEFAULT_REVIEW_BELOW;
  requireArg(typeof reviewBelow === 'number' && reviewBelow >= 0 && reviewBelow <= 1,
    'reviewBelow must be a number in [0, 1]');
  const cal = options.calibration;
  requireArg(cal == null || typeof cal.apply === 'function',
    'options.calibration must have an apply(score) method');
  return { maxSide, reviewBelow, calibration: cal ?? null, signal: options.signal,
    det: options.det ?? {} };
}

function checkAborted(signal) {
  if (signal?.aborted) throw new SeamkitError(ErrorCodes.ABORTED, 'OCR aborted');
}

/** A box's points (source pixels) and its axis-aligned bounds. */
function boxOf(points, scale, score) {
  const p = Array.from(points, (v) => v / scale);
  const xs = [p[0], p[2], p[4], p[6]];
  const ys = [p[1], p[3], p[5], p[7]];
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { points: p, x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y, score };
}

/**
 * Recognises the text of one image.
 * @param {any} core the loaded wasm core (with the OCR bindings)
 * @param {{ det: any, rec: any, classes?: number }} sessions from loadOcrModels
 * @param {{ data: Uint8Array | Uint8ClampedArray, width: number, height: number }} imageData RGBA
 * @param {{ maxSide?: number, reviewBelow?: number, signal?: AbortSignal,
 *   calibration?: { apply(score: number): number } | null, det?: object }} [options]
 */
export async function recognize(core, sessions, imageData, options = {}) {
  const t0 = now();
  const opts = checkOptions(options);
  requireArg(sessions?.det?.run && sessions?.rec?.run, 'sessions must hold the det and rec models');
  const src = downscale(checkImage(imageData), MAX_SOURCE_SIDE);
  const timings = { detPre: 0, det: 0, detPost: 0, recPre: 0, rec: 0, recPost: 0, total: 0 };
  const result = (lines, blank) => {
    timings.total = now() - t0;
    return { lines, text: lines.map((l) => l.text).filter(Boolean).join(' '), blank, timings,
      image: { width: imageData.width, height: imageData.height, scale: src.scale } };
  };
  let t = now();
  const detIn = ocrValue(core.ocrDetInput(src.data, src.width, src.height, opts.maxSide),
    'ocrDetInput');
  timings.detPre = now() - t;
  if (detIn.blank) return result([], true);
  checkAborted(opts.signal);
  t = now();
  const prob = await runModel(sessions.det, detIn.tensor, [1, 3, detIn.height, detIn.width]);
  timings.det = now() - t;
  checkAborted(opts.signal);
  t = now();
  const found = ocrValue(core.ocrDetBoxes(prob.data, detIn.width, detIn.height,
    src.width, src.height, opts.det), 'ocrDetBoxes');
  timings.detPost = now() - t;
  const boxes = found.boxes ?? [];
  if (boxes.length === 0) return result([], false);
  t = now();
  const points = new Float32Array(boxes.length * 8);
  boxes.forEach((b, i) => points.set(b.points, i * 8));
  const recIn = ocrValue(core.ocrRecInput(src.data, src.width, src.height, points, 8),
    'ocrRecInput');
  timings.recPre = now() - t;
  /** @type {any[]} */ const decoded = new Array(boxes.length).fill(null);
  for (const batch of recIn.batches) {
    checkAborted(opts.signal);
    t = now();
    const out = await runModel(sessions.rec, batch.tensor, [batch.n, 3, 48, batch.width]);
    timings.rec += now() - t;
    t = now();
    const [, steps, classes] = out.dims;
    const lines = ocrValue(core.ocrCtcDecode(out.data, batch.n, steps, classes), 'ocrCtcDecode')
      .lines;
    lines.forEach((l, i) => { decoded[batch.boxIndex[i]] = l; });
    timings.recPost += now() - t;
  }
  t = now();
  const lines = [];
  boxes.forEach((b, i) => {
    const d = decoded[i];
    const text = (d?.text ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim();
    if (!text) return;
    const confidence = d.confidence;
    const calibrated = opts.calibration ? opts.calibration.apply(confidence) : confidence;
    lines.push({ text, confidence, calibrated, needsReview: calibrated < opts.reviewBelow,
      box: boxOf(b.points, src.scale, b.score) });
  });
  timings.recPost += now() - t;
  return result(lines, false);
}

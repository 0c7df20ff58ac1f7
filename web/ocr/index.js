// seamkit/ocr: on-device text recognition (PP-OCRv4 through ONNX Runtime
// Web, pre- and post-processing in the wasm core). In browsers it runs in a
// module Worker; in Node, on the calling thread.
//
//   const ocr = createOcr();
//   const r = await ocr.recognize(imgElement);  // { available, lines, text, timings }
//   ocr.close();
import { SeamkitError, ErrorCodes, requireArg } from '../errors.js';
import { checkImage } from './pipeline.js';

export { DEFAULT_MAX_SIDE, MAX_SOURCE_SIDE } from './pipeline.js';

const isNode =
  typeof process !== 'undefined' && !!process.versions?.node &&
  typeof window === 'undefined' && typeof WorkerGlobalScope === 'undefined';

const base = () => globalThis.location?.href ?? import.meta.url;
const abs = (u) => (u == null ? u : new URL(String(u), base()).href);

/** Registry options with absolute URLs (the Worker resolves against its own URL). */
function resolveRegistry(r) {
  if (!r) return undefined;
  const ort = r.ort ? { ...r.ort, moduleUrl: abs(r.ort.moduleUrl),
    wasmPaths: typeof r.ort.wasmPaths === 'string' ? abs(r.ort.wasmPaths) : r.ort.wasmPaths }
    : undefined;
  return { ...r, manifestUrl: abs(r.manifestUrl), baseUrl: abs(r.baseUrl), ort };
}

function checkCreateOptions(options) {
  requireArg(options !== null && typeof options === 'object', 'createOcr() options must be an object');
  const { threads, registry, wasmUrl } = options;
  requireArg(threads === undefined || (Number.isInteger(threads) && threads >= 1 && threads <= 16),
    `threads must be an integer in 1..16, got ${threads}`);
  requireArg(registry === undefined || (registry !== null && typeof registry === 'object'),
    'registry must be an object of ModelRegistry.create() options');
  requireArg(wasmUrl === undefined || typeof wasmUrl === 'string' || wasmUrl instanceof URL,
    'wasmUrl must be a string or URL');
  return { registry: resolveRegistry(registry), threads, wasmUrl: abs(wasmUrl),
    calibration: options.calibration };
}

function checkRecognizeOptions(options) {
  requireArg(options !== null && typeof options === 'object', 'recognize() options must be an object');
  const s = options.signal;
  requireArg(s === undefined || (s !== null && typeof s === 'object' && 'aborted' in s),
    'options.signal must be an AbortSignal');
  const out = {};
  if (options.maxSide !== undefined) {
    requireArg(Number.isInteger(options.maxSide) && options.maxSide >= 32 && options.maxSide <= 4096,
      `maxSide must be an integer in 32..4096, got ${options.maxSide}`);
    out.maxSide = options.maxSide;
  }
  if (options.reviewBelow !== undefined) {
    requireArg(typeof options.reviewBelow === 'number' && options.reviewBelow >= 0 &&
      options.reviewBelow <= 1, 'reviewBelow must be a number in [0, 1]');
    out.reviewBelow = options.reviewBelow;
  }
  return out;
}

const aborted = () => new SeamkitError(ErrorCodes.ABORTED, 'OCR aborted');

/** True when an element's pixels can be read by this page (not tainted). */
export function pixelsReadable(el) {
  try {
    const c = new OffscreenCanvas(1, 1);
    const g = /** @type {OffscreenCanvasRenderingContext2D} */ (c.getContext('2d'));
    g.drawImage(el, 0, 0, 1, 1);
    g.getImageData(0, 0, 1, 1);
    return true;
  } catch {
    return false;
  }
}

/**
 * The source as something a Worker can take: ImageData, ImageBitmap or Blob.
 * @returns {Promise<{ image: any, transfer: Transferable[] }>}
 */
async function workerImage(source) {
  const g = /** @type {any} */ (globalThis);
  if (g.ImageData && source instanceof g.ImageData) {
    checkImage(source);
    return { image: source, transfer: [] };
  }
  if (g.Blob && source instanceof g.Blob) return { image: source, transfer: [] };
  if (g.ImageBitmap && source instanceof g.ImageBitmap) return { image: source, transfer: [] };
  const isElement = (g.HTMLImageElement && source instanceof g.HTMLImageElement) ||
    (g.HTMLCanvasElement && source instanceof g.HTMLCanvasElement);
  if (isElement) {
    if (source instanceof g.HTMLImageElement) {
      if (!source.complete) await source.decode().catch(() => {});
      if (!source.naturalWidth) {
        throw new SeamkitError(ErrorCodes.MALFORMED, 'the image has not loaded (or is broken)');
      }
    }
    if (!pixelsReadable(source)) {
      throw new SeamkitError(ErrorCodes.UNSUPPORTED,
        'the image is cross-origin without CORS: its pixels cannot be read');
    }
    const bitmap = await createImageBitmap(source);
    return { image: bitmap, transfer: [bitmap] };
  }
  if (source && typeof source === 'object' && 'data' in source) {
    return { image: checkImage(source), transfer: [] };
  }
  throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT,
    'recognize() takes an ImageData, ImageBitmap, HTMLImageElement, HTMLCanvasElement or Blob');
}

/** The in-process OCR (Node, or any realm without Workers). */
function inProcess(opts) {
  let closed = false;
  const engine = import('./engine.js').then((m) => m.getEngine(opts));
  return {
    ready: engine.then((e) => ({ available: e.available, reason: e.reason, model: e.model,
      calibration: e.calibration }), (e) => ({ available: false, reason: String(e?.message ?? e) })),
    async recognize(source, options = {}) {
      const recOpts = checkRecognizeOptions(options);
      if (closed) throw new SeamkitError(ErrorCodes.NOT_INITIALIZED, 'this OCR was closed');
      const g = /** @type {any} */ (globalThis);
      if (g.Blob && source instanceof g.Blob) {
        throw new SeamkitError(ErrorCodes.UNSUPPORTED, 'decoding a Blob needs a browser; pass ImageData');
      }
      const image = checkImage(source);
      if (options.signal?.aborted) throw aborted();
      const e = await engine;
      if (!e.available) return { available: false, reason: e.reason, lines: [], text: '' };
      const r = await e.recognize(image, { ...recOpts, signal: options.signal });
      return { available: true, ...r, model: e.model, calibration: e.calibration };
    },
    close() { closed = true; },
  };
}

/** The Worker-backed OCR (browsers). */
function inWorker(opts) {
  /** @type {Map<number, { resolve: Function, reject: Function }>} */ const pending = new Map();
  let nextId = 1;
  let failure = /** @type {string | null} */ (null);
  const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'seamkit-ocr' });
  const settle = (id, fn) => { const p = pending.get(id); if (p) { pending.delete(id); fn(p); } };
  worker.onmessage = (e) => {
    const m = e.data;
    if (m?.type === 'init') settle(m.id, (p) => p.resolve(m));
    else if (m?.type === 'result') settle(m.id, (p) => p.resolve(m.result));
    else if (m?.type === 'error') settle(m.id, (p) => p.reject(new SeamkitError(m.code, m.message)));
  };
  worker.onerror = (e) => {
    e.preventDefault?.();
    failure = `the OCR Worker failed: ${e.message || 'it could not load'}`;
    for (const [id, p] of [...pending]) {
      pending.delete(id);
      p.resolve({ available: false, reason: failure, lines: [], text: '' });
    }
  };
  const call = (msg, transfer = [], signal = undefined) => new Promise((resolve, reject) => {
    if (failure) { resolve({ available: false, reason: failure, lines: [], text: '' }); return; }
    const id = nextId++;
    pending.set(id, { resolve, reject });
    const { recognize, ...rest } = msg;
    worker.postMessage({ ...rest, id, options: { ...opts, recognize } }, transfer);
    signal?.addEventListener('abort', () => {
      worker.postMessage({ type: 'cancel', id });
      settle(id, (p) => p.reject(aborted()));
    }, { once: true });
  });
  let closed = false;
  // `ready` never rejects: closing before the models loaded says so.
  const ready = call({ type: 'init' }).then((m) => ({ available: m.available, reason: m.reason,
    model: m.model, calibration: m.calibration, loadMs: m.loadMs }),
  (e) => ({ available: false, reason: closed ? 'this OCR was closed' : String(e?.message ?? e) }));
  return {
    ready,
    async recognize(source, options = {}) {
      const recognize = checkRecognizeOptions(options);
      if (closed) throw new SeamkitError(ErrorCodes.NOT_INITIALIZED, 'this OCR was closed');
      if (options.signal?.aborted) throw aborted();
      const { image, transfer } = await workerImage(source);
      return call({ type: 'recognize', image, recognize }, transfer, options.signal);
    },
    close() {
      closed = true;
      worker.terminate();
      for (const [id, p] of [...pending]) { pending.delete(id); p.reject(aborted()); }
    },
  };
}

/**
 * Creates an OCR: models load in the background (`ready` says whether they
 * did); `recognize()` resolves with `{ available: true, lines, text, timings }`
 * or `{ available: false, reason }` when the models cannot load. Bad
 * arguments throw a SeamkitError.
 * @param {import('./index.d.ts').OcrOptions} [options]
 * @returns {import('./index.d.ts').Ocr}
 */
export function createOcr(options = {}) {
  const opts = checkCreateOptions(options);
  if (isNode || typeof Worker === 'undefined') return inProcess(opts);
  return inWorker(opts);
}

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

/** Default time limit of one recognition (ms), once the models are loaded. */
export const DEFAULT_TIMEOUT_MS = 30000;
/** Largest accepted timeoutMs (10 minutes). */
const MAX_TIMEOUT_MS = 600000;

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
  const { threads, registry, wasmUrl, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  requireArg(threads === undefined || (Number.isInteger(threads) && threads >= 1 && threads <= 16),
    `threads must be an integer in 1..16, got ${threads}`);
  requireArg(registry === undefined || (registry !== null && typeof registry === 'object'),
    'registry must be an object of ModelRegistry.create() options');
  requireArg(wasmUrl === undefined || typeof wasmUrl === 'string' || wasmUrl instanceof URL,
    'wasmUrl must be a string or URL');
  checkTimeout(timeoutMs);
  return { registry: resolveRegistry(registry), threads, wasmUrl: abs(wasmUrl),
    calibration: options.calibration, timeoutMs };
}

function checkTimeout(ms) {
  requireArg(typeof ms === 'number' && ms >= 1 && ms <= MAX_TIMEOUT_MS,
    `timeoutMs must be a number of milliseconds in 1..${MAX_TIMEOUT_MS}, got ${String(ms)}`);
}

function checkRecognizeOptions(options) {
  requireArg(options !== null && typeof options === 'object', 'recognize() options must be an object');
  const s = options.signal;
  requireArg(s === undefined || (s !== null && typeof s === 'object' && 'aborted' in s),
    'options.signal must be an AbortSignal');
  if (options.timeoutMs !== undefined) checkTimeout(options.timeoutMs);
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

/** The [[Class]] of a platform object, the same in every realm (instanceof is not: iframes). */
const brand = (v) => Object.prototype.toString.call(v).slice(8, -1);
const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** An element of tag `name` from any window (this page's or a same-origin iframe's). */
const isHtml = (v, name) => v !== null && typeof v === 'object' && v.nodeType === 1 &&
  v.localName === name && v.namespaceURI === HTML_NS;
/** Rasterising an image with no natural size (an SVG with only a viewBox): this tall at least. */
const MIN_RASTER_HEIGHT = 96;

/** An <input type=image>'s picture as an <img> of its document (same URL, same CORS mode). */
async function inputPicture(input) {
  const img = input.ownerDocument.createElement('img');
  const cors = input.getAttribute('crossorigin');
  if (cors !== null) img.crossOrigin = cors;
  img.src = input.src;
  await img.decode().catch(() => {});
  return img;
}

/**
 * A bitmap of an image element. An SVG with only a viewBox has no natural
 * size (createImageBitmap refuses it): it is drawn at its aspect ratio, at
 * least MIN_RASTER_HEIGHT tall (vector text reads better larger).
 */
async function bitmapOf(img) {
  try {
    return await createImageBitmap(img);
  } catch (e) {
    if (/** @type {any} */ (e)?.name !== 'InvalidStateError') throw e;
    const box = img.getBoundingClientRect?.() ?? { width: 0, height: 0 };
    const w0 = img.naturalWidth || box.width || 300;
    const h0 = img.naturalHeight || box.height || 150;
    const scale = Math.min(Math.max(1, MIN_RASTER_HEIGHT / h0), MAX_RASTER_SIDE / Math.max(w0, h0));
    // Drawn on a canvas: createImageBitmap's resize options gave a blank SVG raster in Chromium 156.
    const canvas = new OffscreenCanvas(Math.max(1, Math.round(w0 * scale)), Math.max(1, Math.round(h0 * scale)));
    const g = /** @type {OffscreenCanvasRenderingContext2D} */ (canvas.getContext('2d'));
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    return canvas.transferToImageBitmap();
  }
}
const MAX_RASTER_SIDE = 2048;

/**
 * The source as something a Worker can take: ImageData, ImageBitmap or Blob.
 * Elements may come from any same-origin window (checked by tag, not instanceof).
 * @returns {Promise<{ image: any, transfer: Transferable[] }>}
 */
async function workerImage(source) {
  const kind = brand(source);
  if (kind === 'ImageData') {
    checkImage(source);
    return { image: source, transfer: [] };
  }
  if (kind === 'Blob' || kind === 'File' || kind === 'ImageBitmap') return { image: source, transfer: [] };
  let el = source;
  if (isHtml(source, 'input')) {
    if (source.type !== 'image') {
      throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT, 'an <input> must be type="image" to be read');
    }
    el = await inputPicture(source);
  }
  if (isHtml(el, 'img') || isHtml(el, 'canvas')) {
    if (isHtml(el, 'img')) {
      if (!el.complete) await el.decode().catch(() => {});
      if (!el.naturalWidth) {
        throw new SeamkitError(ErrorCodes.MALFORMED, 'the image has not loaded (or is broken)');
      }
    }
    if (!pixelsReadable(el)) {
      throw new SeamkitError(ErrorCodes.UNSUPPORTED,
        'the image is cross-origin without CORS: its pixels cannot be read');
    }
    const bitmap = isHtml(el, 'img') ? await bitmapOf(el) : await createImageBitmap(el);
    return { image: bitmap, transfer: [bitmap] };
  }
  if (source && typeof source === 'object' && 'data' in source) {
    return { image: checkImage(source), transfer: [] };
  }
  throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT, 'recognize() takes an ImageData, ImageBitmap, ' +
    'HTMLImageElement, <input type="image">, HTMLCanvasElement or Blob');
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
      // On this thread a model run cannot be interrupted (and may not yield
      // to timers): past the limit, when the timer fires or when the run
      // returns, its result is dropped and the call rejects with E_TIMEOUT.
      const timeoutMs = options.timeoutMs ?? opts.timeoutMs;
      const t0 = performance.now();
      let timer;
      const limit = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new SeamkitError(ErrorCodes.TIMEOUT,
          `OCR took longer than ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        const r = await Promise.race([e.recognize(image, { ...recOpts, signal: options.signal }), limit]);
        if (performance.now() - t0 > timeoutMs) {
          throw new SeamkitError(ErrorCodes.TIMEOUT, `OCR took longer than ${timeoutMs} ms`);
        }
        return { available: true, ...r, model: e.model, calibration: e.calibration };
      } finally {
        clearTimeout(timer);
      }
    },
    close() { closed = true; },
  };
}

/** The Worker-backed OCR (browsers). */
function inWorker(opts) {
  /** @type {Map<number, { resolve: Function, reject: Function }>} */ const pending = new Map();
  let nextId = 1;
  let failure = /** @type {string | null} */ (null);
  let closed = false;
  /** @type {Worker} */ let worker;
  /** The current Worker's init answer (its models loaded, or why not). */
  let loaded = /** @type {Promise<any>} */ (Promise.resolve());
  const settle = (id, fn) => { const p = pending.get(id); if (p) { pending.delete(id); fn(p); } };
  const post = (msg, transfer = [], signal = undefined) => new Promise((resolve, reject) => {
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
  const spawn = () => {
    const w = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'seamkit-ocr' });
    w.onmessage = (e) => {
      const m = e.data;
      if (m?.type === 'init') settle(m.id, (p) => p.resolve(m));
      else if (m?.type === 'result') settle(m.id, (p) => p.resolve(m.result));
      else if (m?.type === 'error') settle(m.id, (p) => p.reject(new SeamkitError(m.code, m.message)));
    };
    w.onerror = (e) => {
      e.preventDefault?.();
      if (w !== worker) return; // a Worker already replaced
      failure = `the OCR Worker failed: ${e.message || 'it could not load'}`;
      for (const [id, p] of [...pending]) {
        pending.delete(id);
        p.resolve({ available: false, reason: failure, lines: [], text: '' });
      }
    };
    worker = w;
    loaded = post({ type: 'init' });
    loaded.catch(() => {});
    return loaded;
  };
  // `ready` never rejects: closing before the models loaded says so.
  const ready = spawn().then((m) => ({ available: m.available, reason: m.reason,
    model: m.model, calibration: m.calibration, loadMs: m.loadMs }),
  (e) => ({ available: false, reason: closed ? 'this OCR was closed' : String(e?.message ?? e) }));

  /** A recognition that overran: end the Worker (the model run cannot be interrupted) and start a new one. */
  const restart = () => {
    worker.terminate();
    for (const [id, p] of [...pending]) { pending.delete(id); p.reject(aborted()); }
    spawn();
  };

  /** One recognition in the Worker, rejected with E_TIMEOUT after `timeoutMs` (models loaded first). */
  const run = async (image, transfer, recognize, signal, timeoutMs) => {
    await loaded.catch(() => {});
    if (closed) throw new SeamkitError(ErrorCodes.NOT_INITIALIZED, 'this OCR was closed');
    if (signal?.aborted) throw aborted();
    let timer;
    const limit = new Promise((_, reject) => {
      timer = setTimeout(() => {
        reject(new SeamkitError(ErrorCodes.TIMEOUT,
          `OCR took longer than ${timeoutMs} ms: the Worker was restarted`));
        restart();
      }, timeoutMs);
    });
    try {
      return await Promise.race([post({ type: 'recognize', image, recognize }, transfer, signal), limit]);
    } finally {
      clearTimeout(timer);
    }
  };

  // One recognition at a time (the engine runs them one by one anyway), so
  // a timeout restarts the Worker under that call only.
  let queue = Promise.resolve();
  return {
    ready,
    async recognize(source, options = {}) {
      const recognize = checkRecognizeOptions(options);
      const timeoutMs = options.timeoutMs ?? opts.timeoutMs;
      if (closed) throw new SeamkitError(ErrorCodes.NOT_INITIALIZED, 'this OCR was closed');
      if (options.signal?.aborted) throw aborted();
      const { image, transfer } = await workerImage(source);
      const turn = queue.then(() => run(image, transfer, recognize, options.signal, timeoutMs));
      queue = turn.catch(() => {});
      return turn;
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

// seamkit/avatar: avatar previews made in a module Worker while the user
// fills in the rest of the form. The main thread only hands over the file
// and receives bitmaps.
import { SeamkitError, ErrorCodes } from '../errors.js';
import { loadCore } from '../loader.js';
import { proceduralAvatar, STYLES } from './pipeline.js';
import { FallbackReasons, FaceThresholds, reasonMessage } from './reasons.js';

export {
  FallbackReasons, FaceThresholds, describeFaceScore, reasonMessage, faceConfidenceInput,
  FACE_CONFIDENCE_TABLE,
} from './reasons.js';
export { measurePhotoQuality, QualityThresholds } from './quality.js';

/** Style names accepted by createAvatarJob. */
export const AVATAR_STYLES = Object.freeze(Object.keys(STYLES));
const DEFAULT_TIMEOUT_MS = 30000;

/** @type {Worker | null} */ let worker = null;
/** @type {Map<number, AvatarJob>} */ const jobs = new Map();
/** @type {Map<number, { resolve: Function, reject: Function }>} */ const warmups = new Map();
let nextId = 1;

const base = () => globalThis.location?.href ?? import.meta.url;
const abs = (u) => (u == null ? u : new URL(String(u), base()).href);

function resolveRegistry(r) {
  if (!r) return undefined;
  const ort = r.ort ? { ...r.ort, moduleUrl: abs(r.ort.moduleUrl),
    wasmPaths: typeof r.ort.wasmPaths === 'string' ? abs(r.ort.wasmPaths) : r.ort.wasmPaths }
    : undefined;
  return { ...r, manifestUrl: abs(r.manifestUrl), baseUrl: abs(r.baseUrl), ort };
}

function getWorker() {
  if (worker) return worker;
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'seamkit-avatar' });
  worker.onmessage = (e) => {
    if (e.data?.type === 'warm') { settleWarmup(e.data); return; }
    jobs.get(e.data?.id)?._message(e.data);
  };
  worker.onerror = (e) => {
    // The module could not load (or crashed): every pending job falls back.
    e.preventDefault?.();
    worker?.terminate();
    worker = null;
    for (const job of [...jobs.values()]) job._fallBack(FallbackReasons.WORKER_UNAVAILABLE, e.message);
    for (const id of [...warmups.keys()]) {
      settleWarmup({ id, ok: false, message: `the avatar Worker failed: ${e.message}` });
    }
  };
  return worker;
}

/** Procedural avatar made on the main thread, for when the Worker cannot help. */
async function mainThreadFallback(opts, reason, detail) {
  const t0 = performance.now();
  if (typeof ImageData === 'undefined' || typeof createImageBitmap === 'undefined' ||
      typeof OffscreenCanvas === 'undefined') {
    throw new SeamkitError(ErrorCodes.UNSUPPORTED,
      'avatars need a browser (ImageData, createImageBitmap and OffscreenCanvas)');
  }
  const core = await loadCore(opts.wasmUrl ? { wasmUrl: opts.wasmUrl } : {});
  const p = proceduralAvatar(core, opts.name, opts.size, opts.mask);
  const data = new ImageData(new Uint8ClampedArray(p.pixels.buffer), opts.size, opts.size);
  const bitmap = await createImageBitmap(data);
  const canvas = new OffscreenCanvas(opts.size, opts.size);
  /** @type {OffscreenCanvasRenderingContext2D} */ (canvas.getContext('2d')).putImageData(data, 0, 0);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return { bitmap, blob, kind: 'procedural', initials: p.initials, background: p.background,
    alt: p.alt, face: null, model: null, image: null, confidence: null, style: opts.style,
    width: opts.size,
    height: opts.size,
    fallback: { reason, message: reasonMessage(reason), detail: detail ?? '', faceScore: null },
    timings: { procedural: performance.now() - t0, total: performance.now() - t0 } };
}

function normaliseInput(input) {
  if (input == null) return null;
  if (input instanceof Blob) return input;
  if (typeof ImageBitmap !== 'undefined' && input instanceof ImageBitmap) return input;
  if (input instanceof ArrayBuffer || ArrayBuffer.isView(input)) return new Blob([input]);
  throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT,
    'the photo must be a File, Blob, ImageBitmap, ArrayBuffer, typed array or null');
}

function normaliseOptions(options) {
  if (options === null || typeof options !== 'object') {
    throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT, 'avatar options must be an object');
  }
  const s = options.signal;
  if (s !== undefined && (s === null || typeof s !== 'object' || typeof s.addEventListener !== 'function')) {
    throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT, 'options.signal must be an AbortSignal');
  }
  const size = options.size ?? 256;
  if (!Number.isInteger(size) || size < 64 || size > 1024) {
    throw new SeamkitError(ErrorCodes.OUT_OF_RANGE, `size must be an integer in 64..1024, got ${size}`);
  }
  const style = options.style ?? 'cartoon';
  if (!AVATAR_STYLES.includes(style)) {
    throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT,
      `unknown style '${style}' (use ${AVATAR_STYLES.join(', ')})`);
  }
  const name = options.name ?? '';
  if (typeof name !== 'string') throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT, 'name must be a string');
  if (new TextEncoder().encode(name).length > 1024) {
    throw new SeamkitError(ErrorCodes.LIMIT_EXCEEDED, 'name is longer than 1024 bytes');
  }
  const maxSide = options.maxSide;
  if (maxSide !== undefined && (!Number.isInteger(maxSide) || maxSide < 128 || maxSide > 8192)) {
    throw new SeamkitError(ErrorCodes.OUT_OF_RANGE, `maxSide must be an integer in 128..8192, got ${maxSide}`);
  }
  const minFaceScore = options.minFaceScore ?? FaceThresholds.clear;
  if (!(minFaceScore >= FaceThresholds.detect && minFaceScore <= 1)) {
    throw new SeamkitError(ErrorCodes.OUT_OF_RANGE,
      `minFaceScore must be in [${FaceThresholds.detect}, 1], got ${minFaceScore}`);
  }
  const quickPreview = options.quickPreview ?? false;
  if (typeof quickPreview !== 'boolean') {
    throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT, 'quickPreview must be a boolean');
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(typeof timeoutMs === 'number' && timeoutMs > 0 && timeoutMs <= 2 ** 31 - 1)) {
    throw new SeamkitError(ErrorCodes.OUT_OF_RANGE, `timeoutMs must be a number in (0, 2^31), got ${timeoutMs}`);
  }
  return { name, style, size, minFaceScore, quickPreview, mask: options.mask ?? { shape: 'circle' },
    maxSide, registry: resolveRegistry(options.registry),
    wasmUrl: abs(options.wasmUrl), timeoutMs };
}

/** One avatar in the making: promise/ready, preview, status events, cancel(). */
export class AvatarJob extends EventTarget {
  #opts; #settled = false; #timer = 0; #resolve; #reject; #resolvePreview; #resolveQuick;
  /** @param {any} input @param {any} opts @param {AbortSignal | undefined} signal */
  constructor(input, opts, signal) {
    super();
    if (opts === null || typeof opts !== 'object' || typeof opts.timeoutMs !== 'number') {
      throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT, 'make avatar jobs with createAvatarJob()');
    }
    this.id = nextId++;
    this.#opts = opts;
    /** @type {{ stage: string, fraction: number }} */
    this.status = { stage: 'queued', fraction: 0 };
    this.promise = new Promise((res, rej) => { this.#resolve = res; this.#reject = rej; });
    this.ready = this.promise;
    this.promise.catch(() => {}); // callers that only listen to events are not unhandled
    /** Resolves with the aligned, unstylised crop (or null for a fallback). */
    this.preview = new Promise((res) => { this.#resolvePreview = res; });
    /**
     * With options.quickPreview: resolves early with a small, centred,
     * masked crop of the photo (before detection), else with null.
     */
    this.quickPreview = new Promise((res) => { this.#resolveQuick = res; });
    if (signal?.aborted) { this.cancel(); return; }
    signal?.addEventListener('abort', () => this.cancel(), { once: true });
    jobs.set(this.id, this);
    this.#timer = setTimeout(() => this._fallBack(FallbackReasons.TIMEOUT,
      `no result after ${opts.timeoutMs} ms`), opts.timeoutMs);
    let w;
    try {
      w = getWorker();
    } catch (e) {
      this._fallBack(FallbackReasons.WORKER_UNAVAILABLE, String(e?.message ?? e));
      return;
    }
    const { timeoutMs, ...wire } = opts;
    w.postMessage({ type: 'start', id: this.id, input, ...wire });
  }

  /** Stops the job; its promise rejects with E_ABORTED. */
  cancel() {
    if (this.#settled) return;
    worker?.postMessage({ type: 'cancel', id: this.id });
    this.#finish(null, new SeamkitError(ErrorCodes.ABORTED, 'the avatar job was cancelled'));
  }

  #finish(result, error) {
    if (this.#settled) return;
    this.#settled = true;
    clearTimeout(this.#timer);
    jobs.delete(this.id);
    this.#resolvePreview(null);
    this.#resolveQuick(null);
    if (error) this.#reject(error); else this.#resolve(result);
  }

  /** @param {string} reason @param {string} [detail] */
  _fallBack(reason, detail) {
    if (this.#settled) return;
    worker?.postMessage({ type: 'cancel', id: this.id });
    jobs.delete(this.id);
    mainThreadFallback(this.#opts, reason, detail).then((r) => this.#finish(r, null),
      (e) => this.#finish(null, e));
  }

  /** @param {any} m a message from the Worker */
  _message(m) {
    if (this.#settled) { m.bitmap?.close?.(); return; }
    if (m.type === 'status') {
      this.status = { stage: m.stage, fraction: m.fraction };
      this.dispatchEvent(new CustomEvent('status', { detail: this.status }));
    } else if (m.type === 'quick') {
      this.#resolveQuick(m.bitmap);
      this.dispatchEvent(new CustomEvent('quickpreview', { detail: { bitmap: m.bitmap, workerMs: m.ms } }));
    } else if (m.type === 'preview') {
      this.#resolvePreview(m.bitmap);
      this.dispatchEvent(new CustomEvent('preview', { detail: { bitmap: m.bitmap } }));
    } else if (m.type === 'result') {
      this.#finish({ bitmap: m.bitmap, blob: m.blob, ...m.meta }, null);
    } else if (m.type === 'error') {
      this.#finish(null, new SeamkitError(m.code, m.message));
    }
  }
}

/**
 * Starts an avatar at once, in a module Worker. With a photo: decode (EXIF
 * orientation respected), face detection, alignment, style and mask; with no
 * photo, no face or any failure: a procedural avatar from `name`, whose
 * result says why in `fallback.message`.
 * @param {File | Blob | ImageBitmap | ArrayBuffer | ArrayBufferView | null | undefined} input
 * @param {import('./index.d.ts').AvatarOptions} [options]
 */
export function createAvatarJob(input, options = {}) {
  const opts = normaliseOptions(options);
  return new AvatarJob(normaliseInput(input), opts, options.signal);
}

/**
 * The procedural avatar for a name (no photo), made in the Worker.
 * @param {string} name @param {Omit<import('./index.d.ts').AvatarOptions, 'name'>} [options]
 */
export function avatarFromName(name, options = {}) {
  if (typeof name !== 'string') {
    throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT, 'avatarFromName() takes a name (a string)');
  }
  if (options === null || typeof options !== 'object') {
    throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT, 'avatar options must be an object');
  }
  return createAvatarJob(null, { ...options, name }).promise;
}

function settleWarmup(m) {
  const w = warmups.get(m.id);
  if (!w) return;
  warmups.delete(m.id);
  if (m.ok) w.resolve({ ms: m.ms, model: m.model ?? null });
  else w.reject(new SeamkitError(m.code ?? ErrorCodes.MODEL_UNAVAILABLE, m.message));
}

/**
 * Gets the avatar Worker ready before the first photo: starts it, loads the
 * wasm core and the face detector, and runs the detector once on a blank
 * image, so the first job's quick preview and result come sooner. Pass the
 * same `registry` and `wasmUrl` options as the jobs will use. Resolves with
 * the time taken; rejects with a SeamkitError (jobs still fall back).
 * @param {Pick<import('./index.d.ts').AvatarOptions, 'registry' | 'wasmUrl'>} [options]
 * @returns {Promise<{ ms: number, model: object | null }>}
 */
export function prewarmAvatarWorker(options = {}) {
  if (options === null || typeof options !== 'object') {
    return Promise.reject(new SeamkitError(ErrorCodes.INVALID_ARGUMENT,
      'prewarmAvatarWorker() options must be an object'));
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    warmups.set(id, { resolve, reject });
    try {
      getWorker().postMessage({ type: 'warm', id, registry: resolveRegistry(options.registry),
        wasmUrl: abs(options.wasmUrl) });
    } catch (e) {
      warmups.delete(id);
      reject(new SeamkitError(ErrorCodes.UNSUPPORTED,
        `no avatar Worker: ${String(/** @type {any} */ (e)?.message ?? e)}`));
    }
  });
}

/**
 * The names, for `import * as avatar from 'seamkit/avatar'`:
 * `avatar.start(photo, options)` is createAvatarJob, `avatar.fromName(name,
 * options)` is avatarFromName.
 */
export { createAvatarJob as start, avatarFromName as fromName };

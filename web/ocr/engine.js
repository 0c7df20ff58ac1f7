// One OCR engine per realm (the OCR Worker, or the calling thread in Node):
// the wasm core, the two models, the dictionary and the calibration, loaded
// once. A model that cannot load makes the engine "unavailable" with the
// reason instead of throwing, so callers (the audit suggestions) stay intact.
import { loadCore } from '../loader.js';
import { ModelRegistry } from '../models/registry.js';
import { SeamkitError, ErrorCodes } from '../errors.js';
import { Calibration } from '../confidence/index.js';
import { loadOcrModels, recognize } from './pipeline.js';

const isNode =
  typeof process !== 'undefined' && !!process.versions?.node &&
  typeof window === 'undefined' && typeof WorkerGlobalScope === 'undefined';

/** The fitted calibration file shipped next to this module (or null). */
async function readCalibrationFile() {
  const url = new URL('./calibration.json', import.meta.url);
  try {
    let text;
    if (isNode && url.protocol === 'file:') {
      const fsName = 'node:fs/promises';
      const fs = await import(/* @vite-ignore */ /* webpackIgnore: true */ fsName);
      text = await fs.readFile(url, 'utf8');
    } else {
      const res = await fetch(url);
      if (!res.ok) return null;
      text = await res.text();
    }
    return JSON.parse(text);
  } catch {
    return null; // no file: raw confidences, reported as such
  }
}

/**
 * The calibration the pipeline applies: from options (a parsed file, or
 * null for none), else the shipped file. Returns { calibration, info }.
 */
async function calibrationFrom(given) {
  const file = given === undefined ? await readCalibrationFile() : given;
  if (!file?.parameters) {
    return { calibration: null, info: { status: 'identity', method: 'identity' } };
  }
  const fitted = Calibration.fromJSON(file.parameters);
  // Temperature and Platt scaling were fitted on logits of the confidence.
  const logit = file.scoreTransform === 'logit';
  const calibration = { apply: (/** @type {number} */ p) => {
    if (!logit) return fitted.apply(p);
    const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
    return fitted.apply(Math.log(q / (1 - q)));
  } };
  return { calibration, info: { status: file.status ?? 'fitted', method: fitted.method,
    version: file.version, fittedOn: file.fittedOn ?? null,
    reviewBelow: file.thresholds?.reviewBelow ?? null,
    similarity: file.thresholds?.similarity ?? null } };
}

/** @type {Map<string, Promise<any>>} */
const engines = new Map();

/**
 * Loads (once per set of options) the engine: `{ available: true, recognize,
 * model, calibration }` or `{ available: false, reason }`.
 * @param {{ registry?: object, threads?: number, wasmUrl?: string,
 *   calibration?: object | null }} [options]
 */
export function getEngine(options = {}) {
  const key = JSON.stringify({ r: options.registry ?? null, t: options.threads ?? null,
    w: options.wasmUrl ?? null, c: options.calibration === undefined ? 'file' : options.calibration });
  if (!engines.has(key)) {
    const p = openEngine(options);
    engines.set(key, p);
    // An unavailable engine is retried on the next call (a model may come back).
    p.then((e) => { if (!e.available) engines.delete(key); }, () => engines.delete(key));
  }
  return /** @type {Promise<any>} */ (engines.get(key));
}

async function openEngine(options) {
  const t0 = performance.now();
  let core;
  try {
    core = await loadCore(options.wasmUrl ? { wasmUrl: options.wasmUrl } : {});
  } catch (e) {
    return { available: false, reason: String(/** @type {any} */ (e)?.message ?? e),
      code: ErrorCodes.WASM_LOAD };
  }
  if (typeof core.ocrDetInput !== 'function') {
    return { available: false, reason: 'this build of the core has no OCR functions' };
  }
  const regOptions = { ...(options.registry ?? {}) };
  if (options.threads !== undefined) {
    regOptions.ort = { ...(regOptions.ort ?? {}), numThreads: options.threads };
  }
  let models;
  try {
    const registry = await ModelRegistry.create(regOptions);
    models = await loadOcrModels(core, registry);
  } catch (e) {
    return { available: false, reason: String(/** @type {any} */ (e)?.message ?? e),
      code: /** @type {any} */ (e)?.code ?? ErrorCodes.MODEL_UNAVAILABLE };
  }
  const { calibration, info } = await calibrationFrom(options.calibration);
  const model = {
    det: { id: models.det.id, version: models.det.version },
    rec: { id: models.rec.id, version: models.rec.version },
    executionProvider: models.det.executionProvider, threads: models.det.threads,
  };
  // One image at a time: a session serves one run at once.
  let queue = Promise.resolve();
  return {
    available: true,
    loadMs: performance.now() - t0,
    model,
    calibration: info,
    /** @param {any} image @param {object} [opts] */
    recognize: (image, opts = {}) => {
      if (opts && typeof opts !== 'object') {
        throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT, 'options must be an object');
      }
      const run = queue.then(() => recognize(core, models, image, { calibration, ...opts }));
      queue = run.catch(() => {});
      return run;
    },
  };
}

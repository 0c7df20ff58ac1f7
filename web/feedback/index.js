// Feedback loops on the device: the user's verdicts on model outputs are
// kept locally (bounded, clearable) and, once there are enough, refit the
// model's calibration as a new version that can be rolled back. Nothing is
// sent anywhere; persistence is an adapter the host chooses (memory by
// default, IndexedDB in browsers).
import { requireArg, SeamkitError, ErrorCodes } from '../errors.js';
import { fitCalibration, calibrationReport, Calibration } from '../confidence/index.js';

const DEFAULT_CAPACITY = 5000;

/** @param {unknown} v */
function verdictOf(v) {
  if (v === true || v === 1) return 1;
  if (v === false || v === 0) return 0;
  throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT,
    'userVerdict must be true/false (or 1/0): was the output right?');
}

/** @param {unknown} id */
function requireModelId(id) {
  requireArg(typeof id === 'string' && id.length > 0, 'modelId must be a non-empty string');
}

/** @param {unknown} o @param {string} what */
function requireOptions(o, what) {
  requireArg(o === undefined || (o !== null && typeof o === 'object'), `${what} must be an object`);
}

export class FeedbackStore {
  /** @type {Map<string, { output: number, verdict: 0|1, at: number }[]>} */
  #entries = new Map();
  /** @type {Map<string, { version: number, calibration: Calibration, fittedOn: number, eceBefore: number, eceAfter: number }[]>} */
  #calibrations = new Map();
  #capacity;
  #storage;

  /**
   * @param {{ capacity?: number, storage?: { load(): Promise<object|null>, save(state: object): Promise<void> } }} [options]
   *   capacity: labelled outcomes kept per model (oldest dropped first).
   */
  constructor(options = {}) {
    requireOptions(options, 'FeedbackStore options');
    const { capacity = DEFAULT_CAPACITY, storage } = options;
    requireArg(storage === undefined || storage === null || (typeof storage === 'object' &&
      typeof storage.load === 'function' && typeof storage.save === 'function'),
    'storage must have load() and save() methods');
    requireArg(Number.isInteger(capacity) && capacity >= 10 && capacity <= 1_000_000,
      'capacity must be an integer in [10, 1000000]');
    this.#capacity = capacity;
    this.#storage = storage ?? null;
  }

  /** Restores the state saved by the storage adapter (if any). */
  async restore() {
    const state = this.#storage ? await this.#storage.load() : null;
    if (!state) return;
    for (const [id, list] of Object.entries(state.entries ?? {})) {
      this.#entries.set(id, list.slice(-this.#capacity));
    }
    for (const [id, list] of Object.entries(state.calibrations ?? {})) {
      this.#calibrations.set(id, list.map((c) => ({ ...c, calibration: Calibration.fromJSON(c.calibration) })));
    }
  }

  async #persist() {
    if (!this.#storage) return;
    const entries = Object.fromEntries(this.#entries);
    const calibrations = Object.fromEntries([...this.#calibrations].map(([id, list]) =>
      [id, list.map((c) => ({ ...c, calibration: c.calibration.toJSON() }))]));
    await this.#storage.save({ entries, calibrations });
  }

  /**
   * One labelled outcome: the model's output score and whether the user
   * found it right.
   * @param {{ modelId: string, output: number, userVerdict: boolean | 0 | 1 }} record
   */
  async record(record) {
    requireArg(record !== null && typeof record === 'object',
      'record() takes { modelId, output, userVerdict }');
    const { modelId, output, userVerdict } = record;
    requireArg(typeof modelId === 'string' && modelId.length > 0, 'modelId must be a non-empty string');
    requireArg(typeof output === 'number' && Number.isFinite(output), 'output must be a finite number');
    const verdict = verdictOf(userVerdict);
    if (!this.#entries.has(modelId)) this.#entries.set(modelId, []);
    const list = this.#entries.get(modelId);
    list.push({ output, verdict, at: Date.now() });
    if (list.length > this.#capacity) list.splice(0, list.length - this.#capacity);
    await this.#persist();
  }

  /** The stored outcomes of a model (a copy). */
  entries(modelId) {
    requireModelId(modelId);
    return (this.#entries.get(modelId) ?? []).map((e) => ({ ...e }));
  }

  /** Deletes the stored outcomes (of one model, or all) — the user's right. */
  async clear(modelId) {
    if (modelId !== undefined) requireModelId(modelId);
    if (modelId === undefined) this.#entries.clear();
    else this.#entries.delete(modelId);
    await this.#persist();
  }

  /**
   * Refits the model's calibration on the stored outcomes as a new version.
   * Needs `minLabels` outcomes with both verdicts present; otherwise rejects
   * with E_INVALID_ARGUMENT saying how many more are needed.
   * @param {string} modelId
   * @param {{ method?: 'isotonic'|'platt'|'histogram', minLabels?: number }} [options]
   */
  async recalibrate(modelId, options = {}) {
    requireModelId(modelId);
    requireOptions(options, 'recalibrate options');
    const { method = 'isotonic', minLabels = 100 } = options;
    requireArg(Number.isInteger(minLabels) && minLabels >= 2,
      'minLabels must be an integer of at least 2');
    const list = this.#entries.get(modelId) ?? [];
    const positives = list.filter((e) => e.verdict === 1).length;
    if (list.length < minLabels) {
      throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT,
        `${modelId}: ${list.length} labelled outcomes, ${minLabels - list.length} more needed to recalibrate`);
    }
    if (positives === 0 || positives === list.length) {
      throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT,
        `${modelId}: every stored verdict is the same; both right and wrong outputs are needed`);
    }
    const scores = list.map((e) => e.output);
    const labels = list.map((e) => e.verdict);
    const calibration = fitCalibration({ method, scores, labels });
    const eceBefore = calibrationReport(scores.map((s) => Math.min(1, Math.max(0, s))), labels).ece;
    const eceAfter = calibrationReport(calibration.applyBatch(scores), labels).ece;
    const history = this.#calibrations.get(modelId) ?? [];
    const version = (history.at(-1)?.version ?? 0) + 1;
    const entry = { version, calibration, fittedOn: list.length, eceBefore, eceAfter };
    history.push(entry);
    this.#calibrations.set(modelId, history);
    await this.#persist();
    return { ...entry };
  }

  /** The calibration in use for a model (null: none fitted yet). */
  calibration(modelId) {
    requireModelId(modelId);
    return this.#calibrations.get(modelId)?.at(-1)?.calibration ?? null;
  }

  /** Versions of a model's calibration, oldest first. */
  calibrationVersions(modelId) {
    requireModelId(modelId);
    return (this.#calibrations.get(modelId) ?? []).map(({ calibration, ...rest }) => rest);
  }

  /** Drops the newest calibration version; returns the version now in use (0: none). */
  async rollbackCalibration(modelId) {
    requireModelId(modelId);
    const history = this.#calibrations.get(modelId) ?? [];
    if (history.length === 0) {
      throw new SeamkitError(ErrorCodes.NOT_FOUND, `${modelId} has no calibration to roll back`);
    }
    history.pop();
    await this.#persist();
    return history.at(-1)?.version ?? 0;
  }
}

/**
 * A storage adapter over IndexedDB (browsers and workers): one record per
 * store name, on the page's own origin.
 * @param {string} [name]
 */
export function indexedDBStorage(name = 'seamkit-feedback') {
  requireArg(typeof name === 'string' && name.length > 0, 'the store name must be a non-empty string');
  if (typeof indexedDB === 'undefined') {
    throw new SeamkitError(ErrorCodes.UNSUPPORTED, 'IndexedDB is not available here');
  }
  const open = () => new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => req.result.createObjectStore('state');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const tx = async (mode, fn) => {
    const db = await open();
    try {
      return await new Promise((resolve, reject) => {
        const t = db.transaction('state', mode);
        const req = fn(t.objectStore('state'));
        t.oncomplete = () => resolve(req.result);
        t.onerror = () => reject(t.error);
      });
    } finally {
      db.close();
    }
  };
  return {
    load: () => tx('readonly', (s) => s.get('state')).then((v) => v ?? null),
    save: (state) => tx('readwrite', (s) => s.put(state, 'state')).then(() => undefined),
  };
}

/** The page's feedback store (in memory; give it storage with new FeedbackStore). */
export const feedback = new FeedbackStore();

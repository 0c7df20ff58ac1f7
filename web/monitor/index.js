// On-device monitoring: per model, latency quantiles, error and fallback
// rates and drift of the output confidences from the manifest's reference
// (PSI and KS, in wasm, fixed memory). Nothing leaves the device: the host
// app subscribes to events and decides what, if anything, to forward.
import { requireCore } from '../loader.js';
import { unwrap, requireArg, SeamkitError, ErrorCodes } from '../errors.js';

const EVENTS = ['drift', 'fallback', 'error', 'load'];

/** @param {string} id */
function checkId(id) {
  requireArg(typeof id === 'string' && id.length > 0 && id.length <= 256, 'modelId must be a non-empty string');
}

export class Monitor {
  /** @type {Map<string, { core: any, version: string, drift: boolean, load: object | null }>} */
  #models = new Map();
  /** @type {Map<string, Set<Function>>} */
  #listeners = new Map();
  /** @type {object | null} */
  #manifest = null;

  /**
   * Reads the monitoring section of every model in a manifest (the object,
   * or its JSON text). Models already tracked keep their data.
   * @param {object | string} manifest
   */
  configure(manifest) {
    const text = typeof manifest === 'string' ? manifest : JSON.stringify(manifest);
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw new SeamkitError(ErrorCodes.PARSE, `manifest is not JSON: ${e.message}`);
    }
    requireArg(parsed && Array.isArray(parsed.models), 'the manifest has no models array');
    this.#manifest = { text, parsed };
    return this;
  }

  /** The monitor of one model, created from the manifest on first use. */
  #model(id, version) {
    checkId(id);
    let m = this.#models.get(id);
    if (m && (version === undefined || m.version === version)) return m;
    if (!this.#manifest) {
      throw new SeamkitError(ErrorCodes.NOT_INITIALIZED, 'monitor.configure(manifest) has not been called');
    }
    const entries = this.#manifest.parsed.models.filter((e) => e.id === id);
    if (entries.length === 0) throw new SeamkitError(ErrorCodes.NOT_FOUND, `no model ${id} in the manifest`);
    const v = version ?? entries[0].version;
    const core = unwrap(requireCore().createModelMonitor(this.#manifest.text, id, v));
    m?.core.delete();
    m = { core, version: v, drift: false, load: null };
    this.#models.set(id, m);
    return m;
  }

  /** A successful model run and its latency in milliseconds. */
  recordRun(modelId, latencyMs, version) {
    requireArg(typeof latencyMs === 'number' && Number.isFinite(latencyMs) && latencyMs >= 0,
      'latencyMs must be a finite number >= 0');
    unwrap(this.#model(modelId, version).core.recordSuccess(latencyMs));
  }

  /** A failed request with nothing shown to the user. */
  recordError(modelId, detail = {}) {
    requireArg(detail !== null && typeof detail === 'object', 'detail must be an object');
    this.#model(modelId).core.recordError();
    this.#emit('error', { modelId, ...detail });
  }

  /** A request answered by the declared fallback instead of the model. */
  recordFallback(modelId, detail = {}) {
    requireArg(detail !== null && typeof detail === 'object', 'detail must be an object');
    this.#model(modelId).core.recordFallback();
    this.#emit('fallback', { modelId, ...detail });
  }

  /**
   * Output confidences of a model (each in [0, 1]). Emits 'drift' when the
   * drift flag turns on (and again only after it has turned off).
   * @param {string} modelId @param {ArrayLike<number>} confidences
   */
  recordConfidences(modelId, confidences) {
    requireArg(Array.isArray(confidences) || ArrayBuffer.isView(confidences),
      'confidences must be an array or typed array');
    const m = this.#model(modelId);
    unwrap(m.core.recordConfidences(Float32Array.from(confidences)));
    const drift = JSON.parse(m.core.snapshotJson()).drift;
    if (drift.drift && !m.drift) this.#emit('drift', { modelId, ...drift });
    m.drift = drift.drift;
  }

  /**
   * Forwards a ModelRegistry's events into this monitor: runs (latency),
   * errors, fallbacks and the execution provider of each load.
   * @returns {() => void} detach
   */
  attach(registry) {
    requireArg(registry && typeof registry.on === 'function', 'attach() takes a ModelRegistry');
    if (!this.#manifest && registry.manifest) this.configure(registry.manifest);
    const offs = [
      registry.on('run', (e) => this.recordRun(e.id, e.ms, e.version)),
      registry.on('error', (e) => this.recordError(e.id, { version: e.version, message: e.message })),
      registry.on('fallback', (e) => this.recordFallback(e.id, { fallback: e.fallback, reasons: e.reasons })),
      registry.on('load', (e) => {
        const m = this.#model(e.id, e.version);
        m.load = { executionProvider: e.executionProvider, threads: e.threads, simd: e.simd, loadMs: e.loadMs };
        this.#emit('load', { modelId: e.id, ...e });
      }),
    ];
    return () => offs.forEach((off) => off());
  }

  /** Every tracked model's figures (plain data, safe to serialise). */
  snapshot() {
    const models = {};
    for (const [id, m] of this.#models) {
      models[id] = { ...JSON.parse(m.core.snapshotJson()), version: m.version, load: m.load,
        memoryBytes: m.core.memoryBytes() };
    }
    return { takenAt: new Date().toISOString(), models };
  }

  /** Forgets recorded data (all models, or one); configuration stays. */
  reset(modelId) {
    if (modelId !== undefined) checkId(modelId);
    for (const [id, m] of this.#models) {
      if (modelId === undefined || id === modelId) {
        m.core.reset();
        m.drift = false;
      }
    }
  }

  /**
   * @param {'drift'|'fallback'|'error'|'load'} type @param {(detail: object) => void} fn
   * @returns {() => void} unsubscribe
   */
  on(type, fn) {
    requireArg(EVENTS.includes(type), `event must be one of ${EVENTS.join(', ')}`);
    requireArg(typeof fn === 'function', 'listener must be a function');
    if (!this.#listeners.has(type)) this.#listeners.set(type, new Set());
    this.#listeners.get(type).add(fn);
    return () => this.#listeners.get(type)?.delete(fn);
  }

  #emit(type, detail) {
    for (const fn of this.#listeners.get(type) ?? []) {
      try { fn(detail); } catch { /* a host listener's failure is not the monitor's */ }
    }
  }
}

/** The page's monitor. */
export const monitor = new Monitor();

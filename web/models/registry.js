// The model registry: manifest-driven loading with integrity checks, an
// offline cache, version pinning, rollback and declared fallbacks.
import { SeamkitError, ErrorCodes } from '../errors.js';
import { compareVersions, satisfies } from './semver.js';
import { verifyFile } from './integrity.js';
import { createSession } from './ort.js';

const CACHE_NAME = 'seamkit-models-v1';
// The default manifest's file name, beside this module. It goes through a
// variable on purpose: bundlers (Vite, webpack 5) emit an asset for every
// `new URL` whose first argument is a string literal and whose base is
// import.meta.url, and a bundled app serves its own copy of dist/models
// instead (see create()).
const DEFAULT_MANIFEST_FILE = 'manifest.json';
const BUNDLED_APP_HINT = 'a bundled app must serve node_modules/seamkit/dist/models ' +
  '(manifest.json and the model files) itself and pass its URL as manifestUrl ' +
  "(avatar: registry: { manifestUrl: '/models/manifest.json' })";

const isNode =
  typeof process !== 'undefined' && !!process.versions?.node &&
  typeof window === 'undefined' && typeof WorkerGlobalScope === 'undefined';

/** @param {URL} url @returns {Promise<Uint8Array>} */
async function readUrl(url) {
  if (isNode && url.protocol === 'file:') {
    const fsName = 'node:fs/promises';
    const fs = await import(/* @vite-ignore */ /* webpackIgnore: true */ fsName);
    try {
      return new Uint8Array(await fs.readFile(url));
    } catch (e) {
      throw new SeamkitError(ErrorCodes.NOT_FOUND, `${url.pathname}: ${e.message}`, { cause: e });
    }
  }
  let res;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new SeamkitError(ErrorCodes.MODEL_UNAVAILABLE, `${url.pathname}: ${e.message}`, { cause: e });
  }
  if (!res.ok) {
    throw new SeamkitError(ErrorCodes.NOT_FOUND, `${url.pathname}: HTTP ${res.status}`);
  }
  return new Uint8Array(await res.arrayBuffer());
}

async function openCache() {
  try {
    return globalThis.caches ? await globalThis.caches.open(CACHE_NAME) : null;
  } catch {
    return null; // opaque origins and some private modes refuse the Cache API
  }
}

/**
 * @typedef {{ role: string, name: string, bytes: number, sha256: string }} ManifestFile
 * @typedef {{ id: string, version: string, task: string, files: ManifestFile[],
 *   fallback?: { type: 'version', version: string } | { type: 'model', id: string, version: string }
 *     | { type: 'path', name: string },
 *   [key: string]: unknown }} ManifestModel
 */

const EVENTS = ['load', 'run', 'integrity', 'error', 'rollback', 'fallback'];

/** @param {boolean} cond @param {string} message */
function check(cond, message) {
  if (!cond) throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT, message);
}

/** @param {unknown} id */
function checkId(id) {
  check(typeof id === 'string' && id.length > 0, 'a model id must be a non-empty string');
}

/** @param {unknown} v */
function checkVersion(v) {
  check(typeof v === 'string' && v.length > 0, 'a model version must be a non-empty string');
}

/** @param {unknown} o @param {string} what */
function checkOptions(o, what) {
  check(o === undefined || (o !== null && typeof o === 'object'), `${what} must be an object`);
}

/** @param {string | URL} u */
function toUrl(u) {
  try {
    return new URL(u);
  } catch (e) {
    throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT, `not an absolute URL: ${u}`, { cause: e });
  }
}

export class ModelRegistry {
  /** @type {{ models: ManifestModel[] }} */ #manifest;
  /** @type {URL} */ #baseUrl;
  #ortOptions;
  #useCache;
  /** @type {Map<string, string>} */ #pins = new Map();
  /** @type {Map<string, Set<string>>} */ #bad = new Map();
  /** @type {Map<string, Promise<any>>} */ #sessions = new Map();
  /** @type {Map<string, Set<Function>>} */ #listeners = new Map();

  /**
   * @param {{ manifest: { models: ManifestModel[] }, baseUrl: string | URL,
   *   cache?: boolean, ort?: { wasmPaths?: any, numThreads?: number } }} options
   */
  constructor(options) {
    check(options !== null && typeof options === 'object',
      'ModelRegistry takes { manifest, baseUrl } (or use ModelRegistry.create())');
    const { manifest, baseUrl, cache = true, ort = {} } = options;
    check(typeof baseUrl === 'string' || baseUrl instanceof URL, 'baseUrl must be a string or a URL');
    if (!manifest || !Array.isArray(manifest.models)) {
      throw new SeamkitError(ErrorCodes.MALFORMED, 'the model manifest has no models array');
    }
    this.#manifest = manifest;
    this.#baseUrl = toUrl(baseUrl);
    this.#useCache = cache;
    this.#ortOptions = ort;
  }

  /**
   * Reads the manifest (default: the package's models/manifest.json, beside this module).
   * @param {{ manifestUrl?: string | URL, baseUrl?: string | URL, cache?: boolean, ort?: object }} [options]
   */
  static async create(options = {}) {
    checkOptions(options, 'ModelRegistry.create() options');
    for (const k of ['manifestUrl', 'baseUrl']) {
      const u = options[k];
      check(u === undefined || typeof u === 'string' || u instanceof URL, `${k} must be a string or a URL`);
    }
    const isDefault = options.manifestUrl === undefined;
    const manifestUrl = toUrl(options.manifestUrl ?? new URL(DEFAULT_MANIFEST_FILE, import.meta.url));
    let bytes;
    try {
      bytes = await readUrl(manifestUrl);
    } catch (e) {
      if (!(e instanceof SeamkitError)) throw e;
      const where = isDefault ? 'no model manifest beside seamkit\'s modules' : 'model manifest not found';
      throw new SeamkitError(e.code, `${where} (${e.message}): ${BUNDLED_APP_HINT}`, { cause: e });
    }
    const text = new TextDecoder().decode(bytes);
    let manifest;
    try {
      manifest = JSON.parse(text);
    } catch (e) {
      throw new SeamkitError(ErrorCodes.MALFORMED, `model manifest is not JSON: ${e.message}`);
    }
    return new ModelRegistry({ ...options, manifest, baseUrl: options.baseUrl ?? manifestUrl });
  }

  /** The manifest this registry reads (do not mutate). */
  get manifest() {
    return this.#manifest;
  }

  /** Versions of a model in the manifest, newest first. */
  versions(id) {
    checkId(id);
    return this.#manifest.models.filter((m) => m.id === id).map((m) => m.version)
      .sort((a, b) => compareVersions(b, a));
  }

  /** The manifest entry for id@version. */
  entry(id, version) {
    checkId(id);
    checkVersion(version);
    const e = this.#manifest.models.find((m) => m.id === id && m.version === version);
    if (!e) throw new SeamkitError(ErrorCodes.NOT_FOUND, `no model ${id}@${version} in the manifest`);
    return e;
  }

  /** Uses exactly this version from now on (until unpin). */
  pin(id, version) {
    this.entry(id, version);
    this.#pins.set(id, version);
  }

  unpin(id) {
    checkId(id);
    this.#pins.delete(id);
  }

  /**
   * Listens to 'load', 'run' ({ id, version, ms }), 'integrity', 'error', 'rollback' and
   * 'fallback' events.
   * @returns {() => void} unsubscribe
   */
  on(type, fn) {
    check(EVENTS.includes(type), `on() takes one of ${EVENTS.join(', ')}`);
    check(typeof fn === 'function', 'on() takes a listener function');
    if (!this.#listeners.has(type)) this.#listeners.set(type, new Set());
    this.#listeners.get(type).add(fn);
    return () => this.#listeners.get(type)?.delete(fn);
  }

  #emit(type, detail) {
    for (const fn of this.#listeners.get(type) ?? []) {
      try { fn(detail); } catch { /* a listener's failure is not the registry's */ }
    }
  }

  #candidates(id, range) {
    const pinned = this.#pins.get(id);
    const bad = this.#bad.get(id) ?? new Set();
    return this.versions(id)
      .filter((v) => (pinned ? v === pinned : satisfies(v, range)) && !bad.has(v));
  }

  /**
   * Verified bytes of one file of a model: from the cache when its hash
   * still matches, otherwise fetched, verified, then cached.
   * @param {ManifestModel} model @param {string} [role]
   */
  async fileBytes(model, role = 'weights') {
    check(model !== null && typeof model === 'object' && Array.isArray(model.files),
      'fileBytes() takes a manifest entry (see entry())');
    check(typeof role === 'string', 'role must be a string');
    const file = model.files.find((f) => f.role === role);
    if (!file) throw new SeamkitError(ErrorCodes.NOT_FOUND, `${model.id} has no '${role}' file`);
    const url = new URL(file.name, this.#baseUrl);
    const cache = this.#useCache ? await openCache() : null;
    const key = `${url.href}?sha256=${file.sha256}`;
    if (cache) {
      const hit = await cache.match(key);
      if (hit) {
        const bytes = new Uint8Array(await hit.arrayBuffer());
        try {
          await verifyFile(bytes, file);
          return bytes;
        } catch {
          await cache.delete(key); // a damaged cache entry is refetched
        }
      }
    }
    const bytes = await readUrl(url);
    await verifyFile(bytes, file);
    if (cache) {
      await cache.put(key, new Response(bytes, { headers: { 'content-type': 'application/octet-stream' } }));
    }
    return bytes;
  }

  /**
   * Loads (once) and returns a shared session for the newest usable version
   * of a model in `range`. A version that fails verification, loading or a
   * run is set aside and the previous one is tried (rollback); when none is
   * left, rejects with E_MODEL_UNAVAILABLE whose `fallback` names the
   * declared fallback. With `followFallback`, a declared fallback that is
   * another model (`{ type: 'model', id, version }`) is loaded instead and
   * its handle returned (its `id` tells the caller which model answered);
   * the 'fallback' event fires either way.
   * @param {string} id
   * @param {{ range?: string, warmup?: (handle: any) => Promise<void>,
   *           followFallback?: boolean }} [options]
   */
  load(id, options = {}) {
    try {
      checkId(id);
      checkOptions(options, 'load() options');
    } catch (e) {
      return Promise.reject(e);
    }
    return this.#load(id, options, new Set());
  }

  async #load(id, { range = '*', warmup, followFallback = false } = {}, visited) {
    if (this.versions(id).length === 0) {
      throw new SeamkitError(ErrorCodes.NOT_FOUND, `no model '${id}' in the manifest`);
    }
    const reasons = [];
    for (const version of this.#candidates(id, range)) {
      const key = `${id}@${version}`;
      if (!this.#sessions.has(key)) this.#sessions.set(key, this.#open(id, version, warmup));
      try {
        return await this.#sessions.get(key);
      } catch (e) {
        this.#sessions.delete(key);
        reasons.push(`${key}: ${e.message}`);
        this.#markBad(id, version, e);
      }
    }
    const latest = this.#manifest.models.find((m) => m.id === id && m.fallback);
    const fallback = latest?.fallback ?? null;
    const err = new SeamkitError(ErrorCodes.MODEL_UNAVAILABLE,
      `model '${id}' is unavailable${reasons.length ? `: ${reasons.join('; ')}` : ' (every version was set aside)'}`);
    err.fallback = fallback;
    err.reasons = reasons;
    this.#emit('fallback', { id, fallback, reasons });
    visited.add(id);
    if (followFallback && fallback?.type === 'model' && !visited.has(fallback.id)) {
      try {
        return await this.#load(fallback.id, { range: fallback.version ?? '*', warmup,
          followFallback }, visited);
      } catch (e) {
        reasons.push(`fallback ${fallback.id}: ${e.message}`);
        err.message += `; fallback ${fallback.id} failed too: ${e.message}`;
      }
    }
    throw err;
  }

  async #open(id, version, warmup) {
    const model = this.entry(id, version);
    const started = performance.now();
    let bytes;
    try {
      bytes = await this.fileBytes(model, 'weights');
    } catch (e) {
      if (e.code === ErrorCodes.INTEGRITY) this.#emit('integrity', { id, version, message: e.message });
      throw e;
    }
    const { session, ort, executionProvider, threads, simd } =
      await createSession(bytes, this.#ortOptions);
    const handle = {
      id,
      version,
      model,
      session,
      /** ONNX Runtime's Tensor class, so callers need not import ORT. */
      Tensor: ort.Tensor,
      executionProvider,
      threads,
      simd,
      loadMs: 0,
      /** Runs the session; a failure sets this version aside (rollback). */
      run: async (feeds) => {
        const t0 = performance.now();
        try {
          const out = await session.run(feeds);
          this.#emit('run', { id, version, ms: performance.now() - t0 });
          return out;
        } catch (e) {
          this.#markBad(id, version, e);
          this.#sessions.delete(`${id}@${version}`);
          throw new SeamkitError(ErrorCodes.MODEL_UNAVAILABLE,
            `${id}@${version} failed to run: ${e?.message ?? e}`, { cause: e });
        }
      },
    };
    if (warmup) await warmup(handle);
    handle.loadMs = performance.now() - started;
    this.#emit('load', { id, version, executionProvider, threads, simd, loadMs: handle.loadMs });
    return handle;
  }

  #markBad(id, version, error) {
    if (!this.#bad.has(id)) this.#bad.set(id, new Set());
    this.#bad.get(id).add(version);
    this.#emit('error', { id, version, message: error?.message ?? String(error) });
  }

  /**
   * Sets the current version of a model aside (e.g. after user reports) so
   * that the next load() uses the previous one. Returns the version now used.
   */
  async rollback(id, reason = 'explicit rollback') {
    checkId(id);
    check(typeof reason === 'string', 'the rollback reason must be a string');
    const current = this.#candidates(id, '*')[0];
    if (!current) throw new SeamkitError(ErrorCodes.NOT_FOUND, `no version of '${id}' to roll back`);
    this.#markBad(id, current, new Error(reason));
    if (this.#pins.get(id) === current) this.#pins.delete(id);
    await this.dispose(id, current);
    const next = this.#candidates(id, '*')[0] ?? null;
    this.#emit('rollback', { id, from: current, to: next, reason });
    return next;
  }

  /** Releases sessions: one version, every version of a model, or all. */
  async dispose(id, version) {
    if (id !== undefined) checkId(id);
    if (version !== undefined) checkVersion(version);
    const keys = [...this.#sessions.keys()].filter((k) =>
      !id || (version ? k === `${id}@${version}` : k.startsWith(`${id}@`)));
    for (const key of keys) {
      const pending = this.#sessions.get(key);
      this.#sessions.delete(key);
      try {
        const handle = await pending;
        await handle.session.release();
      } catch { /* a session that never opened has nothing to release */ }
    }
  }
}

// Loads the wasm core once per JS realm (page, worker or Node process).
import createSeamkitCore from './seamkit-core.mjs';
import { SeamkitError, ErrorCodes } from './errors.js';

/** @type {Promise<any> | null} */
let pending = null;
/** @type {any} */
let core = null;
/** Why the last instance stopped, if one did (for requireCore's message). */
let lastAbort = '';

const isNode =
  typeof process !== 'undefined' && !!process.versions?.node &&
  typeof window === 'undefined' && typeof WorkerGlobalScope === 'undefined';

/**
 * @param {{ wasmUrl?: string | URL, wasmBinary?: ArrayBuffer | Uint8Array }} options
 */
async function instantiate(options) {
  const url = options.wasmUrl
    ? new URL(options.wasmUrl, import.meta.url)
    : new URL('./seamkit-core.wasm', import.meta.url);
  /** @type {Record<string, any>} */
  const moduleArg = {};
  // An abort (a failed memory growth past the cap: "OOM", or any other trap)
  // leaves the instance unusable: retire it at once, so that the next
  // loadCore() makes a fresh one. The caller's wrapper turns the thrown
  // RuntimeError into a SeamkitError (coreFailure below).
  moduleArg.onAbort = (/** @type {unknown} */ what) => {
    moduleArg.seamkitAborted = String(what ?? 'abort');
    if (core === moduleArg) { core = null; pending = null; lastAbort = moduleArg.seamkitAborted; }
  };
  // The core prints its abort reason to the console; the error says it.
  moduleArg.printErr = () => {};
  if (options.wasmBinary) {
    moduleArg.wasmBinary = options.wasmBinary;
  } else if (isNode && url.protocol === 'file:') {
    // Node's fetch() cannot read file: URLs; read the bytes instead. The
    // specifier is a variable so that bundlers leave it alone.
    const fsName = 'node:fs/promises';
    const fs = await import(/* @vite-ignore */ /* webpackIgnore: true */ fsName);
    moduleArg.wasmBinary = await fs.readFile(url);
  } else {
    moduleArg.locateFile = () => url.href;
  }
  return createSeamkitCore(moduleArg);
}

/**
 * Loads the core; idempotent: every call returns the same promise until it
 * settles, and a failed load may be retried.
 * @param {{ wasmUrl?: string | URL, wasmBinary?: ArrayBuffer | Uint8Array }} [options]
 */
export function loadCore(options = {}) {
  const o = /** @type {any} */ (options);
  const bad = o === null || typeof o !== 'object' ? 'init() options must be an object'
    : o.wasmUrl !== undefined && typeof o.wasmUrl !== 'string' && !(o.wasmUrl instanceof URL)
      ? 'wasmUrl must be a string or a URL'
      : o.wasmBinary !== undefined && !(o.wasmBinary instanceof ArrayBuffer) &&
        !ArrayBuffer.isView(o.wasmBinary) ? 'wasmBinary must be an ArrayBuffer or a typed array'
        : '';
  if (bad) return Promise.reject(new SeamkitError(ErrorCodes.INVALID_ARGUMENT, bad));
  if (core) return Promise.resolve(core);
  if (!pending) {
    pending = instantiate(options).then(
      (m) => { core = m; lastAbort = ''; return m; },
      (err) => {
        pending = null;
        throw new SeamkitError(ErrorCodes.WASM_LOAD,
          `could not load seamkit's WebAssembly core: ${err?.message ?? err}`, { cause: err });
      });
  }
  return pending;
}

/** The loaded core, or a SeamkitError if init() has not completed. */
export function requireCore() {
  if (!core) {
    throw new SeamkitError(ErrorCodes.NOT_INITIALIZED, lastAbort
      ? `seamkit's core was reset after it stopped (${lastAbort}): await init() again`
      : 'seamkit is not initialised: await init() first');
  }
  return core;
}

/** The wasm linear-memory cap (CMakeLists.txt -sMAXIMUM_MEMORY). */
export const WASM_MEMORY_CAP_BYTES = 1024 * 1024 * 1024;

/**
 * Maps an error thrown by a call into the core to a SeamkitError: an abort
 * of the core (a WebAssembly.RuntimeError; the instance is retired by then)
 * becomes E_OUT_OF_MEMORY when it was a failed memory growth, else
 * E_INTERNAL. SeamkitErrors and other errors pass through unchanged.
 * @param {unknown} err
 * @returns {unknown}
 */
export function coreFailure(err) {
  if (err instanceof SeamkitError) return err;
  const message = String(/** @type {any} */ (err)?.message ?? '');
  if (!(err instanceof WebAssembly.RuntimeError) && !message.startsWith('Aborted(')) return err;
  if (/^Aborted\(OOM\)/.test(message)) {
    return new SeamkitError(ErrorCodes.OUT_OF_MEMORY,
      `seamkit's WebAssembly core ran out of memory (its cap is ${WASM_MEMORY_CAP_BYTES / 2 ** 20} MiB); ` +
      'the core was reset and the next call loads a fresh one', { cause: err });
  }
  return new SeamkitError(ErrorCodes.INTERNAL,
    `seamkit's WebAssembly core stopped (${message}); the next call loads a fresh one`,
    { cause: err });
}

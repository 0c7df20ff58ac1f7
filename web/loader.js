// Loads the wasm core once per JS realm (page, worker or Node process).
import createSeamkitCore from './seamkit-core.mjs';
import { SeamkitError, ErrorCodes } from './errors.js';

/** @type {Promise<any> | null} */
let pending = null;
/** @type {any} */
let core = null;

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
  /** @type {Record<string, unknown>} */
  const moduleArg = {};
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
  if (core) return Promise.resolve(core);
  if (!pending) {
    pending = instantiate(options).then(
      (m) => { core = m; return m; },
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
    throw new SeamkitError(ErrorCodes.NOT_INITIALIZED,
      'seamkit is not initialised: await init() first');
  }
  return core;
}

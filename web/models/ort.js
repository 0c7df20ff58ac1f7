// The one module of seamkit that imports onnxruntime-web. Loaded lazily, so
// pages that never run a model never download ONNX Runtime.
import { SeamkitError, ErrorCodes } from '../errors.js';

/** @type {Promise<any> | null} */
let ortPromise = null;

/**
 * @param {{ wasmPaths?: string | { mjs?: string, wasm?: string }, numThreads?: number,
 *   moduleUrl?: string | URL }} [options]
 */
export function loadOrt(options = {}) {
  if (!ortPromise) {
    ortPromise = (async () => {
      // The wasm-only build, in Node as in browsers: a bundler then emits
      // only its one .wasm (no WebGPU/JSEP builds). Node 20 runs it as is.
      // moduleUrl: where an unbundled Worker finds ORT (Workers get no import map).
      const ort = options.moduleUrl
        ? await import(/* @vite-ignore */ /* webpackIgnore: true */ String(options.moduleUrl))
        : await import('onnxruntime-web/wasm');
      ort.env.logLevel = 'error';
      if (options.wasmPaths) ort.env.wasm.wasmPaths = options.wasmPaths;
      const isolated = globalThis.crossOriginIsolated === true;
      const cores = globalThis.navigator?.hardwareConcurrency ?? 1;
      ort.env.wasm.numThreads = options.numThreads ?? (isolated ? Math.min(4, cores) : 1);
      ort.env.wasm.simd = true;
      return ort;
    })().catch((err) => {
      ortPromise = null;
      throw new SeamkitError(ErrorCodes.MODEL_UNAVAILABLE,
        `ONNX Runtime Web could not be loaded: ${err?.message ?? err}`, { cause: err });
    });
  }
  return ortPromise;
}

/**
 * Creates an inference session from verified model bytes.
 * @param {Uint8Array} bytes
 * @param {Parameters<typeof loadOrt>[0]} [options]
 */
export async function createSession(bytes, options) {
  const ort = await loadOrt(options);
  const session = await ort.InferenceSession.create(bytes, {
    executionProviders: ['wasm'],
    graphOptimizationLevel: 'all',
    logSeverityLevel: 3,
  });
  return {
    session,
    ort,
    executionProvider: 'wasm',
    threads: ort.env.wasm.numThreads,
    simd: true,
  };
}

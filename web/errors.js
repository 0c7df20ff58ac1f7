// The one error type of seamkit's public API: an Error with a stable `code`.

/** Codes shared with the C++ core (core/common/status.h) plus JS-side ones. */
export const ErrorCodes = Object.freeze({
  INVALID_ARGUMENT: 'E_INVALID_ARGUMENT',
  PARSE: 'E_PARSE',
  OUT_OF_RANGE: 'E_OUT_OF_RANGE',
  LIMIT_EXCEEDED: 'E_LIMIT_EXCEEDED',
  MALFORMED: 'E_MALFORMED',
  UNSUPPORTED: 'E_UNSUPPORTED',
  INTERNAL: 'E_INTERNAL',
  NOT_INITIALIZED: 'E_NOT_INITIALIZED',
  WASM_LOAD: 'E_WASM_LOAD',
  ABORTED: 'E_ABORTED',
  INTEGRITY: 'E_INTEGRITY',
  MODEL_UNAVAILABLE: 'E_MODEL_UNAVAILABLE',
  NOT_FOUND: 'E_NOT_FOUND',
  OUT_OF_MEMORY: 'E_OUT_OF_MEMORY',
  TIMEOUT: 'E_TIMEOUT',
});

export class SeamkitError extends Error {
  /**
   * @param {string} code one of ErrorCodes
   * @param {string} message
   * @param {{ cause?: unknown }} [options]
   */
  constructor(code, message, options) {
    super(message, options);
    this.name = 'SeamkitError';
    this.code = code;
  }
}

/**
 * Unwraps a `{ ok, value } | { ok: false, code, message }` result from the
 * wasm bindings, throwing SeamkitError on failure.
 * @template T
 * @param {{ ok: boolean, value?: T, code?: string, message?: string }} r
 * @returns {T}
 */
export function unwrap(r) {
  if (r.ok) return /** @type {T} */ (r.value);
  throw new SeamkitError(r.code ?? ErrorCodes.INTERNAL, r.message ?? 'unknown error');
}

/** @param {boolean} cond @param {string} message */
export function requireArg(cond, message) {
  if (!cond) throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT, message);
}

// Strings crossing into wasm. Emscripten 3.1.6's UTF-8 encoder pairs a lone
// high surrogate with whatever code unit follows it (so "\ud800 x" became
// U+10020 and swallowed the space): every caller string is made well formed
// (lone surrogates → U+FFFD) before it reaches the core.

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** @param {string} s @returns {string} */
export function wellFormed(s) {
  if (typeof s.toWellFormed === 'function') return s.toWellFormed();
  return s.replace(LONE_SURROGATE, '\ufffd');
}

/**
 * A copy of a JSON-like value with every string made well formed (arrays and
 * plain objects are copied; other values pass through).
 * @template T @param {T} v @returns {T}
 */
export function wellFormedDeep(v) {
  if (typeof v === 'string') return /** @type {T} */ (wellFormed(v));
  if (Array.isArray(v)) return /** @type {T} */ (v.map(wellFormedDeep));
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const out = {};
    for (const [k, x] of Object.entries(v)) out[k] = wellFormedDeep(x);
    return /** @type {T} */ (out);
  }
  return v;
}

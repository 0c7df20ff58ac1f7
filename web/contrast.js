// WCAG 2.2 contrast through the wasm core.
import { requireCore } from './loader.js';
import { unwrap, requireArg } from './errors.js';

/** @typedef {{ r: number, g: number, b: number, a: number }} Rgba */

/** @param {string | Rgba} c */
function toCss(c) {
  if (typeof c === 'string') return c;
  requireArg(c !== null && typeof c === 'object' &&
    ['r', 'g', 'b', 'a'].every((k) => typeof c[k] === 'number' || (k === 'a' && c[k] === undefined)),
    'a colour is a CSS string or { r, g, b, a? }');
  const a = c.a ?? 1;
  return `rgb(${c.r} ${c.g} ${c.b} / ${a})`;
}

/**
 * Parses a CSS colour (hex, named, rgb()/rgba(), color(srgb …)).
 * @param {string} text
 * @returns {Rgba}
 */
export function parseColor(text) {
  requireArg(typeof text === 'string', 'parseColor() takes a string');
  return unwrap(requireCore().parseColor(text));
}

/**
 * WCAG contrast ratio (1–21) of text colour `fg` over background `bg`.
 * @param {string | Rgba} fg
 * @param {string | Rgba} bg
 * @returns {number}
 */
export function contrastRatio(fg, bg) {
  const core = requireCore();
  return unwrap(core.contrastRatio(toCss(fg), toCss(bg)));
}

/**
 * Contrast ratios of many pairs at once (SIMD in the core).
 * @param {Float32Array} fg RGBA quadruples: r, g, b in 0–255, alpha in 0–1
 * @param {Float32Array} bg same layout and length as fg
 * @param {Float32Array} [out] length ≥ fg.length / 4
 * @returns {Float32Array}
 */
export function contrastRatioBatch(fg, bg, out) {
  requireArg(fg instanceof Float32Array && bg instanceof Float32Array,
    'contrastRatioBatch() takes two Float32Arrays');
  requireArg(fg.length === bg.length && fg.length % 4 === 0,
    'fg and bg must have the same length, a multiple of 4 (RGBA)');
  const n = fg.length / 4;
  const result = out ?? new Float32Array(n);
  requireArg(result instanceof Float32Array && result.length >= n,
    'out must be a Float32Array of at least fg.length / 4');
  const core = requireCore();
  const bufs = [new core.FloatBuffer(fg.length), new core.FloatBuffer(bg.length),
    new core.FloatBuffer(n)];
  try {
    requireArg(bufs.every((b, i) => b.size() === (i < 2 ? fg.length : n)),
      `batch too large: at most ${16 << 20} floats`);
    // Views are taken after every allocation: heap growth detaches them.
    bufs[0].view().set(fg);
    bufs[1].view().set(bg);
    unwrap(core.contrastRatioBatch(bufs[0], bufs[1], bufs[2], n));
    result.set(bufs[2].view());
  } finally {
    for (const b of bufs) b.delete();
  }
  return result;
}

/**
 * Whether text of this size counts as large under WCAG 2.2.
 * @param {number} fontSizePx @param {number} [fontWeight]
 */
export function isLargeText(fontSizePx, fontWeight = 400) {
  requireArg(typeof fontSizePx === 'number' && Number.isFinite(fontSizePx) && fontSizePx >= 0,
    'isLargeText() takes a font size in px: a finite number >= 0');
  requireArg(typeof fontWeight === 'number' && fontWeight >= 1 && fontWeight <= 1000,
    'the font weight must be a number in 1..1000');
  return requireCore().isLargeText(fontSizePx, Math.round(fontWeight));
}

/**
 * Checks a text colour pair against SC 1.4.3 (AA) and 1.4.6 (AAA).
 * @param {string | Rgba} fg @param {string | Rgba} bg
 * @param {{ fontSizePx?: number, fontWeight?: number }} [text]
 */
export function checkContrast(fg, bg, text = {}) {
  requireArg(text !== null && typeof text === 'object', 'checkContrast() text options must be an object');
  const ratio = contrastRatio(fg, bg);
  const largeText = isLargeText(text.fontSizePx ?? 16, text.fontWeight ?? 400);
  const core = requireCore();
  const aa = core.requiredTextContrast(false, largeText);
  const aaa = core.requiredTextContrast(true, largeText);
  return { ratio, largeText, required: { aa, aaa }, aa: ratio >= aa, aaa: ratio >= aaa };
}

/** The CSS named colours the core knows (148, sorted). @returns {string[]} */
export function namedColors() {
  return requireCore().namedColors();
}

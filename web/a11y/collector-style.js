// Computed-style reading for the snapshot collector: keyword codes shared
// with core/a11y/snapshot.h (Display, Visibility, Position, Overflow) and
// the text of ::before/::after `content`.

import { E } from './snapshot-writer.js';

const code = (list) => new Map(list.map((k, i) => [k, i]));
// Index = enum value in snapshot.h; never reorder.
const DISPLAY = code(['inline', 'block', 'none', 'contents', 'inline-block', 'flex',
  'inline-flex', 'grid', 'inline-grid', 'flow-root', 'list-item', 'table',
  'inline-table', 'table-row-group', 'table-header-group', 'table-footer-group',
  'table-row', 'table-cell', 'table-column-group', 'table-column', 'table-caption']);
DISPLAY.set('block flow', 1).set('inline flow-root', 4).set('block flow list-item', 10);
const DISPLAY_OTHER = 21;
const VISIBILITY = code(['visible', 'hidden', 'collapse']);
const POSITION = code(['static', 'relative', 'absolute', 'fixed', 'sticky']);
const ABSOLUTE = POSITION.get('absolute');
const FIXED = POSITION.get('fixed');
const OVERFLOW = code(['visible', 'hidden', 'clip', 'scroll', 'auto']);
OVERFLOW.set('overlay', 4);

const GRADIENT_LAYER = /^(?:repeating-)?(?:linear|radial|conic)-gradient\(/;

/**
 * True when a computed background-image is made of gradients only: every
 * top-level layer is a gradient function (no url(), image-set() or other
 * image whose pixels the rules cannot know).
 */
export function gradientsOnly(value) {
  if (value === 'none' || value === '' || value.includes('url(')) return false;
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= value.length; i++) {
    const c = value[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if ((c === ',' && depth === 0) || i === value.length) {
      if (!GRADIENT_LAYER.test(value.slice(start, i).trim())) return false;
      start = i + 1;
    }
  }
  return depth === 0;
}

function num(s, fallback) {
  const v = parseFloat(s);
  return Number.isFinite(v) ? v : fallback;
}

/**
 * Fills the style words of element record `at` from computed style `cs`.
 * @returns {number} the display code
 */
export function writeStyle(w, at, cs, ns) {
  const i = w.elements.i32;
  const f = w.elements.f32;
  const display = DISPLAY.get(cs.display) ?? DISPLAY_OTHER;
  const position = POSITION.get(cs.position) ?? 0;
  i[at + E.PACKED] = ns | display << 8 | (VISIBILITY.get(cs.visibility) ?? 0) << 16 |
    position << 20 | (OVERFLOW.get(cs.overflowX) ?? 0) << 24 |
    (OVERFLOW.get(cs.overflowY) ?? 0) << 28;
  const weight = Math.min(1000, Math.max(1, Math.round(num(cs.fontWeight, 400))));
  const shadow = cs.textShadow;
  const shadowed = shadow !== 'none' && shadow !== '';
  const image = cs.backgroundImage;
  i[at + E.WEIGHT] = weight | (image !== 'none' ? 1 << 16 : 0) |
    (shadowed ? 1 << 17 : 0);
  i[at + E.GRADIENT] = image !== 'none' && gradientsOnly(image) ? w.intern(image) : -1;
  i[at + E.TEXT_SHADOW] = shadowed ? w.intern(shadow) : -1;
  i[at + E.COLOR] = w.intern(cs.color);
  i[at + E.BACKGROUND] = w.intern(cs.backgroundColor);
  // `clip` applies to absolutely positioned boxes only: not read otherwise.
  const clip = position === ABSOLUTE || position === FIXED ? cs.clip : 'auto';
  i[at + E.CLIP] = clip === 'auto' || clip === '' ? -1 : w.intern(clip);
  i[at + E.CLIP_PATH] = cs.clipPath === 'none' || cs.clipPath === '' ? -1
    : w.intern(cs.clipPath);
  f[at + E.OPACITY] = Math.min(1, Math.max(0, num(cs.opacity, 1)));
  f[at + E.FONT_SIZE] = Math.max(0, num(cs.fontSize, 0));
  f[at + E.LETTER_SPACING] = cs.letterSpacing === 'normal' ? 0 : num(cs.letterSpacing, 0);
  f[at + E.WORD_SPACING] = num(cs.wordSpacing, 0);
  f[at + E.LINE_HEIGHT] = cs.lineHeight === 'normal' ? -1 : Math.max(0, num(cs.lineHeight, -1));
  return display;
}

/** Reads a CSS string token starting at the quote `value[i]`. */
function cssString(value, i) {
  const quote = value[i];
  let out = '';
  let j = i + 1;
  while (j < value.length && value[j] !== quote) {
    if (value[j] !== '\\') { out += value[j++]; continue; }
    const hex = /^[0-9a-fA-F]{1,6}\s?/.exec(value.slice(j + 1, j + 8));
    if (hex) {
      const cp = parseInt(hex[0], 16);
      out += cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
      j += 1 + hex[0].length;
    } else {
      if (j + 1 < value.length && value[j + 1] !== '\n') out += value[j + 1];
      j += 2;
    }
  }
  return [out, j + 1];
}

/**
 * The text a computed `content` value generates: strings and attr() joined;
 * after a "/" the alternative text replaces it. Counters, quotes and images
 * contribute no text.
 */
export function contentText(value, el) {
  let text = '';
  let alt = null;
  let i = 0;
  while (i < value.length) {
    const ch = value[i];
    if (ch === '"' || ch === "'") {
      const [s, next] = cssString(value, i);
      if (alt === null) text += s; else alt += s;
      i = next;
    } else if (ch === '/') {
      alt = '';
      i++;
    } else if (value.startsWith('attr(', i)) {
      const end = value.indexOf(')', i);
      const name = value.slice(i + 5, end < 0 ? value.length : end).trim().split(/\s+/)[0];
      const v = el.getAttribute(name) ?? '';
      if (alt === null) text += v; else alt += v;
      i = end < 0 ? value.length : end + 1;
    } else if (/[a-z-]/i.test(ch)) {
      const m = /^[a-z-]+\(/i.exec(value.slice(i));
      if (m) {
        const end = value.indexOf(')', i);
        i = end < 0 ? value.length : end + 1;
      } else {
        i++;
      }
    } else {
      i++;
    }
  }
  return alt !== null ? alt : text;
}

/** String id of ::before/::after generated text, or -1 when no box. */
export function pseudoText(w, view, el, which) {
  const pcs = view.getComputedStyle(el, which);
  const c = pcs.content;
  if (!c || c === 'none' || c === 'normal' || pcs.display === 'none') return -1;
  return w.intern(contentText(c, el));
}

const PSEUDO_SELECTOR = /:(?:before|after)\b/i;

/**
 * Whether the style sheets of `root` (a Document or ShadowRoot), including
 * adopted and @import-ed ones and rules nested in @media/@supports/@layer or
 * CSS nesting, could give an element a ::before/::after box with text. An
 * unreadable (cross-origin) sheet counts as "could". The UA sheet only adds
 * quotes, which generate no text for the rules. Lets the collector skip
 * two getComputedStyle calls per element on pages without such rules.
 */
export function mayGenerateContent(root) {
  const sheets = [...(root.styleSheets ?? []), ...(root.adoptedStyleSheets ?? [])];
  const stack = [];
  for (const sheet of sheets) {
    try {
      stack.push(sheet.cssRules);
    } catch {
      return true; // cross-origin sheet: cannot tell
    }
  }
  while (stack.length > 0) {
    const rules = stack.pop();
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i];
      if (typeof r.selectorText === 'string' && PSEUDO_SELECTOR.test(r.selectorText)) return true;
      if (r.styleSheet) { // @import
        try { stack.push(r.styleSheet.cssRules); } catch { return true; }
      }
      if (r.cssRules && r.cssRules.length > 0) stack.push(r.cssRules);
    }
  }
  return false;
}

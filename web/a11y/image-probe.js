// Measures raster background images under text for the contrast rules
// (ACT afw4f7 and 09o5cg: text over a background image). The DOM says only
// that an image is there; its pixels decide the contrast. For every element
// whose background is a single url() image from the page's own origin (never
// another: nothing leaves it), the image is fetched and decoded in the
// browser, the painted tile is placed as CSS places it (background-size,
// -position, -repeat, -origin, -clip), and for each element with text over it
// the darkest and the lightest pixel under the line boxes of that text are
// recorded, composited over the element's background colour (snapshot
// section "image backdrops", core/a11y/snapshot.h ImageBackdrop).
//
// Anything this does not model (several layers, space/round repeats, fixed
// attachment, calc() positions, transforms, text outside the clip box,
// translucent pixels over a translucent colour) gives no record: the rules
// then say cantTell, as they did before there was a probe.

import { readCapped, sameOrigin } from './media-probe.js';

export const IMAGE_PROBE_DEFAULTS = Object.freeze({
  maxBytes: 16 * 1024 * 1024, maxPixels: 4096 * 4096, timeoutMs: 5_000,
});

// Samples read per element's text at most (a 2000 x 2000 px text block).
const MAX_SAMPLES = 4_000_000;
const SINGLE_URL = /^url\("((?:[^"\\]|\\.)*)"\)$/;

/** sRGB channel (0..255) to linear light, WCAG 2.x relative luminance terms. */
const LINEAR = new Float64Array(256);
for (let i = 0; i < 256; i++) {
  const c = i / 255;
  LINEAR[i] = c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** The single url() of a computed background-image, or null. */
export function singleImageUrl(value) {
  const m = SINGLE_URL.exec(value);
  return m ? m[1].replace(/\\(.)/g, '$1') : null;
}

/** A computed length or percentage against `ref` (px); NaN for anything else. */
function lengthOf(v, ref) {
  if (/^-?[\d.]+(e-?\d+)?px$/.test(v)) return parseFloat(v);
  if (/^-?[\d.]+(e-?\d+)?%$/.test(v)) return ref * parseFloat(v) / 100;
  return NaN;
}

/** [r, g, b, a] of a computed rgb()/rgba() colour, or null. */
function rgbaOf(v) {
  const m = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(v);
  return m ? [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]] : null;
}

/** [x0, y0, x1, y1] of a CSS box of `el` in viewport px, or null. */
function boxOf(kind, r, cs) {
  const n = (p) => parseFloat(p) || 0;
  if (kind === 'border-box') return [r.left, r.top, r.right, r.bottom];
  const b = [n(cs.borderLeftWidth), n(cs.borderTopWidth), n(cs.borderRightWidth),
    n(cs.borderBottomWidth)];
  if (kind === 'padding-box') return [r.left + b[0], r.top + b[1], r.right - b[2], r.bottom - b[3]];
  if (kind !== 'content-box') return null;
  return [r.left + b[0] + n(cs.paddingLeft), r.top + b[1] + n(cs.paddingTop),
    r.right - b[2] - n(cs.paddingRight), r.bottom - b[3] - n(cs.paddingBottom)];
}

/** Repeat on x and y from a computed background-repeat, or null. */
function repeatOf(v) {
  const one = { 'repeat': [true, true], 'no-repeat': [false, false],
    'repeat-x': [true, false], 'repeat-y': [false, true] };
  const parts = v.split(' ');
  if (parts.length === 1) return one[v] ?? null;
  const axis = (k) => (k === 'repeat' ? true : k === 'no-repeat' ? false : null);
  const x = axis(parts[0]);
  const y = axis(parts[1]);
  return x === null || y === null ? null : [x, y];
}

/**
 * Where `el` paints one tile of its background image of natural size
 * nw x nh: { x, y, w, h, repeatX, repeatY, clip }, viewport px; null when the
 * layout is one this probe does not model.
 */
export function paintedTile(el, cs, nw, nh) {
  if (cs.backgroundAttachment !== 'scroll') return null;
  if (typeof el.offsetWidth !== 'number') return null; // not an HTML element
  const r = el.getBoundingClientRect();
  // A transform (its own or an ancestor's) scales the box but not offsetWidth.
  if (Math.abs(r.width - el.offsetWidth) > 1 || Math.abs(r.height - el.offsetHeight) > 1) {
    return null;
  }
  const origin = boxOf(cs.backgroundOrigin, r, cs);
  const clip = boxOf(cs.backgroundClip, r, cs);
  const repeat = repeatOf(cs.backgroundRepeat);
  if (origin === null || clip === null || repeat === null) return null;
  const ow = origin[2] - origin[0];
  const oh = origin[3] - origin[1];
  const size = cs.backgroundSize.split(' ');
  let w;
  let h;
  if (size[0] === 'cover' || size[0] === 'contain') {
    const s = (size[0] === 'cover' ? Math.max : Math.min)(ow / nw, oh / nh);
    w = nw * s;
    h = nh * s;
  } else {
    const sw = size[0];
    const sh = size[1] ?? 'auto';
    w = sw === 'auto' ? NaN : lengthOf(sw, ow);
    h = sh === 'auto' ? NaN : lengthOf(sh, oh);
    if ((sw !== 'auto' && Number.isNaN(w)) || (sh !== 'auto' && Number.isNaN(h))) return null;
    if (sw === 'auto' && sh === 'auto') { w = nw; h = nh; }
    else if (sw === 'auto') w = h * nw / nh;
    else if (sh === 'auto') h = w * nh / nw;
  }
  if (!(w > 0 && h > 0)) return null;
  const px = lengthOf(cs.backgroundPositionX, ow - w);
  const py = lengthOf(cs.backgroundPositionY, oh - h);
  if (Number.isNaN(px) || Number.isNaN(py)) return null;
  return { x: origin[0] + px, y: origin[1] + py, w, h, repeatX: repeat[0], repeatY: repeat[1],
    clip };
}

/**
 * The image pixel range [i0, i1) on one axis under viewport span [a, b),
 * for a tile at `t` of size `size` px and `n` image pixels, and whether part
 * of the span lies outside a non-repeating tile. Null: no pixel under it.
 */
function pixelSpan(a, b, t, size, n, repeats) {
  let outside = false;
  if (!repeats) {
    if (a < t || b > t + size) outside = true;
    a = Math.max(a, t);
    b = Math.min(b, t + size);
    if (b <= a) return { span: null, outside };
  }
  let u0 = (a - t) * n / size;
  let u1 = (b - t) * n / size;
  if (repeats) {
    if (u1 - u0 >= n) return { span: [0, n], outside };
    const shift = Math.floor(u0 / n) * n;
    u0 -= shift;
    u1 -= shift;
    if (u1 > n) return { span: [0, n], outside }; // wraps: every column
  }
  // One image pixel of margin: the browser filters neighbours into the edge.
  return { span: [Math.max(0, Math.floor(u0) - 1), Math.min(n, Math.ceil(u1) + 1)], outside };
}

/**
 * Darkest and lightest pixel of `image` (ImageData-like) under `rects`
 * (viewport px) as `tile` paints it over background colour `bg`:
 * { darkest, lightest, uncovered } with 0xRRGGBB colours, or null.
 */
export function measureUnder(rects, tile, image, bg) {
  let low = Infinity;
  let high = -Infinity;
  let darkest = 0;
  let lightest = 0;
  let uncovered = false;
  let samples = 0;
  const { data, width: nw, height: nh } = image;
  for (const r of rects) {
    const c = tile.clip;
    // Outside the clip box this element paints nothing: another backdrop.
    if (r.left < c[0] - 0.5 || r.top < c[1] - 0.5 || r.right > c[2] + 0.5 ||
        r.bottom > c[3] + 0.5) {
      return null;
    }
    const xs = pixelSpan(r.left, r.right, tile.x, tile.w, nw, tile.repeatX);
    const ys = pixelSpan(r.top, r.bottom, tile.y, tile.h, nh, tile.repeatY);
    uncovered ||= xs.outside || ys.outside;
    if (xs.span === null || ys.span === null) continue;
    const [x0, x1] = xs.span;
    const [y0, y1] = ys.span;
    samples += (x1 - x0) * (y1 - y0);
    if (samples > MAX_SAMPLES) return null;
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const o = (y * nw + x) * 4;
        let R = data[o];
        let G = data[o + 1];
        let B = data[o + 2];
        const A = data[o + 3];
        if (A < 255) {
          if (bg === null || bg[3] < 1) return null; // translucent over unknown
          const a = A / 255;
          R = Math.round(R * a + bg[0] * (1 - a));
          G = Math.round(G * a + bg[1] * (1 - a));
          B = Math.round(B * a + bg[2] * (1 - a));
        }
        const l = 0.2126 * LINEAR[R] + 0.7152 * LINEAR[G] + 0.0722 * LINEAR[B];
        if (l < low) { low = l; darkest = R << 16 | G << 8 | B; }
        if (l > high) { high = l; lightest = R << 16 | G << 8 | B; }
      }
    }
  }
  if (low === Infinity) return null;
  // Where the tile does not reach, the colour shows: it must be known.
  if (uncovered && (bg === null || bg[3] < 1)) return null;
  return { darkest, lightest, uncovered };
}

/** Decoded pixels of a same-origin image URL, or null. */
async function decode(url, options, signal) {
  const bytes = await readCapped(url, options.maxBytes, signal);
  const bitmap = await createImageBitmap(new Blob([bytes]));
  try {
    const { width, height } = bitmap;
    if (width === 0 || height === 0 || width * height > options.maxPixels) return null;
    const canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(width, height)
      : Object.assign(document.createElement('canvas'), { width, height });
    const g = canvas.getContext('2d', { willReadFrequently: true });
    g.drawImage(bitmap, 0, 0);
    return g.getImageData(0, 0, width, height);
  } finally {
    bitmap.close();
  }
}

/** The line boxes (client rects) of text nodes `texts`. */
function textRects(texts, range) {
  const rects = [];
  for (const t of texts) {
    range.selectNodeContents(t);
    for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) rects.push(r);
  }
  return rects;
}

/**
 * Measures the background images of `elements` (ids `ids`, snapshot node
 * ids) under the text of the elements inside them. `nodes[id]` is the live
 * node of each snapshot id (pre-order), as the collector records them.
 * Running out of time or an abort leaves the rest unmeasured (never an error).
 * @returns {Promise<{ text: number, image: number, darkest: number, lightest: number,
 *   uncovered: boolean }[]>} sorted by (text, image)
 */
export async function probeBackdrops(elements, ids, nodes, options = {}) {
  const opts = { ...IMAGE_PROBE_DEFAULTS, ...options };
  const budget = new AbortController();
  const timer = setTimeout(() => budget.abort(), opts.timeoutMs);
  const onAbort = () => budget.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const timedOut = new Promise((resolve) => budget.signal.addEventListener('abort',
    () => resolve(null), { once: true }));
  const images = new Map(); // url -> Promise<ImageData|null>
  const out = [];
  try {
    for (let k = 0; k < elements.length && !budget.signal.aborted; k++) {
      const el = elements[k];
      const view = el.ownerDocument.defaultView;
      if (!view) continue;
      const cs = view.getComputedStyle(el);
      const raw = singleImageUrl(cs.backgroundImage);
      if (raw === null) continue;
      let url;
      try { url = new URL(raw, el.baseURI).href; } catch { continue; }
      if (!sameOrigin(url, el.ownerDocument)) continue;
      if (!images.has(url)) images.set(url, decode(url, opts, budget.signal).catch(() => null));
      const image = await Promise.race([images.get(url), timedOut]);
      if (!image) continue;
      const tile = paintedTile(el, cs, image.width, image.height);
      if (tile === null) continue;
      const bg = rgbaOf(cs.backgroundColor);
      // The text nodes inside el (its snapshot range), grouped by parent.
      const byParent = new Map();
      const idOf = new Map([[el, ids[k]]]);
      for (let j = ids[k] + 1; j < nodes.length && el.contains(nodes[j]); j++) {
        const n = nodes[j];
        if (n.nodeType === 1) idOf.set(n, j);
        else if (n.nodeType === 3 && /\S/.test(n.data) && idOf.has(n.parentNode)) {
          const p = idOf.get(n.parentNode);
          if (!byParent.has(p)) byParent.set(p, []);
          byParent.get(p).push(n);
        }
      }
      const range = el.ownerDocument.createRange();
      for (const [text, texts] of byParent) {
        const m = measureUnder(textRects(texts, range), tile, image, bg);
        if (m) out.push({ text, image: ids[k], ...m });
      }
    }
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
  out.sort((a, b) => a.text - b.text || a.image - b.image);
  return out;
}

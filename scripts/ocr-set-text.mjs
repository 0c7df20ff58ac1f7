// Ground-truth strings and render specs for the rendered OCR set
// (scripts/make-ocr-set.mjs): words, prices, codes, dates, percentages,
// phone numbers — the kinds of text found on banners and buttons. Every
// choice comes from a seeded PRNG, so a seed always gives the same set.

/** mulberry32: a small, fast, seedable 32-bit PRNG. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    range: (lo, hi) => lo + next() * (hi - lo),
  };
}

const WORDS = (
  'sale summer winter spring autumn offer free shipping today only new arrivals shop now ' +
  'book your table order online open daily closed sunday menu coffee tea breakfast lunch dinner ' +
  'special deal members save more discount limited time gift card join us welcome home garden ' +
  'kitchen office school music concert tickets available family friendly parking entrance exit ' +
  'help desk contact support download app sign up learn about our team services pricing plans ' +
  'start trial account login register subscribe newsletter events calendar weekend market fresh ' +
  'local organic bakery bread cheese fruit flowers books games toys sports running cycling yoga ' +
  'health clinic pharmacy hours monday friday saturday morning evening night delivery pickup ' +
  'return policy warranty quality best price guaranteed clearance everything must go last chance ' +
  'city centre north south east west street avenue road floor room building station platform'
).split(/\s+/);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

function casing(r, s) {
  const k = r.int(0, 2);
  if (k === 0) return s.toUpperCase();
  if (k === 1) return s.replace(/\b\w/g, (c) => c.toUpperCase());
  return s;
}

function words(r, n) {
  return Array.from({ length: n }, () => r.pick(WORDS)).join(' ');
}

// No £ or €: ppocr_keys_v1.txt has neither, so the recogniser can never
// read them (its alphabet, not its accuracy).
function price(r) {
  const cur = r.pick(['$', '$', '']);
  const v = `${r.int(1, 999)}.${String(r.int(0, 99)).padStart(2, '0')}`;
  return cur ? `${cur}${v}` : `${v} ${r.pick(['EUR', 'GBP', 'USD'])}`;
}

function code(r) {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const L = () => letters[r.int(0, letters.length - 1)];
  const k = r.int(0, 2);
  if (k === 0) return `${L()}${L()}${L()}${L()}${r.int(10, 99)}${r.int(10, 99)}`;
  if (k === 1) return `${L()}${L()}-${r.int(1000, 9999)}`;
  return `${r.pick(['SAVE', 'CODE', 'WELCOME', 'DEAL'])}${r.int(5, 60)}`;
}

function date(r) {
  const k = r.int(0, 2);
  const d = r.int(1, 28);
  const m = r.int(1, 12);
  const y = r.int(2019, 2030);
  if (k === 0) return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
  if (k === 1) return `${MONTHS[m - 1]} ${d}`;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** One line of text of a random kind. */
export function textLine(r) {
  switch (r.int(0, 7)) {
    case 0: return casing(r, words(r, r.int(1, 3))) + ' ' + price(r);
    case 1: return `${casing(r, 'code')}: ${code(r)}`;
    case 2: return `${casing(r, r.pick(['until', 'from', 'ends', 'valid until']))} ${date(r)}`;
    case 3: return `${r.int(5, 80)}% ${casing(r, r.pick(['off', 'discount', 'more']))}`;
    case 4: return `${casing(r, r.pick(['call', 'phone', 'tel']))} ${r.int(100, 999)} ${r.int(100, 999)} ${r.int(1000, 9999)}`;
    default: return casing(r, words(r, r.int(1, 4)));
  }
}

/** Families used to fit the calibration; the held-out part uses others only. */
export const FIT_FONTS = ['DejaVu Sans', 'DejaVu Serif', 'DejaVu Sans Mono', 'Liberation Sans',
  'FreeSerif', 'Nimbus Sans'];
export const HELD_OUT_FONTS = ['Liberation Serif', 'FreeSans', 'URW Gothic', 'P052',
  'Nimbus Mono PS', 'C059'];

function luminance([r, g, b]) {
  const f = (c) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** A foreground/background pair with contrast in [minC, maxC]. */
function colours(r, minC, maxC) {
  for (;;) {
    const fg = [r.int(0, 255), r.int(0, 255), r.int(0, 255)];
    const bg = [r.int(0, 255), r.int(0, 255), r.int(0, 255)];
    const c = contrast(fg, bg);
    if (c >= minC && c <= maxC) return { fg, bg, contrast: c };
  }
}

/**
 * The render spec of one image: lines, font, size, colours, background
 * kind, blur. Most images are easy (as on real pages); a share are hard
 * (small, low contrast, blurred, noisy) so the set has errors to calibrate on.
 */
export function imageSpec(seed, fonts) {
  const r = prng(seed);
  const hard = r.chance(0.35);
  const lines = Array.from({ length: r.chance(0.5) ? 1 : r.int(2, 3) }, () => textLine(r));
  const size = hard ? r.int(10, 18) : r.int(16, 48);
  const { fg, bg, contrast: c } = hard ? colours(r, 1.6, 4) : colours(r, 4.5, 21);
  const background = r.pick(['solid', 'solid', 'gradient', 'noise']);
  return {
    seed, lines, font: r.pick(fonts), size, bold: r.chance(0.3), italic: r.chance(0.1),
    fg, bg, bg2: background === 'gradient' ? colours(r, 1, 21).bg : null, contrast: c,
    background, noise: background === 'noise' ? r.range(8, hard ? 60 : 30) : 0,
    blur: r.chance(hard ? 0.6 : 0.2) ? r.range(0.3, hard ? 1.4 : 0.7) : 0,
    pad: r.int(6, 40), lineHeight: r.range(1.15, 1.6), align: r.pick(['left', 'center']),
  };
}

// Writes the binary DOM snapshot (docs/snapshot-format.md) that the C++
// decoder (core/a11y/snapshot_binary.h) reads: Int32/Float32 sections grown
// by doubling, one interned string table, and one ArrayBuffer at the end.
// Little-endian, like every browser's typed arrays.

import { ErrorCodes, SeamkitError } from '../errors.js';

export const MAGIC = 0x4e534b53; // bytes "SKSN"
export const VERSION = 6;
const HEADER_WORDS = 16;
const NODE_WORDS = 4;
export const ELEMENT_WORDS = 22;
const DOCUMENT_WORDS = 8;
const MEDIA_WORDS = 6;
const BACKDROP_WORDS = 5;
/** MediaStatus in core/a11y/snapshot.h. */
export const MediaStatus = Object.freeze({
  MEASURED: 0, NO_AUDIO_TRACK: 1, CROSS_ORIGIN: 2, LOAD_FAILED: 3, TOO_LARGE: 4, TIMED_OUT: 5,
});
/** Audible spans one media record may carry (kMaxMediaSpans). */
export const MAX_MEDIA_SPANS = 4096;
/** Decoder limits (core/a11y/snapshot.h). */
export const MAX_NODES = 1_000_000;
export const MAX_DEPTH = 100_000;
export const MAX_BYTES = 64 * 1024 * 1024;
export const MAX_ATTRIBUTE_VALUE_BYTES = 64 * 1024;
export const MAX_STRING_BYTES = 1024 * 1024;

export const NodeKind = Object.freeze({
  DOCUMENT: 0, ELEMENT: 1, TEXT: 2, SHADOW_ROOT: 3, OPAQUE_FRAME: 4,
});
export const Flag = Object.freeze({
  FOCUSABLE: 1, INERT: 2, DISABLED: 4, CONTENT_EDITABLE: 8,
  SCROLLABLE_X: 16, SCROLLABLE_Y: 32, FOCUS_PROBED: 64, FOCUS_REDIRECTED: 128,
  TEXT_CHANGED: 256, REPEATED: 512,
});
/** Element record word indices (ElementWord in snapshot_binary.h). */
export const E = Object.freeze({
  PACKED: 0, WEIGHT: 1, TAB_INDEX: 2, TAB_ORDER: 3, COLOR: 4, BACKGROUND: 5,
  CLIP: 6, CLIP_PATH: 7, BEFORE: 8, AFTER: 9, BOX_X: 10, BOX_Y: 11, BOX_W: 12,
  BOX_H: 13, OPACITY: 14, FONT_SIZE: 15, LETTER_SPACING: 16, WORD_SPACING: 17,
  LINE_HEIGHT: 18, ORIENTATION_ROTATION: 19, TEXT_SHADOW: 20, GRADIENT: 21,
});
export const NO_TAB_INDEX = -2147483648;

/** A growable run of 32-bit words with Int32 and Float32 views. */
class Words {
  constructor(capacity) {
    this.i32 = new Int32Array(capacity);
    this.f32 = new Float32Array(this.i32.buffer);
    this.length = 0;
  }

  /** Appends `n` zeroed words and returns the index of the first. */
  grow(n) {
    const at = this.length;
    if (at + n > this.i32.length) {
      let cap = this.i32.length * 2;
      while (cap < at + n) cap *= 2;
      const next = new Int32Array(cap);
      next.set(this.i32.subarray(0, at));
      this.i32 = next;
      this.f32 = new Float32Array(next.buffer);
    }
    this.length = at + n;
    return at;
  }
}

/** UTF-8 length of a JS string as TextEncoder writes it. */
function utf8Length(s) {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) { n += 1; continue; }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n += 2; i++; continue; } // 4 bytes / 2 units
    }
    n += 2;
  }
  return n;
}

/**
 * Replaces a lone surrogate at either end by U+FFFD, so that joining the
 * table into one string for TextEncoder cannot pair halves of two strings.
 */
function wellFormedEdges(s) {
  if (s.length === 0) return s;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  let out = s;
  if (first >= 0xdc00 && first <= 0xdfff) out = '\ufffd' + out.slice(1);
  if (last >= 0xd800 && last <= 0xdbff) out = out.slice(0, -1) + '\ufffd';
  return out;
}

/** Cuts `s` to at most `max` UTF-8 bytes on a code point boundary. */
export function truncateUtf8(s, max) {
  if (s.length * 3 <= max || utf8Length(s) <= max) return s;
  let lo = 0;
  let hi = Math.min(s.length, max);
  while (lo < hi) { // longest prefix that fits
    const mid = (lo + hi + 1) >> 1;
    if (utf8Length(s.slice(0, mid)) <= max) lo = mid; else hi = mid - 1;
  }
  const c = s.charCodeAt(lo - 1);
  return c >= 0xd800 && c <= 0xdbff ? s.slice(0, lo - 1) : s.slice(0, lo);
}

export class SnapshotWriter {
  constructor() {
    this.nodes = new Words(4096 * NODE_WORDS);
    this.elements = new Words(2048 * ELEMENT_WORDS);
    this.documents = new Words(4 * DOCUMENT_WORDS);
    this.attrs = new Words(8192);
    this.slots = new Words(64);
    this.media = new Words(6);
    this.audible = new Words(8);
    this.backdrops = new Words(5);
    this.ids = new Map();
    this.strings = [];
    this.nodeCount = 0;
    this.elementCount = 0;
  }

  intern(s) {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(s, id);
      this.strings.push(wellFormedEdges(s));
    }
    return id;
  }

  /** Adds a node record; returns the node id. `name` is a string id or -1. */
  addNode(kind, parent, name) {
    const at = this.nodes.grow(NODE_WORDS);
    const w = this.nodes.i32;
    w[at] = kind;
    w[at + 1] = parent;
    w[at + 2] = name;
    return this.nodeCount++;
  }

  setFlags(node, flags) { this.nodes.i32[node * NODE_WORDS] |= flags << 8; }

  /** Marks document record `index` as watched for text changes (flag 4). */
  markChangesObserved(index) { this.documents.i32[index * DOCUMENT_WORDS + 3] |= 4; }

  /** Marks document record `index` as compared with other pages (flag 8). */
  markContentCompared(index) { this.documents.i32[index * DOCUMENT_WORDS + 3] |= 8; }

  addAttribute(node, name, value) {
    const at = this.attrs.grow(2);
    this.attrs.i32[at] = name;
    this.attrs.i32[at + 1] = value;
    this.nodes.i32[node * NODE_WORDS + 3]++;
  }

  /** Appends a zeroed element record; returns its first word index. */
  addElementRecord() {
    this.elementCount++;
    return this.elements.grow(ELEMENT_WORDS);
  }

  addDocumentRecord(url, lang, contentType, quirks, vw, vh, sx, sy, webFonts = true) {
    const at = this.documents.grow(DOCUMENT_WORDS);
    const i = this.documents.i32;
    const f = this.documents.f32;
    i[at] = url; i[at + 1] = lang; i[at + 2] = contentType; i[at + 3] = (quirks ? 1 : 0) | (webFonts ? 0 : 2);
    f[at + 4] = vw; f[at + 5] = vh; f[at + 6] = sx; f[at + 7] = sy;
  }

  addSlot(node, slot) {
    const at = this.slots.grow(2);
    this.slots.i32[at] = node;
    this.slots.i32[at + 1] = slot;
  }

  /**
   * Adds a media probe result for element `node` (call in increasing node
   * order): a MediaStatus, the URL examined, its duration in seconds and its
   * audible spans as a flat [start, end, ...] list.
   */
  addMedia(node, status, url, duration, spans) {
    const at = this.media.grow(MEDIA_WORDS);
    const i = this.media.i32;
    i[at] = node;
    i[at + 1] = status;
    i[at + 2] = url ? this.intern(url) : -1;
    this.media.f32[at + 3] = duration;
    i[at + 4] = this.audible.length / 2;
    i[at + 5] = spans.length / 2;
    const a = this.audible.grow(spans.length);
    for (let k = 0; k < spans.length; k++) this.audible.f32[a + k] = spans[k];
  }

  /**
   * Adds an image probe result (call in increasing (text, image) order):
   * the darkest and lightest pixel (0xRRGGBB) of element `image`'s
   * background image under element `text`'s text.
   */
  addBackdrop(text, image, darkest, lightest, uncovered) {
    const at = this.backdrops.grow(BACKDROP_WORDS);
    const i = this.backdrops.i32;
    i[at] = text;
    i[at + 1] = image;
    i[at + 2] = darkest;
    i[at + 3] = lightest;
    i[at + 4] = uncovered ? 1 : 0;
  }

  /** Lays every section out in one ArrayBuffer. */
  finish() {
    const lengths = this.strings.map(utf8Length);
    const stringBytes = lengths.reduce((a, b) => a + b, 0);
    const sections = [this.nodes, this.elements, this.documents, this.attrs, this.slots,
      this.media, this.audible, this.backdrops];
    let words = HEADER_WORDS;
    for (const s of sections) words += s.length;
    const offsetAt = words;
    words += this.strings.length + 1;
    const total = words * 4 + Math.ceil(stringBytes / 4) * 4;
    if (total > MAX_BYTES) {
      throw new SeamkitError(ErrorCodes.LIMIT_EXCEEDED,
        `snapshot of ${total} bytes exceeds the 64 MiB limit`);
    }
    const buffer = new ArrayBuffer(total);
    const out = new Int32Array(buffer, 0, words);
    out.set([MAGIC, VERSION, HEADER_WORDS, total, this.nodeCount, this.elementCount,
      this.documents.length / DOCUMENT_WORDS, this.attrs.length / 2,
      this.slots.length / 2, this.strings.length, stringBytes, this.media.length / MEDIA_WORDS,
      this.audible.length / 2, this.backdrops.length / BACKDROP_WORDS]);
    let at = HEADER_WORDS;
    for (const s of sections) {
      out.set(s.i32.subarray(0, s.length), at);
      at += s.length;
    }
    let offset = 0;
    for (let i = 0; i < lengths.length; i++) {
      out[offsetAt + i] = offset;
      offset += lengths[i];
    }
    out[offsetAt + lengths.length] = offset;
    const encoded = new TextEncoder().encodeInto(this.strings.join(''),
      new Uint8Array(buffer, words * 4, stringBytes));
    if (encoded.written !== stringBytes) {
      throw new SeamkitError(ErrorCodes.INTERNAL, 'string table length mismatch');
    }
    return buffer;
  }
}

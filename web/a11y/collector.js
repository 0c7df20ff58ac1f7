// One pass over a live DOM that records what the accessibility rules need,
// as the binary snapshot whose layout core/a11y/snapshot_binary.h documents
// (and decodes). Reads only: the DOM is never written, so
// layout is computed once and later reads are served from it. Covers open
// shadow roots and same-origin iframes; a cross-origin iframe becomes an
// opaque marker; <template> contents are not part of the tree.
//
//   const { buffer, stats } = collectSnapshot(document);
//   // transfer `buffer` to the wasm side (or a worker) in one go

import { ErrorCodes, SeamkitError } from '../errors.js';
import {
  FocusProbes, addFocusEntry, assignTabOrder, nativelyFocusable, newScope, parseTabIndex,
} from './collector-focus.js';
import { orientationRotations } from './collector-orientation.js';
import { observeTextChanges } from './change-observer.js';
import { probeBackdrops } from './image-probe.js';
import { contentKeys, repeatedElements } from './repeated-content.js';
import { autoplaysUnmuted, probeMedia } from './media-probe.js';
import { mayGenerateContent, pseudoText, writeStyle } from './collector-style.js';
import {
  E, Flag, MAX_ATTRIBUTE_VALUE_BYTES, MAX_DEPTH, MAX_NODES, MAX_STRING_BYTES,
  NO_TAB_INDEX, NodeKind, SnapshotWriter, truncateUtf8,
} from './snapshot-writer.js';

const NS_CODES = new Map([
  ['http://www.w3.org/1999/xhtml', 0],
  ['http://www.w3.org/2000/svg', 1],
  ['http://www.w3.org/1998/Math/MathML', 2],
]);
const FORM_CONTROLS = new Set(['button', 'input', 'select', 'textarea', 'optgroup',
  'option', 'fieldset']);
const DISPLAY_NONE = 2;
const SCROLLS = new Set(['auto', 'scroll', 'overlay']);

/** contenteditable state: true, false, or null (inherit). */
function editableAttr(el) {
  const v = el.getAttribute('contenteditable');
  if (v === null) return null;
  const k = v.toLowerCase();
  if (k === '' || k === 'true' || k === 'plaintext-only') return true;
  return k === 'false' ? false : null;
}

/**
 * The document's open modal dialog (or fullscreen element), if any: while
 * it is open, everything outside it is inert (HTML "blocked by a modal
 * dialog").
 */
/**
 * Whether text in `doc` may be drawn with a web font (an icon font turns a
 * word such as "search" into a glyph). Known faces count, and so does any
 * style sheet whose rules cannot be read (not loaded, blocked, cross-origin):
 * it may declare faces no one can see. False only when every sheet is read.
 */
function mayUseWebFonts(doc) {
  if (doc.fonts === undefined || doc.fonts.size > 0) return true;
  // A sheet that failed to load is null or, in Chromium, empty: both count.
  const unreadable = (sheet) => {
    if (!sheet) return true;
    try {
      if (sheet.cssRules.length === 0) return sheet.href !== null;
      for (const rule of sheet.cssRules) {
        const kind = rule.constructor.name;
        if (kind === 'CSSImportRule') {
          if (unreadable(rule.styleSheet)) return true;
        } else if (kind !== 'CSSLayerStatementRule') {
          break; // @import comes before every other rule
        }
      }
      return false;
    } catch {
      return true;
    }
  };
  for (const link of doc.querySelectorAll('link[rel~="stylesheet" i]')) {
    if (!link.disabled && unreadable(link.sheet)) return true;
  }
  for (const sheet of doc.styleSheets) if (unreadable(sheet)) return true;
  return false;
}

function openModal(doc) {
  try { return doc.querySelector(':modal'); } catch { return null; }
}

/** Inherited state above a subtree root: view, inert, display: none. */
function rootElementContext(el, scope, pseudo) {
  const view = el.ownerDocument.defaultView;
  let inert = false;
  let undisplayed = false;
  for (let a = el; a !== null;) { // ancestors, across shadow boundaries
    inert ||= a.hasAttribute('inert');
    if (a !== el) undisplayed ||= view.getComputedStyle(a).display === 'none';
    a = a.parentElement ?? (a.parentNode?.host ?? null);
  }
  const editable = el.parentElement?.isContentEditable === true;
  const modal = openModal(el.ownerDocument);
  const baseInert = inert;
  if (modal !== null && modal !== el && !modal.contains(el)) inert = true;
  const root = el.getRootNode();
  return { view, scope, inert, undisplayed, editable, pseudo: pseudo(root),
    rotations: orientationRotations(root), modal, baseInert };
}

class Collector {
  constructor(options) {
    this.w = new SnapshotWriter();
    this.maxNodes = Math.min(options.maxNodes ?? MAX_NODES, MAX_NODES);
    this.pseudo = options.pseudoContent !== false;
    this.signal = options.signal;
    this.stats = { nodes: 0, elements: 0, textNodes: 0, documents: 0, shadowRoots: 0,
      opaqueFrames: 0, focusable: 0, truncatedStrings: 0, collectMs: 0, encodeMs: 0,
      bytes: 0 };
    this.rootScope = newScope();
    this.probes = new FocusProbes();
    /** @type {Map<Node, boolean>} style sheets of a root may generate text */
    this.pseudoRoots = new Map();
    this.pseudoFor = (root) => {
      if (!this.pseudo) return false;
      let v = this.pseudoRoots.get(root);
      if (v === undefined) { v = mayGenerateContent(root); this.pseudoRoots.set(root, v); }
      return v;
    };
    // Explicit DFS stack as parallel arrays: DOM node, parent id, context, depth.
    this.sNode = []; this.sParent = []; this.sCtx = []; this.sDepth = [];
    /** @type {Node[]} live node of each snapshot node id */
    this.nodes = [];
    /** Autoplaying, unmuted media elements and their node ids (for the media probe). */
    this.mediaEls = [];
    this.mediaIds = [];
    /** Elements with a background image that is not only gradients, and their ids. */
    this.imageEls = [];
    this.imageIds = [];
  }

  push(node, parent, ctx, depth) {
    this.sNode.push(node); this.sParent.push(parent);
    this.sCtx.push(ctx); this.sDepth.push(depth);
  }

  /** Pushes element/text children of `container` to pop in tree order. */
  pushChildren(container, parent, ctx, depth) {
    for (let c = container.lastChild; c !== null; c = c.previousSibling) {
      const t = c.nodeType;
      if (t === 1 || t === 3 || t === 4) this.push(c, parent, ctx, depth);
    }
  }

  string(s, max) {
    if (s.length * 3 > max) {
      const t = truncateUtf8(s, max);
      if (t !== s) { this.stats.truncatedStrings++; s = t; }
    }
    return this.w.intern(s);
  }

  /** Queues the root; then call step() until it returns true, then finish(). */
  start(root) {
    this.t0 = performance.now();
    this.push(root, -1, root.nodeType === 9 ? { scope: this.rootScope }
      : rootElementContext(root, this.rootScope, this.pseudoFor), 0);
  }

  /** Collects nodes until done (true) or `deadline` (performance.now()) passes. */
  step(deadline = Infinity) {
    const first = this.w.nodeCount;
    while (this.sNode.length > 0) {
      const node = this.sNode.pop();
      const parent = this.sParent.pop();
      const ctx = this.sCtx.pop();
      const depth = this.sDepth.pop();
      const count = this.w.nodeCount;
      if (count >= this.maxNodes) {
        throw new SeamkitError(ErrorCodes.LIMIT_EXCEEDED, `more than ${this.maxNodes} nodes`);
      }
      if (depth > MAX_DEPTH) {
        throw new SeamkitError(ErrorCodes.LIMIT_EXCEEDED, `deeper than ${MAX_DEPTH}`);
      }
      if ((count & 511) === 0 && count > 0) {
        if (this.signal?.aborted) {
          throw new SeamkitError(ErrorCodes.ABORTED, 'snapshot collection aborted',
            { cause: this.signal.reason });
        }
        if (count > first && performance.now() >= deadline) {
          this.push(node, parent, ctx, depth); // resume here next time
          return false;
        }
      }
      const t = node.nodeType;
      if (t === 1) this.element(node, parent, ctx, depth);
      else if (t === 3 || t === 4) this.textNode(node, parent, ctx);
      else if (t === 9) this.documentNode(node, parent, ctx, depth);
      else if (t === 11) this.shadowRoot(node, parent, ctx, depth);
    }
    return true;
  }

  /** Measures the sound of autoplaying media (async; before finish()). */
  async probeMedia(options) {
    if (this.mediaEls.length === 0) return;
    const t = performance.now();
    this.media = await probeMedia(this.mediaEls, options);
    this.stats.mediaMs = performance.now() - t;
  }

  /** Measures raster background images under text (async; before finish()). */
  async probeImages(options) {
    if (this.imageEls.length === 0) return;
    const t = performance.now();
    this.backdrops = await probeBackdrops(this.imageEls, this.imageIds, this.nodes, options);
    this.stats.imageMs = performance.now() - t;
  }

  /**
   * Watches the root document for text that changes by itself (async;
   * before finish()): flags what changed, marks the document watched.
   */
  async observeChanges(windowMs, signal) {
    const doc = this.nodes[0];
    if (doc === undefined || doc.nodeType !== 9) return;
    const t = performance.now();
    const { changed } = await observeTextChanges(doc, windowMs, signal);
    this.stats.watchMs = performance.now() - t;
    this.w.markChangesObserved(0);
    if (changed.size === 0) return;
    for (let id = 0; id < this.nodes.length; id++) {
      if (changed.has(this.nodes[id])) this.w.setFlags(id, Flag.TEXT_CHANGED);
    }
    this.stats.textChanged = changed.size;
  }

  /**
   * Compares the root document with other pages (parsed Documents): flags
   * the elements whose content one of them has, marks the document
   * compared (repeated-content.js). Nothing to compare with: no marks.
   */
  compareContent(pages) {
    const doc = this.nodes[0];
    if (doc === undefined || doc.nodeType !== 9 || pages.length === 0) return;
    const t = performance.now();
    const keys = new Set();
    for (const page of pages) contentKeys(page, keys);
    const repeated = repeatedElements(doc, keys);
    this.w.markContentCompared(0);
    for (let id = 0; id < this.nodes.length && repeated.size > 0; id++) {
      if (repeated.has(this.nodes[id])) this.w.setFlags(id, Flag.REPEATED);
    }
    this.stats.compareMs = performance.now() - t;
    this.stats.repeated = repeated.size;
  }

  /** Assigns the tab order and writes the buffer. */
  finish() {
    for (const b of this.backdrops ?? []) {
      this.w.addBackdrop(b.text, b.image, b.darkest, b.lightest, b.uncovered);
    }
    this.stats.backdrops = this.backdrops?.length ?? 0;
    for (let i = 0; i < this.mediaIds.length && this.media !== undefined; i++) {
      const m = this.media.get(this.mediaEls[i]);
      if (m) this.w.addMedia(this.mediaIds[i], m.status, m.url, m.duration, m.spans);
    }
    this.stats.media = this.media?.size ?? 0;
    this.probes.run(this.w);
    assignTabOrder(this.rootScope, this.w.elements);
    const t1 = performance.now();
    const buffer = this.w.finish();
    Object.assign(this.stats, { nodes: this.w.nodeCount, collectMs: t1 - this.t0,
      encodeMs: performance.now() - t1, bytes: buffer.byteLength });
    return { buffer, nodes: this.nodes, stats: this.stats };
  }

  run(root, comparePages) {
    this.start(root);
    this.step();
    if (comparePages) this.compareContent(comparePages);
    return this.finish();
  }

  documentNode(doc, parent, ctx, depth) {
    const w = this.w;
    const id = w.addNode(NodeKind.DOCUMENT, parent, -1);
    this.nodes.push(doc);
    const view = doc.defaultView;
    const lang = doc.documentElement?.getAttribute('lang') ?? null;
    w.addDocumentRecord(w.intern(doc.URL), lang === null ? -1 : this.string(lang,
      MAX_ATTRIBUTE_VALUE_BYTES), w.intern(doc.contentType), doc.compatMode === 'BackCompat',
    view?.innerWidth ?? 0, view?.innerHeight ?? 0, view?.scrollX ?? 0, view?.scrollY ?? 0,
    mayUseWebFonts(doc));
    this.stats.documents++;
    const scope = parent === -1 ? ctx.scope : ctx.nestedScope;
    const modal = openModal(doc);
    const baseInert = ctx.inert ?? false;
    this.pushChildren(doc, id, { view, scope, inert: baseInert || modal !== null, modal, baseInert,
      undisplayed: ctx.undisplayed ?? false, editable: doc.designMode === 'on',
      pseudo: this.pseudoFor(doc), rotations: orientationRotations(doc) }, depth + 1);
  }

  shadowRoot(root, parent, ctx, depth) {
    const id = this.w.addNode(NodeKind.SHADOW_ROOT, parent, -1);
    this.nodes.push(root);
    this.stats.shadowRoots++;
    this.pushChildren(root, id, { view: ctx.view, scope: ctx.nestedScope, inert: ctx.inert,
      modal: ctx.modal, baseInert: ctx.baseInert,
      undisplayed: ctx.undisplayed, slotIds: ctx.shadowSlots, editable: ctx.editable,
      pseudo: this.pseudoFor(root), rotations: orientationRotations(root) }, depth + 1);
  }

  textNode(node, parent, ctx) {
    const id = this.w.addNode(NodeKind.TEXT, parent, this.string(node.data, MAX_STRING_BYTES));
    this.nodes.push(node);
    this.stats.textNodes++;
    this.slot(node, id, ctx);
  }

  /** Records the slot a light-DOM child of a shadow host is assigned to. */
  slot(node, id, ctx) {
    if (ctx.hostSlots === undefined) return;
    const s = node.assignedSlot;
    const slotId = s === null ? undefined : ctx.hostSlots.get(s);
    if (slotId !== undefined) this.w.addSlot(id, slotId);
  }

  element(el, parent, ctx, depth) {
    const w = this.w;
    const tag = el.localName;
    const ns = NS_CODES.get(el.namespaceURI) ?? 3;
    const id = w.addNode(NodeKind.ELEMENT, parent, w.intern(tag));
    this.nodes.push(el);
    this.stats.elements++;
    const attrs = el.attributes;
    for (let i = 0; i < attrs.length; i++) {
      w.addAttribute(id, w.intern(attrs[i].name),
        this.string(attrs[i].value, MAX_ATTRIBUTE_VALUE_BYTES));
    }
    const rec = w.addElementRecord();
    const cs = ctx.view.getComputedStyle(el);
    const display = writeStyle(w, rec, cs, ns);
    w.elements.f32[rec + E.ORIENTATION_ROTATION] = ctx.rotations?.get(el) ?? NaN;
    // An <area> of a used image map is rendered through its image, though
    // the UA style sheet computes display: none for it.
    const undisplayed = ctx.undisplayed ||
      (display === DISPLAY_NONE && !(tag === 'area' && ns === 0 && this.usedMapArea(el)));
    // ::before/::after: read only where some style sheet could create them
    // (a shadow host's own pseudo-elements may come from its shadow tree).
    const shadow = el.shadowRoot;
    const shown = !undisplayed && (ctx.pseudo ||
      (shadow !== null && shadow !== undefined && this.pseudoFor(shadow)));
    w.elements.i32[rec + E.BEFORE] = shown ? pseudoText(w, ctx.view, el, '::before') : -1;
    w.elements.i32[rec + E.AFTER] = shown ? pseudoText(w, ctx.view, el, '::after') : -1;
    if (!undisplayed) { // no box inside display: none
      const r = el.getBoundingClientRect();
      const f = w.elements.f32;
      f[rec + E.BOX_X] = r.x; f[rec + E.BOX_Y] = r.y;
      f[rec + E.BOX_W] = r.width; f[rec + E.BOX_H] = r.height;
    }
    const inert = (el === ctx.modal ? ctx.baseInert : ctx.inert) ||
      (ns === 0 && el.hasAttribute('inert'));
    const own = editableAttr(el);
    const editable = own ?? ctx.editable ?? false;
    const editingHost = editable && !ctx.editable;
    const flags = this.flags(el, tag, ns, cs, inert) | (editable ? Flag.CONTENT_EDITABLE : 0);
    const tabindex = parseTabIndex(el.getAttribute('tabindex'));
    const focusable = (tabindex !== NO_TAB_INDEX ||
      (ns === 0 && nativelyFocusable(el, tag, editingHost))) &&
      (flags & (Flag.DISABLED | Flag.INERT)) === 0 && !undisplayed &&
      ((w.elements.i32[rec + E.PACKED] >> 16) & 0xf) === 0; // visibility: visible
    w.setFlags(id, focusable ? flags | Flag.FOCUSABLE : flags);
    if (focusable && (tabindex === NO_TAB_INDEX || tabindex >= 0)) this.probes.consider(el, id);
    w.elements.i32[rec + E.TAB_INDEX] = tabindex;
    w.elements.i32[rec + E.TAB_ORDER] = -1;
    this.stats.focusable += focusable ? 1 : 0;
    this.slot(el, id, ctx);
    if (ctx.slotIds !== undefined && tag === 'slot') ctx.slotIds.set(el, id);
    // background-image set (bit 16) and not gradients only: an image to measure.
    if (!undisplayed && (w.elements.i32[rec + E.WEIGHT] & 1 << 16) !== 0 &&
        w.elements.i32[rec + E.GRADIENT] === -1) {
      this.imageEls.push(el);
      this.imageIds.push(id);
    }
    if ((tag === 'video' || tag === 'audio') && ns === 0 && autoplaysUnmuted(el)) {
      this.mediaEls.push(el);
      this.mediaIds.push(id);
    }
    // Children share the parent's context object unless something changed.
    const same = inert === ctx.inert && undisplayed === ctx.undisplayed &&
      editable === ctx.editable && ctx.hostSlots === undefined;
    const inner = same ? ctx : { view: ctx.view, scope: ctx.scope, inert, undisplayed,
      slotIds: ctx.slotIds, editable, pseudo: ctx.pseudo, rotations: ctx.rotations,
      modal: ctx.modal, baseInert: ctx.baseInert };
    this.children(el, id, tag, ns, inner, focusable, tabindex, rec, depth + 1);
  }

  /** Whether an <img usemap> in the same tree uses the <map> of `area`. */
  usedMapArea(area) {
    const map = area.closest('map');
    if (map === null) return false;
    this.maps ??= new Map();
    let used = this.maps.get(map);
    if (used === undefined) {
      const root = map.getRootNode();
      const names = [map.getAttribute('name'), map.id].filter(Boolean);
      used = names.some((n) => [...root.querySelectorAll('img[usemap]')]
        .some((img) => img.getAttribute('usemap') === `#${n}`));
      this.maps.set(map, used);
    }
    return used;
  }

  flags(el, tag, ns, cs, inert) {
    let flags = inert ? Flag.INERT : 0;
    if (ns === 0 && FORM_CONTROLS.has(tag) && el.matches(':disabled')) flags |= Flag.DISABLED;
    // Scrollable when the scroll distance exceeds the padding on that axis:
    // engines differ on whether end padding is scrollable overflow (CSS
    // Overflow 3), so a distance within the padding may hide no content.
    if (SCROLLS.has(cs.overflowX) && el.scrollWidth - el.clientWidth >
        (parseFloat(cs.paddingLeft) || 0) + (parseFloat(cs.paddingRight) || 0)) {
      flags |= Flag.SCROLLABLE_X;
    }
    if (SCROLLS.has(cs.overflowY) && el.scrollHeight - el.clientHeight >
        (parseFloat(cs.paddingTop) || 0) + (parseFloat(cs.paddingBottom) || 0)) {
      flags |= Flag.SCROLLABLE_Y;
    }
    return flags;
  }

  /** Queues the content of `el`: frame document, shadow root, light children. */
  children(el, id, tag, ns, ctx, focusable, tabindex, rec, depth) {
    const key = tabindex === NO_TAB_INDEX ? 0 : tabindex;
    const own = focusable && key >= 0 ? rec : -1;
    if (ns === 0 && (tag === 'iframe' || tag === 'frame')) {
      let doc = null;
      try { doc = el.contentDocument; } catch { doc = null; }
      if (doc === null) {
        this.w.addNode(NodeKind.OPAQUE_FRAME, id, -1);
        this.nodes.push(el);
        this.stats.opaqueFrames++;
        if (own >= 0) addFocusEntry(ctx.scope, own, key, null);
        return;
      }
      // Sequential navigation enters the document; the frame is no stop.
      const nested = newScope();
      addFocusEntry(ctx.scope, -1, focusable ? key : -1, nested);
      this.push(doc, id, { ...ctx, nestedScope: nested }, depth);
      return;
    }
    if (ns === 0 && tag === 'template') {
      if (own >= 0) addFocusEntry(ctx.scope, own, key, null);
      return;
    }
    const shadow = el.shadowRoot;
    if (shadow === null || shadow === undefined) {
      if (own >= 0) addFocusEntry(ctx.scope, own, key, null);
      this.pushChildren(el, id, ctx, depth);
      return;
    }
    const nested = newScope();
    addFocusEntry(ctx.scope, own, key, nested);
    const shadowSlots = new Map();
    this.pushChildren(el, id, { ...ctx, hostSlots: shadowSlots }, depth);
    this.push(shadow, id, { ...ctx, nestedScope: nested, shadowSlots }, depth);
  }
}

function checkRoot(root) {
  if (root === null || root === undefined || (root.nodeType !== 9 && root.nodeType !== 1)) {
    throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT,
      'collectSnapshot needs a Document or an Element');
  }
}

/**
 * @typedef {{ buffer: ArrayBuffer, nodes: Node[], stats: Record<string, number> }} Collected
 *   nodes[i] is the live node of snapshot node id i (the frame element for
 *   a cross-origin frame).
 */

/**
 * Collects a snapshot of `root` (a Document or an Element subtree) in one
 * synchronous pass.
 * @param {Document|Element} [root]
 * @param {{ maxNodes?: number, pseudoContent?: boolean, signal?: AbortSignal,
 *           comparePages?: Document[] }} [options]
 *   comparePages: other pages of the site to find repeated content with
 *   (repeated-content.js).
 *   pseudoContent (default true) reads ::before/::after `content`.
 * @returns {Collected}
 */
export function collectSnapshot(root = globalThis.document, options = {}) {
  checkRoot(root);
  return new Collector(options).run(root, options.comparePages);
}

const yieldToLoop = () => new Promise((resolve) => {
  if (typeof MessageChannel === 'function') {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { ch.port1.close(); resolve(); };
    ch.port2.postMessage(0);
  } else {
    setTimeout(resolve, 0);
  }
});

/**
 * Like collectSnapshot, in slices of about `sliceMs` that yield to the
 * event loop between them, so that an AbortSignal can fire and progress can
 * be shown on large pages. The DOM should not change meanwhile (a change
 * gives a snapshot mixing both states, never an error).
 * @param {Document|Element} [root]
 * @param {{ maxNodes?: number, pseudoContent?: boolean, signal?: AbortSignal,
 *           sliceMs?: number, onProgress?: (nodes: number) => void,
 *           comparePages?: Document[] | Promise<Document[]> }} [options]
 *   comparePages may be a promise (pages still loading): it is awaited after
 *   the DOM walk.
 * @returns {Promise<Collected>}
 */
export async function collectSnapshotAsync(root = globalThis.document, options = {}) {
  checkRoot(root);
  const c = new Collector(options);
  const slice = options.sliceMs ?? 50;
  c.start(root);
  let yieldMs = 0;
  while (!c.step(performance.now() + slice)) {
    options.onProgress?.(c.w.nodeCount);
    const t = performance.now();
    await yieldToLoop();
    yieldMs += performance.now() - t;
  }
  const probeStart = performance.now();
  if (options.probeMedia) {
    await c.probeMedia({ signal: options.signal, maxBytes: options.mediaMaxBytes,
      timeoutMs: options.mediaTimeoutMs });
  }
  if (options.probeImages) await c.probeImages({ signal: options.signal });
  if (options.observeChangesMs > 0) await c.observeChanges(options.observeChangesMs, options.signal);
  if (options.comparePages) c.compareContent(await options.comparePages);
  const probeMs = performance.now() - probeStart;
  const out = c.finish();
  out.stats.collectMs -= yieldMs + probeMs; // time spent collecting, not waiting
  out.stats.yieldMs = yieldMs;
  out.stats.mediaMs = c.stats.mediaMs ?? 0;
  out.stats.imageMs = c.stats.imageMs ?? 0;
  out.stats.watchMs = c.stats.watchMs ?? 0;
  out.stats.compareMs = c.stats.compareMs ?? 0;
  return out;
}

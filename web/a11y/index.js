// seamkit/a11y: accessibility audit of a live DOM, with the rules in wasm.
//
//   import { audit } from 'seamkit/a11y';
//   const results = await audit(document, { tags: ['wcag2a', 'wcag2aa'] });
//   results.violations[0]; // { id, impact, tags, help, helpUrl, actIds, nodes: [{ target, html, ... }] }
//
// Pipeline: collectSnapshot (one read-only pass over the DOM, binary
// snapshot) → auditSnapshot (one copy into wasm, rules run in C++, JSON
// back) → toAxeResults (node ids → selectors and HTML snippets). The middle
// step needs no DOM, so it can run in a Worker on a transferred snapshot.

import { coreFailure, loadCore } from '../loader.js';
import { ErrorCodes, SeamkitError, requireArg } from '../errors.js';
import { collectSnapshot, collectSnapshotAsync } from './collector.js';
import { COMPARE_DEFAULTS, CompareStatus, loadComparePages, sameOriginLinks } from './repeated-content.js';
import { materialize, toAxeResults } from './results.js';

export { collectSnapshot, collectSnapshotAsync, materialize, toAxeResults };
export { MediaStatus, probeMedia } from './media-probe.js';
export { CompareStatus, sameOriginLinks };

const VERSION = '0.1.0';

/** Tags accepted in options.tags besides those a rule carries. */
export const STANDARD_TAGS = Object.freeze(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',
  'wcag22aa', 'best-practice']);

function checkAborted(signal) {
  if (signal?.aborted) {
    throw new SeamkitError(ErrorCodes.ABORTED, 'audit aborted', { cause: signal.reason });
  }
}

function checkOptions(options) {
  requireArg(options !== null && typeof options === 'object', 'audit options must be an object');
  for (const key of ['rules', 'tags']) {
    const v = options[key];
    requireArg(v === undefined || (Array.isArray(v) && v.every((x) => typeof x === 'string' && x)),
      `options.${key} must be an array of non-empty strings`);
  }
  requireArg(options.onProgress === undefined || typeof options.onProgress === 'function',
    'options.onProgress must be a function');
  for (const key of ['probeMedia', 'probeImages']) {
    requireArg(options[key] === undefined || typeof options[key] === 'boolean',
      `options.${key} must be a boolean`);
  }
  const watch = options.observeChangesMs;
  requireArg(watch === undefined || (typeof watch === 'number' && Number.isFinite(watch) &&
    watch >= 0 && watch <= 60_000), 'options.observeChangesMs must be a number of ms in [0, 60000]');
  const cw = options.compareWith;
  requireArg(cw === undefined || (Array.isArray(cw) && cw.every((x) => typeof x === 'string' ||
    (typeof x === 'object' && x !== null && (x instanceof URL || x.nodeType === 9)))),
  'options.compareWith must be an array of URLs (strings or URL objects) or Documents');
  if (cw !== undefined && cw.length > COMPARE_DEFAULTS.maxPages) {
    throw new SeamkitError(ErrorCodes.LIMIT_EXCEEDED,
      `options.compareWith names ${cw.length} pages; at most ${COMPARE_DEFAULTS.maxPages}`);
  }
  const s = options.signal;
  requireArg(s === undefined || (s !== null && typeof s === 'object' && 'aborted' in s),
    'options.signal must be an AbortSignal');
}

/**
 * Loads the WebAssembly core (idempotent; audit() calls it for you).
 * @param {{ wasmUrl?: string | URL, wasmBinary?: ArrayBuffer | Uint8Array }} [options]
 */
export async function init(options) {
  await loadCore(options);
}

/**
 * The registered rules: id, description, help, helpUrl, impact, tags,
 * actIds (W3C ACT rule ids) and wcag (success criteria).
 * @returns {Promise<object[]>}
 */
export async function auditRules() {
  const core = await loadCore();
  return core.a11yRules();
}

/**
 * Runs the rules on a binary snapshot (from collectSnapshot). Needs no DOM:
 * use it in a Worker on a transferred `buffer`.
 * @param {ArrayBuffer | ArrayBufferView} bytes
 * @param {{ rules?: string[], tags?: string[], signal?: AbortSignal }} [options]
 * @returns {Promise<{ engine: string, formatVersion: number, rules: object[],
 *   timing: { wasmMs: number, wasmMemoryBytes: number } }>}
 */
export async function auditSnapshot(bytes, options = {}) {
  checkOptions(options);
  const isView = ArrayBuffer.isView(bytes);
  requireArg(isView || bytes instanceof ArrayBuffer,
    'auditSnapshot() takes an ArrayBuffer or a typed array');
  const core = await loadCore();
  checkAborted(options.signal);
  const t0 = performance.now();
  const src = isView ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : new Uint8Array(bytes);
  let r;
  try {
    // An abort inside (the memory cap) becomes E_OUT_OF_MEMORY, and the
    // loader has retired this instance: nothing more is called on it.
    const buf = new core.A11ySnapshotBytes(src.length);
    try {
      if (buf.size() !== src.length) {
        throw new SeamkitError(ErrorCodes.LIMIT_EXCEEDED,
          `snapshot of ${src.length} bytes exceeds the 64 MiB limit`);
      }
      buf.view().set(src); // the one copy into wasm memory
      r = core.a11yAudit(buf, options.rules ?? [], options.tags ?? []);
    } finally {
      if (!core.seamkitAborted) buf.delete();
    }
  } catch (e) {
    throw coreFailure(e);
  }
  if (!r.ok) throw new SeamkitError(r.code ?? ErrorCodes.INTERNAL, r.message ?? 'audit failed');
  const wasmMs = performance.now() - t0;
  let parsed;
  const packed = r.value;
  try {
    // words() and fields() view wasm memory: read before any other call.
    parsed = unpackResults(packed.head(), packed.words(), packed.fields());
  } finally {
    packed.delete();
  }
  parsed.timing = { wasmMs, parseMs: performance.now() - t0 - wasmMs,
    wasmMemoryBytes: core.wasmMemoryBytes() };
  return parsed;
}

const OUTCOMES = ['passed', 'failed', 'cantTell', 'inapplicable'];
const inconsistent = () =>
  new SeamkitError(ErrorCodes.INTERNAL, 'packed audit results are inconsistent');

/**
 * One node's data from its fields record (PackResults): the count, then per
 * field its key × 4 + kind (0 number, 1 boolean, 2 string) and its value, in
 * the order the JSON text has them.
 */
function unpackFields(fields, at, strings) {
  const count = fields[at];
  if (!Number.isInteger(count) || count < 0 || at + 1 + 2 * count > fields.length) {
    throw inconsistent();
  }
  const out = {};
  for (let p = at + 1, end = p + 2 * count; p < end; p += 2) {
    const keyKind = fields[p];
    const key = strings[keyKind >>> 2];
    const kind = keyKind & 3;
    const v = fields[p + 1];
    if (key === undefined || keyKind !== Math.floor(keyKind)) throw inconsistent();
    if (kind === 0) {
      out[key] = Number.isFinite(v) ? v : null; // as JSON writes NaN and infinities
    } else if (kind === 1) {
      out[key] = v !== 0;
    } else if (kind === 2 && strings[v] !== undefined) {
      out[key] = strings[v];
    } else {
      throw inconsistent();
    }
  }
  return out;
}

/** The rule that needs the change observer (audit option observeChangesMs). */
const WATCH_RULE = 'text-changes-pausable';
const NODE_WORDS = 4;

/**
 * The packed results of the core (PackResults in core/a11y/results_json.h:
 * a JSON head, 4 words per node result) as the interchange JSON's value.
 */
function unpackResults(headText, words, fields) {
  const head = JSON.parse(headText);
  const { strings, data } = head;
  let at = 0;
  for (const rule of head.rules) {
    const count = rule.nodes;
    const nodes = new Array(count);
    for (let i = 0; i < count; i++, at += NODE_WORDS) {
      const message = strings[words[at + 2]];
      const outcome = OUTCOMES[words[at + 1]];
      if (message === undefined || outcome === undefined || at + NODE_WORDS > words.length) {
        throw inconsistent();
      }
      const n = { node: words[at] >>> 0, outcome, message };
      const d = words[at + 3];
      if (d >= 0) {
        n.data = data[d];
        if (n.data === undefined) throw inconsistent();
      } else if (d <= -2) {
        n.data = unpackFields(fields, -2 - d, strings);
      }
      nodes[i] = n;
    }
    rule.nodes = nodes;
  }
  if (at !== words.length) throw inconsistent();
  delete head.strings;
  delete head.data;
  return head;
}

/** Loads an HTML string into a hidden, sandboxed same-origin iframe. */
async function loadHtml(html, signal) {
  const host = globalThis.document;
  if (!host?.body) {
    throw new SeamkitError(ErrorCodes.UNSUPPORTED,
      'auditing an HTML string needs a document (not available in this context)');
  }
  const frame = host.createElement('iframe');
  // Scripts stay off; same-origin so the collector can read the content.
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.setAttribute('aria-hidden', 'true');
  frame.setAttribute('tabindex', '-1');
  const view = host.defaultView;
  frame.style.cssText = 'position:fixed;left:-20000px;top:0;border:0;' +
    `width:${view?.innerWidth || 1280}px;height:${view?.innerHeight || 800}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  host.body.append(frame);
  try {
    await loaded;
    checkAborted(signal);
  } catch (e) {
    frame.remove();
    throw e;
  }
  return frame;
}

function resolveTarget(target) {
  if (target === undefined) {
    requireArg(globalThis.document !== undefined, 'audit() without a target needs a document');
    return globalThis.document;
  }
  requireArg(target !== null && (typeof target === 'string' ||
    (typeof target === 'object' && (target.nodeType === 9 || target.nodeType === 1))),
  'audit() target must be a Document, an Element or an HTML string');
  return target;
}

/**
 * Audits a Document (default: the current one), an Element subtree, or an
 * HTML string (loaded into a sandboxed same-origin iframe, removed after).
 * @param {Document | Element | string} [target]
 * Autoplaying, unmuted <audio>/<video> resources on the page's own origin
 * are fetched and their audio decoded (media-probe.js) unless
 * options.probeMedia is false; the autoplay rules then say cantTell.
 * Raster background images under text, on the page's own origin, are
 * decoded and their pixels under the text measured (image-probe.js) unless
 * options.probeImages is false; the contrast rules then say cantTell there.
 * With options.observeChangesMs > 0 the document is watched that long (and
 * until it is 5.5 s old) for text that changes by itself, for the rule
 * text-changes-pausable (ACT efbfc7); without it that rule is left out.
 * With options.compareWith (other pages of the site: same-origin URLs, or
 * Documents) the page's repeated content is found by comparing it with them
 * (repeated-content.js; sameOriginLinks() lists candidates), and the
 * bypass-blocks rules (ACT cf77f2, 047fe0, b40fd1, ye5d6e) can fail;
 * results.comparedPages says how each page fared.
 * @param {{ rules?: string[], tags?: string[], signal?: AbortSignal, probeMedia?: boolean,
 *           probeImages?: boolean, observeChangesMs?: number,
 *           compareWith?: Array<string | URL | Document>,
 *           onProgress?: (p: { phase: string, nodes: number }) => void }} [options]
 * @returns {Promise<object>} axe-compatible results, plus actIds per rule and
 *   timing { collectMs, mediaMs, imageMs, wasmMs, resultsMs, totalMs, nodes,
 *   snapshotBytes, wasmMemoryBytes }
 */
export async function audit(target, options = {}) {
  checkOptions(options);
  const resolved = resolveTarget(target);
  const { signal, onProgress } = options;
  checkAborted(signal);
  await loadCore();
  const frame = typeof resolved === 'string' ? await loadHtml(resolved, signal) : null;
  try {
    const root = frame ? frame.contentDocument : resolved;
    const t0 = performance.now();
    requireArg(options.compareWith === undefined || root.nodeType === 9,
      'options.compareWith needs a whole page: audit a Document or an HTML string');
    const comparing = options.compareWith === undefined ? null
      : loadComparePages(root, options.compareWith, { signal });
    // Not awaited yet: a rejection (abort) is handled where it is awaited.
    comparing?.catch(() => {});
    const snap = await collectSnapshotAsync(root, {
      signal,
      probeMedia: options.probeMedia !== false,
      probeImages: options.probeImages !== false,
      observeChangesMs: options.observeChangesMs ?? 0,
      comparePages: comparing?.then((c) => c.documents),
      onProgress: onProgress && ((nodes) => onProgress({ phase: 'collect', nodes })),
    });
    const collectMs = snap.stats.collectMs + snap.stats.encodeMs;
    const mediaMs = snap.stats.mediaMs;
    const imageMs = snap.stats.imageMs;
    onProgress?.({ phase: 'audit', nodes: snap.stats.nodes });
    checkAborted(signal);
    const engine = await auditSnapshot(snap.buffer, options);
    checkAborted(signal);
    onProgress?.({ phase: 'results', nodes: snap.stats.nodes });
    const t2 = performance.now();
    const timing = { collectMs, mediaMs, imageMs, wasmMs: engine.timing.wasmMs, resultsMs: 0, totalMs: 0,
      nodes: snap.stats.nodes, snapshotBytes: snap.stats.bytes,
      wasmMemoryBytes: engine.timing.wasmMemoryBytes };
    const doc = root.nodeType === 9 ? root : root.ownerDocument;
    const results = toAxeResults(engine, snap.nodes, {
      document: doc, version: VERSION, timing, top: root,
      toolOptions: { rules: options.rules, tags: options.tags },
    });
    const t3 = performance.now();
    timing.resultsMs = engine.timing.parseMs + (t3 - t2);
    timing.totalMs = collectMs + mediaMs + imageMs + timing.wasmMs + timing.resultsMs;
    timing.watchMs = snap.stats.watchMs; // waiting, not work: not in totalMs
    timing.compareMs = snap.stats.compareMs;
    timing.totalMs += timing.compareMs;
    if (comparing) results.comparedPages = (await comparing).report;
    if (!(options.observeChangesMs > 0)) {
      // Unwatched, the rule knows nothing: no "inapplicable" claim.
      results.inapplicable = results.inapplicable.filter((x) => x.id !== WATCH_RULE);
    }
    timing.elapsedMs = t3 - t0; // wall clock, including yields between slices
    onProgress?.({ phase: 'done', nodes: snap.stats.nodes });
    // The frame of an HTML string goes away: nothing may read it later.
    return frame ? materialize(results) : results;
  } finally {
    frame?.remove();
  }
}

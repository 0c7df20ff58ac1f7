// AI-assisted alt-text suggestions for images of text. After audit(), the
// page's images are read by the OCR (in its Worker, in the background) and
// compared with their alt: an image of text with no alt, with a file name
// for alt, or with an alt that disagrees with what it says gets a suggested
// alt, with its calibrated confidence. Suggestions are never asserted: a
// reading below the review threshold is marked "needs review", and the
// audit results themselves are never changed.
//
//   const results = await audit(document);           // the audit, as always
//   const s = await suggestImageText(results, document);
import { loadCore } from '../loader.js';
import { SeamkitError, ErrorCodes, requireArg } from '../errors.js';
import { confidenceDisplay } from '../confidence/index.js';
import { createOcr, pixelsReadable } from '../ocr/index.js';
import { targetOf, htmlSnippet, SelectorCache } from './selector.js';

export const SUGGESTION_RULE_ID = 'image-text-alt-suggestion';
/** Images shorter than this (CSS px, as rendered) are not read. */
export const MIN_IMAGE_HEIGHT = 32;
/**
 * Default similarity under which an alt "disagrees" with the image's text.
 * Chosen on the rendered set by scripts/fit-ocr-calibration.mjs (see
 * web/ocr/calibration.json, `similarity`); this is the value it chose.
 */
export const DEFAULT_SIMILARITY_THRESHOLD = 0.45;
/**
 * Default calibrated confidence under which a suggestion needs review: the
 * fit's value (the strictest precision target the set met was 0.85; see
 * web/ocr/calibration.json, `thresholds`). Used when no calibration file is read.
 */
export const DEFAULT_REVIEW_BELOW = 0.5;

const FILE_NAME = /^[^\s/\\]+\.(png|jpe?g|gif|webp|avif|svg|bmp|tiff?|ico|heic)$/i;
const CAMERA_NAME = /^(img|dsc|dscn|pxl|screenshot|image|photo|pic|banner|untitled)[-_ ]?\d*$/i;

/** True when an alt looks like a file name rather than a description. */
export function isFileNameAlt(alt) {
  requireArg(typeof alt === 'string', 'isFileNameAlt() takes the alt text (a string)');
  const a = alt.trim();
  return FILE_NAME.test(a) || CAMERA_NAME.test(a);
}

function checkOptions(options) {
  requireArg(options !== null && typeof options === 'object', 'options must be an object');
  const sim = options.similarityThreshold;
  requireArg(sim === undefined || (typeof sim === 'number' && sim >= 0 && sim <= 1),
    'similarityThreshold must be in [0, 1]');
  const review = options.reviewBelow;
  requireArg(review === undefined || (typeof review === 'number' && review >= 0 && review <= 1),
    'reviewBelow must be in [0, 1]');
  const minHeight = options.minHeight ?? MIN_IMAGE_HEIGHT;
  requireArg(Number.isFinite(minHeight) && minHeight >= 1, 'minHeight must be a positive number');
  requireArg(options.ocr === undefined || typeof options.ocr?.recognize === 'function',
    'options.ocr must be an object from createOcr()');
  requireArg(options.onSuggestion === undefined || typeof options.onSuggestion === 'function',
    'options.onSuggestion must be a function');
  const s = options.signal;
  requireArg(s === undefined || (s !== null && typeof s === 'object' && 'aborted' in s),
    'options.signal must be an AbortSignal');
  return { sim, review, minHeight };
}

/** The name the page gives an image (alt, aria-label(ledby), title) and where it came from. */
function currentName(img) {
  const doc = img.ownerDocument;
  const ids = img.getAttribute('aria-labelledby');
  if (ids) {
    const text = ids.split(/\s+/).map((id) => doc.getElementById(id)?.textContent ?? '').join(' ').trim();
    if (text) return { name: text, source: 'aria-labelledby' };
  }
  const label = img.getAttribute('aria-label')?.trim();
  if (label) return { name: label, source: 'aria-label' };
  if (img.hasAttribute('alt')) return { name: img.getAttribute('alt') ?? '', source: 'alt' };
  const title = img.getAttribute('title')?.trim();
  if (title) return { name: title, source: 'title' };
  return { name: null, source: null };
}

const isInput = (el) => el.localName === 'input';

/** Why an image is not read, or null when it is a candidate. */
function skipReason(img, minHeight) {
  const role = img.getAttribute('role');
  if (!isInput(img) && (role === 'presentation' || role === 'none' || img.getAttribute('alt') === '')) {
    return 'decorative';
  }
  if (img.closest('[aria-hidden="true"]')) return 'hidden';
  const visible = img.checkVisibility
    ? img.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) : true;
  const rect = img.getBoundingClientRect();
  if (!visible || rect.width === 0 || rect.height === 0) return 'hidden';
  if (rect.height < minHeight) return 'too-small';
  // An <input type=image>'s picture is loaded by recognize(), which says if it cannot be read.
  if (isInput(img)) return null;
  if (!img.complete || img.naturalWidth === 0) return 'not-loaded';
  if (!pixelsReadable(img)) return 'cross-origin';
  return null;
}

const SKIP_MESSAGES = {
  decorative: 'marked decorative (alt="" or role none/presentation)',
  hidden: 'not visible',
  'too-small': 'shorter than the minimum height for reading text',
  'not-loaded': 'the image has not loaded',
  'cross-origin': 'cross-origin without CORS: the page cannot read its pixels',
  unavailable: 'OCR is unavailable',
  failed: 'OCR failed on this image',
};

const IMAGES = 'img, input[type="image" i]';

/**
 * Images of the audited root: <img> and <input type=image>, the root itself
 * included, and those of same-origin iframes (cross-origin ones have no
 * contentDocument). Tags are compared, never instanceof: a frame is another realm.
 */
function candidates(root, depth = 0) {
  const found = [...root.querySelectorAll(IMAGES)];
  if (root.nodeType === 1 && root.matches(IMAGES)) found.unshift(root);
  if (depth < 8) {
    for (const frame of root.querySelectorAll('iframe, frame')) {
      let doc = null;
      try { doc = frame.contentDocument; } catch { doc = null; }
      if (doc?.documentElement) found.push(...candidates(doc, depth + 1));
    }
  }
  return found;
}

/** At least two letters or digits: anything shorter is noise, not an image of text. */
export const MIN_TEXT_CHARS = 2;
const textChars = (t) => (String(t).match(/[\p{L}\p{N}]/gu) ?? []).length;

/** Rules whose failure means "this image has no accessible name". */
const NAME_RULES = new Set(['image-alt', 'input-image-alt']);

/** Elements the audit reported under image-alt or input-image-alt → that rule's id. */
function imageAltFailures(results) {
  const out = new Map();
  for (const rule of results?.violations ?? []) {
    if (!NAME_RULES.has(rule.id)) continue;
    for (const n of rule.nodes) if (n.element) out.set(n.element, rule.id);
  }
  return out;
}

/** Weakest line's calibrated confidence: the reading is as good as its worst line. */
function readingConfidence(lines) {
  return lines.reduce((m, l) => Math.min(m, l.calibrated), 1);
}

function makeSuggestion(core, ctx, img, reading, given) {
  // Thresholds: the caller's, else those fitted with the calibration, else the defaults.
  const opts = {
    sim: given.sim ?? reading.calibration?.similarity ?? DEFAULT_SIMILARITY_THRESHOLD,
    review: given.review ?? reading.calibration?.reviewBelow ?? DEFAULT_REVIEW_BELOW,
  };
  const { name, source } = currentName(img);
  const text = reading.text;
  let kind = null;
  let similarity = null;
  if (name === null || name.trim() === '') kind = 'missing-alt';
  else if (isFileNameAlt(name)) kind = 'file-name-alt';
  else {
    similarity = ocrSimilarity(core, name, text);
    if (similarity < opts.sim) kind = 'alt-disagrees';
  }
  if (!kind) return null;
  similarity ??= name ? ocrSimilarity(core, name, text) : 0;
  const confidence = readingConfidence(reading.lines);
  const raw = reading.lines.reduce((m, l) => Math.min(m, l.confidence), 1);
  const status = confidence >= opts.review ? 'suggested' : 'needs-review';
  const claim = `This image appears to say "${text}"`;
  let display = null;
  try {
    display = confidenceDisplay({ calibrated: confidence, raw, claim,
      policy: { low: null, high: opts.review } });
  } catch { /* the display is an extra: a suggestion stands without it */ }
  const said = name ? `its ${source} is "${name}"` : 'it has no alt';
  const out = {
    ruleId: SUGGESTION_RULE_ID,
    aiAssisted: true,
    kind,
    target: targetOf(img, ctx.root, ctx.cache),
    html: htmlSnippet(img),
    text,
    alt: name,
    altSource: source,
    auditRule: ctx.failures.get(img) ?? null,
    similarity,
    confidence,
    rawConfidence: raw,
    display,
    suggestion: text,
    status,
    thresholds: { similarity: opts.sim, reviewBelow: opts.review },
    message: `${claim}; ${said}. Suggested alt: "${text}"` +
      (status === 'needs-review' ? ' (low confidence: needs review).' : '.'),
    lines: reading.lines,
    // The recogniser whose confidence this is (feedback is recorded against it).
    modelId: reading.model?.rec?.id ?? null,
    model: reading.model ?? null,
  };
  // The live element, for highlighting; not enumerable, so the suggestion stays plain JSON.
  Object.defineProperty(out, 'element', { value: img, enumerable: false });
  return out;
}

function ocrSimilarity(core, a, b) {
  const r = core.ocrTextSimilarity(a, b);
  if (!r?.ok) throw new SeamkitError(r?.code ?? ErrorCodes.INTERNAL, r?.message ?? 'ocrTextSimilarity failed');
  return (r.value !== undefined ? r.value.similarity ?? r.value : r.similarity);
}

/**
 * Reads the page's images of text and suggests alts. Runs after the audit
 * and never changes its results. Resolves with `{ available, reason?,
 * suggestions, skipped, timing }`; when the OCR is unavailable, every
 * candidate is listed in `skipped` with reason 'unavailable'.
 * @param {object | null} results audit() results (may be null: images are read from the document)
 * @param {Document | Element} [root] the audited document or element (default: document)
 * @param {import('./ocr-suggest.d.ts').SuggestOptions} [options]
 */
export async function suggestImageText(results, root, options = {}) {
  const opts = checkOptions(options);
  requireArg(results === null || results === undefined || typeof results === 'object',
    'results must be the object audit() returned');
  const top = root ?? globalThis.document;
  requireArg(top && (top.nodeType === 9 || top.nodeType === 1),
    'root must be a Document or an Element');
  const t0 = performance.now();
  const core = await loadCore();
  const ctx = { root: top, cache: new SelectorCache(), failures: imageAltFailures(results) };
  const ownOcr = !options.ocr;
  const ocr = options.ocr ?? createOcr(options.ocrOptions ?? {});
  const suggestions = [];
  const skipped = [];
  const skip = (img, reason, detail) => skipped.push({ target: targetOf(img, top, ctx.cache),
    reason, message: detail ? `${SKIP_MESSAGES[reason]}: ${detail}` : SKIP_MESSAGES[reason] });
  let available = true;
  let reason;
  let read = 0;
  try {
    for (const img of candidates(top)) {
      if (options.signal?.aborted) throw new SeamkitError(ErrorCodes.ABORTED, 'suggestions aborted');
      const why = skipReason(img, opts.minHeight);
      if (why) { skip(img, why); continue; }
      if (!available) { skip(img, 'unavailable', reason); continue; }
      let reading;
      try {
        reading = await ocr.recognize(img, { signal: options.signal });
      } catch (e) {
        if (/** @type {any} */ (e)?.code === ErrorCodes.ABORTED) throw e;
        const code = /** @type {any} */ (e)?.code;
        skip(img, code === ErrorCodes.UNSUPPORTED ? 'cross-origin' : 'failed',
          String(/** @type {any} */ (e)?.message ?? e));
        continue;
      }
      if (!reading.available) {
        available = false;
        reason = reading.reason;
        skip(img, 'unavailable', reason);
        continue;
      }
      read++;
      // No text, or too little to be more than noise: not an image of text.
      if (textChars(reading.text) < MIN_TEXT_CHARS) continue;
      const s = makeSuggestion(core, ctx, img, reading, opts);
      if (s) { suggestions.push(s); options.onSuggestion?.(s); }
    }
  } finally {
    if (ownOcr) ocr.close();
  }
  return { ruleId: SUGGESTION_RULE_ID, aiAssisted: true, available, reason, suggestions, skipped,
    auditUrl: /** @type {any} */ (results)?.url ?? null,
    timing: { images: read, totalMs: performance.now() - t0 } };
}

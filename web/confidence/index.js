// Confidence: calibrate a model's scores, measure calibration, choose
// verdict thresholds, and build an honest display — through the wasm core.
import { requireCore } from '../loader.js';
import { unwrap, requireArg, SeamkitError, ErrorCodes } from '../errors.js';
import { wellFormed, wellFormedDeep } from '../strings.js';

const METHODS = ['temperature', 'platt', 'isotonic', 'histogram'];

/** @param {unknown} a @param {string} what */
function numbers(a, what) {
  requireArg(Array.isArray(a) || ArrayBuffer.isView(a), `${what} must be an array or typed array`);
  return a;
}

/** Class labels: non-negative integers (a 0.5 label is an error, not a 0). */
function labelsOf(a) {
  numbers(a, 'labels');
  const out = Array.from(a);
  const bad = out.findIndex((y) => !Number.isInteger(y) || y < 0);
  requireArg(bad < 0, `labels[${bad}] is ${out[bad]}: labels must be class indices (0, 1, …)`);
  return out;
}

/** A fitted calibration: serialisable, applies to scores. */
export class Calibration {
  /** @param {string} json parameters as written by toJSON() */
  constructor(json) {
    requireArg(typeof json === 'string', 'Calibration takes its JSON parameters');
    let parsed;
    try {
      parsed = JSON.parse(json);
    } catch (e) {
      throw new SeamkitError(ErrorCodes.PARSE, `calibration parameters are not JSON: ${e.message}`);
    }
    requireArg(parsed && typeof parsed === 'object', 'calibration parameters must be a JSON object');
    this.method = parsed.method;
    this.version = parsed.version;
    /** @private */ this.json = wellFormed(json);
    // Validate now, so a bad JSON fails here and not at first use.
    this.apply(0.5);
  }

  /** @param {string | object} json */
  static fromJSON(json) {
    return new Calibration(typeof json === 'string' ? json : JSON.stringify(json));
  }

  /** Calibrated probability of one score (binary). */
  apply(score) {
    requireArg(typeof score === 'number', 'apply() takes a number');
    return unwrap(requireCore().applyCalibration(this.json, [score]))[0];
  }

  /**
   * Calibrated probabilities of many scores. A Float32Array takes the SIMD
   * float path (returns a Float32Array); other arrays are computed in double
   * precision (returns a Float64Array). Multi-class temperature: rows of
   * logits → rows of softmax probabilities (Float32Array).
   */
  applyBatch(scores) {
    numbers(scores, 'scores');
    return unwrap(requireCore().applyCalibration(this.json,
      scores instanceof Float32Array ? scores : Array.from(scores)));
  }

  toJSON() {
    return JSON.parse(this.json);
  }
}

/**
 * Fits a calibration map on labelled scores.
 * @param {{ method: 'temperature'|'platt'|'isotonic'|'histogram', scores: ArrayLike<number>,
 *   labels: ArrayLike<number>, numClasses?: number, bins?: number, binning?: 'equal-width'|'equal-mass' }} spec
 */
export function fitCalibration(spec) {
  requireArg(spec && METHODS.includes(spec.method), `method must be one of ${METHODS.join(', ')}`);
  numbers(spec.scores, 'scores');
  const labels = labelsOf(spec.labels);
  const opts = {};
  if (spec.numClasses !== undefined) opts.numClasses = spec.numClasses;
  if (spec.bins !== undefined) opts.bins = spec.bins;
  if (spec.binning !== undefined) opts.binning = spec.binning;
  return new Calibration(unwrap(requireCore().fitCalibration(spec.method,
    Array.from(spec.scores), labels, opts)));
}

/**
 * ECE (equal-width and equal-mass bins), MCE, Brier score, NLL, the
 * reliability diagram and the risk–coverage curve of binary probabilities.
 * @param {ArrayLike<number>} probs @param {ArrayLike<number>} labels
 * @param {{ bins?: number, mode?: 'positive-class'|'predicted-class' }} [options]
 */
export function calibrationReport(probs, labels, options = {}) {
  requireArg(options !== null && typeof options === 'object', 'options must be an object');
  numbers(probs, 'probs');
  return unwrap(requireCore().calibrationReport(Array.from(probs), labelsOf(labels), options));
}

/**
 * Chooses the verdict thresholds from labelled data: the widest coverage at
 * which "likely-true" reaches the target precision (and "likely-false" its
 * own). A side whose target cannot be met gets a null threshold and is
 * never issued.
 * @param {ArrayLike<number>} probs @param {ArrayLike<number>} labels
 * @param {{ targetPrecision?: number, targetNegativePrecision?: number }} [options]
 */
export function fitDecisionPolicy(probs, labels, options = {}) {
  requireArg(options !== null && typeof options === 'object', 'options must be an object');
  numbers(probs, 'probs');
  const ys = labelsOf(labels);
  const pos = options.targetPrecision ?? 0.95;
  const neg = options.targetNegativePrecision ?? pos;
  return unwrap(requireCore().fitBinaryPolicy(Array.from(probs), ys, pos, neg));
}

/**
 * The verdict for one calibrated probability.
 * @param {number} p
 * @param {{ low?: number|null, high?: number|null, labels?: [string, string, string] }} [policy]
 */
export function decide(p, policy = {}) {
  requireArg(typeof p === 'number', 'decide() takes a probability');
  return unwrap(requireCore().decideBinary(checkPolicy(policy), p));
}

/** A decision policy checked for the types the core expects. */
function checkPolicy(policy) {
  requireArg(policy && typeof policy === 'object', 'policy must be an object');
  for (const k of ['low', 'high']) {
    const v = policy[k];
    requireArg(v === undefined || v === null || typeof v === 'number', `policy.${k} must be a number or null`);
  }
  if (policy.labels !== undefined) {
    requireArg(Array.isArray(policy.labels) && policy.labels.length === 3 &&
      policy.labels.every((l) => typeof l === 'string'), 'policy.labels must be three strings');
  }
  return wellFormedDeep(policy);
}

// Verdict kinds of the display: 0 likely-false, 1 unverified, 2 likely-true.
/** The input made well formed, with its policy checked; the core decides
 * the verdict from the policy in the same call that builds the display. */
function withVerdict(given) {
  const input = wellFormedDeep(given);
  if (input.verdictKind === undefined) checkPolicy(input.policy ?? {});
  return input;
}

/**
 * The display model: verdict, calibrated and raw values, accessible colours
 * for the given background, ranked reasons, disclaimer and ARIA text.
 * @param {import('../index.js').ConfidenceInput} input
 */
export function confidenceDisplay(input) {
  requireArg(input && typeof input === 'object', 'confidenceDisplay() takes an object');
  return unwrap(requireCore().buildConfidenceDisplay(withVerdict(input)));
}

// ---- many displays in one call (a feed) ----------------------------------

// The packed batch of the core (core/confidence/display_batch.h): numbers
// travel as Float64Arrays, texts once each as a JSON array.
const ITEM_WORDS = 10;
const DISPLAY_WORDS = 30;

/** An input's text field, well-formed, or undefined. */
const str = (v) => (typeof v === 'string' ? wellFormed(v) : undefined);
/** A number the core reads as given (NaN for anything else). */
const num = (v) => (typeof v === 'number' ? v : Number.NaN);
/** A text field's key part: its length first, so no two inputs share a key. */
const part = (v) => (typeof v === 'string' ? `${v.length}:${v}` : '-');

/** The shared part of an input: background, palette, string table, policy. */
function contextOf(input, policy) {
  const side = (v) => (v === null ? null : v === undefined ? undefined : jsonNumber(v));
  return {
    background: str(input.background),
    palette: Array.isArray(input.palette) ? input.palette.map((c) => (typeof c === 'string' ? wellFormed(c) : '')) : undefined,
    table: str(input.tableJson),
    policy: { low: side(policy.low), high: side(policy.high) },
  };
}

/** JSON has no NaN or infinity: the core reads them as strings. */
function jsonNumber(x) {
  if (typeof x !== 'number') return 'NaN';
  return Number.isFinite(x) ? x : Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
}

/** The key of an input's context: inputs with equal keys share one. */
function contextKey(input, policy) {
  const palette = Array.isArray(input.palette)
    ? part(JSON.stringify(input.palette.map((c) => (typeof c === 'string' ? c : ''))))
    : '-';
  return `${part(input.background)}|${palette}|${part(input.tableJson)}|${policy.low}|${policy.high}`;
}

/**
 * One display from the core's words at `o` (past the ok flag).
 * @param {Float64Array} x @param {number} o @param {string[]} t @param {Float64Array} reasons
 */
function packedDisplay(x, o, t, reasons) {
  const n = (v) => (Number.isNaN(v) ? null : v);
  const list = [];
  for (let r = 3 * x[o + 15], end = r + 3 * x[o + 16]; r < end; r += 3) {
    list.push({ code: t[reasons[r]], text: t[reasons[r + 1]], weight: reasons[r + 2] });
  }
  return {
    scoreValid: x[o] === 1, verdictId: t[x[o + 1]], verdictKind: x[o + 2], verdictText: t[x[o + 3]],
    claim: t[x[o + 4]], calibrated: n(x[o + 5]), raw: n(x[o + 6]), meterValue: x[o + 7],
    barFraction: x[o + 8], percentText: t[x[o + 9]], rawText: t[x[o + 10]],
    ariaValueText: t[x[o + 11]], meterLabel: t[x[o + 12]], rawScoreLabel: t[x[o + 13]],
    reasonsHeading: t[x[o + 14]], reasons: list, disclaimer: t[x[o + 17]], locale: t[x[o + 18]],
    icon: t[x[o + 19]], background: t[x[o + 20]], barColour: t[x[o + 21]],
    trackColour: t[x[o + 22]], textColour: t[x[o + 23]], bodyTextColour: t[x[o + 24]],
    paletteCvdDistinct: x[o + 25] === 1, barContrast: x[o + 26], textContrast: x[o + 27],
    bodyTextContrast: x[o + 28],
  };
}

/**
 * Many displays in one call into the core: the path of a feed, where one call
 * per display costs more in crossing into wasm than in building it. Inputs
 * that share background, palette, string table and policy share their
 * preparation. Returns one entry per input, in order: its display (the same
 * as confidenceDisplay() gives), or the SeamkitError of that input (returned,
 * not thrown, so one bad input does not cost the others their display).
 * @param {import('../index.js').ConfidenceInput[]} inputs
 * @returns {(import('../index.js').ConfidenceDisplay | SeamkitError)[]}
 */
export function confidenceDisplays(inputs) {
  requireArg(Array.isArray(inputs), 'confidenceDisplays() takes an array of inputs');
  const out = new Array(inputs.length);
  const contexts = [];
  const contextIndex = new Map();
  const strings = [];
  const stringIndex = new Map();
  const intern = (s) => {
    if (typeof s !== 'string') return -1;
    const w = wellFormed(s);
    let k = stringIndex.get(w);
    if (k === undefined) {
      k = strings.length;
      strings.push(w);
      stringIndex.set(w, k);
    }
    return k;
  };
  const items = new Float64Array(inputs.length * ITEM_WORDS);
  const factors = [];
  const slots = [];
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    try {
      requireArg(input && typeof input === 'object', `inputs[${i}] must be an object`);
      const policy = checkPolicy(input.policy ?? {});
      const key = contextKey(input, policy);
      let c = contextIndex.get(key);
      if (c === undefined) {
        c = contexts.length;
        contexts.push(contextOf(input, policy));
        contextIndex.set(key, c);
      }
      const w = slots.length * ITEM_WORDS;
      const hasRaw = input.raw !== undefined && input.raw !== null;
      const kind = input.verdictKind;
      const topK = input.topK;
      items[w] = c;
      items[w + 1] = num(input.calibrated);
      items[w + 2] = hasRaw ? num(input.raw) : Number.NaN;
      items[w + 3] = hasRaw ? 1 : 0;
      items[w + 4] = typeof kind === 'number' && Number.isFinite(kind) ? kind : Number.NaN;
      items[w + 5] = intern(input.verdictLabel);
      items[w + 6] = intern(input.claim);
      items[w + 7] = typeof topK === 'number' && Number.isFinite(topK) ? topK : Number.NaN;
      items[w + 8] = factors.length / 2;
      const fs = Array.isArray(input.factors) ? input.factors : [];
      for (const f of fs) factors.push(intern(f?.code), typeof f?.weight === 'number' ? f.weight : 0);
      items[w + 9] = fs.length;
      slots.push(i);
    } catch (e) {
      out[i] = e;
    }
  }
  if (slots.length === 0) return out;
  const r = unwrap(requireCore().buildConfidenceDisplaysPacked(JSON.stringify({ contexts, strings }),
    items.subarray(0, slots.length * ITEM_WORDS), new Float64Array(factors)));
  const texts = JSON.parse(r.strings);
  const words = r.words;
  for (let k = 0; k < slots.length; k++) {
    const o = k * DISPLAY_WORDS;
    out[slots[k]] = words[o] === 1
      ? packedDisplay(words, o + 1, texts, r.reasons)
      : new SeamkitError(texts[words[o + 1]], texts[words[o + 2]]);
  }
  return out;
}

/** The same display as a self-contained HTML string (server-side, e-mail). */
export function renderConfidenceHTML(input) {
  requireArg(input && typeof input === 'object', 'renderConfidenceHTML() takes an object');
  return unwrap(requireCore().renderConfidenceHtml(withVerdict(input)));
}

export { SeamkitError, ErrorCodes };

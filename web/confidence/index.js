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

// Field order of the core's batch entries (core/confidence/display_batch.h).
const BATCH_FIELDS = ['scoreValid', 'verdictId', 'verdictKind', 'verdictText', 'claim',
  'calibrated', 'raw', 'meterValue', 'barFraction', 'percentText', 'rawText', 'ariaValueText',
  'meterLabel', 'rawScoreLabel', 'reasonsHeading', 'reasons', 'disclaimer', 'locale', 'icon',
  'background', 'barColour', 'trackColour', 'textColour', 'bodyTextColour',
  'paletteCvdDistinct', 'barContrast', 'textContrast', 'bodyTextContrast'];
const TEXT_FIELDS = new Set(['verdictId', 'verdictText', 'claim', 'percentText', 'rawText',
  'ariaValueText', 'meterLabel', 'rawScoreLabel', 'reasonsHeading', 'disclaimer', 'locale',
  'icon', 'background', 'barColour', 'trackColour', 'textColour', 'bodyTextColour']);

/** JSON has no NaN or infinity: the core reads them as strings. */
function jsonNumber(x) {
  if (typeof x !== 'number') return 'NaN';
  return Number.isFinite(x) ? x : Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
}

const str = (v) => (typeof v === 'string' ? wellFormed(v) : undefined);

/** The shared part of an input: background, palette, string table, policy. */
function contextOf(input) {
  const policy = checkPolicy(input.policy ?? {});
  const side = (v) => (v === null ? null : v === undefined ? undefined : jsonNumber(v));
  return {
    background: str(input.background),
    palette: Array.isArray(input.palette) ? input.palette.map((c) => (typeof c === 'string' ? wellFormed(c) : '')) : undefined,
    table: str(input.tableJson),
    policy: { low: side(policy.low), high: side(policy.high) },
  };
}

/** The per-display part of an input. */
function itemOf(input, context) {
  const item = { context, calibrated: jsonNumber(input.calibrated) };
  if (input.raw !== undefined && input.raw !== null) item.raw = jsonNumber(input.raw);
  if (typeof input.verdictKind === 'number') item.verdictKind = jsonNumber(input.verdictKind);
  if (typeof input.verdictLabel === 'string') item.verdictLabel = wellFormed(input.verdictLabel);
  if (typeof input.claim === 'string') item.claim = wellFormed(input.claim);
  if (typeof input.topK === 'number') item.topK = input.topK;
  if (Array.isArray(input.factors)) {
    item.factors = input.factors.map((f) => ({
      code: typeof f?.code === 'string' ? wellFormed(f.code) : '',
      weight: typeof f?.weight === 'number' ? jsonNumber(f.weight) : 0,
    }));
  }
  return item;
}

/** @param {any[]} e @param {string[]} strings */
function displayOf(e, strings) {
  /** @type {Record<string, any>} */
  const d = {};
  for (let f = 0; f < BATCH_FIELDS.length; f++) {
    const name = BATCH_FIELDS[f];
    d[name] = TEXT_FIELDS.has(name) ? strings[e[f]] : e[f];
  }
  const flat = d.reasons;
  d.reasons = [];
  for (let i = 0; i + 2 < flat.length; i += 3) {
    d.reasons.push({ code: strings[flat[i]], text: strings[flat[i + 1]], weight: flat[i + 2] });
  }
  return d;
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
  const items = [];
  const slots = [];
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    try {
      requireArg(input && typeof input === 'object', `inputs[${i}] must be an object`);
      const context = contextOf(input);
      const key = JSON.stringify(context);
      let c = contextIndex.get(key);
      if (c === undefined) {
        c = contexts.length;
        contexts.push(context);
        contextIndex.set(key, c);
      }
      items.push(itemOf(input, c));
      slots.push(i);
    } catch (e) {
      out[i] = e;
    }
  }
  if (items.length === 0) return out;
  const json = unwrap(requireCore().buildConfidenceDisplays(JSON.stringify({ contexts, items })));
  const { strings, displays } = JSON.parse(json);
  for (let k = 0; k < displays.length; k++) {
    const e = displays[k];
    out[slots[k]] = Array.isArray(e) ? displayOf(e, strings) : new SeamkitError(e.code, e.message);
  }
  return out;
}

/** The same display as a self-contained HTML string (server-side, e-mail). */
export function renderConfidenceHTML(input) {
  requireArg(input && typeof input === 'object', 'renderConfidenceHTML() takes an object');
  return unwrap(requireCore().renderConfidenceHtml(withVerdict(input)));
}

export { SeamkitError, ErrorCodes };

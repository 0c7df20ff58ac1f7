// Type declarations for the seamkit package (checked by tsc in the tests).

/** Codes carried by every SeamkitError. */
export declare const ErrorCodes: Readonly<{
  INVALID_ARGUMENT: 'E_INVALID_ARGUMENT';
  PARSE: 'E_PARSE';
  OUT_OF_RANGE: 'E_OUT_OF_RANGE';
  LIMIT_EXCEEDED: 'E_LIMIT_EXCEEDED';
  MALFORMED: 'E_MALFORMED';
  UNSUPPORTED: 'E_UNSUPPORTED';
  INTERNAL: 'E_INTERNAL';
  NOT_INITIALIZED: 'E_NOT_INITIALIZED';
  WASM_LOAD: 'E_WASM_LOAD';
  ABORTED: 'E_ABORTED';
  INTEGRITY: 'E_INTEGRITY';
  MODEL_UNAVAILABLE: 'E_MODEL_UNAVAILABLE';
  NOT_FOUND: 'E_NOT_FOUND';
  OUT_OF_MEMORY: 'E_OUT_OF_MEMORY';
  /** An operation took longer than its time limit (e.g. createOcr's timeoutMs). */
  TIMEOUT: 'E_TIMEOUT';
}>;
export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export declare class SeamkitError extends Error {
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown });
  readonly name: 'SeamkitError';
  readonly code: ErrorCode;
}

export interface InitOptions {
  /** Where the .wasm file is; default: next to the module (import.meta.url). */
  wasmUrl?: string | URL;
  /** The .wasm bytes, when the host loads them itself. */
  wasmBinary?: ArrayBuffer | Uint8Array;
}

/** Loads the WebAssembly core. Idempotent. Rejects with E_WASM_LOAD. */
export declare function init(options?: InitOptions): Promise<void>;

/** sRGB colour: r, g, b in 0–255, alpha in 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}
export type ColorInput = string | { r: number; g: number; b: number; a?: number };

/** Parses a CSS colour. Throws E_PARSE or E_UNSUPPORTED. */
export declare function parseColor(text: string): Rgba;

/** WCAG 2.2 contrast ratio (1–21) of text colour `fg` over `bg`. */
export declare function contrastRatio(fg: ColorInput, bg: ColorInput): number;

/**
 * Contrast ratios of many pairs (SIMD). `fg` and `bg` hold RGBA quadruples
 * (r, g, b 0–255, alpha 0–1); returns one ratio per pair.
 */
export declare function contrastRatioBatch(
  fg: Float32Array,
  bg: Float32Array,
  out?: Float32Array,
): Float32Array;

/** WCAG "large scale" text: ≥ 24 px, or ≥ 18.67 px and bold (≥ 700). */
export declare function isLargeText(fontSizePx: number, fontWeight?: number): boolean;

export interface ContrastCheck {
  ratio: number;
  largeText: boolean;
  required: { aa: number; aaa: number };
  /** SC 1.4.3 (Contrast, Minimum) met. */
  aa: boolean;
  /** SC 1.4.6 (Contrast, Enhanced) met. */
  aaa: boolean;
}

/** Checks a text colour pair against SC 1.4.3 and 1.4.6. */
export declare function checkContrast(
  fg: ColorInput,
  bg: ColorInput,
  text?: { fontSizePx?: number; fontWeight?: number },
): ContrastCheck;

/** The 148 CSS named colours, sorted. */
export declare function namedColors(): string[];

export declare const version: string;

// ---- confidence ----------------------------------------------------------

export type CalibrationMethod = 'temperature' | 'platt' | 'isotonic' | 'histogram';

/** A fitted calibration map; JSON-serialisable with a format version. */
export declare class Calibration {
  private constructor(json: string);
  readonly method: CalibrationMethod;
  readonly version: number;
  static fromJSON(json: string | object): Calibration;
  /** Calibrated probability of one (binary) score. */
  apply(score: number): number;
  /**
   * Calibrated probabilities of many scores: a Float32Array input takes the SIMD float path and returns a
   * Float32Array; other arrays are computed in double precision and return a Float64Array. For a multi-class
   * temperature, rows of logits → softmax rows (Float32Array).
   */
  applyBatch(scores: Float32Array): Float32Array;
  applyBatch(scores: ArrayLike<number>): Float32Array | Float64Array;
  toJSON(): object;
}

export interface FitCalibrationSpec {
  method: CalibrationMethod;
  /** Raw scores (logits for temperature; probabilities for histogram). */
  scores: ArrayLike<number>;
  /** 0/1 labels (class indices for a multi-class temperature). */
  labels: ArrayLike<number>;
  numClasses?: number;
  bins?: number;
  binning?: 'equal-width' | 'equal-mass';
}
/** Fits a calibration map. Throws E_INVALID_ARGUMENT on empty, single-class, mismatched or non-finite data. */
export declare function fitCalibration(spec: FitCalibrationSpec): Calibration;

export interface ReliabilityBin {
  lower: number;
  upper: number;
  confidence: number;
  accuracy: number;
  count: number;
}
export interface CalibrationReport {
  /** Expected calibration error, equal-width bins. */
  ece: number;
  eceEqualMass: number;
  mce: number;
  brier: number;
  nll: number;
  reliability: { bins: ReliabilityBin[]; ece: number; mce: number; total: number };
  riskCoverage: { threshold: number; coverage: number; risk: number }[];
  aurc: number;
}
export declare function calibrationReport(
  probs: ArrayLike<number>,
  labels: ArrayLike<number>,
  options?: { bins?: number; mode?: 'positive-class' | 'predicted-class' },
): CalibrationReport;

export interface ThresholdSelection {
  met: boolean;
  target: number;
  threshold: number | null;
  precision: number;
  coverage: number;
  accepted: number;
  bestPrecision: number;
}
export interface DecisionPolicy {
  /** At or below: "likely-false"; null: never issued. */
  low?: number | null;
  /** At or above: "likely-true"; null: never issued. */
  high?: number | null;
  labels?: [string, string, string];
}
export declare function fitDecisionPolicy(
  probs: ArrayLike<number>,
  labels: ArrayLike<number>,
  options?: { targetPrecision?: number; targetNegativePrecision?: number },
): { low: number | null; high: number | null; positive: ThresholdSelection; negative: ThresholdSelection };
/** verdict: 1 positive, 0 negative, -1 abstain ("unverified"). */
export declare function decide(p: number, policy?: DecisionPolicy): { verdict: -1 | 0 | 1; label: string };

export interface ConfidenceInput {
  /** Calibrated probability in [0, 1]; NaN or out of range → "unverified", reason "invalid score". */
  calibrated: number;
  raw?: number;
  claim?: string;
  factors?: { code: string; weight: number }[];
  /** 0 likely-false, 1 unverified, 2 likely-true; default: from `policy`. */
  verdictKind?: 0 | 1 | 2;
  verdictLabel?: string;
  policy?: DecisionPolicy;
  /** Opaque CSS colour the display sits on (default white). */
  background?: string;
  palette?: string[];
  /** A translated string table (JSON). */
  tableJson?: string;
  topK?: number;
}
export interface ConfidenceDisplay {
  scoreValid: boolean;
  verdictId: 'likely-false' | 'unverified' | 'likely-true';
  verdictKind: 0 | 1 | 2;
  verdictText: string;
  claim: string;
  calibrated: number | null;
  raw: number | null;
  meterValue: number;
  barFraction: number;
  percentText: string;
  rawText: string;
  ariaValueText: string;
  meterLabel: string;
  rawScoreLabel: string;
  reasonsHeading: string;
  reasons: { code: string; text: string; weight: number }[];
  disclaimer: string;
  locale: string;
  icon: 'check' | 'question' | 'cross';
  background: string;
  barColour: string;
  trackColour: string;
  textColour: string;
  bodyTextColour: string;
  /** The palette's three verdict colours stay distinct under simulated protanopia, deuteranopia and tritanopia. */
  paletteCvdDistinct: boolean;
  barContrast: number;
  textContrast: number;
  bodyTextContrast: number;
}
export declare function confidenceDisplay(input: ConfidenceInput): ConfidenceDisplay;
/**
 * Many displays in one call into the core (a feed). One entry per input, in order: its display, or
 * the SeamkitError of that input (returned, not thrown).
 */
export declare function confidenceDisplays(inputs: ConfidenceInput[]): (ConfidenceDisplay | SeamkitError)[];
/** The display as self-contained, escaped HTML with inline SVG. */
export declare function renderConfidenceHTML(input: ConfidenceInput): string;

// ---- model lifecycle ------------------------------------------------------

export { Monitor, monitor, type ModelFigures, type DriftFigures, type MonitorEvents } from './monitor/index.js';
export {
  FeedbackStore, feedback, indexedDBStorage, type FeedbackStorage, type CalibrationVersion,
} from './feedback/index.js';

// ---- accessibility audit ----------------------------------------------------

export {
  audit, auditSnapshot, auditRules, type AuditResults, type AuditOptions, type RuleInfo,
} from './a11y/index.js';

// ---- "fix these first" report -----------------------------------------------
export {
  report, toSARIF, toHTML, type Report, type ReportGroup, type ReportOptions, type ReportSummary,
} from './report/index.js';
/** toJSON() of seamkit/report: axe-compatible results plus groups, priorities and fixes. */
export declare const reportToJSON: typeof import('./report/index.js').toJSON;

// Types of seamkit/ocr.

export interface OcrOptions {
  /** ModelRegistry.create() options (manifestUrl, baseUrl, cache, ort: { moduleUrl, wasmPaths }). */
  registry?: {
    manifestUrl?: string | URL;
    baseUrl?: string | URL;
    cache?: boolean;
    ort?: { moduleUrl?: string | URL; wasmPaths?: string | { mjs?: string; wasm?: string }; numThreads?: number };
  };
  /** ONNX Runtime threads (1..16; more than 1 needs cross-origin isolation). */
  threads?: number;
  /** Where the wasm core is (default: next to the package's loader). */
  wasmUrl?: string | URL;
  /** A calibration file (as web/ocr/calibration.json), or null for raw confidences. */
  calibration?: OcrCalibrationFile | null;
  /**
   * Time limit of one recognition in ms (1..600000, default DEFAULT_TIMEOUT_MS = 30000),
   * counted once the models are loaded. Past it recognize() rejects with E_TIMEOUT and
   * the Worker is restarted (the next call works). In Node (no Worker) a run cannot be
   * interrupted: one that took longer rejects with E_TIMEOUT when it returns.
   */
  timeoutMs?: number;
}

export interface OcrCalibrationFile {
  format: 'seamkit-ocr-calibration';
  version: number;
  status: string;
  parameters: object | null;
  [key: string]: unknown;
}

export interface RecognizeOptions {
  signal?: AbortSignal;
  /** Long side of the detector input (32..4096, default 960). */
  maxSide?: number;
  /** Calibrated confidence under which a line needs review (default 0.5). */
  reviewBelow?: number;
  /** This call's time limit in ms (default: the OCR's timeoutMs). */
  timeoutMs?: number;
}

export interface OcrBox {
  /** x0,y0 … x3,y3 in source pixels, clockwise from the top-left corner. */
  points: number[];
  x: number;
  y: number;
  width: number;
  height: number;
  /** Detector box score. */
  score: number;
}

export interface OcrLine {
  /** NFKC-normalised, whitespace collapsed and trimmed. */
  text: string;
  /** Raw recogniser confidence (mean of the kept CTC maxima). */
  confidence: number;
  /** Calibrated probability that the line is exactly right. */
  calibrated: number;
  needsReview: boolean;
  box: OcrBox;
}

export interface OcrTimings {
  detPre: number;
  det: number;
  detPost: number;
  recPre: number;
  rec: number;
  recPost: number;
  total: number;
  decode?: number;
}

export interface OcrModelInfo {
  det: { id: string; version: string };
  rec: { id: string; version: string };
  executionProvider: string;
  threads: number;
}

export interface OcrCalibrationInfo {
  status: string;
  method: string;
  version?: number;
  fittedOn?: string | null;
  /** Fitted review threshold of the calibrated confidence. */
  reviewBelow?: number | null;
  /** Fitted alt/text similarity threshold. */
  similarity?: number | null;
}

export interface OcrResult {
  available: true;
  lines: OcrLine[];
  /** The lines in reading order, joined with a space. */
  text: string;
  /** True when the image had no text-like contrast (the model did not run). */
  blank: boolean;
  timings: OcrTimings;
  image: { width: number; height: number; scale: number };
  model: OcrModelInfo;
  calibration: OcrCalibrationInfo;
}

export interface OcrUnavailable {
  available: false;
  reason: string;
  lines: [];
  text: '';
}

export interface OcrReady {
  available: boolean;
  reason?: string;
  model?: OcrModelInfo;
  calibration?: OcrCalibrationInfo;
  loadMs?: number;
}

export type OcrSource =
  | ImageData
  | ImageBitmap
  | HTMLImageElement
  /** An <input type="image">: its picture is read. */
  | HTMLInputElement
  | HTMLCanvasElement
  | Blob
  | { data: Uint8Array | Uint8ClampedArray; width: number; height: number };

export interface Ocr {
  /** Settles once the models loaded (or failed to: available false, reason). */
  ready: Promise<OcrReady>;
  recognize(source: OcrSource, options?: RecognizeOptions): Promise<OcrResult | OcrUnavailable>;
  close(): void;
}

export declare const DEFAULT_MAX_SIDE: number;
export declare const MAX_SOURCE_SIDE: number;
/** Default time limit of one recognition (30000 ms). */
export declare const DEFAULT_TIMEOUT_MS: number;

export declare function createOcr(options?: OcrOptions): Ocr;
/** True when this page can read the element's pixels (same-origin or CORS-clean). */
export declare function pixelsReadable(el: CanvasImageSource): boolean;

// Types of seamkit/a11y's AI-assisted alt suggestions for images of text.
import type { Ocr, OcrOptions, OcrLine, OcrModelInfo } from '../ocr/index.js';
import type { ConfidenceDisplay } from '../index.js';

export declare const SUGGESTION_RULE_ID: 'image-text-alt-suggestion';
export declare const MIN_IMAGE_HEIGHT: number;
export declare const DEFAULT_SIMILARITY_THRESHOLD: number;
export declare const DEFAULT_REVIEW_BELOW: number;
/** Readings with fewer letters or digits than this (2) give no suggestion. */
export declare const MIN_TEXT_CHARS: number;

export interface SuggestOptions {
  /** An OCR from createOcr() to reuse (else one is made and closed after). */
  ocr?: Ocr;
  /** Options for the OCR made when `ocr` is not given. */
  ocrOptions?: OcrOptions;
  /** Similarity (0..1) under which an alt disagrees with the image's text. */
  similarityThreshold?: number;
  /** Calibrated confidence under which a suggestion needs review. */
  reviewBelow?: number;
  /** Minimum rendered height in CSS px (default 32). */
  minHeight?: number;
  signal?: AbortSignal;
  /** Called with each suggestion as soon as it is made. */
  onSuggestion?: (s: ImageTextSuggestion) => void;
}

export interface ImageTextSuggestion {
  ruleId: 'image-text-alt-suggestion';
  aiAssisted: true;
  kind: 'missing-alt' | 'file-name-alt' | 'alt-disagrees';
  target: string[];
  html: string;
  /** What the image appears to say (OCR, reading order). */
  text: string;
  /** The image's current name, or null. */
  alt: string | null;
  altSource: 'alt' | 'aria-label' | 'aria-labelledby' | 'title' | null;
  /** The audit rule that reported the same element (no accessible name), if any. */
  auditRule: 'image-alt' | 'input-image-alt' | null;
  similarity: number;
  /** Calibrated confidence of the reading (its weakest line). */
  confidence: number;
  rawConfidence: number;
  display: ConfidenceDisplay | null;
  suggestion: string;
  status: 'suggested' | 'needs-review';
  /** The thresholds applied (caller's, else fitted with the calibration, else defaults). */
  thresholds: { similarity: number; reviewBelow: number };
  message: string;
  lines: OcrLine[];
  /** Id of the recogniser whose confidence this is ('ppocr-rec'); feedback is recorded against it. */
  modelId: string | null;
  /** The detector and recogniser that read the image. */
  model: OcrModelInfo | null;
  /** The live element (not enumerable): an <img> or <input type="image">, maybe in a same-origin iframe. */
  readonly element: HTMLImageElement | HTMLInputElement;
}

export type SkipReason =
  'decorative' | 'hidden' | 'too-small' | 'not-loaded' | 'cross-origin' | 'unavailable' | 'failed';

export interface ImageTextSuggestions {
  ruleId: 'image-text-alt-suggestion';
  aiAssisted: true;
  available: boolean;
  reason?: string;
  suggestions: ImageTextSuggestion[];
  skipped: { target: string[]; reason: SkipReason; message: string }[];
  auditUrl: string | null;
  timing: { images: number; totalMs: number };
}

export declare function isFileNameAlt(alt: string): boolean;
export declare function suggestImageText(
  results: object | null,
  root?: Document | Element,
  options?: SuggestOptions,
): Promise<ImageTextSuggestions>;

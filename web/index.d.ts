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

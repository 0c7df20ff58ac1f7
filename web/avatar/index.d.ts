// Types of seamkit/avatar (web/avatar/index.js).

export type AvatarStyle = 'cartoon' | 'posterize' | 'duotone' | 'sketch' | 'none';

export type FallbackReason =
  | 'no-photo' | 'no-face' | 'decode-failed' | 'unsupported-image' | 'image-too-large'
  | 'model-unavailable' | 'worker-unavailable' | 'timeout' | 'internal';

export declare const FallbackReasons: Readonly<{
  NO_PHOTO: 'no-photo'; NO_FACE: 'no-face'; DECODE_FAILED: 'decode-failed';
  UNSUPPORTED_IMAGE: 'unsupported-image'; IMAGE_TOO_LARGE: 'image-too-large';
  MODEL_UNAVAILABLE: 'model-unavailable'; WORKER_UNAVAILABLE: 'worker-unavailable';
  TIMEOUT: 'timeout'; INTERNAL: 'internal';
}>;

/** Detection score thresholds: a face from `detect`, a clear one from `clear`. */
export declare const FaceThresholds: Readonly<{ detect: 0.5; clear: 0.75 }>;
export declare const AVATAR_STYLES: readonly AvatarStyle[];

export interface FaceConfidence {
  level: 'clear' | 'unclear';
  score: number;
  /** "We found your face clearly." or a plain request for a better photo. */
  message: string;
}

export interface PhotoQuality {
  /** Mean Rec. 709 luma of the face region (of the whole photo without a face), 0..1. */
  brightness: number;
  /** Standard deviation of that luma. */
  contrast: number;
  /** Mean absolute Laplacian over the contrast, on a 64 x 64 grid of the region. */
  sharpness: number;
  dark: boolean;
  blurry: boolean;
  region: 'face' | 'photo';
}

/**
 * The face detection's confidence display, built by the confidence module
 * (`confidenceDisplay()`): verdict "We found your face clearly", "The photo
 * is dark or blurry — try another" or "No face found — try another photo",
 * the calibrated score, ranked reasons, ARIA text and colours.
 */
export type AvatarConfidence = import('../index.js').ConfidenceDisplay & {
  quality: PhotoQuality;
  /** The input it was built from: pass it to renderConfidenceHTML() to show it elsewhere. */
  input: import('../index.js').ConfidenceInput;
};

export interface Point { x: number; y: number; }

export interface AvatarFace {
  /** BlazeFace score of the chosen (largest) face, in (0, 1). */
  score: number;
  /** Face box in pixels of the decoded (oriented, capped) image. */
  box: { x: number; y: number; width: number; height: number };
  /** Eyes (image-left, image-right), nose tip, mouth, tragions (left, right). */
  keypoints: Point[];
  /** The same keypoints in avatar pixels, after alignment (eyes level). */
  alignedKeypoints: Point[];
  /** Rotation undone by the alignment, radians. */
  angle: number;
  confidence: FaceConfidence;
}

export interface AvatarTimings {
  decode?: number; modelLoad?: number; letterbox?: number; inference?: number;
  postprocess?: number; detect?: number; confidence?: number; align?: number; stylize?: number; mask?: number;
  procedural?: number;
  /** ImageBitmap and PNG Blob of the result. */
  encode?: number; total: number;
}

export interface AvatarResult {
  kind: 'photo' | 'procedural';
  bitmap: ImageBitmap;
  /** PNG, for upload. */
  blob: Blob;
  width: number;
  height: number;
  style: AvatarStyle;
  /** Alternative text for the image. */
  alt: string;
  face: AvatarFace | null;
  model: { id: string; version: string; executionProvider: string; threads: number;
    simd: boolean } | null;
  image: { width: number; height: number; sourceWidth: number; sourceHeight: number;
    header: { format: string; width: number; height: number; animated: boolean;
      cmyk: boolean } | null } | null;
  /**
   * How sure the face detection is, with reasons: set whenever the detector
   * ran on the photo (a photo avatar, or the 'no-face' fallback); null
   * otherwise (no photo, unreadable file, no model).
   */
  confidence: AvatarConfidence | null;
  /** faceScore: the best face candidate's score when one was below minFaceScore. */
  fallback: { reason: FallbackReason; message: string; detail: string;
    faceScore: number | null } | null;
  initials?: string;
  background?: string;
  timings: AvatarTimings;
}

export interface AvatarRegistryOptions {
  manifestUrl?: string | URL;
  baseUrl?: string | URL;
  cache?: boolean;
  /** moduleUrl: ORT's ES module for unbundled pages (Workers get no import map). */
  ort?: { moduleUrl?: string | URL; wasmPaths?: string; numThreads?: number };
}

export interface AvatarOptions {
  /** Name or e-mail for the procedural avatar (fallback). */
  name?: string;
  style?: AvatarStyle;
  /** Output side in px, 64..1024 (default 256). */
  size?: number;
  signal?: AbortSignal;
  registry?: AvatarRegistryOptions;
  mask?: { shape?: 'circle' | 'rounded-square'; cornerRadius?: number; ringWidth?: number;
    ringColor?: string };
  /**
   * Smallest detection score whose face is used, [0.5, 1] (default 0.75,
   * FaceThresholds.clear); below it the avatar falls back with 'no-face'.
   */
  minFaceScore?: number;
  /** Longest side the photo is scaled to before detection (default 1536). */
  maxSide?: number;
  /**
   * Also deliver `quickPreview`: a 96 px centred, masked crop of the photo,
   * made right after the header check, before detection (default false).
   */
  quickPreview?: boolean;
  /** After this, the job falls back with reason 'timeout' (default 30000). */
  timeoutMs?: number;
  wasmUrl?: string | URL;
}

export interface AvatarStatus { stage: string; fraction: number; }

export declare class AvatarJob extends EventTarget {
  readonly id: number;
  status: AvatarStatus;
  readonly promise: Promise<AvatarResult>;
  readonly ready: Promise<AvatarResult>;
  /** The aligned crop before styling, or null when there is none. */
  readonly preview: Promise<ImageBitmap | null>;
  /** With options.quickPreview: the early low-resolution crop, or null. */
  readonly quickPreview: Promise<ImageBitmap | null>;
  /** Stops the job; `promise` rejects with a SeamkitError E_ABORTED. */
  cancel(): void;
}

export declare function createAvatarJob(
  input: File | Blob | ImageBitmap | ArrayBuffer | ArrayBufferView | null | undefined,
  options?: AvatarOptions): AvatarJob;
export declare function avatarFromName(name: string,
  options?: Omit<AvatarOptions, 'name'>): Promise<AvatarResult>;
export declare function describeFaceScore(score: number): FaceConfidence;
/** The string table (confidence module format) of the face confidence display. */
export declare const FACE_CONFIDENCE_TABLE: Readonly<Record<string, unknown>>;
/** The confidence display input for a face score and the photo's measured quality. */
export declare function faceConfidenceInput(facts: { score: number | null;
  calibrated?: number | null; faceWidth?: number | null; quality: PhotoQuality;
  clear?: number }): import('../index.js').ConfidenceInput;
/** Thresholds below which a face region is "dark" (brightness) or "blurry" (sharpness). */
export declare const QualityThresholds: Readonly<{ dark: number; blurry: number }>;
export declare function measurePhotoQuality(data: ArrayLike<number>, width: number, height: number,
  box?: { x: number; y: number; width: number; height: number } | null): PhotoQuality;
export declare function reasonMessage(reason: string): string;
/**
 * Starts the avatar Worker, loads the core and the face detector and runs it
 * once, so the first job is quick. Use the same registry/wasmUrl as the jobs.
 */
export declare function prewarmAvatarWorker(
  options?: Pick<AvatarOptions, 'registry' | 'wasmUrl'>): Promise<{ ms: number; model: object | null }>;
/** Same as createAvatarJob (for `import * as avatar from 'seamkit/avatar'; avatar.start(photo)`). */
export { createAvatarJob as start, avatarFromName as fromName };

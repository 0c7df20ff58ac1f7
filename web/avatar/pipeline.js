// The avatar pipeline as it runs inside the Worker: read the header, decode
// with EXIF orientation, detect (BlazeFace through the model registry),
// align, stylise and mask in the wasm core; or the procedural avatar.
import { SeamkitError, ErrorCodes, unwrap } from '../errors.js';
import {
  FallbackReasons, FaceThresholds, reasonForImageError, reasonMessage, describeFaceScore,
  faceConfidenceInput,
} from './reasons.js';
import { measurePhotoQuality } from './quality.js';
import { Calibration, confidenceDisplay } from '../confidence/index.js';

/** Longest side the photo is decoded to before detection and alignment. */
export const DEFAULT_MAX_SIDE = 1536;
/** Files above this size are refused before they are read. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
const HEADER_PREFIX = 1 << 20;

/** Named style presets over the core's kernels. */
export const STYLES = Object.freeze({
  cartoon: { style: 'cartoon' },
  posterize: { style: 'posterize', mode: 'bands' },
  duotone: { style: 'posterize', mode: 'gradient', palette: ['#1e1b4b', '#fde68a'] },
  sketch: { style: 'sketch' },
  none: { style: 'none' },
});

/** A fallback that carries its reason. */
export class FallbackSignal extends Error {
  /** @param {string} reason @param {string} [detail] */
  constructor(reason, detail) {
    super(reasonMessage(reason));
    this.reason = reason;
    this.detail = detail ?? '';
  }
}

const now = () => performance.now();

/** @param {any} core @param {Uint8Array} bytes */
function readHeader(core, bytes) {
  return core.visionCheckImageHeader(bytes);
}

/**
 * Checks the header (size limits before any decoding), then decodes with
 * EXIF orientation applied and scales the longest side down to maxSide.
 * @param {any} core @param {Blob | ImageBitmap} input @param {number} maxSide
 * @param {(bitmap: ImageBitmap) => void} [onDecoded] called with the upright
 *   decoded photo before it is scaled (it is closed afterwards: copy, do not keep)
 */
export async function decodeImage(core, input, maxSide, onDecoded) {
  let header = null;
  /** @type {ImageBitmap} */ let bitmap;
  if (typeof ImageBitmap !== 'undefined' && input instanceof ImageBitmap) {
    bitmap = input;
  } else {
    const blob = /** @type {Blob} */ (input);
    if (blob.size > MAX_FILE_BYTES) {
      throw new FallbackSignal(FallbackReasons.IMAGE_TOO_LARGE, `file of ${blob.size} bytes`);
    }
    let r = readHeader(core, new Uint8Array(await blob.slice(0, HEADER_PREFIX).arrayBuffer()));
    if (!r.ok && r.code === ErrorCodes.MALFORMED && blob.size > HEADER_PREFIX) {
      r = readHeader(core, new Uint8Array(await blob.arrayBuffer())); // long JPEG metadata
    }
    if (!r.ok) throw new FallbackSignal(reasonForImageError(r.code), r.message);
    header = r.value;
    try {
      bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
    } catch (e) {
      throw new FallbackSignal(FallbackReasons.DECODE_FAILED, String(e?.message ?? e));
    }
  }
  const { width, height } = bitmap;
  if (width === 0 || height === 0) throw new FallbackSignal(FallbackReasons.DECODE_FAILED, '0 x 0');
  onDecoded?.(bitmap);
  const scale = Math.min(1, maxSide / Math.max(width, height));
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  const canvas = new OffscreenCanvas(w, h);
  const ctx = /** @type {OffscreenCanvasRenderingContext2D} */ (
    canvas.getContext('2d', { willReadFrequently: true }));
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, w, h);
  if (bitmap !== input) bitmap.close();
  const data = ctx.getImageData(0, 0, w, h).data;
  return { header, width: w, height: h, sourceWidth: width, sourceHeight: height, data };
}

/**
 * Runs the detector on an RgbaImage of the core.
 * @param {any} core @param {any} handle a ModelRegistry session handle
 * @param {any} image RgbaImage @param {any} tensorBuf FloatBuffer, reused
 * @param {number} [minFaceScore] the largest face scoring at least this is chosen
 */
export async function detectFaces(core, handle, image, tensorBuf,
  minFaceScore = FaceThresholds.clear) {
  const post = handle.model.postprocess ?? {};
  const size = post.inputSize ?? 128;
  const t0 = now();
  const transform = unwrap(core.visionLetterbox(image, size, tensorBuf));
  const input = new handle.Tensor('float32', tensorBuf.view().slice(0, 3 * size * size),
    [1, size, size, 3]);
  const t1 = now();
  const out = await handle.run({ [handle.model.inputs?.[0]?.name ?? 'input:0']: input });
  const t2 = now();
  const decoded = unwrap(core.visionDecodeBlazeFace(out['Identity:0'].data,
    out['Identity_1:0'].data, out['Identity_2:0'].data, out['Identity_3:0'].data, transform,
    { scoreThreshold: post.scoreThreshold ?? 0.5, iouThreshold: post.nms?.iouThreshold ?? 0.3,
      selectMinScore: Math.max(minFaceScore, post.scoreThreshold ?? 0.5) }));
  const topScore = topSigmoid(out['Identity:0'].data, out['Identity_1:0'].data);
  for (const t of Object.values(out)) t.dispose?.();
  return {
    faces: decoded.faces,
    face: decoded.largest >= 0 ? decoded.faces[decoded.largest] : null,
    topScore,
    timings: { letterbox: t1 - t0, inference: t2 - t1, postprocess: now() - t2 },
  };
}

/** The highest anchor score (sigmoid of the largest logit), even below the threshold. */
function topSigmoid(...logitArrays) {
  let max = -Infinity;
  for (const a of logitArrays) for (const v of a) if (v > max) max = v;
  return Number.isFinite(max) ? 1 / (1 + Math.exp(-max)) : null;
}

/**
 * The score through the model's calibration from the manifest: identity
 * until one is fitted; a fitted one (confidence module JSON) is applied.
 * @param {any} calibration the manifest entry's `calibration`
 * @param {number} score
 */
export function calibrateScore(calibration, score) {
  if (!calibration || calibration.method === 'identity') return score;
  try {
    return Calibration.fromJSON(calibration).apply(score);
  } catch {
    return score; // an unusable calibration is reported as uncalibrated by the table text
  }
}

/**
 * The face confidence display of one photo: the best candidate's score
 * (calibrated), the light and sharpness of its face region (of the whole
 * photo when there is no candidate), as built by the confidence module.
 * @param {{ data: ArrayLike<number>, width: number, height: number }} decoded
 * @param {{ score: number, width: number, height: number, x: number, y: number } | null} best
 * @param {number | null} topScore the highest anchor score when there is no candidate
 * @param {any} calibration @param {number} clear the job's minFaceScore
 */
export function faceConfidence(decoded, best, topScore, calibration, clear) {
  const box = best ? { x: best.x, y: best.y, width: best.width, height: best.height } : null;
  const quality = measurePhotoQuality(decoded.data, decoded.width, decoded.height, box);
  const score = best?.score ?? topScore;
  const input = faceConfidenceInput({ score, quality, clear, faceWidth: best?.width ?? null,
    calibrated: typeof score === 'number' ? calibrateScore(calibration, score) : null });
  return { display: confidenceDisplay(input), input, quality };
}

/**
 * Stylises then masks size x size pixels.
 * @param {any} core @param {Uint8Array} pixels @param {number} size
 * @param {string} style @param {Record<string, unknown>} mask
 */
export function stylizeAndMask(core, pixels, size, style, mask) {
  const preset = STYLES[/** @type {keyof typeof STYLES} */ (style)];
  if (!preset) {
    throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT,
      `unknown style '${style}' (use ${Object.keys(STYLES).join(', ')})`);
  }
  const t0 = now();
  const styled = unwrap(core.visionStylize(preset.style, size, size, pixels, preset));
  const t1 = now();
  const masked = unwrap(core.visionMask(size, size, styled.pixels, mask));
  return { pixels: masked.pixels, timings: { stylize: t1 - t0, mask: now() - t1 } };
}

/**
 * The procedural avatar for a name, masked.
 * @param {any} core @param {string} name @param {number} size @param {Record<string, unknown>} mask
 */
export function proceduralAvatar(core, name, size, mask) {
  const a = unwrap(core.visionProceduralAvatar(String(name ?? ''), { size }));
  const masked = unwrap(core.visionMask(size, size, a.pixels, mask));
  const alt = a.initials
    ? `Avatar with the initials ${a.initials.split('').join(' ')}`
    : 'Avatar with a geometric pattern';
  return { pixels: masked.pixels, initials: a.initials, background: a.background, alt };
}

/** Face metadata in plain objects, with the keypoints after alignment. */
export function faceMeta(face, aligned) {
  return {
    score: face.score,
    box: { x: face.x, y: face.y, width: face.width, height: face.height },
    keypoints: face.keypoints,
    alignedKeypoints: aligned.keypoints,
    angle: aligned.angle,
    confidence: describeFaceScore(face.score),
  };
}

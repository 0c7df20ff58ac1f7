// Words for the user: why an avatar fell back to the procedural one, and how
// sure the face detector was. Shared by the Worker and the main thread.
import { requireArg } from '../errors.js';

/**
 * Fallback reasons. Every non-photo avatar carries one of these codes and
 * its message, which is meant to be shown as is.
 */
export const FallbackReasons = Object.freeze({
  NO_PHOTO: 'no-photo',
  NO_FACE: 'no-face',
  DECODE_FAILED: 'decode-failed',
  UNSUPPORTED_IMAGE: 'unsupported-image',
  IMAGE_TOO_LARGE: 'image-too-large',
  MODEL_UNAVAILABLE: 'model-unavailable',
  WORKER_UNAVAILABLE: 'worker-unavailable',
  TIMEOUT: 'timeout',
  INTERNAL: 'internal',
});

const MESSAGES = {
  'no-photo': 'No photo was chosen, so we made an avatar from your name.',
  'no-face': 'We could not find a face clearly in this photo, so we made an avatar from your ' +
    'name. The photo may be dark or blurry — try another, of you facing the camera.',
  'decode-failed': 'This file could not be opened as a picture (it may be damaged or not an ' +
    'image), so we made an avatar from your name.',
  'unsupported-image': 'This kind of image is not supported (use a PNG, JPEG, GIF, WebP or BMP), ' +
    'so we made an avatar from your name.',
  'image-too-large': 'This picture is too large to use (the limit is 16,384 pixels a side, ' +
    '64 megapixels or 64 MB), so we made an avatar from your name.',
  'model-unavailable': 'The face finder could not be loaded, so we made an avatar from your name. ' +
    'You can try your photo again later.',
  'worker-unavailable': 'Your browser could not process the photo in the background, so we made ' +
    'an avatar from your name.',
  timeout: 'Processing the photo took too long, so we made an avatar from your name.',
  internal: 'Something went wrong while processing the photo, so we made an avatar from your name.',
};

/**
 * The plain-language message of a fallback reason.
 * @param {string} reason
 */
export function reasonMessage(reason) {
  requireArg(typeof reason === 'string', 'reasonMessage() takes a fallback reason (a string)');
  return MESSAGES[/** @type {keyof typeof MESSAGES} */ (reason)] ?? MESSAGES.internal;
}

/**
 * Detection score thresholds (sigmoid scores of the BlazeFace front model,
 * after weighted NMS; raw model scores, not calibrated probabilities: the
 * manifest's calibration for this model is "identity", not yet fitted).
 * - `detect` (0.5, the model's `scoreThreshold` in models/manifest.json):
 *   candidates below it are not faces at all.
 * - `clear` (0.75, the threshold of MediaPipe's own short-range face
 *   detection graph for this model): the default `minFaceScore`, below which
 *   the photo is not used. Measured with seamkit's letterbox on skimage's
 *   samples: astronaut.png 0.92; non-faces between 0.5 and 0.75: the cat
 *   (chelsea.png) 0.53 and the colour chart (color.png) 0.58; coffee.png
 *   0.25. Scores between the two thresholds are usually dark, blurred, small
 *   or turned-away faces — or no face at all.
 */
export const FaceThresholds = Object.freeze({ detect: 0.5, clear: 0.75 });

/**
 * Confidence in user terms.
 * @param {number} score detection score in [0, 1]
 * @returns {{ level: 'clear' | 'unclear', score: number, message: string }}
 */
export function describeFaceScore(score) {
  requireArg(typeof score === 'number' && score >= 0 && score <= 1,
    'describeFaceScore() takes a detection score in [0, 1]');
  if (score >= FaceThresholds.clear) {
    return { level: 'clear', score, message: 'We found your face clearly.' };
  }
  return {
    level: 'unclear',
    score,
    message: 'We found a face, but the photo is dark or blurry — try another for a better avatar.',
  };
}

/**
 * Maps a SeamkitError code met while reading an image to a fallback reason.
 * @param {string | undefined} code
 */
export function reasonForImageError(code) {
  switch (code) {
    case 'E_LIMIT_EXCEEDED': return FallbackReasons.IMAGE_TOO_LARGE;
    case 'E_UNSUPPORTED': return FallbackReasons.UNSUPPORTED_IMAGE;
    case 'E_MODEL_UNAVAILABLE': return FallbackReasons.MODEL_UNAVAILABLE;
    case 'E_MALFORMED': case 'E_INVALID_ARGUMENT': case 'E_PARSE':
      return FallbackReasons.DECODE_FAILED;
    default: return FallbackReasons.INTERNAL;
  }
}

/**
 * The string table of the face confidence display (the confidence module's
 * table format, core/confidence/reasons.h): reasons for the photo's light,
 * sharpness and face, and verdicts in the avatar's words.
 */
export const FACE_CONFIDENCE_TABLE = Object.freeze({
  locale: 'en',
  reasons: {
    'photo-dark': 'The photo is dark',
    'photo-blurry': 'The face is blurred or out of focus',
    'face-small': 'The face is small in the photo',
    'face-score-low': 'The face finder is not sure this is a face',
    'no-face': 'No face was found in the photo',
    'face-clear': 'The face is well lit and in focus',
  },
  generic: 'Other things about the photo make the face harder to see',
  disclaimer: 'An automatic estimate from the face finder\'s score and the photo\'s light and ' +
    'sharpness. The score is not yet calibrated on real photos, so it can be wrong.',
  verdicts: {
    'likely-false': 'No face found — try another photo',
    unverified: 'The photo is dark or blurry — try another',
    'likely-true': 'We found your face clearly',
  },
  labels: {
    meter: 'Face found',
    percent: '{value}%',
    value: '{percent} face score: {verdict}',
    'value-invalid': 'No face score: {verdict}',
    'percent-invalid': 'No score',
    'raw-score': 'Detector score',
    'raw-unavailable': 'not available',
    'reasons-heading': 'Why',
  },
});
const FACE_TABLE_JSON = JSON.stringify(FACE_CONFIDENCE_TABLE);

/** Faces narrower than this (px, in the decoded photo) make poor avatars. */
export const SMALL_FACE_PX = 40;

/**
 * The confidence display input of one photo's face detection, for the
 * confidence module's `confidenceDisplay()`.
 * Verdict: likely-true ("found your face clearly") when the score reaches
 * `clear` and the face is neither dark nor blurred; likely-false when no
 * candidate reached the detector's threshold; unverified otherwise, with the
 * measured reasons. `calibrated` is the score through the model's
 * calibration (identity until one is fitted).
 * @param {{ score: number | null, calibrated?: number | null, faceWidth?: number | null,
 *   quality: { dark: boolean, blurry: boolean, brightness: number, sharpness: number },
 *   clear?: number }} facts
 * @returns {import('../index.js').ConfidenceInput}
 */
export function faceConfidenceInput(facts) {
  requireArg(facts !== null && typeof facts === 'object', 'faceConfidenceInput() takes an object');
  requireArg(facts.score === null || facts.score === undefined || typeof facts.score === 'number',
    'facts.score must be a number or null');
  requireArg(facts.quality !== null && typeof facts.quality === 'object',
    'facts.quality must be the result of measurePhotoQuality()');
  const { score, quality } = facts;
  const clear = facts.clear ?? FaceThresholds.clear;
  const found = typeof score === 'number' && score >= FaceThresholds.detect;
  /** @type {{ code: string, weight: number }[]} */
  const factors = [];
  if (!found) factors.push({ code: 'no-face', weight: 1 });
  if (quality.dark) factors.push({ code: 'photo-dark', weight: 0.8 });
  if (quality.blurry) factors.push({ code: 'photo-blurry', weight: 0.7 });
  if (found && score < clear) factors.push({ code: 'face-score-low', weight: 0.6 });
  if (found && facts.faceWidth != null && facts.faceWidth < SMALL_FACE_PX) {
    factors.push({ code: 'face-small', weight: 0.5 });
  }
  const verdictKind = !found ? 0 : factors.length ? 1 : 2;
  if (verdictKind === 2) factors.push({ code: 'face-clear', weight: 0.1 });
  const poor = quality.dark || quality.blurry;
  const calibrated = facts.calibrated ?? score ?? 0;
  return {
    calibrated,
    raw: score ?? undefined,
    claim: 'Your face shows clearly in this photo',
    verdictKind,
    verdictLabel: verdictKind === 1 && !poor
      ? 'The face is not clear — try another photo' : undefined,
    factors,
    tableJson: FACE_TABLE_JSON,
    topK: 4,
  };
}

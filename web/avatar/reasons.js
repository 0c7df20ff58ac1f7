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

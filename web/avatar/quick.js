// The quick preview: a small, centred, masked crop of the photo, made in the
// Worker straight after the header check and before face detection, so the
// user sees their picture within a frame or two of choosing it.
/** Side of the quick preview, px. */
export const QUICK_SIDE = 96;
const HEADER_BYTES = 64 * 1024;

/**
 * @param {any} core the wasm core (for the header check: no oversized decode)
 * @param {Blob | ImageBitmap} input
 * @param {{ shape?: string, cornerRadius?: number }} [mask]
 * @returns {Promise<ImageBitmap | null>} null when the header is not readable
 */
export async function quickPreview(core, input, mask = {}) {
  let source;
  if (typeof ImageBitmap !== 'undefined' && input instanceof ImageBitmap) {
    source = input;
  } else {
    const head = new Uint8Array(await input.slice(0, HEADER_BYTES).arrayBuffer());
    const r = core.visionCheckImageHeader(head);
    if (!r.ok || r.value.width === 0 || r.value.height === 0) return null;
    // Decode straight to about twice the preview size (never a huge decode:
    // the header check refused those). Only the width is given, so the
    // browser keeps the aspect ratio whatever the EXIF orientation does.
    const { width, height } = r.value;
    const scale = Math.min(1, (2 * QUICK_SIDE) / Math.min(width, height));
    source = await createImageBitmap(input, { imageOrientation: 'from-image',
      resizeWidth: Math.max(1, Math.round(width * scale)), resizeQuality: 'low' });
  }
  const canvas = new OffscreenCanvas(QUICK_SIDE, QUICK_SIDE);
  const ctx = /** @type {OffscreenCanvasRenderingContext2D} */ (canvas.getContext('2d'));
  const s = QUICK_SIDE;
  ctx.beginPath();
  if (mask.shape === 'rounded-square') {
    ctx.roundRect(0, 0, s, s, (mask.cornerRadius ?? 0.2) * s);
  } else {
    ctx.arc(s / 2, s / 2, s / 2, 0, 2 * Math.PI);
  }
  ctx.clip();
  const side = Math.min(source.width, source.height);
  ctx.drawImage(source, (source.width - side) / 2, (source.height - side) / 2, side, side, 0, 0, s, s);
  if (source !== input) source.close();
  return canvas.transferToImageBitmap();
}

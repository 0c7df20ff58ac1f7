// The quick preview: a small, centred, masked crop of the photo, made in the
// Worker from the decoded photo before anything else (scaling, detection,
// alignment), so the user sees their picture a frame or two after the decode.
/** Side of the quick preview, px. */
export const QUICK_SIDE = 96;

/**
 * @param {ImageBitmap} source the decoded, upright photo (not closed here)
 * @param {{ shape?: string, cornerRadius?: number }} [mask]
 * @returns {ImageBitmap}
 */
export function quickPreviewFrom(source, mask = {}) {
  const s = QUICK_SIDE;
  const canvas = new OffscreenCanvas(s, s);
  const ctx = /** @type {OffscreenCanvasRenderingContext2D} */ (canvas.getContext('2d'));
  ctx.beginPath();
  if (mask.shape === 'rounded-square') {
    ctx.roundRect(0, 0, s, s, (mask.cornerRadius ?? 0.2) * s);
  } else {
    ctx.arc(s / 2, s / 2, s / 2, 0, 2 * Math.PI);
  }
  ctx.clip();
  ctx.imageSmoothingQuality = 'low';
  const side = Math.min(source.width, source.height);
  ctx.drawImage(source, (source.width - side) / 2, (source.height - side) / 2, side, side, 0, 0, s, s);
  return canvas.transferToImageBitmap();
}

// How well lit and how sharp the face (or, with no face, the whole photo)
// is: the measurements behind the reasons of the face confidence display.
// The region is first area-averaged onto a fixed grid, so the figures do
// not depend on the photo's resolution or the size of the face in it.
import { requireArg } from '../errors.js';

/** Side of the grid the region is averaged onto (smaller regions: their side). */
export const QUALITY_GRID = 64;

/**
 * Thresholds, set by measuring the face region of skimage's astronaut.png
 * (brightness 0.51, sharpness 0.39) against copies darkened to 50 % of the
 * light (0.26, still fine), to 30 % (0.15) and 10 % (0.05), and blurred with
 * 3, 5, 7 and 13 px box blurs (sharpness 0.28, 0.19, 0.14, 0.09). The
 * detector still scores all of these 0.80-0.92: its score alone cannot tell a
 * clear photo from a dark or blurred one.
 */
export const QualityThresholds = Object.freeze({ dark: 0.2, blurry: 0.18 });

/**
 * Rec. 709 luma of RGBA bytes, area-averaged from the region onto an n x n
 * grid (values 0..1); n is at most the region's smaller side.
 */
function lumaGrid(data, width, height, region, n) {
  const out = new Float32Array(n * n);
  const counts = new Uint32Array(n * n);
  const x0 = region.x;
  const y0 = region.y;
  const sx = n / region.width;
  const sy = n / region.height;
  for (let y = y0; y < y0 + region.height; y++) {
    const gy = Math.min(n - 1, Math.floor((y - y0) * sy)) * n;
    let i = (y * width + x0) * 4;
    for (let x = x0; x < x0 + region.width; x++, i += 4) {
      const g = gy + Math.min(n - 1, Math.floor((x - x0) * sx));
      out[g] += 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
      counts[g]++;
    }
  }
  for (let g = 0; g < out.length; g++) out[g] = counts[g] ? out[g] / (255 * counts[g]) : 0;
  return out;
}

/** The region to measure: the face box grown by half, clipped; or everything. */
function regionOf(width, height, box) {
  if (!box) return { x: 0, y: 0, width, height };
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const half = Math.max(box.width, box.height) * 0.75;
  const x = Math.max(0, Math.floor(cx - half));
  const y = Math.max(0, Math.floor(cy - half));
  const x1 = Math.min(width, Math.ceil(cx + half));
  const y1 = Math.min(height, Math.ceil(cy + half));
  if (x1 - x < 2 || y1 - y < 2) return { x: 0, y: 0, width, height };
  return { x, y, width: x1 - x, height: y1 - y };
}

/**
 * Brightness (mean luma), contrast (luma standard deviation) and sharpness
 * (mean absolute Laplacian of the grid over the contrast)
 * of a face region or the whole photo.
 * @param {ArrayLike<number>} data RGBA bytes, row-major, width x height
 * @param {number} width @param {number} height
 * @param {{ x: number, y: number, width: number, height: number } | null} [box] face box
 * @returns {{ brightness: number, contrast: number, sharpness: number, dark: boolean,
 *   blurry: boolean, region: 'face' | 'photo' }}
 */
export function measurePhotoQuality(data, width, height, box = null) {
  // Wrong types are refused; sizes that do not match the data read as an
  // unusable photo (below).
  requireArg(Array.isArray(data) || ArrayBuffer.isView(data),
    'measurePhotoQuality() takes RGBA bytes (an array or typed array)');
  requireArg(typeof width === 'number' && typeof height === 'number', 'width and height must be numbers');
  requireArg(box === null || box === undefined || typeof box === 'object', 'box must be an object or null');
  if (!(width > 0 && height > 0) || data.length < width * height * 4) {
    return { brightness: 0, contrast: 0, sharpness: 0, dark: true, blurry: true,
      region: box ? 'face' : 'photo' };
  }
  const region = regionOf(width, height, box);
  const n = Math.min(QUALITY_GRID, region.width, region.height);
  const g = lumaGrid(data, width, height, region, n);
  let sum = 0;
  let sq = 0;
  for (const v of g) { sum += v; sq += v * v; }
  const brightness = sum / g.length;
  const contrast = Math.sqrt(Math.max(0, sq / g.length - brightness * brightness));
  let lap = 0;
  for (let y = 1; y < n - 1; y++) {
    for (let x = 1; x < n - 1; x++) {
      const i = y * n + x;
      lap += Math.abs(4 * g[i] - g[i - 1] - g[i + 1] - g[i - n] - g[i + n]);
    }
  }
  // Darkening scales the Laplacian and the contrast alike; blur lowers the
  // Laplacian far more: their ratio sees blur, not light.
  const sharpness = n > 2 ? lap / ((n - 2) * (n - 2)) / Math.max(contrast, 0.02) : 0;
  return {
    brightness, contrast, sharpness,
    dark: brightness < QualityThresholds.dark,
    blurry: sharpness < QualityThresholds.blurry,
    region: region.width === width && region.height === height && !box ? 'photo' : 'face',
  };
}

// Degraded copies of a photo for the face confidence tests, made at test
// time: less light, or a separable box blur. RGBA bytes in, new bytes out;
// alpha is kept.

/** Each colour channel times `factor` (0..1), rounded. */
export function darken(data, factor) {
  const out = new Uint8Array(data);
  for (let i = 0; i < out.length; i++) if ((i & 3) !== 3) out[i] = Math.round(out[i] * factor);
  return out;
}

/** One pass of a (2r+1)-tap box filter along x (step 4) or y (step 4 * width). */
function pass(src, width, height, r, alongX) {
  const out = new Float32Array(src.length);
  const n = alongX ? width : height;
  for (let line = 0; line < (alongX ? height : width); line++) {
    for (let c = 0; c < 3; c++) {
      const at = (k) => (alongX ? (line * width + k) : (k * width + line)) * 4 + c;
      for (let k = 0; k < n; k++) {
        let sum = 0;
        for (let d = -r; d <= r; d++) sum += src[at(Math.min(n - 1, Math.max(0, k + d)))];
        out[at(k)] = sum / (2 * r + 1);
      }
    }
  }
  return out;
}

/** A (2r+1) x (2r+1) box blur of RGBA bytes, edges clamped. */
export function boxBlur(data, width, height, r) {
  const blurred = pass(pass(data, width, height, r, true), width, height, r, false);
  const out = new Uint8Array(data);
  for (let i = 0; i < out.length; i++) if ((i & 3) !== 3) out[i] = Math.round(blurred[i]);
  return out;
}

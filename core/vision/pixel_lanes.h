// Lane helpers shared by the stylisation kernels: four RGBA8 pixels to and
// from four float vectors (one per channel), the luma weights, the row
// conversions that the fused kernels run inside their passes, and the
// rounding rule that the scalar references mirror exactly.
//
// Rounding: a float channel value becomes a byte by clamping to [0, 255]
// and rounding half up, floor(v + 0.5). The scalar form RoundToByte and the
// vector form RoundToBytes perform the same IEEE operations in the same
// order, so the SIMD kernels and their scalar references agree bit for bit.
#ifndef SEAMKIT_CORE_VISION_PIXEL_LANES_H_
#define SEAMKIT_CORE_VISION_PIXEL_LANES_H_

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "core/common/simd.h"

namespace seamkit::vision::lanes {

using simd::F32x4;
using simd::I32x4;
using simd::U32x4;

// Pixels per vector step in every stylisation kernel (one F32x4 per channel).
inline constexpr int kPixels = 4;

// Four RGBA8 pixels are handled as four 32-bit lanes; on a little-endian
// target (x86, wasm) byte 0 of a pixel, R, is the low byte of its lane, so
// channels come out by shift and mask (plain SSE2 / simd128 operations).
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "RGBA lane packing assumes a little-endian target");

// Channel at bit offset `shift` (0 R, 8 G, 16 B, 24 A) of four pixels.
inline F32x4 Channel(U32x4 pixels, int shift) {
  return simd::ToFloat(simd::BitCast<I32x4>((pixels >> shift) & 0xffu));
}

// Reads four RGBA8 pixels (16 bytes, any alignment).
inline void LoadRgba(const uint8_t* p, F32x4& r, F32x4& g, F32x4& b, F32x4& a) {
  U32x4 v = simd::Load<U32x4>(p);
  r = Channel(v, 0);
  g = Channel(v, 8);
  b = Channel(v, 16);
  a = Channel(v, 24);
}

// Clamps to [0, 255] and rounds half up; the vector form of RoundToByte,
// one byte value per 32-bit lane. After the clamp, v + 0.5 is positive, so
// truncation is floor: one conversion instead of simd::RoundHalfUp's
// general floor (two conversions, a compare and an add), same result.
inline U32x4 RoundToBytes(F32x4 v) {
  F32x4 half_up = simd::Clamp(v, 0.0f, 255.0f) + simd::Splat(0.5f);
  return simd::BitCast<U32x4>(simd::TruncToInt(half_up));
}

inline uint8_t RoundToByte(float v) {
  float clamped = std::min(std::max(v, 0.0f), 255.0f);
  return static_cast<uint8_t>(std::floor(clamped + 0.5f));
}

// The alpha bytes of four RGBA8 pixels, in place (bits 24..31 of each lane).
inline U32x4 AlphaBits(const uint8_t* p) {
  return simd::Load<U32x4>(p) & 0xff000000u;
}

// Writes four RGBA8 pixels: r, g, b rounded, alpha bits as AlphaBits gives.
inline void StoreRgb(F32x4 r, F32x4 g, F32x4 b, U32x4 alpha_bits, uint8_t* p) {
  U32x4 out = RoundToBytes(r) | (RoundToBytes(g) << 8) |
              (RoundToBytes(b) << 16) | alpha_bits;
  simd::Store(out, p);
}

// ITU-R BT.601 luma weights (those of JPEG's Y). Luma() and LumaLanes()
// evaluate (R r + G g) + B b in that order, so every kernel that forms luma
// gives the same float.
inline constexpr float kLumaR = 0.299f;
inline constexpr float kLumaG = 0.587f;
inline constexpr float kLumaB = 0.114f;

inline float Luma(float r, float g, float b) {
  return kLumaR * r + kLumaG * g + kLumaB * b;
}
inline F32x4 LumaLanes(F32x4 r, F32x4 g, F32x4 b) {
  return simd::Splat(kLumaR) * r + simd::Splat(kLumaG) * g +
         simd::Splat(kLumaB) * b;
}

// Row conversions, templates on kSimd like every row kernel: the vector body
// runs only when kSimd is true; the scalar loop (the reference) finishes the
// row or, for kSimd = false, does all of it.

// RGBA8 -> R, G, B floats (0..255).
template <bool kSimd>
SEAMKIT_SCALAR_KERNEL void SplitRgbRow(const uint8_t* src, int width, float* r,
                                       float* g, float* b) {
  int x = 0;
  if constexpr (kSimd) {
    for (; x + kPixels <= width; x += kPixels) {
      F32x4 vr, vg, vb, va;
      LoadRgba(src + 4 * x, vr, vg, vb, va);
      simd::Store(vr, r + x);
      simd::Store(vg, g + x);
      simd::Store(vb, b + x);
    }
  }
  SEAMKIT_SCALAR_LOOP
  for (; x < width; ++x) {
    r[x] = src[4 * x];
    g[x] = src[4 * x + 1];
    b[x] = src[4 * x + 2];
  }
}

// RGBA8 -> luma floats.
template <bool kSimd>
SEAMKIT_SCALAR_KERNEL void RgbaLumaRow(const uint8_t* src, int width,
                                       float* out) {
  int x = 0;
  if constexpr (kSimd) {
    for (; x + kPixels <= width; x += kPixels) {
      F32x4 vr, vg, vb, va;
      LoadRgba(src + 4 * x, vr, vg, vb, va);
      simd::Store(LumaLanes(vr, vg, vb), out + x);
    }
  }
  SEAMKIT_SCALAR_LOOP
  for (; x < width; ++x) {
    out[x] = Luma(src[4 * x], src[4 * x + 1], src[4 * x + 2]);
  }
}

}  // namespace seamkit::vision::lanes

#endif  // SEAMKIT_CORE_VISION_PIXEL_LANES_H_

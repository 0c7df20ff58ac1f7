// Plane conversions (RGBA8 <-> float planes, luma) and the colour
// quantisation of the cartoon style. Each row kernel is a template on
// kSimd: the vector body runs only when kSimd is true, and the scalar loop
// (the reference) finishes the row or, for kSimd = false, does all of it.
// The styles no longer run SplitRgb, PlanesLuma or RgbaLuma as passes of
// their own: the fused kernels (bilateral.cpp, dog_edges.cpp) convert rows
// inside their passes with the same row code (pixel_lanes.h).
#include <algorithm>
#include <cmath>

#include "core/vision/pixel_lanes.h"
#include "core/vision/stylize_kernels.h"

namespace seamkit::vision {
namespace {

using lanes::kPixels;
using simd::F32x4;
using simd::Splat;

// Planes -> luma (stylize_kernels.h: off every style's path since the
// cartoon's last bilateral pass writes the luma it needs; kept for the tests
// and the micro-benchmark).
template <bool kSimd>
SEAMKIT_SCALAR_KERNEL void PlanesLumaRow(const float* r, const float* g,
                                         const float* b, int width,
                                         float* out) {
  int x = 0;
  if constexpr (kSimd) {
    for (; x + kPixels <= width; x += kPixels) {
      simd::Store(
          lanes::LumaLanes(simd::Load<F32x4>(r + x), simd::Load<F32x4>(g + x),
                           simd::Load<F32x4>(b + x)),
          out + x);
    }
  }
  SEAMKIT_SCALAR_LOOP
  for (; x < width; ++x) out[x] = lanes::Luma(r[x], g[x], b[x]);
}

struct QuantizeConsts {
  float bins_per_unit;  // levels / 256
  float step;           // 255 / (levels - 1)
};

inline float QuantizeOne(float v, const QuantizeConsts& q) {
  float clamped = std::min(std::max(v, 0.0f), 255.0f);
  return std::floor(clamped * q.bins_per_unit) * q.step;
}

// The clamped value times bins_per_unit is never negative, so truncation
// is floor (one conversion each way, no correction step).
inline F32x4 QuantizeLanes(F32x4 v, const QuantizeConsts& q) {
  F32x4 bins = simd::Clamp(v, 0.0f, 255.0f) * Splat(q.bins_per_unit);
  return simd::ToFloat(simd::TruncToInt(bins)) * Splat(q.step);
}

template <bool kSimd>
SEAMKIT_SCALAR_KERNEL void QuantizeRow(const float* r, const float* g,
                                       const float* b, int width,
                                       const QuantizeConsts& q,
                                       const uint8_t* alpha_src, uint8_t* dst) {
  int x = 0;
  if constexpr (kSimd) {
    for (; x + kPixels <= width; x += kPixels) {
      simd::U32x4 alpha = lanes::AlphaBits(alpha_src + 4 * x);
      lanes::StoreRgb(QuantizeLanes(simd::Load<F32x4>(r + x), q),
                      QuantizeLanes(simd::Load<F32x4>(g + x), q),
                      QuantizeLanes(simd::Load<F32x4>(b + x), q), alpha,
                      dst + 4 * x);
    }
  }
  SEAMKIT_SCALAR_LOOP
  for (; x < width; ++x) {
    uint8_t alpha = alpha_src[4 * x + 3];
    dst[4 * x] = lanes::RoundToByte(QuantizeOne(r[x], q));
    dst[4 * x + 1] = lanes::RoundToByte(QuantizeOne(g[x], q));
    dst[4 * x + 2] = lanes::RoundToByte(QuantizeOne(b[x], q));
    dst[4 * x + 3] = alpha;
  }
}

}  // namespace

void SplitRgb(const ConstImageView& src, RgbPlanes* out, KernelPath path) {
  out->Resize(src.width, src.height);
  auto row = path == KernelPath::kSimd ? &lanes::SplitRgbRow<true>
                                       : &lanes::SplitRgbRow<false>;
  for (int y = 0; y < src.height; ++y) {
    row(src.Row(y), src.width, out->r.Row(y), out->g.Row(y), out->b.Row(y));
  }
}

void PlanesLuma(const RgbPlanes& in, Plane* out, KernelPath path) {
  out->Resize(in.r.width, in.r.height);
  auto row =
      path == KernelPath::kSimd ? &PlanesLumaRow<true> : &PlanesLumaRow<false>;
  for (int y = 0; y < in.r.height; ++y) {
    row(in.r.Row(y), in.g.Row(y), in.b.Row(y), in.r.width, out->Row(y));
  }
}

void RgbaLuma(const ConstImageView& src, Plane* out, KernelPath path) {
  out->Resize(src.width, src.height);
  auto row = path == KernelPath::kSimd ? &lanes::RgbaLumaRow<true>
                                       : &lanes::RgbaLumaRow<false>;
  for (int y = 0; y < src.height; ++y) row(src.Row(y), src.width, out->Row(y));
}

void QuantizeMerge(const RgbPlanes& in, int levels,
                   const ConstImageView& alpha_src, const ImageView& dst,
                   KernelPath path) {
  QuantizeConsts q{static_cast<float>(levels) / 256.0f,
                   255.0f / static_cast<float>(levels - 1)};
  auto row =
      path == KernelPath::kSimd ? &QuantizeRow<true> : &QuantizeRow<false>;
  for (int y = 0; y < dst.height; ++y) {
    row(in.r.Row(y), in.g.Row(y), in.b.Row(y), dst.width, q, alpha_src.Row(y),
        dst.Row(y));
  }
}

}  // namespace seamkit::vision

// Luma to a colour ramp: posterize (hard bands) or duotone / gradient map
// (linear between stops). See GradientMap in stylize_kernels.h. The colour
// is built branch-free as stop 0 plus the differences to the next stops,
// each weighted by 0 or 1 (bands) or by a clamped ramp (smooth).
#include <algorithm>
#include <cmath>

#include "core/vision/pixel_lanes.h"
#include "core/vision/stylize_kernels.h"

namespace seamkit::vision {
namespace {

using lanes::kPixels;
using simd::F32x4;
using simd::Splat;

constexpr float kLumaR = 0.299f / 255.0f;  // BT.601 luma, scaled to [0, 1]
constexpr float kLumaG = 0.587f / 255.0f;
constexpr float kLumaB = 0.114f / 255.0f;

struct Ramp {
  const float* stops;  // n RGB triples
  int n;
  bool smooth;
};

// Weight of the step from stop i - 1 to stop i, for i in [1, n).
inline float StepWeight(float t, int i, const Ramp& ramp) {
  if (ramp.smooth) {
    float s = t * static_cast<float>(ramp.n - 1) - static_cast<float>(i - 1);
    return std::min(std::max(s, 0.0f), 1.0f);
  }
  float band = std::floor(t * static_cast<float>(ramp.n));
  return band >= static_cast<float>(i) ? 1.0f : 0.0f;
}

inline F32x4 StepWeightLanes(F32x4 t, int i, const Ramp& ramp) {
  if (ramp.smooth) {
    F32x4 s = t * Splat(static_cast<float>(ramp.n - 1)) -
              Splat(static_cast<float>(i - 1));
    return simd::Clamp(s, 0.0f, 1.0f);
  }
  F32x4 band = simd::Floor(t * Splat(static_cast<float>(ramp.n)));
  return simd::Select(band >= Splat(static_cast<float>(i)), Splat(1.0f),
                      Splat(0.0f));
}

template <bool kSimd>
SEAMKIT_SCALAR_KERNEL void GradientRow(const uint8_t* src, const Ramp& ramp,
                                       int width, uint8_t* dst) {
  const float* c = ramp.stops;
  int x = 0;
  if constexpr (kSimd) {
    for (; x + kPixels <= width; x += kPixels) {
      F32x4 r, g, b, a;
      lanes::LoadRgba(src + 4 * x, r, g, b, a);
      simd::U32x4 alpha = lanes::AlphaBits(src + 4 * x);
      F32x4 t = Splat(kLumaR) * r + Splat(kLumaG) * g + Splat(kLumaB) * b;
      F32x4 outr = Splat(c[0]), outg = Splat(c[1]), outb = Splat(c[2]);
      for (int i = 1; i < ramp.n; ++i) {
        F32x4 w = StepWeightLanes(t, i, ramp);
        outr += w * Splat(c[3 * i] - c[3 * i - 3]);
        outg += w * Splat(c[3 * i + 1] - c[3 * i - 2]);
        outb += w * Splat(c[3 * i + 2] - c[3 * i - 1]);
      }
      lanes::StoreRgb(outr, outg, outb, alpha, dst + 4 * x);
    }
  }
  SEAMKIT_SCALAR_LOOP
  for (; x < width; ++x) {
    float r = src[4 * x], g = src[4 * x + 1], b = src[4 * x + 2];
    uint8_t alpha = src[4 * x + 3];
    float t = kLumaR * r + kLumaG * g + kLumaB * b;
    float outr = c[0], outg = c[1], outb = c[2];
    for (int i = 1; i < ramp.n; ++i) {
      float w = StepWeight(t, i, ramp);
      outr += w * (c[3 * i] - c[3 * i - 3]);
      outg += w * (c[3 * i + 1] - c[3 * i - 2]);
      outb += w * (c[3 * i + 2] - c[3 * i - 1]);
    }
    dst[4 * x] = lanes::RoundToByte(outr);
    dst[4 * x + 1] = lanes::RoundToByte(outg);
    dst[4 * x + 2] = lanes::RoundToByte(outb);
    dst[4 * x + 3] = alpha;
  }
}

}  // namespace

void GradientMap(const ConstImageView& src, const float* stops, int n,
                 bool smooth, const ImageView& dst, KernelPath path) {
  Ramp ramp{stops, n, smooth};
  auto row =
      path == KernelPath::kSimd ? &GradientRow<true> : &GradientRow<false>;
  for (int y = 0; y < dst.height; ++y) {
    row(src.Row(y), ramp, dst.width, dst.Row(y));
  }
}

}  // namespace seamkit::vision

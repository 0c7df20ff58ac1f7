// Pencil sketch: colour dodge of the grey image over its blurred inverse
// (see SketchDodge in stylize_kernels.h).
#include <algorithm>

#include "core/vision/pixel_lanes.h"
#include "core/vision/stylize_kernels.h"

namespace seamkit::vision {
namespace {

using lanes::kPixels;
using simd::F32x4;
using simd::Splat;

inline float Pencil(float grey, float blurred, float strength) {
  float dodge = std::min(255.0f, grey * 255.0f / std::max(blurred, 1.0f));
  return 255.0f - (255.0f - dodge) * strength;
}

inline F32x4 PencilLanes(F32x4 grey, F32x4 blurred, float strength) {
  F32x4 dodge = simd::Min(
      Splat(255.0f), grey * Splat(255.0f) / simd::Max(blurred, Splat(1.0f)));
  return Splat(255.0f) - (Splat(255.0f) - dodge) * Splat(strength);
}

template <bool kSimd>
SEAMKIT_SCALAR_KERNEL void SketchRow(const float* grey, const float* blurred,
                                     float strength, const uint8_t* alpha_src,
                                     int width, uint8_t* dst) {
  int x = 0;
  if constexpr (kSimd) {
    for (; x + kPixels <= width; x += kPixels) {
      simd::U32x4 alpha = lanes::AlphaBits(alpha_src + 4 * x);
      F32x4 v = PencilLanes(simd::Load<F32x4>(grey + x),
                            simd::Load<F32x4>(blurred + x), strength);
      lanes::StoreRgb(v, v, v, alpha, dst + 4 * x);
    }
  }
  SEAMKIT_SCALAR_LOOP
  for (; x < width; ++x) {
    uint8_t alpha = alpha_src[4 * x + 3];
    uint8_t v = lanes::RoundToByte(Pencil(grey[x], blurred[x], strength));
    dst[4 * x] = v;
    dst[4 * x + 1] = v;
    dst[4 * x + 2] = v;
    dst[4 * x + 3] = alpha;
  }
}

}  // namespace

void SketchDodge(const Plane& grey, const Plane& blurred, float strength,
                 const ConstImageView& alpha_src, const ImageView& dst,
                 KernelPath path) {
  auto row = path == KernelPath::kSimd ? &SketchRow<true> : &SketchRow<false>;
  for (int y = 0; y < dst.height; ++y) {
    row(grey.Row(y), blurred.Row(y), strength, alpha_src.Row(y), dst.width,
        dst.Row(y));
  }
}

}  // namespace seamkit::vision

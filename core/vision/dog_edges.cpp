// Separable Gaussian blur and the difference-of-Gaussians line overlay.
// The blur uses the same tap-pointer scheme as bilateral.cpp: for tap k the
// row kernel gets a pointer such that output x reads taps[k][x].
#include <algorithm>
#include <cmath>
#include <vector>

#include "core/vision/pixel_lanes.h"
#include "core/vision/stylize_kernels.h"

namespace seamkit::vision {
namespace {

using lanes::kPixels;
using simd::F32x4;
using simd::Splat;

// kVecs * 4 pixels from x on; per lane the same sum, in the same order, as
// the scalar reference.
template <int kVecs>
inline void GaussianLanes(const float* const* taps, const float* w, int n,
                          int x, float* out) {
  F32x4 sum[kVecs];
  for (int i = 0; i < kVecs; ++i) sum[i] = Splat(0.0f);
  for (int k = 0; k < n; ++k) {
    const float* p = taps[k] + x;
    const F32x4 wk = Splat(w[k]);
    for (int i = 0; i < kVecs; ++i) {
      sum[i] += wk * simd::Load<F32x4>(p + i * kPixels);
    }
  }
  for (int i = 0; i < kVecs; ++i) simd::Store(sum[i], out + x + i * kPixels);
}

// 16 pixels per tap (four independent sums: the adds of one tap do not wait
// for each other, and each tap's pointer and weight are fetched once), then
// 4, then the scalar reference.
template <bool kSimd>
SEAMKIT_SCALAR_KERNEL void GaussianRow(const float* const* taps, const float* w,
                                       int n, int width, float* out) {
  int x = 0;
  if constexpr (kSimd) {
    for (; x + 4 * kPixels <= width; x += 4 * kPixels) {
      GaussianLanes<4>(taps, w, n, x, out);
    }
    for (; x + kPixels <= width; x += kPixels) {
      GaussianLanes<1>(taps, w, n, x, out);
    }
  }
  SEAMKIT_SCALAR_LOOP
  for (; x < width; ++x) {
    float sum = 0.0f;
    for (int k = 0; k < n; ++k) sum += w[k] * taps[k][x];
    out[x] = sum;
  }
}

inline float EdgeFactor(float fine, float coarse, const DogParams& p) {
  float e = (coarse - fine - p.threshold) / p.softness;
  e = std::min(std::max(e, 0.0f), 1.0f) * p.strength;
  return 1.0f - e;
}

inline F32x4 EdgeFactorLanes(F32x4 fine, F32x4 coarse, const DogParams& p) {
  F32x4 e = (coarse - fine - Splat(p.threshold)) / Splat(p.softness);
  e = simd::Clamp(e, 0.0f, 1.0f) * Splat(p.strength);
  return Splat(1.0f) - e;
}

template <bool kSimd>
SEAMKIT_SCALAR_KERNEL void DogRow(const float* fine, const float* coarse,
                                  const DogParams& p, int width, uint8_t* dst) {
  int x = 0;
  if constexpr (kSimd) {
    for (; x + kPixels <= width; x += kPixels) {
      F32x4 r, g, b, a;
      lanes::LoadRgba(dst + 4 * x, r, g, b, a);
      F32x4 f = EdgeFactorLanes(simd::Load<F32x4>(fine + x),
                                simd::Load<F32x4>(coarse + x), p);
      lanes::StoreRgb(r * f, g * f, b * f, lanes::AlphaBits(dst + 4 * x),
                      dst + 4 * x);
    }
  }
  SEAMKIT_SCALAR_LOOP
  for (; x < width; ++x) {
    float f = EdgeFactor(fine[x], coarse[x], p);
    uint8_t* px = dst + 4 * x;
    for (int c = 0; c < 3; ++c) {
      px[c] = lanes::RoundToByte(static_cast<float>(px[c]) * f);
    }
  }
}

}  // namespace

std::vector<float> GaussianTaps(float sigma) {
  int radius = std::max(1, static_cast<int>(std::ceil(3.0f * sigma)));
  std::vector<double> w(2 * radius + 1);
  double sum = 0.0;
  for (int k = -radius; k <= radius; ++k) {
    w[k + radius] = std::exp(-double(k) * k / (2.0 * sigma * sigma));
    sum += w[k + radius];
  }
  std::vector<float> taps(w.size());
  for (size_t i = 0; i < w.size(); ++i) {
    taps[i] = static_cast<float>(w[i] / sum);
  }
  return taps;
}

namespace {

// Separable blur of a width x height plane whose rows `load_row(y, dst)`
// writes (width floats): horizontal pass into a scratch plane through an
// edge-padded row, then vertical pass with clamped row indices into `out`.
template <typename LoadRow>
void Blur(int width, int height, float sigma, LoadRow load_row, Plane* out,
          KernelPath path) {
  out->Resize(width, height);
  if (width == 0 || height == 0) return;
  const std::vector<float> w = GaussianTaps(sigma);
  const int n = static_cast<int>(w.size()), radius = n / 2;
  auto row =
      path == KernelPath::kSimd ? &GaussianRow<true> : &GaussianRow<false>;
  std::vector<const float*> taps(n);
  Plane mid;
  mid.Resize(width, height);
  std::vector<float> pad(size_t(width) + 2 * size_t(radius));
  float* centre = pad.data() + radius;
  for (int k = 0; k < n; ++k) taps[k] = pad.data() + k;
  for (int y = 0; y < height; ++y) {
    load_row(y, centre);
    std::fill(pad.begin(), pad.begin() + radius, centre[0]);
    std::fill(pad.begin() + radius + width, pad.end(), centre[width - 1]);
    row(taps.data(), w.data(), n, width, mid.Row(y));
  }
  for (int y = 0; y < height; ++y) {
    for (int k = 0; k < n; ++k) {
      taps[k] = mid.Row(std::clamp(y + k - radius, 0, height - 1));
    }
    row(taps.data(), w.data(), n, width, out->Row(y));
  }
}

}  // namespace

void GaussianBlur(const Plane& in, float sigma, Plane* out, KernelPath path) {
  const int width = in.width;
  Blur(
      in.width, in.height, sigma,
      [&](int y, float* dst) { std::copy_n(in.Row(y), width, dst); }, out,
      path);
}

void BlurRgbaLuma(const ConstImageView& src, float sigma, Plane* grey,
                  Plane* blurred, KernelPath path) {
  grey->Resize(src.width, src.height);
  auto luma = path == KernelPath::kSimd ? &lanes::RgbaLumaRow<true>
                                        : &lanes::RgbaLumaRow<false>;
  const int width = src.width;
  Blur(
      src.width, src.height, sigma,
      [&](int y, float* dst) {
        float* g = grey->Row(y);
        luma(src.Row(y), width, g);
        std::copy_n(g, width, dst);
      },
      blurred, path);
}

void DogOverlay(const Plane& fine, const Plane& coarse, const DogParams& p,
                const ImageView& dst, KernelPath path) {
  auto row = path == KernelPath::kSimd ? &DogRow<true> : &DogRow<false>;
  for (int y = 0; y < dst.height; ++y) {
    row(fine.Row(y), coarse.Row(y), p, dst.width, dst.Row(y));
  }
}

}  // namespace seamkit::vision

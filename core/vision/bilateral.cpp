// Separable bilateral filter (see BilateralPass in stylize_kernels.h).
//
// Both axes use one row kernel: it receives, for each tap k, a pointer to
// the samples that tap reads for output x = 0 (a shifted, edge-padded copy
// of the row for the horizontal pass; the clamped neighbouring row for the
// vertical one), so output x reads taps[k][x] and the centre is
// taps[radius][x].
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

struct TapSet {
  const float* const* r;
  const float* const* g;
  const float* const* b;
  const float* spatial;  // 2 * radius + 1 weights
  int radius;
  float inv_two_sigma2;  // 1 / (2 sigma_color^2)
};

template <bool kSimd>
void BilateralRow(const TapSet& t, int width, float* out_r, float* out_g,
                  float* out_b) {
  const int taps = 2 * t.radius + 1;
  int x = 0;
  if constexpr (kSimd) {
    for (; x + kPixels <= width; x += kPixels) {
      F32x4 cr = simd::Load<F32x4>(t.r[t.radius] + x);
      F32x4 cg = simd::Load<F32x4>(t.g[t.radius] + x);
      F32x4 cb = simd::Load<F32x4>(t.b[t.radius] + x);
      F32x4 sr = Splat(0.0f), sg = sr, sb = sr, sw = sr;
      for (int k = 0; k < taps; ++k) {
        F32x4 vr = simd::Load<F32x4>(t.r[k] + x);
        F32x4 vg = simd::Load<F32x4>(t.g[k] + x);
        F32x4 vb = simd::Load<F32x4>(t.b[k] + x);
        F32x4 dr = vr - cr, dg = vg - cg, db = vb - cb;
        F32x4 q = (dr * dr + dg * dg + db * db) * Splat(t.inv_two_sigma2);
        F32x4 w = Splat(t.spatial[k]) /
                  (Splat(1.0f) + q * (Splat(1.0f) + Splat(0.5f) * q));
        sr += w * vr;
        sg += w * vg;
        sb += w * vb;
        sw += w;
      }
      simd::Store(sr / sw, out_r + x);
      simd::Store(sg / sw, out_g + x);
      simd::Store(sb / sw, out_b + x);
    }
  }
  for (; x < width; ++x) {
    float cr = t.r[t.radius][x], cg = t.g[t.radius][x], cb = t.b[t.radius][x];
    float sr = 0.0f, sg = 0.0f, sb = 0.0f, sw = 0.0f;
    for (int k = 0; k < taps; ++k) {
      float vr = t.r[k][x], vg = t.g[k][x], vb = t.b[k][x];
      float dr = vr - cr, dg = vg - cg, db = vb - cb;
      float q = (dr * dr + dg * dg + db * db) * t.inv_two_sigma2;
      float w = t.spatial[k] / (1.0f + q * (1.0f + 0.5f * q));
      sr += w * vr;
      sg += w * vg;
      sb += w * vb;
      sw += w;
    }
    out_r[x] = sr / sw;
    out_g[x] = sg / sw;
    out_b[x] = sb / sw;
  }
}

// Copies row[0 .. width) into pad with `radius` replicated edge samples on
// each side.
void PadRow(const float* row, int width, int radius, float* pad) {
  std::fill(pad, pad + radius, row[0]);
  std::copy(row, row + width, pad + radius);
  std::fill(pad + radius + width, pad + 2 * radius + width, row[width - 1]);
}

std::vector<float> SpatialWeights(int radius, float sigma) {
  std::vector<float> w(2 * radius + 1);
  for (int k = -radius; k <= radius; ++k) {
    w[k + radius] =
        static_cast<float>(std::exp(-double(k) * k / (2.0 * sigma * sigma)));
  }
  return w;
}

}  // namespace

void BilateralPass(const RgbPlanes& in, Axis axis, const BilateralParams& p,
                   RgbPlanes* out, KernelPath path) {
  const int width = in.r.width, height = in.r.height, radius = p.radius;
  out->Resize(width, height);
  if (width == 0 || height == 0) return;
  const std::vector<float> spatial = SpatialWeights(radius, p.sigma_space);
  const int taps = 2 * radius + 1;
  std::vector<const float*> tr(taps), tg(taps), tb(taps);
  TapSet t{tr.data(), tg.data(),
           tb.data(), spatial.data(),
           radius,    1.0f / (2.0f * p.sigma_color * p.sigma_color)};
  auto row =
      path == KernelPath::kSimd ? &BilateralRow<true> : &BilateralRow<false>;
  std::vector<float> pad_r, pad_g, pad_b;
  if (axis == Axis::kHorizontal) {
    const size_t padded = size_t(width) + 2 * size_t(radius);
    pad_r.resize(padded);
    pad_g.resize(padded);
    pad_b.resize(padded);
    for (int k = 0; k < taps; ++k) {
      tr[k] = pad_r.data() + k;
      tg[k] = pad_g.data() + k;
      tb[k] = pad_b.data() + k;
    }
  }
  for (int y = 0; y < height; ++y) {
    if (axis == Axis::kHorizontal) {
      PadRow(in.r.Row(y), width, radius, pad_r.data());
      PadRow(in.g.Row(y), width, radius, pad_g.data());
      PadRow(in.b.Row(y), width, radius, pad_b.data());
    } else {
      for (int k = 0; k < taps; ++k) {
        int source_y = std::clamp(y + k - radius, 0, height - 1);
        tr[k] = in.r.Row(source_y);
        tg[k] = in.g.Row(source_y);
        tb[k] = in.b.Row(source_y);
      }
    }
    row(t, width, out->r.Row(y), out->g.Row(y), out->b.Row(y));
  }
}

}  // namespace seamkit::vision

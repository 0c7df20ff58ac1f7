// Separable bilateral filter (see BilateralPass in stylize_kernels.h) and its
// two fused forms: the first horizontal pass reading RGBA8, and the last
// vertical pass also writing luma.
//
// Both axes use one row kernel: it receives, for each tap k, a pointer to
// the samples that tap reads for output x = 0 (a shifted, edge-padded copy
// of the row for the horizontal pass; the clamped neighbouring row for the
// vertical one), so output x reads taps[k][x] and the centre is
// taps[radius][x]. The vector body handles 8 pixels per tap (two vectors per
// channel: independent dependency chains, and each tap's pointers and weight
// fetched once for both), then 4, then the scalar reference finishes the row.
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

struct RowOut {
  float* r;
  float* g;
  float* b;
  float* luma;  // null: no luma wanted
};

// kVecs * 4 pixels from x on: the same operations, lane by lane, as the
// scalar reference below.
template <int kVecs>
inline void BilateralLanes(const TapSet& t, int x, const RowOut& o) {
  const int taps = 2 * t.radius + 1;
  F32x4 cr[kVecs], cg[kVecs], cb[kVecs];
  F32x4 sr[kVecs], sg[kVecs], sb[kVecs], sw[kVecs];
  for (int i = 0; i < kVecs; ++i) {
    const int xi = x + i * kPixels;
    cr[i] = simd::Load<F32x4>(t.r[t.radius] + xi);
    cg[i] = simd::Load<F32x4>(t.g[t.radius] + xi);
    cb[i] = simd::Load<F32x4>(t.b[t.radius] + xi);
    sr[i] = sg[i] = sb[i] = sw[i] = Splat(0.0f);
  }
  for (int k = 0; k < taps; ++k) {
    const float *pr = t.r[k] + x, *pg = t.g[k] + x, *pb = t.b[k] + x;
    const F32x4 spatial = Splat(t.spatial[k]);
    for (int i = 0; i < kVecs; ++i) {
      F32x4 vr = simd::Load<F32x4>(pr + i * kPixels);
      F32x4 vg = simd::Load<F32x4>(pg + i * kPixels);
      F32x4 vb = simd::Load<F32x4>(pb + i * kPixels);
      F32x4 dr = vr - cr[i], dg = vg - cg[i], db = vb - cb[i];
      F32x4 q = (dr * dr + dg * dg + db * db) * Splat(t.inv_two_sigma2);
      F32x4 w = spatial / (Splat(1.0f) + q * (Splat(1.0f) + Splat(0.5f) * q));
      sr[i] += w * vr;
      sg[i] += w * vg;
      sb[i] += w * vb;
      sw[i] += w;
    }
  }
  for (int i = 0; i < kVecs; ++i) {
    const int xi = x + i * kPixels;
    F32x4 r = sr[i] / sw[i], g = sg[i] / sw[i], b = sb[i] / sw[i];
    simd::Store(r, o.r + xi);
    simd::Store(g, o.g + xi);
    simd::Store(b, o.b + xi);
    if (o.luma) simd::Store(lanes::LumaLanes(r, g, b), o.luma + xi);
  }
}

template <bool kSimd>
SEAMKIT_SCALAR_KERNEL void BilateralRow(const TapSet& t, int width,
                                        const RowOut& o) {
  const int taps = 2 * t.radius + 1;
  int x = 0;
  if constexpr (kSimd) {
    for (; x + 2 * kPixels <= width; x += 2 * kPixels) {
      BilateralLanes<2>(t, x, o);
    }
    for (; x + kPixels <= width; x += kPixels) BilateralLanes<1>(t, x, o);
  }
  SEAMKIT_SCALAR_LOOP
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
    float r = sr / sw, g = sg / sw, b = sb / sw;
    o.r[x] = r;
    o.g[x] = g;
    o.b[x] = b;
    if (o.luma) o.luma[x] = lanes::Luma(r, g, b);
  }
}

// Replicates the edge samples of a row held at pad[radius .. radius + width)
// into the `radius` samples on each side.
void PadEdges(float* pad, int width, int radius) {
  std::fill(pad, pad + radius, pad[radius]);
  std::fill(pad + radius + width, pad + 2 * radius + width,
            pad[radius + width - 1]);
}

std::vector<float> SpatialWeights(int radius, float sigma) {
  std::vector<float> w(2 * radius + 1);
  for (int k = -radius; k <= radius; ++k) {
    w[k + radius] =
        static_cast<float>(std::exp(-double(k) * k / (2.0 * sigma * sigma)));
  }
  return w;
}

// The input of a pass: float planes, or (horizontal only) RGBA8 pixels
// converted row by row into the padded tap rows.
struct Source {
  const RgbPlanes* planes;
  const ConstImageView* rgba;
  int width() const { return planes ? planes->r.width : rgba->width; }
  int height() const { return planes ? planes->r.height : rgba->height; }
};

void RunPass(const Source& in, Axis axis, const BilateralParams& p,
             RgbPlanes* out, Plane* luma, KernelPath path) {
  const int width = in.width(), height = in.height(), radius = p.radius;
  out->Resize(width, height);
  if (luma) luma->Resize(width, height);
  if (width == 0 || height == 0) return;
  const bool simd = path == KernelPath::kSimd;
  const std::vector<float> spatial = SpatialWeights(radius, p.sigma_space);
  const int taps = 2 * radius + 1;
  std::vector<const float*> tr(taps), tg(taps), tb(taps);
  TapSet t{tr.data(), tg.data(),
           tb.data(), spatial.data(),
           radius,    1.0f / (2.0f * p.sigma_color * p.sigma_color)};
  auto row = simd ? &BilateralRow<true> : &BilateralRow<false>;
  auto split = simd ? &lanes::SplitRgbRow<true> : &lanes::SplitRgbRow<false>;
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
      float *r = pad_r.data() + radius, *g = pad_g.data() + radius,
            *b = pad_b.data() + radius;
      if (in.planes) {
        std::copy_n(in.planes->r.Row(y), width, r);
        std::copy_n(in.planes->g.Row(y), width, g);
        std::copy_n(in.planes->b.Row(y), width, b);
      } else {
        split(in.rgba->Row(y), width, r, g, b);
      }
      PadEdges(pad_r.data(), width, radius);
      PadEdges(pad_g.data(), width, radius);
      PadEdges(pad_b.data(), width, radius);
    } else {
      for (int k = 0; k < taps; ++k) {
        int source_y = std::clamp(y + k - radius, 0, height - 1);
        tr[k] = in.planes->r.Row(source_y);
        tg[k] = in.planes->g.Row(source_y);
        tb[k] = in.planes->b.Row(source_y);
      }
    }
    row(t, width,
        {out->r.Row(y), out->g.Row(y), out->b.Row(y),
         luma ? luma->Row(y) : nullptr});
  }
}

}  // namespace

void BilateralPass(const RgbPlanes& in, Axis axis, const BilateralParams& p,
                   RgbPlanes* out, KernelPath path) {
  RunPass({&in, nullptr}, axis, p, out, nullptr, path);
}

void BilateralPassFromRgba(const ConstImageView& src, const BilateralParams& p,
                           RgbPlanes* out, KernelPath path) {
  RunPass({nullptr, &src}, Axis::kHorizontal, p, out, nullptr, path);
}

void BilateralPassWithLuma(const RgbPlanes& in, const BilateralParams& p,
                           RgbPlanes* out, Plane* luma, KernelPath path) {
  RunPass({&in, nullptr}, Axis::kVertical, p, out, luma, path);
}

}  // namespace seamkit::vision

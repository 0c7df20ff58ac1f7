// The kernels behind core/vision/stylize.h, public for the tests and the
// micro-benchmark. Each kernel is written once against core/common/simd.h
// (four float lanes = four pixels per vector; the filters keep 8 or 16
// pixels in flight per tap) with a scalar reference beside it:
// KernelPath::kScalar runs the reference for every pixel, kSimd runs the vector
// body and the same scalar code for the tail. Both paths perform the same IEEE
// float operations in the same order, so their outputs are equal bit for bit
// (the tests require exact equality, not a tolerance).
//
// Working format: an image is split into float planes (R, G, B in [0, 255],
// rows tightly packed); results are rounded back to RGBA8 by clamping to
// [0, 255] and rounding half up. Borders replicate the edge pixels. Alpha
// is never computed on: every writing kernel copies the source alpha byte.
//
// These functions trust their arguments (sizes agree, views valid); the
// checked entry points are those of stylize.h.
#ifndef SEAMKIT_CORE_VISION_STYLIZE_KERNELS_H_
#define SEAMKIT_CORE_VISION_STYLIZE_KERNELS_H_

#include <cstddef>
#include <vector>

#include "core/common/image.h"
#include "core/vision/resize.h"  // KernelPath

namespace seamkit::vision {

// One float channel, rows tightly packed.
struct Plane {
  int width = 0;
  int height = 0;
  std::vector<float> data;

  void Resize(int w, int h) {
    width = w;
    height = h;
    data.assign(size_t(w > 0 ? w : 0) * size_t(h > 0 ? h : 0), 0.0f);
  }
  float* Row(int y) { return data.data() + size_t(y) * size_t(width); }
  const float* Row(int y) const {
    return data.data() + size_t(y) * size_t(width);
  }
};

struct RgbPlanes {
  Plane r, g, b;
  void Resize(int w, int h) {
    r.Resize(w, h);
    g.Resize(w, h);
    b.Resize(w, h);
  }
};

enum class Axis { kHorizontal, kVertical };

// The three plane conversions below are on no style's path: the styles use
// the fused kernels further down (BilateralPassFromRgba,
// BilateralPassWithLuma, BlurRgbaLuma), which convert rows inside their own
// passes and give the same numbers. They stay for the tests (the unfused
// composition is the fused kernels' reference) and the micro-benchmark.

// RGBA8 -> R, G, B planes (0..255); alpha is ignored. Resizes `out`.
void SplitRgb(const ConstImageView& src, RgbPlanes* out, KernelPath path);

// Luma of planes, BT.601 weights 0.299, 0.587, 0.114 (ITU-R BT.601, the
// weights of JPEG's Y). Resizes `out`.
void PlanesLuma(const RgbPlanes& in, Plane* out, KernelPath path);

// Luma straight from RGBA8, same weights. Resizes `out`.
void RgbaLuma(const ConstImageView& src, Plane* out, KernelPath path);

// One pass of a separable approximation of the bilateral filter along
// `axis` (Pham and van Vliet 2005 run the 1-D filter along x then y). The
// weight of the tap at offset k is
//   spatial[k] / (1 + q + q^2 / 2),  q = |dRGB|^2 / (2 sigma_color^2),
// a rational stand-in for exp(-q) (its first three Taylor terms in the
// denominator), which keeps the kernel free of exp() and exact across
// paths. spatial[k] = exp(-k^2 / (2 sigma_space^2)), k in [-radius, radius].
struct BilateralParams {
  int radius = 4;
  float sigma_space = 3.0f;
  float sigma_color = 28.0f;
};
void BilateralPass(const RgbPlanes& in, Axis axis, const BilateralParams& p,
                   RgbPlanes* out, KernelPath path);

// Fused: SplitRgb(src) then BilateralPass(kHorizontal), in one pass that
// converts each RGBA8 row into the filter's padded tap rows. Same output.
void BilateralPassFromRgba(const ConstImageView& src, const BilateralParams& p,
                           RgbPlanes* out, KernelPath path);

// Fused: BilateralPass(kVertical) then PlanesLuma of its output, the luma
// formed from each output vector while it is still in registers. Resizes
// `out` and `luma`; same output as the two kernels.
void BilateralPassWithLuma(const RgbPlanes& in, const BilateralParams& p,
                           RgbPlanes* out, Plane* luma, KernelPath path);

// Uniform per-channel quantisation to `levels` (2..256) values
// {0, 255 / (levels - 1), ..., 255}: bin = floor(v * levels / 256), value =
// bin * 255 / (levels - 1), then interleaved to dst with the alpha bytes of
// alpha_src (same size as the planes; may be the same memory as dst).
void QuantizeMerge(const RgbPlanes& in, int levels,
                   const ConstImageView& alpha_src, const ImageView& dst,
                   KernelPath path);

// Normalised Gaussian taps exp(-k^2 / (2 sigma^2)) for k in [-radius,
// radius], radius = ceil(3 sigma) (at least 1).
std::vector<float> GaussianTaps(float sigma);

// Separable Gaussian blur of a plane (horizontal, then vertical). `out` is
// resized; in and out must be different planes.
void GaussianBlur(const Plane& in, float sigma, Plane* out, KernelPath path);

// Fused: RgbaLuma(src) into `grey` and GaussianBlur(grey, sigma) into
// `blurred`, in one pass (each row's luma is formed, kept and fed to the
// horizontal blur while hot). Resizes both; same output as the two kernels.
void BlurRgbaLuma(const ConstImageView& src, float sigma, Plane* grey,
                  Plane* blurred, KernelPath path);

// Difference-of-Gaussians line overlay. With fine = G(sigma) * Y and
// coarse = G(1.6 sigma) * Y (1.6: Marr and Hildreth's ratio), a pixel darker
// than its surround has d = coarse - fine > 0, and
//   e = clamp((d - threshold) / softness, 0, 1) * strength
// darkens it: rgb <- rgb * (1 - e). dst is read and written (alpha kept).
struct DogParams {
  float threshold = 1.5f;  // grey levels
  float softness = 3.0f;   // grey levels, > 0
  float strength = 1.0f;   // 0..1
};
void DogOverlay(const Plane& fine, const Plane& coarse, const DogParams& p,
                const ImageView& dst, KernelPath path);

// Pencil sketch by colour dodge: the grey image over its blurred inverse,
//   dodge = min(255, y * 255 / (255 - (255 - blur(y)))) = y * 255 / blur(y)
// (the inverse is never formed; the denominator is clamped to >= 1), then
// darkened: out = 255 - (255 - dodge) * strength, written as grey with the
// alpha of alpha_src.
void SketchDodge(const Plane& grey, const Plane& blurred, float strength,
                 const ConstImageView& alpha_src, const ImageView& dst,
                 KernelPath path);

// Maps luma t = Y / 255 of each src pixel to a ramp of n (2..8) colours
// (stops: n RGB triples, 0..255, darkest first). Smooth: linear
// interpolation between neighbouring stops (a duotone/gradient map). Bands:
// stop min(floor(t * n), n - 1) (posterize). Alpha kept; src may be dst.
void GradientMap(const ConstImageView& src, const float* stops, int n,
                 bool smooth, const ImageView& dst, KernelPath path);

}  // namespace seamkit::vision

#endif  // SEAMKIT_CORE_VISION_STYLIZE_KERNELS_H_

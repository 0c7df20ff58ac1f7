#include "core/common/contrast.h"

#include <array>

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/common/simd.h"

namespace seamkit {
namespace {

// WCAG 2.2 relative luminance coefficients (ITU-R BT.709 primaries).
constexpr double kWr = 0.2126, kWg = 0.7152, kWb = 0.0722;

const Rgba kWhite{255, 255, 255, 1};

double ClampUnit(double v, double hi) {
  // NaN compares false everywhere and ends at 0, like the SIMD path.
  return v > 0 ? (v < hi ? v : hi) : 0;
}

Rgba Sanitize(const Rgba& c) {
  return Rgba{ClampUnit(c.r, 255), ClampUnit(c.g, 255), ClampUnit(c.b, 255),
              ClampUnit(c.a, 1)};
}

// Four fg/bg pairs at once: the kernel shared by the batch body and tail.
void ContrastStep4(const float* fg, const float* bg, float* out) {
  using namespace simd;
  F32x4 f0 = Load<F32x4>(fg), f1 = Load<F32x4>(fg + 4),
        f2 = Load<F32x4>(fg + 8), f3 = Load<F32x4>(fg + 12);
  F32x4 b0 = Load<F32x4>(bg), b1 = Load<F32x4>(bg + 4),
        b2 = Load<F32x4>(bg + 8), b3 = Load<F32x4>(bg + 12);
  Transpose4(f0, f1, f2, f3);  // rows are now r, g, b, a of four pairs
  Transpose4(b0, b1, b2, b3);
  F32x4 fa = Clamp(f3, 0, 1), ba = Clamp(b3, 0, 1);
  F32x4 white = Splat(255.0f);
  F32x4 fc[3] = {f0, f1, f2};
  F32x4 bc[3] = {b0, b1, b2};
  F32x4 lum_f = Splat(0), lum_b = Splat(0);
  const float weights[3] = {static_cast<float>(kWr), static_cast<float>(kWg),
                            static_cast<float>(kWb)};
  for (int i = 0; i < 3; ++i) {
    F32x4 b = Clamp(bc[i], 0, 255) * ba + white * (Splat(1) - ba);
    F32x4 f = Clamp(fc[i], 0, 255) * fa + b * (Splat(1) - fa);
    F32x4 xs[2] = {f * Splat(1 / 255.0f), b * Splat(1 / 255.0f)};
    for (int k = 0; k < 2; ++k) {
      F32x4 x = xs[k];
      F32x4 lin =
          Select(x <= Splat(0.04045f), x * Splat(1 / 12.92f),
                 Pow((x + Splat(0.055f)) * Splat(1 / 1.055f), 2.4f));
      (k == 0 ? lum_f : lum_b) += lin * Splat(weights[i]);
    }
  }
  F32x4 hi = Max(lum_f, lum_b) + Splat(0.05f);
  F32x4 lo = Min(lum_f, lum_b) + Splat(0.05f);
  Store(hi / lo, out);
}

}  // namespace

namespace {

// SrgbToLinear(v / 255) of a channel; whole channel values (the common case:
// parsed and quantized colours) come from a table of the same values.
double ChannelToLinear(double v) {
  static const std::array<double, 256> kTable = [] {
    std::array<double, 256> t{};
    for (int i = 0; i < 256; ++i) t[i] = SrgbToLinear(i / 255.0);
    return t;
  }();
  if (v >= 0 && v <= 255) {
    int i = static_cast<int>(v);
    if (i == v) return kTable[i];
  }
  return SrgbToLinear(v / 255);
}

}  // namespace

double RelativeLuminance(const Rgba& c) {
  Rgba s = Sanitize(c);
  return kWr * ChannelToLinear(s.r) + kWg * ChannelToLinear(s.g) +
         kWb * ChannelToLinear(s.b);
}

double ContrastRatio(const Rgba& fg, const Rgba& bg) {
  Rgba back = CompositeOver(Sanitize(bg), kWhite);
  Rgba front = CompositeOver(Sanitize(fg), back);
  double l1 = RelativeLuminance(front), l2 = RelativeLuminance(back);
  if (l1 < l2) std::swap(l1, l2);
  return (l1 + 0.05) / (l2 + 0.05);
}

bool IsLargeText(double font_size_px, int font_weight) {
  // 1 pt = 4/3 CSS px: 18 pt = 24 px, 14 pt = 18.666... px.
  constexpr double kLargePx = 24.0, kLargeBoldPx = 14.0 * 4.0 / 3.0;
  if (!(font_size_px > 0)) return false;
  return font_size_px >= kLargePx ||
         (font_weight >= 700 && font_size_px >= kLargeBoldPx - 1e-9);
}

double RequiredTextContrast(ContrastLevel level, bool large_text) {
  if (level == ContrastLevel::kAAA) return large_text ? 4.5 : 7.0;
  return large_text ? 3.0 : 4.5;
}

void ContrastRatioBatch(const float* fg, const float* bg, float* out,
                        size_t n) {
  size_t i = 0;
  for (; i + 4 <= n; i += 4) ContrastStep4(fg + 4 * i, bg + 4 * i, out + i);
  size_t rest = n - i;
  if (rest == 0) return;
  float f[16] = {0}, b[16] = {0}, o[4];
  std::memcpy(f, fg + 4 * i, rest * 4 * sizeof(float));
  std::memcpy(b, bg + 4 * i, rest * 4 * sizeof(float));
  ContrastStep4(f, b, o);
  std::memcpy(out + i, o, rest * sizeof(float));
}

void ContrastRatioBatchScalar(const float* fg, const float* bg, float* out,
                              size_t n) {
  for (size_t i = 0; i < n; ++i) {
    const float* f = fg + 4 * i;
    const float* b = bg + 4 * i;
    out[i] = static_cast<float>(ContrastRatio(Rgba{f[0], f[1], f[2], f[3]},
                                              Rgba{b[0], b[1], b[2], b[3]}));
  }
}

}  // namespace seamkit

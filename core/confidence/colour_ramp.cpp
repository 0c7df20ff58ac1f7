#include "core/confidence/colour_ramp.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <numbers>

#include "core/common/contrast.h"

namespace seamkit::confidence {
namespace {

constexpr double kDegPerRad = 180.0 / std::numbers::pi;
// Below this OKLCH chroma a colour counts as grey and has no usable hue.
constexpr double kAchromatic = 1e-4;

double Clamp255(double v) { return v > 0 ? (v < 255 ? v : 255) : 0; }

Rgba ClampRgb(const Rgba& c) {
  return Rgba{Clamp255(c.r), Clamp255(c.g), Clamp255(c.b), 1};
}

// Hue of `from` moved toward `to` by t along the shorter arc, in degrees.
double MixHue(double from, double to, double t) {
  double d = std::fmod(to - from + 540.0, 360.0) - 180.0;
  double h = std::fmod(from + d * t + 360.0, 360.0);
  return h < 0 ? h + 360.0 : h;
}

// InGamut(FromOklab(lab), 1e-7) decided on linear sRGB, without the three
// gamma encodings (the encoding is monotonic, so the bounds carry over:
// -1e-7 encoded is -1e-7 / 12.92 linear, 1 + 1e-7 encoded is the decoded
// value of that).
bool LinearInGamut(const Oklab& lab) {
  static const double kLo = -1e-7 / 12.92;
  static const double kHi = std::pow((1 + 1e-7 + 0.055) / 1.055, 2.4);
  double l = lab.l + 0.3963377774 * lab.a + 0.2158037573 * lab.b;
  double m = lab.l - 0.1055613458 * lab.a - 0.0638541728 * lab.b;
  double s = lab.l - 0.0894841775 * lab.a - 1.2914855480 * lab.b;
  l = l * l * l;
  m = m * m * m;
  s = s * s * s;
  double r = 4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s;
  double g = -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s;
  double b = -0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s;
  return r >= kLo && r <= kHi && g >= kLo && g <= kHi && b >= kLo && b <= kHi;
}

bool Meets(const Rgba& c, const Rgba& bg, double target) {
  return ContrastRatio(c, bg) >= target;
}

// The 8-bit colour at lightness l with the hue and chroma of `lch`.
Rgba AtLightness(const Oklch& lch, double l) {
  return Quantize(GamutMap(FromOklch(Oklch{l, lch.c, lch.h})));
}

// Smallest lightness step from lch.l toward `end` (0 or 1) that meets the
// target after rounding; false if even the end does not.
bool SearchDirection(const Oklch& lch, const Rgba& bg, double target,
                     double end, Rgba* found, double* delta) {
  constexpr double kStep = 0.04;  // coarse scan; bisection refines
  double prev = lch.l;
  for (int i = 1;; ++i) {
    double l = lch.l + (end > lch.l ? kStep : -kStep) * i;
    bool last = (end > lch.l) ? l >= end : l <= end;
    if (last) l = end;
    Rgba c = AtLightness(lch, l);
    if (Meets(c, bg, target)) {
      // Bisect between the last failing and the first passing lightness.
      double lo = prev, hi = l;
      for (int k = 0; k < 24; ++k) {
        double mid = 0.5 * (lo + hi);
        Rgba m = AtLightness(lch, mid);
        if (Meets(m, bg, target)) {
          hi = mid;
          c = m;
        } else {
          lo = mid;
        }
      }
      *found = c;
      *delta = std::fabs(hi - lch.l);
      return true;
    }
    if (last) return false;
    prev = l;
  }
}

}  // namespace

Oklch ToOklch(const Oklab& lab) {
  double c = std::hypot(lab.a, lab.b);
  double h = std::atan2(lab.b, lab.a) * kDegPerRad;
  if (h < 0) h += 360.0;
  return Oklch{lab.l, c, c < kAchromatic ? 0.0 : h};
}

Oklab FromOklch(const Oklch& lch) {
  double h = lch.h / kDegPerRad;
  return Oklab{lch.l, lch.c * std::cos(h), lch.c * std::sin(h)};
}

const std::vector<std::string>& DefaultPaletteCss() {
  // A deep red, an amber and a blue-leaning green. The lightness order
  // (red darkest, amber lightest) keeps them apart for protan and deutan
  // viewers, the blue in the green keeps it apart from amber for tritans.
  // Minimum pairwise ΔE_OK under simulation: protan 0.147, deutan 0.156,
  // tritan 0.263 (asserted in cvd_test.cpp against kMinCvdDeltaE = 0.1).
  static const std::vector<std::string> kPalette = {"#b71c1c", "#f9a825",
                                                    "#00a389"};
  return kPalette;
}

StatusOr<std::vector<Rgba>> ParsePalette(const std::vector<std::string>& css) {
  if (css.size() < kMinPaletteStops || css.size() > kMaxPaletteStops) {
    return Status(ErrorCode::kInvalidArgument,
                  "palette needs 3 to 16 colours, got " +
                      std::to_string(css.size()));
  }
  std::vector<Rgba> stops;
  stops.reserve(css.size());
  for (size_t i = 0; i < css.size(); ++i) {
    StatusOr<Rgba> c = ParseCssColor(css[i]);
    if (!c.ok()) {
      return Status(c.status().code(), "palette colour " + std::to_string(i) +
                                           ": " + c.status().message());
    }
    if (c->a < 1) {
      return Status(ErrorCode::kInvalidArgument,
                    "palette colour " + std::to_string(i) +
                        " is translucent; palette colours must be opaque");
    }
    stops.push_back(*c);
  }
  return stops;
}

Rgba GamutMap(const Oklab& lab) {
  if (std::isnan(lab.l) || std::isnan(lab.a) || std::isnan(lab.b)) {
    return Rgba{127.5, 127.5, 127.5, 1};
  }
  Oklch lch = ToOklch(lab);
  lch.l = std::clamp(lch.l, 0.0, 1.0);
  if (!std::isfinite(lch.c)) lch.c = 0.4;  // beyond any sRGB chroma
  if (LinearInGamut(FromOklch(lch))) return ClampRgb(FromOklab(FromOklch(lch)));
  double lo = 0, hi = lch.c;  // chroma lo fits, hi does not
  // 20 halvings leave a chroma error below 0.4 / 2^20, far under one step
  // of 8-bit sRGB.
  for (int i = 0; i < 20; ++i) {
    double mid = 0.5 * (lo + hi);
    Oklch t = lch;
    t.c = mid;
    if (LinearInGamut(FromOklch(t))) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  lch.c = lo;
  return ClampRgb(FromOklab(FromOklch(lch)));
}

Rgba SampleRamp(const std::vector<Rgba>& stops, double p) {
  if (stops.empty()) return Rgba{127.5, 127.5, 127.5, 1};
  if (std::isnan(p)) p = 0.5;
  p = std::clamp(p, 0.0, 1.0);
  double pos = p * static_cast<double>(stops.size() - 1);
  size_t i = std::min(static_cast<size_t>(pos), stops.size() - 1);
  if (i + 1 >= stops.size()) return GamutMap(ToOklab(stops.back()));
  double t = pos - static_cast<double>(i);
  // The stops in OKLCH, remembered for the last palette (a feed samples one
  // palette a thousand times).
  thread_local std::vector<Rgba> last;
  thread_local std::vector<Oklch> lch;
  bool same = last.size() == stops.size() &&
              std::memcmp(last.data(), stops.data(),
                          stops.size() * sizeof(Rgba)) == 0;
  if (!same) {
    last = stops;
    lch.clear();
    for (const Rgba& c : stops) lch.push_back(ToOklch(ToOklab(c)));
  }
  Oklch a = lch[i], b = lch[i + 1];
  if (a.c < kAchromatic) a.h = b.h;
  if (b.c < kAchromatic) b.h = a.h;
  Oklch mix{a.l + (b.l - a.l) * t, a.c + (b.c - a.c) * t,
            MixHue(a.h, b.h, t)};
  return GamutMap(FromOklch(mix));
}

Rgba Quantize(const Rgba& c) {
  return Rgba{std::round(Clamp255(c.r)), std::round(Clamp255(c.g)),
              std::round(Clamp255(c.b)), 1};
}

namespace {

ContrastFit FitContrastUncached(const Rgba& colour, const Rgba& bg,
                                double target) {
  Rgba start = Quantize(colour);
  if (Meets(start, bg, target)) {
    return ContrastFit{start, ContrastRatio(start, bg), true};
  }
  Oklch lch = ToOklch(ToOklab(ClampRgb(colour)));
  Rgba dark, light;
  double d_dark = 2, d_light = 2;
  bool ok_dark = SearchDirection(lch, bg, target, 0.0, &dark, &d_dark);
  bool ok_light = SearchDirection(lch, bg, target, 1.0, &light, &d_light);
  if (ok_dark || ok_light) {
    Rgba best = (ok_dark && (!ok_light || d_dark <= d_light)) ? dark : light;
    return ContrastFit{best, ContrastRatio(best, bg), true};
  }
  Rgba black{0, 0, 0, 1}, white{255, 255, 255, 1};
  Rgba best = ContrastRatio(black, bg) >= ContrastRatio(white, bg) ? black
                                                                    : white;
  return ContrastFit{best, ContrastRatio(best, bg), false};
}

// A feed of displays fits the same few colours on the same background over
// and over; a small direct-mapped cache keyed by the exact inputs makes the
// repeats free. Per thread, so no locking.
struct FitKey {
  double c[3], b[3], target;
  bool operator==(const FitKey& o) const {
    return std::memcmp(this, &o, sizeof(FitKey)) == 0;
  }
};

size_t HashKey(const FitKey& k) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a over the key's bytes
  const unsigned char* p = reinterpret_cast<const unsigned char*>(&k);
  for (size_t i = 0; i < sizeof(FitKey); ++i) h = (h ^ p[i]) * 1099511628211ull;
  return static_cast<size_t>(h);
}

}  // namespace

ContrastFit FitContrast(const Rgba& colour, const Rgba& background,
                        double target) {
  target = std::isnan(target) ? 1.0 : std::clamp(target, 1.0, 21.0);
  Rgba bg = ClampRgb(background);
  Rgba c = ClampRgb(colour);
  FitKey key{{c.r, c.g, c.b}, {bg.r, bg.g, bg.b}, target};
  if (std::isnan(key.c[0] + key.c[1] + key.c[2])) {
    return FitContrastUncached(colour, bg, target);
  }
  struct Slot {
    bool used = false;
    FitKey key;
    ContrastFit fit;
  };
  constexpr size_t kSlots = 1024;  // ~100 KB; one slot per 0.1 % of a bar
  thread_local std::array<Slot, kSlots> cache;
  Slot& slot = cache[HashKey(key) % kSlots];
  if (slot.used && slot.key == key) return slot.fit;
  slot = Slot{true, key, FitContrastUncached(colour, bg, target)};
  return slot.fit;
}

}  // namespace seamkit::confidence

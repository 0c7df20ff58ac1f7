#include "core/report/contrast_fix.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace seamkit::report {
namespace {

// Search grid. Chroma is scanned coarsely, then finely around the best
// coarse chroma; along lightness a walk finds the first passing step and
// bisection pins the boundary down.
constexpr double kMaxChroma = 0.4;  // beyond the sRGB gamut at every hue
constexpr double kCoarseChromaStep = 0.004;
constexpr double kFineChromaStep = 0.0002;
constexpr double kLightnessStep = 0.005;
constexpr int kBisections = 30;
constexpr double kRoundingStep = 0.0005;

struct Problem {
  double l0 = 0, c0 = 0;    // the original colour in OKLCh
  double ua = 1, ub = 0;    // unit vector of its hue
  double fixed_lum = 0;     // relative luminance of the fixed colour
  double target = 0;
};

// OKLab -> linear sRGB luminance, with the gamut check on the linear
// channels. Matrices: Björn Ottosson, "A perceptual color space for image
// processing" (2020), the same as core/common/color.cpp; inlined here
// because the search evaluates tens of thousands of points.
bool LuminanceInGamut(double l_ok, double a, double b, double* lum) {
  double l = l_ok + 0.3963377774 * a + 0.2158037573 * b;
  double m = l_ok - 0.1055613458 * a - 0.0638541728 * b;
  double s = l_ok - 0.0894841775 * a - 1.2914855480 * b;
  l = l * l * l;
  m = m * m * m;
  s = s * s * s;
  double r = 4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s;
  double g = -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s;
  double bl = -0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s;
  constexpr double kTol = 1e-9;
  for (double v : {r, g, bl}) {
    if (v < -kTol || v > 1 + kTol) return false;
  }
  // WCAG 2.2 relative luminance coefficients.
  *lum = 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  return true;
}

bool Passes(const Problem& p, double l, double c) {
  double lum;
  if (!LuminanceInGamut(l, c * p.ua, c * p.ub, &lum)) return false;
  double hi = std::max(lum, p.fixed_lum), lo = std::min(lum, p.fixed_lum);
  return (hi + 0.05) / (lo + 0.05) >= p.target;
}

// The passing lightness nearest to l0 at chroma c, walking in `dir`.
std::optional<double> BoundaryAt(const Problem& p, double c, int dir) {
  double prev = p.l0;
  if (Passes(p, prev, c)) return prev;
  for (int i = 1;; ++i) {
    double l = std::clamp(p.l0 + dir * kLightnessStep * i, 0.0, 1.0);
    if (Passes(p, l, c)) {
      double fail = prev, pass = l;
      for (int k = 0; k < kBisections; ++k) {
        double mid = 0.5 * (fail + pass);
        (Passes(p, mid, c) ? pass : fail) = mid;
      }
      return pass;
    }
    if (l == 0.0 || l == 1.0) return std::nullopt;
    prev = l;
  }
}

struct Best {
  bool found = false;
  double l = 0, c = 0, dist = 0;
  int dir = 1;
};

void TryChroma(const Problem& p, double c, Best* best) {
  for (int dir : {-1, 1}) {
    std::optional<double> l = BoundaryAt(p, c, dir);
    if (!l) continue;
    double dist = std::hypot(*l - p.l0, c - p.c0);
    if (!best->found || dist < best->dist) {
      *best = Best{true, *l, c, dist, dir};
    }
  }
}

Best Search(const Problem& p, bool grey) {
  Best best;
  TryChroma(p, p.c0, &best);
  if (grey) return best;
  for (double c = 0; c <= kMaxChroma; c += kCoarseChromaStep) {
    TryChroma(p, c, &best);
  }
  if (!best.found) return best;
  double centre = best.c;
  for (double dc = -kCoarseChromaStep; dc <= kCoarseChromaStep;
       dc += kFineChromaStep) {
    double c = centre + dc;
    if (c >= 0) TryChroma(p, c, &best);
  }
  return best;
}

}  // namespace

Rgba Round8(const Rgba& c) {
  auto q = [](double v) { return std::round(std::clamp(v, 0.0, 255.0)); };
  return Rgba{q(c.r), q(c.g), q(c.b), 1.0};
}

ColorSuggestion NearestPassingColor(const Rgba& moving, const Rgba& fixed,
                                    double target) {
  ColorSuggestion out;
  out.target = target;
  Oklab lab = ToOklab(moving);
  Problem p;
  p.l0 = lab.l;
  p.c0 = std::hypot(lab.a, lab.b);
  bool grey = p.c0 < kGreyChroma;
  if (!grey) {
    p.ua = lab.a / p.c0;
    p.ub = lab.b / p.c0;
  } else {
    p.c0 = 0;
  }
  Rgba fixed8 = Round8(fixed);
  p.fixed_lum = RelativeLuminance(fixed8);
  p.target = target;
  Rgba start = Round8(moving);
  if (ContrastRatio(start, fixed8) >= target) {
    out.reachable = true;
    out.hex = ToHex(start);
    out.ratio = ContrastRatio(start, fixed8);
    out.exact = lab;
    out.delta_e = DeltaEOk(lab, ToOklab(start));
    return out;
  }
  Best best = Search(p, grey);
  if (!best.found) return out;
  out.exact = Oklab{best.l, best.c * p.ua, best.c * p.ub};
  out.exact_delta_e = best.dist;
  // The 8-bit colour nearest the optimum can fall a hair short: step on in
  // the passing direction until the rounded colour passes too.
  for (double l = best.l;; l += best.dir * kRoundingStep) {
    l = std::clamp(l, 0.0, 1.0);
    Rgba c8 = Round8(FromOklab(Oklab{l, best.c * p.ua, best.c * p.ub}));
    double ratio = ContrastRatio(c8, fixed8);
    if (ratio >= target) {
      out.reachable = true;
      out.hex = ToHex(c8);
      out.ratio = ratio;
      out.delta_e = DeltaEOk(lab, ToOklab(c8));
      return out;
    }
    if (l == 0.0 || l == 1.0) return out;
  }
}

ContrastFixes SuggestContrastFixes(const Rgba& fg, const Rgba& bg,
                                   double font_size_px, int font_weight) {
  Rgba white{255, 255, 255, 1};
  Rgba bg_painted = CompositeOver(bg, white);
  bg_painted.a = 1;
  Rgba fg_painted = CompositeOver(fg, bg_painted);
  fg_painted.a = 1;
  ContrastFixes out;
  out.fg_hex = ToHex(fg_painted);
  out.bg_hex = ToHex(bg_painted);
  out.ratio = ContrastRatio(fg_painted, bg_painted);
  out.large_text = IsLargeText(font_size_px, font_weight);
  for (ContrastLevel level : {ContrastLevel::kAA, ContrastLevel::kAAA}) {
    double target = RequiredTextContrast(level, out.large_text);
    out.fixes.push_back(
        {level, FixTarget::kText,
         NearestPassingColor(fg_painted, bg_painted, target)});
    out.fixes.push_back(
        {level, FixTarget::kBackground,
         NearestPassingColor(bg_painted, fg_painted, target)});
  }
  return out;
}

}  // namespace seamkit::report

// CSS colour values: parsing, compositing, sRGB transfer and OKLab.
#ifndef SEAMKIT_CORE_COMMON_COLOR_H_
#define SEAMKIT_CORE_COMMON_COLOR_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/common/status.h"

namespace seamkit {

// An sRGB colour: r, g, b in [0, 255] (not necessarily integers), alpha in
// [0, 1]. This is the space of CSS rgb() and of getComputedStyle().
struct Rgba {
  double r = 0, g = 0, b = 0, a = 1;
};

inline bool operator==(const Rgba& x, const Rgba& y) {
  return x.r == y.r && x.g == y.g && x.b == y.b && x.a == y.a;
}

// Parses the CSS colour syntaxes that authors write and that
// getComputedStyle() returns:
//   #rgb #rgba #rrggbb #rrggbbaa, the 148 named colours and `transparent`,
//   rgb()/rgba() in legacy comma and modern space syntax (numbers,
//   percentages, `none`, optional `/ alpha`), color(srgb ...) and
//   color(srgb-linear ...).
// Anything else (currentcolor, system colours, lab(), oklch(), var(), ...)
// gives kUnsupported or kParse with a message naming the problem.
StatusOr<Rgba> ParseCssColor(std::string_view text);

// Looks up a CSS named colour (ASCII case-insensitive). False if unknown.
bool LookupNamedColor(std::string_view name, Rgba* out);
// The 148 names of the table (without `transparent`), sorted.
std::vector<std::string> NamedColorNames();

// Serialises as lowercase #rrggbb (alpha ignored, channels rounded).
std::string ToHex(const Rgba& c);

// Source-over compositing in gamma-encoded sRGB, as browsers paint.
Rgba CompositeOver(const Rgba& top, const Rgba& bottom);

// sRGB transfer function for one channel in [0, 1] (IEC 61966-2-1; WCAG 2.2
// uses the same 0.04045 threshold since its 2021 errata).
double SrgbToLinear(double c);
double LinearToSrgb(double c);

// OKLab (Björn Ottosson, 2020): perceptual lightness L in [0, 1] and the
// opponent axes a, b.
struct Oklab {
  double l = 0, a = 0, b = 0;
};
Oklab ToOklab(const Rgba& c);
// Converts back; the result may be out of the sRGB gamut: check InGamut.
Rgba FromOklab(const Oklab& lab, double alpha = 1.0);
bool InGamut(const Rgba& c, double tolerance = 1e-9);
double DeltaEOk(const Oklab& x, const Oklab& y);

}  // namespace seamkit

#endif  // SEAMKIT_CORE_COMMON_COLOR_H_

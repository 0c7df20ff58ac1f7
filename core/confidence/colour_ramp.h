// The confidence colour ramp: red -> amber -> green interpolated in OKLCH,
// mapped back into sRGB by chroma reduction, and lightness adjustment that
// makes any colour meet a WCAG contrast ratio against a background.
#ifndef SEAMKIT_CORE_CONFIDENCE_COLOUR_RAMP_H_
#define SEAMKIT_CORE_CONFIDENCE_COLOUR_RAMP_H_

#include <string>
#include <vector>

#include "core/common/color.h"
#include "core/common/status.h"

namespace seamkit::confidence {

// OKLCH: OKLab in polar form. l in [0, 1], chroma c >= 0, hue h in degrees
// [0, 360) (meaningless when c is ~0).
struct Oklch {
  double l = 0, c = 0, h = 0;
};
Oklch ToOklch(const Oklab& lab);
Oklab FromOklch(const Oklch& lch);

// The default stops, low probability first: a red, an amber and a green
// picked so that the three stay apart under the CVD simulations of cvd.h
// (see cvd_test.cpp). CSS hex strings.
const std::vector<std::string>& DefaultPaletteCss();

// Ramp stops are evenly spaced over p in [0, 1].
inline constexpr size_t kMinPaletteStops = 3;
inline constexpr size_t kMaxPaletteStops = 16;

// Parses CSS colours (ParseCssColor syntax) into opaque stops. Errors:
// kInvalidArgument for fewer than 3 or more than 16 stops or a translucent
// colour; the parser's own code (kParse / kUnsupported) naming the index.
StatusOr<std::vector<Rgba>> ParsePalette(const std::vector<std::string>& css);

// Brings an OKLab colour into sRGB: L clamped to [0, 1], then chroma reduced
// at constant L and hue (bisection) until it fits. Result channels are in
// [0, 255], not rounded. A NaN component gives mid grey.
Rgba GamutMap(const Oklab& lab);

// Samples the ramp at p: interpolation in OKLCH between the two neighbouring
// stops, hue along the shorter arc (an achromatic stop borrows the other's
// hue), then GamutMap. p is clamped to [0, 1]; NaN samples the middle.
// `stops` must be non-empty (ParsePalette guarantees 3+).
Rgba SampleRamp(const std::vector<Rgba>& stops, double p);

// Result of fitting a colour to a contrast target.
struct ContrastFit {
  Rgba colour;             // rounded to 8-bit channels (what ToHex prints)
  double ratio = 1;        // ContrastRatio(colour, background)
  bool meets_target = false;
};

// The colour nearest to `colour` (smallest change of OKLab lightness, hue
// kept, chroma kept where the gamut allows) whose 8-bit rounding has
// ContrastRatio >= target against the opaque `background`. Searches both
// darker and lighter and keeps the smaller change. If no lightness reaches
// the target (e.g. 7:1 on mid grey) it returns the highest-contrast
// candidate with meets_target false. target is clamped to [1, 21].
ContrastFit FitContrast(const Rgba& colour, const Rgba& background,
                        double target);

// Rounds r, g, b to integers in [0, 255] and sets alpha to 1.
Rgba Quantize(const Rgba& c);

}  // namespace seamkit::confidence

#endif  // SEAMKIT_CORE_CONFIDENCE_COLOUR_RAMP_H_

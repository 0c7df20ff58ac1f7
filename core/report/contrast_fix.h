// Nearest passing colours for a failing text/background pair: the hue is
// kept, lightness and chroma move the least distance in OKLab that reaches
// the WCAG target ratio, and the answer is an 8-bit CSS colour that itself
// meets the target.
#ifndef SEAMKIT_CORE_REPORT_CONTRAST_FIX_H_
#define SEAMKIT_CORE_REPORT_CONTRAST_FIX_H_

#include <string>
#include <vector>

#include "core/common/color.h"
#include "core/common/contrast.h"

namespace seamkit::report {

// One suggested colour. When `reachable` is false no colour of this hue
// (for a grey: no grey) reaches the target against the fixed colour, and
// hex/ratio describe nothing.
struct ColorSuggestion {
  bool reachable = false;
  double target = 0;       // the ratio asked for
  std::string hex;         // lowercase #rrggbb
  double ratio = 0;        // contrast of the 8-bit colour against the other
  double delta_e = 0;      // OKLab distance original -> 8-bit colour
  Oklab exact;             // the continuous optimum before 8-bit rounding
  double exact_delta_e = 0;
};

// Moves `moving` (opaque) along its own hue until its contrast against
// `fixed` (opaque) is at least `target`. Both directions (darker and
// lighter) are tried and the nearer one wins. A colour that already passes
// is returned unchanged. Colours with OKLab chroma below kGreyChroma are
// treated as grey and stay grey.
ColorSuggestion NearestPassingColor(const Rgba& moving, const Rgba& fixed,
                                    double target);

inline constexpr double kGreyChroma = 1e-4;

enum class FixTarget { kText, kBackground };

struct ContrastFix {
  ContrastLevel level = ContrastLevel::kAA;
  FixTarget change = FixTarget::kText;
  ColorSuggestion suggestion;
};

struct ContrastFixes {
  std::string fg_hex, bg_hex;  // after compositing, as painted
  double ratio = 0;            // current ratio
  bool large_text = false;
  // AA text, AA background, AAA text, AAA background, in that order.
  std::vector<ContrastFix> fixes;
};

// Composites a translucent background over white and the text over the
// background (as ContrastRatio does), then suggests the four fixes.
ContrastFixes SuggestContrastFixes(const Rgba& fg, const Rgba& bg,
                                   double font_size_px, int font_weight);

// Rounds each channel to an integer in [0, 255]; alpha becomes 1.
Rgba Round8(const Rgba& c);

}  // namespace seamkit::report

#endif  // SEAMKIT_CORE_REPORT_CONTRAST_FIX_H_

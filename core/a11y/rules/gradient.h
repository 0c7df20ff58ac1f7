// The colours a CSS gradient background can paint, for the contrast rules.
#ifndef SEAMKIT_CORE_A11Y_RULES_GRADIENT_H_
#define SEAMKIT_CORE_A11Y_RULES_GRADIENT_H_

#include <optional>
#include <string_view>
#include <vector>

#include "core/common/color.h"

namespace seamkit::a11y::rules {

// Samples of every colour a computed background-image of exactly one
// linear, radial or conic gradient (repeating or not) can paint: each colour
// stop, and points between neighbouring stops interpolated as CSS Images 3
// does by default (premultiplied sRGB), `samples_per_segment` of them
// including the ends. Colour hints and stop positions only reshape where
// the colours fall, never which ones appear, so they are ignored. nullopt
// when the value holds anything else: several layers, an interpolation
// colour space other than the default (`in ...`), currentcolor or a colour
// syntax ParseCssColor() does not read.
std::optional<std::vector<Rgba>> GradientColors(std::string_view value,
                                                int samples_per_segment = 16);

}  // namespace seamkit::a11y::rules

#endif  // SEAMKIT_CORE_A11Y_RULES_GRADIENT_H_

// Text shadows that stand between a text's glyphs and its background.
#ifndef SEAMKIT_CORE_A11Y_RULES_TEXT_SHADOW_H_
#define SEAMKIT_CORE_A11Y_RULES_TEXT_SHADOW_H_

#include <optional>
#include <string_view>

#include "core/common/color.h"

namespace seamkit::a11y::rules {

// The colour of the topmost "halo" in a computed `text-shadow` list: a
// blurred shadow whose offset is within its blur radius, so that it lines
// every edge of every glyph and the eye reads the text against it rather
// than against the element's background. nullopt when the list has no halo
// (no shadow, hard drop shadows only) or cannot be read.
std::optional<Rgba> HaloShadowColor(std::string_view text_shadow);

}  // namespace seamkit::a11y::rules

#endif  // SEAMKIT_CORE_A11Y_RULES_TEXT_SHADOW_H_

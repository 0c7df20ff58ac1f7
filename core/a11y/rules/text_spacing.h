// The three ACT rules on `!important` text spacing in style attributes
// (WCAG 1.4.12): 24afc2 letter-spacing >= 0.12em, 9e45ec word-spacing >=
// 0.16em, 78fd32 line-height >= 1.5em.
//
// Applicability: a visible HTML element whose style attribute's cascaded
// declaration of the property is !important and not inherit/unset/revert
// (later declarations win among equals; !important beats normal).
// Expectation: every visible text node that uses the element's value (its
// parent element's computed value equals the element's) has a value of at
// least `factor` times its parent's font size; passed when no visible text
// uses it (descendants override it). For line-height only text
// that wraps onto several lines counts: estimated from the parent's box
// height over its line height, cantTell when the estimate is unsure.
#ifndef SEAMKIT_CORE_A11Y_RULES_TEXT_SPACING_H_
#define SEAMKIT_CORE_A11Y_RULES_TEXT_SPACING_H_

#include <optional>
#include <string_view>

#include "core/a11y/context.h"
#include "core/a11y/rule.h"

namespace seamkit::a11y::rules {

enum class SpacingProperty { kLetterSpacing, kWordSpacing, kLineHeight };

// The value of the cascaded declaration of `property` (e.g.
// "letter-spacing") in a style attribute when it is !important, without
// the "!important"; nullopt when there is none or a normal one wins.
std::optional<std::string_view> ImportantDeclaration(std::string_view style,
                                                     std::string_view property);

void CheckTextSpacing(AuditContext& ctx, RuleReporter& out, SpacingProperty p);

}  // namespace seamkit::a11y::rules

#endif  // SEAMKIT_CORE_A11Y_RULES_TEXT_SPACING_H_

// ACT 24afc2 "Important letter-spacing in style attributes is wide enough" (WCAG
// 1.4.12): a style attribute's letter-spacing !important must be at least
// 0.12 times the font size of the text using it. See text_spacing.h.
#include "core/a11y/rules/text_spacing.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag21aa", "wcag1412"};
constexpr std::string_view kAct[] = {"24afc2"};
constexpr std::string_view kWcag[] = {"1.4.12"};

void Check(AuditContext& ctx, RuleReporter& out) {
  CheckTextSpacing(ctx, out, SpacingProperty::kLetterSpacing);
}

}  // namespace

extern const Rule kLetterSpacingImportant = {
    {"letter-spacing-important",
     "Ensures letter-spacing set with !important in a style attribute can be "
     "adjusted to 0.12 times the font size",
     "Inline letter-spacing with !important must be at least 0.12 times the font size",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/24afc2/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

// ACT 9e45ec "Important word-spacing in style attributes is wide enough" (WCAG
// 1.4.12): a style attribute's word-spacing !important must be at least
// 0.16 times the font size of the text using it. See text_spacing.h.
#include "core/a11y/rules/text_spacing.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag21aa", "wcag1412"};
constexpr std::string_view kAct[] = {"9e45ec"};
constexpr std::string_view kWcag[] = {"1.4.12"};

void Check(AuditContext& ctx, RuleReporter& out) {
  CheckTextSpacing(ctx, out, SpacingProperty::kWordSpacing);
}

}  // namespace

extern const Rule kWordSpacingImportant = {
    {"word-spacing-important",
     "Ensures word-spacing set with !important in a style attribute can be "
     "adjusted to 0.16 times the font size",
     "Inline word-spacing with !important must be at least 0.16 times the font size",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/9e45ec/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

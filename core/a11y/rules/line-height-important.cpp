// ACT 78fd32 "Important line-height in style attributes is wide enough" (WCAG
// 1.4.12): a style attribute's line-height !important must be at least
// 1.5 times the font size of the text using it. See text_spacing.h.
#include "core/a11y/rules/text_spacing.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag21aa", "wcag1412"};
constexpr std::string_view kAct[] = {"78fd32"};
constexpr std::string_view kWcag[] = {"1.4.12"};

void Check(AuditContext& ctx, RuleReporter& out) {
  CheckTextSpacing(ctx, out, SpacingProperty::kLineHeight);
}

}  // namespace

extern const Rule kLineHeightImportant = {
    {"line-height-important",
     "Ensures line-height set with !important in a style attribute can be "
     "adjusted to 1.5 times the font size",
     "Inline line-height with !important must be at least 1.5 times the font size",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/78fd32/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

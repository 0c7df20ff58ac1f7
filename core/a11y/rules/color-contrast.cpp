// ACT afw4f7 "Text has minimum contrast" (WCAG 1.4.3, AA): 4.5:1, or 3:1
// for large-scale text. The measurement is text_contrast.h.
#include "core/a11y/rules/text_contrast.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2aa", "wcag143"};
constexpr std::string_view kAct[] = {"afw4f7"};
constexpr std::string_view kWcag[] = {"1.4.3"};

void Check(AuditContext& ctx, RuleReporter& out) {
  ReportTextContrast(ctx, out, ContrastLevel::kAA);
}

}  // namespace

extern const Rule kColorContrast = {
    {"color-contrast",
     "Ensures text has a contrast ratio of at least 4.5:1 (3:1 for large text) "
     "with its background",
     "Elements must meet minimum color contrast ratio thresholds",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/afw4f7/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

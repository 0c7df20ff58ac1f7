// ACT 09o5cg "Text has enhanced contrast" (WCAG 1.4.6, AAA): 7:1, or 4.5:1
// for large-scale text. The measurement is text_contrast.h.
#include "core/a11y/rules/text_contrast.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2aaa", "wcag146"};
constexpr std::string_view kAct[] = {"09o5cg"};
constexpr std::string_view kWcag[] = {"1.4.6"};

void Check(AuditContext& ctx, RuleReporter& out) {
  ReportTextContrast(ctx, out, ContrastLevel::kAAA);
}

}  // namespace

extern const Rule kColorContrastEnhanced = {
    {"color-contrast-enhanced",
     "Ensures text has a contrast ratio of at least 7:1 (4.5:1 for large "
     "text) with its background",
     "Elements must meet enhanced color contrast ratio thresholds",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/09o5cg/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

// ACT 23a2a8 "Image has non-empty accessible name" (WCAG 1.1.1).
// Applies to HTML img elements and HTML elements with role img that are
// included in the accessibility tree. Passes with a non-empty name or when
// the image is decorative (its resolved role is none/presentation; a
// focusable or ARIA-attributed image keeps role img and needs a name).
#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag111"};
constexpr std::string_view kAct[] = {"23a2a8"};
constexpr std::string_view kWcag[] = {"1.1.1"};

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!IsHtmlElement(s, n) || !ctx.IsIncludedInAccessibilityTree(n)) continue;
    std::string_view role = ctx.Role(n);
    if (s.Tag(n) != "img" && role != "img") continue;
    if (AuditContext::RoleIsNone(role)) {
      out.Pass(n, "Image is marked as decorative");
    } else {
      ExpectName(ctx, out, n, "Image has no accessible name");
    }
  }
}

}  // namespace

extern const Rule kImageAlt = {
    {"image-alt", "Ensures images have a non-empty accessible name or are decorative",
     "Images must have alternate text",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/23a2a8/",
     Impact::kCritical, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

// ACT m6b1q3 "Menuitem has non-empty accessible name" (WCAG 4.1.2).
// Applies to HTML/SVG elements with the resolved role menuitem that are
// included in the accessibility tree.
#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag412"};
constexpr std::string_view kAct[] = {"m6b1q3"};
constexpr std::string_view kWcag[] = {"4.1.2"};

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!s.IsElement(n) || (s.NamespaceOf(n) != Namespace::kHtml &&
                            s.NamespaceOf(n) != Namespace::kSvg)) {
      continue;
    }
    if (ctx.Role(n) != "menuitem" || !ctx.IsIncludedInAccessibilityTree(n)) continue;
    ExpectName(ctx, out, n, "Menu item has no accessible name");
  }
}

}  // namespace

extern const Rule kMenuitemName = {
    {"menuitem-name", "Ensures elements with role menuitem have a non-empty accessible name",
     "Menu items must have an accessible name",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/m6b1q3/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

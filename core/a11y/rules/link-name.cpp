// ACT c487ae: Ensures links have a non-empty accessible name (WCAG 2.4.4 4.1.2).
// Applies to: HTML/SVG elements whose role is link or inherits from it.
#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag244", "wcag412"};
constexpr std::string_view kAct[] = {"c487ae"};
constexpr std::string_view kWcag[] = {"2.4.4", "4.1.2"};

bool Applies(AuditContext& ctx, NodeId n) {
  const Snapshot& s = ctx.snapshot();
  (void)s;
  return (s.NamespaceOf(n) == Namespace::kHtml ||
          s.NamespaceOf(n) == Namespace::kSvg) &&
         RoleIsA(ctx.Role(n), "link");
}

void Check(AuditContext& ctx, RuleReporter& out) {
  for (NodeId n = 0; n < ctx.snapshot().size(); ++n) {
    if (!ctx.snapshot().IsElement(n) || !ctx.IsIncludedInAccessibilityTree(n) ||
        !Applies(ctx, n)) {
      continue;
    }
    ExpectName(ctx, out, n, "Link has no accessible name");
  }
}

}  // namespace

extern const Rule kLinkName = {
    {"link-name", "Ensures links have a non-empty accessible name",
     "Links must have discernible text",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/c487ae/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

// ACT 46ca7f "Element marked as decorative is not exposed" (WCAG 1.3.1 as
// best practice). Applies to elements marked decorative: img alt="" or an
// explicit role none/presentation. Passes when the element is not included
// in the accessibility tree or its resolved role is none/presentation
// (not overridden by focusability or global ARIA attributes).
#include <string>

#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"best-practice"};
constexpr std::string_view kAct[] = {"46ca7f"};
constexpr std::string_view kWcag[] = {"1.3.1"};

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!s.IsElement(n) || (s.NamespaceOf(n) != Namespace::kHtml &&
                            s.NamespaceOf(n) != Namespace::kSvg)) {
      continue;
    }
    std::string_view explicit_role = ctx.ExplicitRole(n);
    std::optional<std::string_view> alt = s.Attr(n, "alt");
    bool decorative = AuditContext::RoleIsNone(explicit_role) ||
                      (explicit_role.empty() && IsHtmlTag(s, n, "img") &&
                       alt && alt->empty());
    if (!decorative) continue;
    if (!ctx.IsIncludedInAccessibilityTree(n) || ctx.IsPresentational(n)) {
      out.Pass(n);
    } else {
      std::string role(ctx.Role(n));
      out.Fail(n, "Decorative element is exposed with role " + role,
               {{"role", role}});
    }
  }
}

}  // namespace

extern const Rule kPresentationRoleConflict = {
    {"presentation-role-conflict", "Ensures elements marked as decorative are not exposed to assistive technologies",
     "Elements of role none or presentation must not be focusable or carry global ARIA attributes",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/46ca7f/",
     Impact::kMinor, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

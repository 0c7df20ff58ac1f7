// ACT 5c01ea "ARIA state or property is permitted" (WCAG 1.3.1, 4.1.2).
// Applies to HTML/SVG elements included in the accessibility tree that
// carry a WAI-ARIA state or property (even an empty one). Each must be
// required, supported or global (not prohibited) for the element's
// resolved role (aria_data.h GetAttributeSupport). Elements without a role
// allow only globals, except HTML text inputs, which HTML-AAM exposes as
// textboxes. Roles outside the tables give cantTell.
#include <string>

#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag131", "wcag412"};
constexpr std::string_view kAct[] = {"5c01ea"};
constexpr std::string_view kWcag[] = {"1.3.1", "4.1.2"};

std::string_view EffectiveRole(AuditContext& ctx, NodeId n) {
  std::string_view role = ctx.Role(n);
  if (!role.empty()) return role;
  // input types without an ARIA role (password, date, time, ...): HTML-AAM
  // maps them to platform text fields; browsers accept textbox attributes.
  if (IsHtmlTag(ctx.snapshot(), n, "input")) return "textbox";
  return "";
}

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!s.IsElement(n) || (s.NamespaceOf(n) != Namespace::kHtml &&
                            s.NamespaceOf(n) != Namespace::kSvg)) {
      continue;
    }
    bool any = false, unknown_role = false;
    std::string bad;
    std::string_view role;
    for (const Attribute& a : s.Attributes(n)) {
      std::string_view name = s.String(a.name);
      const AriaAttribute* attr = name.starts_with("aria-") ? FindAriaAttribute(name) : nullptr;
      if (attr == nullptr) continue;
      if (!any) {
        if (!ctx.IsIncludedInAccessibilityTree(n)) break;
        role = EffectiveRole(ctx, n);
        any = true;
      }
      if (role.empty()) {
        if (attr->is_global) continue;
        if (!bad.empty()) bad += ' ';
        bad += name;
        continue;
      }
      AttributeSupport support = GetAttributeSupport(role, name);
      if (support == AttributeSupport::kUnknownRole) unknown_role = true;
      if (IsAllowed(support) || support == AttributeSupport::kUnknownRole) continue;
      if (!bad.empty()) bad += ' ';
      bad += name;
    }
    if (!any) continue;
    std::string role_name = role.empty() ? "(none)" : std::string(role);
    if (!bad.empty()) {
      out.Fail(n, "Not allowed on role " + role_name + ": " + bad,
               {{"role", role_name}, {"attributes", bad}});
    } else if (unknown_role) {
      out.CantTell(n, "Role " + role_name + " is not in the ARIA tables");
    } else {
      out.Pass(n);
    }
  }
}

}  // namespace

extern const Rule kAriaAllowedAttr = {
    {"aria-allowed-attr", "Ensures ARIA attributes are allowed for an element's role",
     "Elements must only use supported ARIA attributes",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/5c01ea/",
     Impact::kCritical, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

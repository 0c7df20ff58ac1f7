// ACT ff89c9 "ARIA required context role" (WCAG 1.3.1). Applies to HTML/SVG
// elements included in the accessibility tree whose explicit role (in
// effect, and not equal to the implicit role) has a required context role.
// The element's owner in the accessibility tree (aria_ownership.h: through
// aria-owns, skipping ignored generic/none elements) must have one of the
// required context roles.
#include <string>

#include "core/a11y/roles.h"
#include "core/a11y/rules/aria_ownership.h"
#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag131"};
constexpr std::string_view kAct[] = {"ff89c9"};
constexpr std::string_view kWcag[] = {"1.3.1"};

// The role entry when the rule applies to n, else nullptr.
const AriaRole* ApplicableRole(AuditContext& ctx, NodeId n) {
  const Snapshot& s = ctx.snapshot();
  if (!s.IsElement(n) || (s.NamespaceOf(n) != Namespace::kHtml &&
                          s.NamespaceOf(n) != Namespace::kSvg)) {
    return nullptr;
  }
  std::string_view explicit_role = ctx.ExplicitRole(n);
  if (explicit_role.empty() || ctx.Role(n) != explicit_role) return nullptr;
  const AriaRole* role = ctx.RoleEntry(n);
  if (role == nullptr || role->required_context.empty() ||
      !ctx.IsIncludedInAccessibilityTree(n)) {
    return nullptr;
  }
  if (ImplicitRole(s, n, HasNonEmptyName(ctx, n)) == explicit_role) return nullptr;
  return role;
}

void Check(AuditContext& ctx, RuleReporter& out) {
  AriaOwnership tree(ctx);
  for (NodeId n = 0; n < ctx.snapshot().size(); ++n) {
    const AriaRole* role = ApplicableRole(ctx, n);
    if (role == nullptr) continue;
    NodeId owner = tree.OwnerOf(n);
    std::string_view owner_role = owner == kNoNode ? "" : ctx.Role(owner);
    if (!owner_role.empty() && AriaTokens(role->required_context).Contains(owner_role)) {
      out.Pass(n);
      continue;
    }
    std::string name(role->name), context(role->required_context);
    out.Fail(n,
             "role " + name + " must be owned by one of: " + context +
                 (owner_role.empty() ? "" : " (owner is " + std::string(owner_role) + ")"),
             {{"role", name}, {"requiredContext", context},
              {"ownerRole", std::string(owner_role)}});
  }
}

}  // namespace

extern const Rule kAriaRequiredParent = {
    {"aria-required-parent", "Ensures elements with an ARIA role that require parent roles are contained by them",
     "Certain ARIA roles must be contained by particular parents",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/ff89c9/",
     Impact::kCritical, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

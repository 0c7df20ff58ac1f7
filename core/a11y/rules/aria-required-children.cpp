// ACT bc4a75 "ARIA required owned elements" (WCAG 1.3.1). Applies to
// HTML/SVG elements included in the accessibility tree, not aria-busy,
// whose explicit role (in effect, not equal to the implicit role) has
// required owned elements. Every element it owns (aria_ownership.h) must
// have one of those roles; an "a>b" entry (WAI-ARIA's "a → b") admits an
// owned `a` whose own owned elements are `b` (or nested `a`s). Owned text
// outside any such element fails. Owning nothing passes.
#include <string>
#include <utility>
#include <vector>

#include "core/a11y/roles.h"
#include "core/a11y/rules/aria_ownership.h"
#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag131"};
constexpr std::string_view kAct[] = {"bc4a75"};
constexpr std::string_view kWcag[] = {"1.3.1"};

const AriaRole* ApplicableRole(AuditContext& ctx, NodeId n) {
  const Snapshot& s = ctx.snapshot();
  if (!s.IsElement(n) || (s.NamespaceOf(n) != Namespace::kHtml &&
                          s.NamespaceOf(n) != Namespace::kSvg)) {
    return nullptr;
  }
  std::string_view explicit_role = ctx.ExplicitRole(n);
  if (explicit_role.empty() || ctx.Role(n) != explicit_role) return nullptr;
  const AriaRole* role = ctx.RoleEntry(n);
  if (role == nullptr || role->required_owned.empty() ||
      !ctx.IsIncludedInAccessibilityTree(n)) {
    return nullptr;
  }
  std::optional<std::string_view> busy = s.Attr(n, "aria-busy");
  if (busy && EqualsIgnoreAsciiCase(TrimAsciiWhitespace(*busy), "true")) return nullptr;
  if (ImplicitRole(s, n, HasNonEmptyName(ctx, n)) == explicit_role) return nullptr;
  return role;
}

// True when `inner` may be owned by a `group` entry "group>inner".
bool AllowedInside(std::string_view owned, std::string_view group,
                   std::string_view inner) {
  for (std::string_view t : AriaTokens(owned)) {
    size_t gt = t.find('>');
    if (gt != std::string_view::npos && t.substr(0, gt) == group &&
        t.substr(gt + 1) == inner) {
      return true;
    }
  }
  return false;
}

// True when `role` is the `a` of some "a>b" entry.
bool IsGroupRole(std::string_view owned, std::string_view role) {
  for (std::string_view t : AriaTokens(owned)) {
    if (t.size() > role.size() && t.starts_with(role) && t[role.size()] == '>') {
      return true;
    }
  }
  return false;
}

// The first owned element (or the target itself, for owned text) that the
// role does not allow; kNoNode when all are allowed.
NodeId FirstDisallowed(AuditContext& ctx, AriaOwnership& tree, NodeId n,
                       const AriaRole& role) {
  std::string_view owned = role.required_owned;
  bool text = false;
  std::vector<std::pair<NodeId, std::string_view>> stack;  // (node, group)
  for (NodeId o : tree.OwnedElements(n, &text)) stack.push_back({o, ""});
  if (text) return n;
  while (!stack.empty()) {
    auto [o, group] = stack.back();
    stack.pop_back();
    std::string_view r = ctx.Role(o);
    if (group.empty()) {
      if (AriaTokens(owned).Contains(r)) continue;
      if (!IsGroupRole(owned, r)) return o;
      group = r;
    } else {
      if (AllowedInside(owned, group, r)) continue;
      if (r != group) return o;  // a nested group of the same role is fine
    }
    for (NodeId c : tree.OwnedElements(o, &text)) stack.push_back({c, group});
    if (text) return o;
  }
  return kNoNode;
}

void Check(AuditContext& ctx, RuleReporter& out) {
  AriaOwnership tree(ctx);
  for (NodeId n = 0; n < ctx.snapshot().size(); ++n) {
    const AriaRole* role = ApplicableRole(ctx, n);
    if (role == nullptr) continue;
    NodeId bad = FirstDisallowed(ctx, tree, n, *role);
    if (bad == kNoNode) {
      out.Pass(n);
      continue;
    }
    std::string name(role->name), owned(role->required_owned);
    std::string what = bad == n ? "text" : "role " + std::string(ctx.Role(bad).empty() ? "(none)" : ctx.Role(bad));
    out.Fail(n, "role " + name + " may own only " + owned + ", but owns " + what,
             {{"role", name}, {"requiredOwned", owned}, {"offender", bad}});
  }
}

}  // namespace

extern const Rule kAriaRequiredChildren = {
    {"aria-required-children", "Ensures elements with an ARIA role that require child roles contain them",
     "Certain ARIA roles must contain particular children",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/bc4a75/",
     Impact::kCritical, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

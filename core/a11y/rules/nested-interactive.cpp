// ACT 307n5z "Element with presentational children has no focusable
// content" (WCAG 4.1.2). Applies to HTML/SVG elements included in the
// accessibility tree whose role has "Children Presentational: True"
// (button, checkbox, img, menuitemcheckbox, option, tab, ...). No
// descendant (shadow trees included) may be in sequential focus navigation:
// the role hides it from assistive technology while keyboard focus still
// reaches it.
#include <string>
#include <vector>

#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag412"};
constexpr std::string_view kAct[] = {"307n5z"};
constexpr std::string_view kWcag[] = {"4.1.2"};

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  // below[n]: a node in sequential focus navigation strictly inside n's
  // subtree (kNoNode if none), filled in one reverse pass: O(n) in total
  // even for deeply nested targets.
  std::vector<NodeId> below(s.size(), kNoNode);
  for (NodeId n = s.size(); n-- > 0;) {
    NodeId here = ctx.IsInSequentialFocusNavigation(n) ? n : below[n];
    NodeId p = s.Parent(n);
    if (p != kNoNode && here != kNoNode) below[p] = here;
  }
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!s.IsElement(n) || (s.NamespaceOf(n) != Namespace::kHtml &&
                            s.NamespaceOf(n) != Namespace::kSvg)) {
      continue;
    }
    const AriaRole* role = ctx.RoleEntry(n);
    if (role == nullptr || !role->presentational_children ||
        !ctx.IsIncludedInAccessibilityTree(n)) {
      continue;
    }
    if (below[n] == kNoNode) {
      out.Pass(n);
    } else {
      std::string name(role->name);
      out.Fail(n, "role " + name + " has presentational children, but holds a focusable element",
               {{"role", name}, {"focusable", below[n]}});
    }
  }
}

}  // namespace

extern const Rule kNestedInteractive = {
    {"nested-interactive", "Ensures elements with presentational children hold no focusable content",
     "Interactive controls must not be nested",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/307n5z/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

// ACT 2t702h: Ensures summary elements have a non-empty accessible name (WCAG 4.1.2).
// Applies to: the first summary child of a details element, without an explicit role.
#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag412"};
constexpr std::string_view kAct[] = {"2t702h"};
constexpr std::string_view kWcag[] = {"4.1.2"};

bool Applies(AuditContext& ctx, NodeId n) {
  const Snapshot& s = ctx.snapshot();
  (void)s;
  if (!IsHtmlTag(s, n, "summary")) return false;
  NodeId details = s.Parent(n);
  if (details == kNoNode || !IsHtmlTag(s, details, "details") ||
      ctx.FirstChildWithTag(details, "summary") != n) {
    return false;
  }
  // No explicit role in effect (a role="none" a focusable summary ignores
  // does not count).
  std::string_view explicit_role = ctx.ExplicitRole(n);
  return explicit_role.empty() || ctx.Role(n) != explicit_role;
}

void Check(AuditContext& ctx, RuleReporter& out) {
  for (NodeId n = 0; n < ctx.snapshot().size(); ++n) {
    if (!ctx.snapshot().IsElement(n) || !ctx.IsIncludedInAccessibilityTree(n) ||
        !Applies(ctx, n)) {
      continue;
    }
    ExpectName(ctx, out, n, "summary has no accessible name");
  }
}

}  // namespace

extern const Rule kSummaryName = {
    {"summary-name", "Ensures summary elements have a non-empty accessible name",
     "Summary elements must have discernible text",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/2t702h/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

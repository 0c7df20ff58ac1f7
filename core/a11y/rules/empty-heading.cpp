// ACT ffd0e9: Ensures headings have a non-empty accessible name (WCAG 1.3.1).
// Applies to: elements with role heading.
#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag131"};
constexpr std::string_view kAct[] = {"ffd0e9"};
constexpr std::string_view kWcag[] = {"1.3.1"};

bool Applies(AuditContext& ctx, NodeId n) {
  const Snapshot& s = ctx.snapshot();
  (void)s;
  return ctx.Role(n) == "heading";
}

void Check(AuditContext& ctx, RuleReporter& out) {
  for (NodeId n = 0; n < ctx.snapshot().size(); ++n) {
    if (!ctx.snapshot().IsElement(n) || !ctx.IsIncludedInAccessibilityTree(n) ||
        !Applies(ctx, n)) {
      continue;
    }
    ExpectName(ctx, out, n, "Heading has no accessible name");
  }
}

}  // namespace

extern const Rule kEmptyHeading = {
    {"empty-heading", "Ensures headings have a non-empty accessible name",
     "Headings should not be empty",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/ffd0e9/",
     Impact::kMinor, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

// ACT cae760: Ensures iframe elements have a non-empty accessible name (WCAG 4.1.2).
// Applies to: iframe elements without a negative tabindex.
#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag412"};
constexpr std::string_view kAct[] = {"cae760"};
constexpr std::string_view kWcag[] = {"4.1.2"};

bool Applies(AuditContext& ctx, NodeId n) {
  const Snapshot& s = ctx.snapshot();
  (void)s;
  return IsHtmlTag(s, n, "iframe") && !ctx.IsPresentational(n) &&
         !(s.Element(n).tabindex != kNoTabIndex && s.Element(n).tabindex < 0);
}

void Check(AuditContext& ctx, RuleReporter& out) {
  for (NodeId n = 0; n < ctx.snapshot().size(); ++n) {
    if (!ctx.snapshot().IsElement(n) || !ctx.IsIncludedInAccessibilityTree(n) ||
        !Applies(ctx, n)) {
      continue;
    }
    ExpectName(ctx, out, n, "iframe has no accessible name");
  }
}

}  // namespace

extern const Rule kFrameTitle = {
    {"frame-title", "Ensures iframe elements have a non-empty accessible name",
     "Frames must have an accessible name",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/cae760/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

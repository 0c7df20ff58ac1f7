// ACT 59796f: Ensures input type=image elements have a non-empty accessible name (WCAG 1.1.1 4.1.2).
// Applies to: input type=image elements with role button (no default name counts).
#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag111", "wcag412"};
constexpr std::string_view kAct[] = {"59796f"};
constexpr std::string_view kWcag[] = {"1.1.1", "4.1.2"};

bool Applies(AuditContext& ctx, NodeId n) {
  const Snapshot& s = ctx.snapshot();
  (void)s;
  std::optional<std::string_view> type = s.Attr(n, "type");
  return IsHtmlTag(s, n, "input") && type &&
         EqualsIgnoreAsciiCase(TrimAsciiWhitespace(*type), "image") &&
         ctx.Role(n) == "button";
}

void Check(AuditContext& ctx, RuleReporter& out) {
  for (NodeId n = 0; n < ctx.snapshot().size(); ++n) {
    if (!ctx.snapshot().IsElement(n) || !ctx.IsIncludedInAccessibilityTree(n) ||
        !Applies(ctx, n)) {
      continue;
    }
    ExpectName(ctx, out, n, "Image button has no accessible name");
  }
}

}  // namespace

extern const Rule kInputImageAlt = {
    {"input-image-alt", "Ensures input type=image elements have a non-empty accessible name",
     "Image buttons must have alternate text",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/59796f/",
     Impact::kCritical, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

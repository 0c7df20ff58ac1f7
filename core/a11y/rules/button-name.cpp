// ACT 97a4e1: Ensures buttons have a non-empty accessible name (WCAG 4.1.2).
// Applies to: elements with role button, except input type=image (input-image-alt).
#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag412"};
constexpr std::string_view kAct[] = {"97a4e1"};
constexpr std::string_view kWcag[] = {"4.1.2"};

bool Applies(AuditContext& ctx, NodeId n) {
  const Snapshot& s = ctx.snapshot();
  (void)s;
  std::optional<std::string_view> type = s.Attr(n, "type");
  bool image_button = IsHtmlTag(s, n, "input") && type &&
                      EqualsIgnoreAsciiCase(TrimAsciiWhitespace(*type), "image");
  return ctx.Role(n) == "button" && !image_button;
}

void Check(AuditContext& ctx, RuleReporter& out) {
  for (NodeId n = 0; n < ctx.snapshot().size(); ++n) {
    if (!ctx.snapshot().IsElement(n) || !ctx.IsIncludedInAccessibilityTree(n) ||
        !Applies(ctx, n)) {
      continue;
    }
    ExpectName(ctx, out, n, "Button has no accessible name");
  }
}

}  // namespace

extern const Rule kButtonName = {
    {"button-name", "Ensures buttons have a non-empty accessible name",
     "Buttons must have discernible text",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/97a4e1/",
     Impact::kCritical, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

// ACT 674b10 "Role attribute has valid value" (WCAG 1.3.1, 4.1.2 as best
// practice). Applies to HTML/SVG elements included in the accessibility
// tree whose role attribute has a non-whitespace value; at least one token
// must name a non-abstract WAI-ARIA (or Graphics/DPUB) role.
#include <string>

#include "core/a11y/roles.h"
#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"best-practice"};
constexpr std::string_view kAct[] = {"674b10"};
constexpr std::span<const std::string_view> kWcag{};

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!s.IsElement(n) || (s.NamespaceOf(n) != Namespace::kHtml &&
                            s.NamespaceOf(n) != Namespace::kSvg)) {
      continue;
    }
    std::optional<std::string_view> role = s.Attr(n, "role");
    if (!role || TrimAsciiWhitespace(*role).empty() ||
        !ctx.IsIncludedInAccessibilityTree(n)) {
      continue;
    }
    if (ResolveExplicitRole(*role) != nullptr) {
      out.Pass(n);
    } else {
      std::string value(TrimAsciiWhitespace(*role));
      out.Fail(n, "role=\"" + value + "\" has no valid ARIA role", {{"role", value}});
    }
  }
}

}  // namespace

extern const Rule kAriaRoles = {
    {"aria-roles", "Ensures role attributes have a valid value",
     "ARIA roles used must conform to valid values",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/674b10/",
     Impact::kCritical, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

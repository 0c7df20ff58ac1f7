// ACT 7d6734 "SVG element with explicit role has non-empty accessible name"
// (WCAG 1.1.1). Applies to SVG-namespace elements included in the
// accessibility tree whose explicit role (in effect) is img,
// graphics-document or graphics-symbol. Their names never come from content
// (AccName: these roles take names from the author only: aria-labelledby,
// aria-label, <title> child, title).
#include <string>

#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag111"};
constexpr std::string_view kAct[] = {"7d6734"};
constexpr std::string_view kWcag[] = {"1.1.1"};

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!s.IsElement(n) || s.NamespaceOf(n) != Namespace::kSvg) continue;
    std::string_view role = ctx.ExplicitRole(n);
    if (role != "img" && role != "graphics-document" && role != "graphics-symbol") {
      continue;
    }
    if (ctx.Role(n) != role || !ctx.IsIncludedInAccessibilityTree(n)) continue;
    ExpectName(ctx, out, n, "SVG " + std::string(role) + " has no accessible name");
  }
}

}  // namespace

extern const Rule kSvgImgAlt = {
    {"svg-img-alt", "Ensures SVG elements with an img, graphics-document or graphics-symbol role have a non-empty accessible name",
     "SVG elements with an img role must have an alternative text",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/7d6734/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

// ACT 6a7281 "ARIA state or property has valid value" (WCAG 1.3.1, 4.1.2
// as best practice). Applies to HTML/SVG elements with a WAI-ARIA state
// or property whose value is not empty; each value must match the
// attribute's value type (aria_values.h). IDs need not exist.
#include <string>

#include "core/a11y/aria_values.h"
#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"best-practice"};
constexpr std::string_view kAct[] = {"6a7281"};
constexpr std::span<const std::string_view> kWcag{};

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!s.IsElement(n) || (s.NamespaceOf(n) != Namespace::kHtml &&
                            s.NamespaceOf(n) != Namespace::kSvg)) {
      continue;
    }
    bool any = false;
    std::string reasons;
    for (const Attribute& a : s.Attributes(n)) {
      std::string_view name = s.String(a.name);
      if (!name.starts_with("aria-") || !FindAriaAttribute(name)) continue;
      AriaValueCheck c = ValidateAriaValue(name, s.String(a.value));
      if (c.verdict == AriaValueVerdict::kEmpty ||
          c.verdict == AriaValueVerdict::kUnknownAttribute) {
        continue;
      }
      any = true;
      if (c.valid) continue;
      if (!reasons.empty()) reasons += "; ";
      reasons += c.reason.empty() ? std::string(name) + " has an invalid value"
                                  : c.reason;
    }
    if (!any) continue;
    if (reasons.empty()) {
      out.Pass(n);
    } else {
      out.Fail(n, reasons);
    }
  }
}

}  // namespace

extern const Rule kAriaValidAttrValue = {
    {"aria-valid-attr-value", "Ensures all ARIA attributes have valid values",
     "ARIA attributes must conform to valid values",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/6a7281/",
     Impact::kCritical, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

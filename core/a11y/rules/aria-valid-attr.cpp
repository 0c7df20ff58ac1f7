// ACT 5f99a7 "ARIA attribute is defined in WAI-ARIA" (WCAG 1.3.1, 4.1.2
// as best practice). Applies to HTML/SVG elements with an aria-*
// attribute; every one must be a WAI-ARIA state or property. The
// ARIA 1.3 additions browsers already expose are accepted too.
#include <string>

#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"best-practice"};
constexpr std::string_view kAct[] = {"5f99a7"};
constexpr std::span<const std::string_view> kWcag{};

// WAI-ARIA 1.3 (Working Draft) attributes, source: W3C WAI-ARIA 1.3 §6.7.
constexpr std::string_view kAria13 =
    "aria-braillelabel aria-brailleroledescription aria-colindextext "
    "aria-description aria-rowindextext";

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!s.IsElement(n) || (s.NamespaceOf(n) != Namespace::kHtml &&
                            s.NamespaceOf(n) != Namespace::kSvg)) {
      continue;
    }
    bool any = false;
    std::string unknown;
    for (const Attribute& a : s.Attributes(n)) {
      std::string_view name = s.String(a.name);
      if (!name.starts_with("aria-")) continue;
      any = true;
      if (FindAriaAttribute(name) || AriaTokens(kAria13).Contains(name)) {
        continue;
      }
      if (!unknown.empty()) unknown += ", ";
      unknown += name;
    }
    if (!any) continue;
    if (unknown.empty()) {
      out.Pass(n);
    } else {
      out.Fail(n, "Not a WAI-ARIA attribute: " + unknown, {{"attributes", unknown}});
    }
  }
}

}  // namespace

extern const Rule kAriaValidAttr = {
    {"aria-valid-attr", "Ensures attributes that begin with aria- are valid ARIA attributes",
     "ARIA attributes must conform to valid names",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/5f99a7/",
     Impact::kCritical, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

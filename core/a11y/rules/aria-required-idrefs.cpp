// ACT in6db8 "ARIA required ID references exist" (WCAG 1.3.1, 4.1.2).
// Applies to HTML/SVG elements included in the accessibility tree whose
// explicit role (in effect) requires an ID-reference state or property
// that the element carries with a non-blank value: aria-controls of
// scrollbar, and of combobox while aria-expanded="true" (WAI-ARIA 1.2
// requires it only for an expanded combobox). At least one ID of the value
// must name an element in the same document or shadow tree.
#include <string>

#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag131", "wcag412"};
constexpr std::string_view kAct[] = {"in6db8"};
constexpr std::string_view kWcag[] = {"1.3.1", "4.1.2"};

bool IsIdRefType(const AriaAttribute* a) {
  return a && (a->type == AriaValueType::kIdReference ||
               a->type == AriaValueType::kIdReferenceList);
}

void CheckOne(AuditContext& ctx, RuleReporter& out, NodeId n, const AriaRole& role) {
  const Snapshot& s = ctx.snapshot();
  bool any = false;
  std::string missing;
  for (std::string_view attr : AriaTokens(role.required_states)) {
    std::optional<std::string_view> v = s.Attr(n, attr);
    if (!v || TrimAsciiWhitespace(*v).empty() || !IsIdRefType(FindAriaAttribute(attr))) {
      continue;
    }
    if (role.name == "combobox") {
      std::optional<std::string_view> expanded = s.Attr(n, "aria-expanded");
      if (!expanded || !EqualsIgnoreAsciiCase(TrimAsciiWhitespace(*expanded), "true")) {
        continue;
      }
    }
    any = true;
    if (ctx.IdRefs(n, attr).empty()) {
      if (!missing.empty()) missing += ' ';
      missing += attr;
    }
  }
  if (!any) return;
  if (missing.empty()) {
    out.Pass(n);
  } else {
    out.Fail(n, "No element has the ID(s) named by " + missing, {{"attributes", missing}});
  }
}

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!s.IsElement(n) || (s.NamespaceOf(n) != Namespace::kHtml &&
                            s.NamespaceOf(n) != Namespace::kSvg)) {
      continue;
    }
    std::string_view explicit_role = ctx.ExplicitRole(n);
    if (explicit_role.empty() || ctx.Role(n) != explicit_role ||
        !ctx.IsIncludedInAccessibilityTree(n)) {
      continue;
    }
    const AriaRole* role = ctx.RoleEntry(n);
    if (role != nullptr) CheckOne(ctx, out, n, *role);
  }
}

}  // namespace

extern const Rule kAriaRequiredIdrefs = {
    {"aria-required-idrefs", "Ensures required ARIA ID references point to existing elements",
     "Required ARIA ID references must exist",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/in6db8/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

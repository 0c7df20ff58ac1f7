// ACT 4e8ab6 "Element with role attribute has required states and
// properties" (WCAG 1.3.1, 4.1.2). Applies to HTML/SVG elements included in
// the accessibility tree with an explicit role that differs from their
// implicit role. Each required state/property of the role (and
// aria-valuenow for a focusable separator) must be present; a native
// checked state stands in for aria-checked on checkboxes and radios. A
// required attribute that is present but empty is cantTell.
#include <string>

#include "core/a11y/roles.h"
#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag131", "wcag412"};
constexpr std::string_view kAct[] = {"4e8ab6"};
constexpr std::string_view kWcag[] = {"1.3.1", "4.1.2"};

bool NativeChecked(const Snapshot& s, NodeId n) {
  if (!IsHtmlTag(s, n, "input")) return false;
  std::optional<std::string_view> type = s.Attr(n, "type");
  return type && (EqualsIgnoreAsciiCase(TrimAsciiWhitespace(*type), "checkbox") ||
                  EqualsIgnoreAsciiCase(TrimAsciiWhitespace(*type), "radio"));
}

void CheckOne(AuditContext& ctx, RuleReporter& out, NodeId n,
              const AriaRole& role) {
  const Snapshot& s = ctx.snapshot();
  std::string missing, empty;
  auto need = [&](std::string_view attr) {
    std::optional<std::string_view> v = s.Attr(n, attr);
    if (!v) {
      if (attr == "aria-checked" && NativeChecked(s, n)) return;
      if (!missing.empty()) missing += ' ';
      missing += attr;
    } else if (TrimAsciiWhitespace(*v).empty()) {
      if (!empty.empty()) empty += ' ';
      empty += attr;
    }
  };
  for (std::string_view attr : AriaTokens(role.required_states)) need(attr);
  if (s.IsFocusable(n)) {
    for (std::string_view attr : AriaTokens(role.required_if_focusable)) {
      need(attr);
    }
  }
  std::string name(role.name);
  if (!missing.empty()) {
    out.Fail(n, "role " + name + " requires: " + missing,
             {{"role", name}, {"missing", missing}});
  } else if (!empty.empty()) {
    out.CantTell(n, "role " + name + " has empty required: " + empty,
                 {{"role", name}, {"empty", empty}});
  } else {
    out.Pass(n);
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
    if (ImplicitRole(s, n, HasNonEmptyName(ctx, n)) == explicit_role) continue;
    const AriaRole* role = ctx.RoleEntry(n);
    if (role != nullptr) CheckOne(ctx, out, n, *role);
  }
}

}  // namespace

extern const Rule kAriaRequiredAttr = {
    {"aria-required-attr", "Ensures elements with ARIA roles have all required ARIA attributes",
     "Required ARIA attributes must be provided",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/4e8ab6/",
     Impact::kCritical, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

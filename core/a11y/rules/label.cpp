// ACT e086e5: Ensures form fields have a non-empty accessible name (WCAG 4.1.2).
// Applies to: elements with a form field role (checkbox, combobox, listbox, menuitemcheckbox, menuitemradio, radio, searchbox, slider, spinbutton, switch, textbox).
#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag412"};
constexpr std::string_view kAct[] = {"e086e5"};
constexpr std::string_view kWcag[] = {"4.1.2"};

bool Applies(AuditContext& ctx, NodeId n) {
  const Snapshot& s = ctx.snapshot();
  (void)s;
  static constexpr std::string_view kRoles[] = {
      "checkbox", "combobox", "listbox", "menuitemcheckbox", "menuitemradio",
      "radio", "searchbox", "slider", "spinbutton", "switch", "textbox"};
  std::string_view role = ctx.Role(n);
  for (std::string_view r : kRoles) {
    if (role == r) return true;
  }
  return false;
}

void Check(AuditContext& ctx, RuleReporter& out) {
  for (NodeId n = 0; n < ctx.snapshot().size(); ++n) {
    if (!ctx.snapshot().IsElement(n) || !ctx.IsIncludedInAccessibilityTree(n) ||
        !Applies(ctx, n)) {
      continue;
    }
    ExpectName(ctx, out, n, "Form field has no accessible name");
  }
}

}  // namespace

extern const Rule kLabel = {
    {"label", "Ensures form fields have a non-empty accessible name",
     "Form elements must have labels",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/e086e5/",
     Impact::kCritical, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

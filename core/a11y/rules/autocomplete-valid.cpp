// ACT 73f2c2 "Autocomplete attribute has valid value" (WCAG 1.3.5).
// Applies to HTML input (not hidden/button/submit/reset), select and
// textarea elements with an autocomplete value other than blank, on or off,
// that are not disabled (disabled or aria-disabled="true") and are visible
// or included in the accessibility tree. Passes when the value follows the
// HTML autofill grammar (autofill_tokens.h) and its field fits the control.
#include <string>

#include "core/a11y/rules/autofill_tokens.h"
#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag21aa", "wcag135"};
constexpr std::string_view kAct[] = {"73f2c2"};
constexpr std::string_view kWcag[] = {"1.3.5"};

constexpr std::string_view kInputTypes[] = {
    "hidden", "text", "search", "tel", "url", "email", "password", "date",
    "month", "week", "time", "datetime-local", "number", "range", "color",
    "checkbox", "radio", "file", "submit", "image", "reset", "button"};

std::string InputType(const Snapshot& s, NodeId n) {
  std::string_view t = TrimAsciiWhitespace(s.Attr(n, "type").value_or(""));
  for (std::string_view k : kInputTypes) {
    if (EqualsIgnoreAsciiCase(k, t)) return std::string(k);
  }
  return "text";
}

bool Applies(AuditContext& ctx, NodeId n, std::string_view value,
             const std::string& type) {
  const Snapshot& s = ctx.snapshot();
  std::string_view v = TrimAsciiWhitespace(value);
  if (v.empty() || EqualsIgnoreAsciiCase(v, "on") || EqualsIgnoreAsciiCase(v, "off")) {
    return false;
  }
  if (s.Tag(n) == "input" &&
      (type == "hidden" || type == "button" || type == "submit" || type == "reset")) {
    return false;
  }
  std::optional<std::string_view> aria = s.Attr(n, "aria-disabled");
  if ((s.Flags(n) & kFlagDisabled) ||
      (aria && EqualsIgnoreAsciiCase(TrimAsciiWhitespace(*aria), "true"))) {
    return false;
  }
  return ctx.IsVisible(n) || ctx.IsIncludedInAccessibilityTree(n);
}

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!IsHtmlTag(s, n, "input") && !IsHtmlTag(s, n, "select") &&
        !IsHtmlTag(s, n, "textarea")) {
      continue;
    }
    std::optional<std::string_view> value = s.Attr(n, "autocomplete");
    if (!value) continue;
    std::string type = s.Tag(n) == "input" ? InputType(s, n) : "";
    if (!Applies(ctx, n, *value, type)) continue;
    AutofillCheck c = ParseAutofill(*value);
    nlohmann::json data = {{"autocomplete", std::string(*value)}};
    if (!c.valid) {
      out.Fail(n, "autocomplete: " + c.problem, std::move(data));
    } else if (!AutofillGroupFitsControl(c.group, s.Tag(n), type)) {
      out.Fail(n, "autocomplete field \"" + std::string(c.field) +
                      "\" does not fit an input of type " + type,
               std::move(data));
    } else {
      out.Pass(n);
    }
  }
}

}  // namespace

extern const Rule kAutocompleteValid = {
    {"autocomplete-valid",
     "Ensures the autocomplete attribute is correct and suitable for the form field",
     "autocomplete attribute must be used correctly",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/73f2c2/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

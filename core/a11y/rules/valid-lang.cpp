// ACT de46e4 "Element with lang attribute has valid language tag" (WCAG
// 3.1.2). Applies to elements below <body> with a non-empty lang attribute
// that is the closest lang ancestor of some visible or exposed text, or of
// an exposed element with a non-empty accessible name.
#include <vector>

#include "core/a11y/rules/language_tags.h"
#include "core/a11y/rules/rule_util.h"
#include "core/a11y/visibility.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2aa", "wcag312"};
constexpr std::string_view kAct[] = {"de46e4"};
constexpr std::string_view kWcag[] = {"3.1.2"};

// Marks, per node, the closest element at or above it with a non-empty lang
// attribute inside a <body>, in one pre-order pass.
std::vector<NodeId> LangOwners(const Snapshot& s) {
  std::vector<NodeId> owner(s.size(), kNoNode);
  std::vector<uint8_t> in_body(s.size(), 0);
  for (NodeId n = 0; n < s.size(); ++n) {
    NodeId p = s.Parent(n);
    if (p != kNoNode && s.Kind(n) != NodeKind::kDocument) {
      owner[n] = owner[p];
      in_body[n] = in_body[p];
    }
    if (!s.IsElement(n)) continue;
    std::optional<std::string_view> lang = s.Attr(n, "lang");
    if (lang) owner[n] = in_body[n] && !lang->empty() ? n : kNoNode;
    if (IsHtmlTag(s, n, "body")) in_body[n] = 1;
  }
  return owner;
}

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  std::vector<NodeId> owner = LangOwners(s);
  std::vector<uint8_t> applicable(s.size(), 0);
  for (NodeId n = 0; n < s.size(); ++n) {
    NodeId o = owner[n];
    if (o == kNoNode || applicable[o]) continue;
    if (s.IsText(n)) {
      uint16_t st = ctx.States(n);
      if (!TrimAsciiWhitespace(s.Text(n)).empty() &&
          (st & (kStateVisible | kStateIncluded))) {
        applicable[o] = 1;
      }
    } else if (s.IsElement(n) && ctx.IsIncludedInAccessibilityTree(n) &&
               HasNonEmptyName(ctx, n)) {
      applicable[o] = 1;
    }
  }
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!applicable[n]) continue;
    std::string value(*s.Attr(n, "lang"));
    switch (ValidateLanguageTag(value)) {
      case LangTagVerdict::kValid:
        out.Pass(n);
        break;
      case LangTagVerdict::kInvalid:
        out.Fail(n, "lang=\"" + value + "\" is not a valid language tag",
                 {{"lang", value}});
        break;
      case LangTagVerdict::kUnknown:
        out.CantTell(n, "lang=\"" + value + "\": primary subtag not in seamkit's table",
                     {{"lang", value}});
        break;
    }
  }
}

}  // namespace

extern const Rule kValidLang = {
    {"valid-lang", "Ensures lang attributes have valid values",
     "lang attribute must have a valid value",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/de46e4/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

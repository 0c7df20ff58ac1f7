// ACT bf051a "HTML page lang attribute has valid language tag" (WCAG
// 3.1.1). Applies to the top-level <html> element with a non-blank lang.
#include "core/a11y/rules/language_tags.h"
#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag311"};
constexpr std::string_view kAct[] = {"bf051a"};
constexpr std::string_view kWcag[] = {"3.1.1"};

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  NodeId html = TopLevelHtmlElement(s);
  if (html == kNoNode) return;
  std::optional<std::string_view> lang = s.Attr(html, "lang");
  if (!lang || TrimAsciiWhitespace(*lang).empty()) return;
  std::string value(TrimAsciiWhitespace(*lang));
  switch (ValidateLanguageTag(value)) {
    case LangTagVerdict::kValid:
      out.Pass(html);
      break;
    case LangTagVerdict::kInvalid:
      out.Fail(html, "lang=\"" + value + "\" has no valid primary language subtag",
               {{"lang", value}});
      break;
    case LangTagVerdict::kUnknown:
      out.CantTell(html, "lang=\"" + value + "\": primary subtag not in seamkit's table",
                   {{"lang", value}});
      break;
  }
}

}  // namespace

extern const Rule kHtmlLangValid = {
    {"html-lang-valid", "Ensures the lang attribute of <html> has a valid value",
     "<html> element must have a valid value for the lang attribute",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/bf051a/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

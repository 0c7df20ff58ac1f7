// ACT 5b7ae0 "HTML page lang and xml:lang attributes have matching values"
// (WCAG 3.1.1; retired from the ACT rules list, kept as the HTML
// requirement that both name the same language). Applies to the top-level
// <html> element with non-blank lang and xml:lang whose language tags are
// valid; passes when the primary language subtags match, ASCII
// case-insensitively.
#include <string>

#include "core/a11y/rules/language_tags.h"
#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag311"};
constexpr std::string_view kAct[] = {"5b7ae0"};
constexpr std::string_view kWcag[] = {"3.1.1"};

std::string_view Primary(std::string_view tag) {
  tag = TrimAsciiWhitespace(tag);
  return tag.substr(0, tag.find('-'));
}

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  NodeId html = TopLevelHtmlElement(s);
  if (html == kNoNode) return;
  std::optional<std::string_view> lang = s.Attr(html, "lang");
  std::optional<std::string_view> xml = s.Attr(html, "xml:lang");
  if (!lang || !xml || TrimAsciiWhitespace(*lang).empty() ||
      TrimAsciiWhitespace(*xml).empty()) {
    return;
  }
  if (ValidateLanguageTag(*lang) != LangTagVerdict::kValid ||
      ValidateLanguageTag(*xml) != LangTagVerdict::kValid) {
    return;
  }
  nlohmann::json data = {{"lang", std::string(*lang)}, {"xmlLang", std::string(*xml)}};
  if (EqualsIgnoreAsciiCase(Primary(*lang), Primary(*xml))) {
    out.Pass(html);
  } else {
    out.Fail(html, "lang and xml:lang name different languages", std::move(data));
  }
}

}  // namespace

extern const Rule kHtmlXmlLangMismatch = {
    {"html-xml-lang-mismatch",
     "Ensures lang and xml:lang on <html> name the same base language",
     "HTML elements with lang and xml:lang must have the same base language",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/5b7ae0/",
     Impact::kModerate, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

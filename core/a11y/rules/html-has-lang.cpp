// ACT b5c3f8 "HTML page has lang attribute" (WCAG 3.1.1).
// The top-level document's <html> element needs a lang attribute that is
// not empty or whitespace (xml:lang alone does not count).
#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag311"};
constexpr std::string_view kAct[] = {"b5c3f8"};
constexpr std::string_view kWcag[] = {"3.1.1"};

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  NodeId html = TopLevelHtmlElement(s);
  if (html == kNoNode) return;
  std::optional<std::string_view> lang = s.Attr(html, "lang");
  if (!lang) {
    out.Fail(html, "The <html> element has no lang attribute");
  } else if (TrimAsciiWhitespace(*lang).empty()) {
    out.Fail(html, "The <html> element's lang attribute is empty");
  } else {
    out.Pass(html);
  }
}

}  // namespace

extern const Rule kHtmlHasLang = {
    {"html-has-lang", "Ensures every HTML document has a lang attribute",
     "<html> element must have a lang attribute",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/b5c3f8/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

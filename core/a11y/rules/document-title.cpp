// ACT 2779a5 "HTML page has non-empty title" (WCAG 2.4.2).
// Applies to the top-level HTML document; the first <title> of the
// document (light DOM, not in shadow trees or frames) must have text.
#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag242"};
constexpr std::string_view kAct[] = {"2779a5"};
constexpr std::string_view kWcag[] = {"2.4.2"};

NodeId FirstTitle(const Snapshot& s) {
  for (NodeId n = 1; n < s.size();) {
    NodeKind k = s.Kind(n);
    if (k == NodeKind::kShadowRoot || k == NodeKind::kDocument) {
      n = s.SubtreeEnd(n);
      continue;
    }
    if (IsHtmlTag(s, n, "title")) return n;
    ++n;
  }
  return kNoNode;
}

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  NodeId html = TopLevelHtmlElement(s);
  if (html == kNoNode) return;
  NodeId title = FirstTitle(s);
  if (title == kNoNode) {
    out.Fail(html, "Document has no <title> element");
  } else if (TrimAsciiWhitespace(ctx.TextContent(title)).empty()) {
    out.Fail(html, "The document's first <title> element is empty");
  } else {
    out.Pass(html);
  }
}

}  // namespace

extern const Rule kDocumentTitle = {
    {"document-title", "Ensures each HTML document has a non-empty <title>",
     "Documents must have a <title> element to aid in navigation",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/2779a5/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

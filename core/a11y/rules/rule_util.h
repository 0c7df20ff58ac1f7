// Small helpers shared by the rule files (core/a11y/rules/*.cpp).
#ifndef SEAMKIT_CORE_A11Y_RULES_RULE_UTIL_H_
#define SEAMKIT_CORE_A11Y_RULES_RULE_UTIL_H_

#include <optional>
#include <string>
#include <string_view>

#include "core/a11y/aria_data.h"
#include "core/a11y/context.h"
#include "core/a11y/rule.h"
#include "core/a11y/snapshot.h"

namespace seamkit::a11y::rules {

inline bool IsHtmlElement(const Snapshot& s, NodeId n) {
  return s.IsElement(n) && s.NamespaceOf(n) == Namespace::kHtml;
}
inline bool IsHtmlTag(const Snapshot& s, NodeId n, std::string_view tag) {
  return IsHtmlElement(s, n) && s.Tag(n) == tag;
}
// The document element (first element child) of a kDocument node.
inline NodeId DocumentElement(const Snapshot& s, NodeId doc) {
  if (s.Kind(doc) != NodeKind::kDocument) return kNoNode;
  for (NodeId c : s.Children(doc)) {
    if (s.IsElement(c)) return c;
  }
  return kNoNode;
}
// The <html> element of the top-level document when the snapshot root is
// an HTML document (text/html or unknown content type); else kNoNode.
inline NodeId TopLevelHtmlElement(const Snapshot& s) {
  if (s.size() == 0 || s.Kind(0) != NodeKind::kDocument) return kNoNode;
  std::string_view type = s.String(s.Document(0).content_type);
  if (!type.empty() && type != "text/html") return kNoNode;
  NodeId html = DocumentElement(s, 0);
  return html != kNoNode && IsHtmlTag(s, html, "html") ? html : kNoNode;
}
inline bool HasNonEmptyName(AuditContext& ctx, NodeId n) {
  return !ctx.Name(n).text.empty();
}
// Passes when the accessible name is non-empty, else fails with `message`.
inline void ExpectName(AuditContext& ctx, RuleReporter& out, NodeId n,
                       std::string message) {
  if (HasNonEmptyName(ctx, n)) {
    out.Pass(n);
  } else {
    out.Fail(n, std::move(message));
  }
}

}  // namespace seamkit::a11y::rules

#endif  // SEAMKIT_CORE_A11Y_RULES_RULE_UTIL_H_

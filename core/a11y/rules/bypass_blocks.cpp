#include "core/a11y/rules/bypass_blocks.h"

#include "core/a11y/rules/rule_util.h"
#include "core/a11y/visibility.h"

namespace seamkit::a11y::rules {
namespace {

// Nodes of the top-level document (its subtree without nested frames).
template <typename F>
NodeId FindInPage(AuditContext& ctx, F&& match) {
  const Snapshot& s = ctx.snapshot();
  if (TopLevelHtmlElement(s) == kNoNode) return kNoNode;
  for (NodeId n = 1; n < s.size(); ++n) {
    if (s.Kind(n) == NodeKind::kDocument) {
      n = s.SubtreeEnd(n) - 1;
      continue;
    }
    if (match(n)) return n;
  }
  return kNoNode;
}

bool InRepeatedLandmark(AuditContext& ctx, NodeId n) {
  for (NodeId a : ctx.snapshot().Ancestors(n)) {
    std::string_view r = ctx.Role(a);
    if (r == "navigation" || r == "banner" || r == "contentinfo" ||
        r == "complementary" || r == "search") {
      return true;
    }
  }
  return false;
}

}  // namespace

NodeId PageWithText(AuditContext& ctx) {
  const Snapshot& s = ctx.snapshot();
  NodeId text = FindInPage(ctx, [&](NodeId n) {
    return s.IsText(n) && !TrimAsciiWhitespace(s.Text(n)).empty() &&
           (ctx.States(n) & (kStateVisible | kStateIncluded));
  });
  return text == kNoNode ? kNoNode : TopLevelHtmlElement(s);
}

NodeId FindContentHeading(AuditContext& ctx) {
  const Snapshot& s = ctx.snapshot();
  return FindInPage(ctx, [&](NodeId n) {
    return s.IsElement(n) && ctx.Role(n) == "heading" &&
           ctx.IsIncludedInAccessibilityTree(n) && ctx.IsVisible(n) &&
           !InRepeatedLandmark(ctx, n);
  });
}

NodeId FindMainLandmark(AuditContext& ctx) {
  const Snapshot& s = ctx.snapshot();
  return FindInPage(ctx, [&](NodeId n) {
    return s.IsElement(n) && ctx.Role(n) == "main" &&
           ctx.IsIncludedInAccessibilityTree(n) &&
           !TrimAsciiWhitespace(ctx.VisibleTextContent(n)).empty();
  });
}

NodeId FindSkipLink(AuditContext& ctx) {
  const Snapshot& s = ctx.snapshot();
  return FindInPage(ctx, [&](NodeId n) {
    if (!s.IsElement(n) || ctx.Role(n) != "link" ||
        !ctx.IsInSequentialFocusNavigation(n)) {
      return false;
    }
    std::optional<std::string_view> href = s.Attr(n, "href");
    if (!href) return false;
    std::string_view h = TrimAsciiWhitespace(*href);
    if (h.size() < 2 || h[0] != '#') return false;
    NodeId target = s.GetElementById(s.ScopeOf(n), h.substr(1));
    if (target == kNoNode) {  // HTML also matches name= of <a>
      return false;
    }
    // Focus must move forward, out of the link, and not into repeated
    // content (an aside, a navigation block).
    return target > n && !s.IsAncestorOf(target, n) && !InRepeatedLandmark(ctx, target);
  });
}

}  // namespace seamkit::a11y::rules

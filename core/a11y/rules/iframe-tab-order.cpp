// ACT akn7bn "Iframe with interactive elements is not excluded from
// tab-order" (WCAG 2.1.1). Applies to rendered, non-inert HTML iframes
// whose content document holds an element that is visible within the
// frame's viewport and in sequential focus navigation. Fails when the
// iframe has a negative tabindex. A cross-origin frame with a negative
// tabindex is cantTell (its content was not collected).
#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag211"};
constexpr std::string_view kAct[] = {"akn7bn"};
constexpr std::string_view kWcag[] = {"2.1.1"};

bool InViewport(const Rect& b, const DocumentInfo& doc) {
  if (doc.viewport_width <= 0 || doc.viewport_height <= 0) return true;
  return b.x < doc.viewport_width && b.y < doc.viewport_height &&
         b.x + b.width > 0 && b.y + b.height > 0;
}

bool HasReachableContent(AuditContext& ctx, NodeId doc) {
  const Snapshot& s = ctx.snapshot();
  const DocumentInfo& info = s.Document(doc);
  for (NodeId d = doc + 1; d < s.SubtreeEnd(doc); ++d) {
    if (s.IsElement(d) && ctx.IsInSequentialFocusNavigation(d) && ctx.IsVisible(d) &&
        InViewport(s.BoundingBox(d), info)) {
      return true;
    }
  }
  return false;
}

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!IsHtmlTag(s, n, "iframe") || !ctx.IsRendered(n)) continue;
    if (s.Flags(n) & kFlagInert) continue;
    std::optional<int32_t> tabindex = s.TabIndex(n);
    bool negative = tabindex && *tabindex < 0;
    NodeId doc = s.ContentDocument(n);
    if (doc == kNoNode) continue;
    if (s.Kind(doc) == NodeKind::kOpaqueFrame) {
      if (negative) out.CantTell(n, "Frame content was not collected (cross-origin)");
      continue;
    }
    if (!HasReachableContent(ctx, doc)) continue;
    if (negative) {
      out.Fail(n, "iframe with focusable content has a negative tabindex",
               {{"tabindex", *tabindex}});
    } else {
      out.Pass(n);
    }
  }
}

}  // namespace

extern const Rule kIframeTabOrder = {
    {"iframe-tab-order",
     "Ensures iframes with interactive content are not removed from the tab order",
     "Frames with focusable content must not have a negative tabindex",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/akn7bn/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

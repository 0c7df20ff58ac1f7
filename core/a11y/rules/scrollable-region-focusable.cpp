// ACT 0ssw9k "Scrollable content can be reached with sequential focus
// navigation" (WCAG 2.1.1, 2.1.3). Applies to visible HTML elements other
// than iframes and the viewport scrollers (html, body) that the collector marked scrollable (kFlagScrollableX/Y)
// and that hold visible content (text or an embedded/form element). Passes
// when the element or a flat-tree descendant is in sequential focus
// navigation.
#include "core/a11y/rules/rule_util.h"
#include "core/a11y/visibility.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag211", "wcag213"};
constexpr std::string_view kAct[] = {"0ssw9k"};
constexpr std::string_view kWcag[] = {"2.1.1", "2.1.3"};

bool IsContentElement(const Snapshot& s, NodeId n) {
  static constexpr std::string_view kTagsWithContent[] = {
      "img", "svg", "video", "canvas", "iframe", "input", "select", "textarea",
      "button", "object", "embed", "picture", "audio", "meter", "progress"};
  std::string_view tag = s.Tag(n);
  for (std::string_view t : kTagsWithContent) {
    if (tag == t) return true;
  }
  return false;
}

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!IsHtmlElement(s, n) || s.Tag(n) == "iframe") continue;
    if (s.Tag(n) == "html" || s.Tag(n) == "body") continue;  // the viewport
    if (!(s.Flags(n) & (kFlagScrollableX | kFlagScrollableY)) || !ctx.IsVisible(n)) {
      continue;
    }
    bool content = false, reachable = ctx.IsInSequentialFocusNavigation(n);
    for (NodeId d = n + 1; d < s.SubtreeEnd(n) && !reachable; ++d) {
      if (s.Kind(d) == NodeKind::kDocument) {  // a frame's own focus order
        d = s.SubtreeEnd(d) - 1;
        continue;
      }
      if (s.IsText(d)) content = content || (ctx.States(d) & kStateVisible);
      if (!s.IsElement(d)) continue;
      if (IsContentElement(s, d) && ctx.IsVisible(d)) content = true;
      reachable = ctx.IsInSequentialFocusNavigation(d);
    }
    if (reachable) {
      out.Pass(n);
    } else if (content) {
      out.Fail(n, "Scrollable region cannot be reached with the keyboard: make it "
                  "focusable (tabindex=\"0\") or give it focusable content");
    }
  }
}

}  // namespace

extern const Rule kScrollableRegionFocusable = {
    {"scrollable-region-focusable",
     "Ensures scrollable regions can be reached with sequential focus navigation",
     "Scrollable region must have keyboard access",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/0ssw9k/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

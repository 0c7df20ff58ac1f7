// ACT 6cfa84 "Element with aria-hidden has no content in sequential focus
// navigation" (WCAG 1.3.1, 4.1.2). Applies to HTML/SVG elements with
// aria-hidden="true"; neither the element nor a descendant may be in
// sequential focus navigation. One reverse pass marks subtrees holding a
// tabbable node, so nested aria-hidden elements cost O(n) in total.
// While a visible modal dialog is open, tabbable content outside it is often
// a focus sentinel whose script sends focus back into the dialog. The
// collector probes such content (kFlagFocusProbed): when focusing every
// tabbable element of the subtree sent focus elsewhere, the subtree passes;
// when one kept focus, it fails. Unprobed (a JSON snapshot, another
// collector): cantTell.
#include <vector>

#include "core/a11y/rules/rule_util.h"
#include "core/a11y/visibility.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag131", "wcag412"};
constexpr std::string_view kAct[] = {"6cfa84"};
constexpr std::string_view kWcag[] = {"1.3.1", "4.1.2"};

// A visible element with role dialog/alertdialog and aria-modal="true".
bool ModalDialogOpen(AuditContext& ctx) {
  const Snapshot& s = ctx.snapshot();
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!s.IsElement(n)) continue;
    std::optional<std::string_view> modal = s.Attr(n, "aria-modal");
    if (!modal || *modal != "true") continue;
    std::string_view role = ctx.Role(n);
    if ((role == "dialog" || role == "alertdialog") && ctx.IsVisible(n)) {
      return true;
    }
  }
  return false;
}

// The first tabbable element in n's subtree that keeps focus, or kNoNode when
// every one was probed and sent focus elsewhere; `unprobed` is set when one
// was not probed.
NodeId FirstKeepingFocus(AuditContext& ctx, NodeId n, bool* unprobed) {
  const Snapshot& s = ctx.snapshot();
  *unprobed = false;
  for (NodeId d : s.PreOrder(n)) {
    if (!s.IsElement(d) || (ctx.States(d) & kStateStyleHidden) ||
        !ctx.IsInSequentialFocusNavigation(d)) {
      continue;
    }
    uint32_t f = s.Flags(d);
    if (!(f & kFlagFocusProbed)) {
      *unprobed = true;
    } else if (!(f & kFlagFocusRedirected)) {
      return d;
    }
  }
  return kNoNode;
}

void Check(AuditContext& ctx, RuleReporter& out) {
  const Snapshot& s = ctx.snapshot();
  // first_tabbable[n]: a tabbable node in n's subtree (kNoNode if none).
  std::vector<NodeId> first_tabbable(s.size(), kNoNode);
  for (NodeId n = s.size(); n-- > 0;) {
    if (s.IsElement(n) && !(ctx.States(n) & kStateStyleHidden) &&
        ctx.IsInSequentialFocusNavigation(n)) {
      first_tabbable[n] = n;
    }
    NodeId p = s.Parent(n);
    if (p != kNoNode && first_tabbable[n] != kNoNode) {
      first_tabbable[p] = first_tabbable[n];
    }
  }
  bool modal_open = ModalDialogOpen(ctx);
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!s.IsElement(n) || (s.NamespaceOf(n) != Namespace::kHtml &&
                            s.NamespaceOf(n) != Namespace::kSvg)) {
      continue;
    }
    std::optional<std::string_view> hidden = s.Attr(n, "aria-hidden");
    if (!hidden || !IsAriaHiddenTrue(*hidden)) continue;
    NodeId f = first_tabbable[n];
    if (f == kNoNode) {
      out.Pass(n);
      continue;
    }
    if (!modal_open) {
      out.Fail(n, "aria-hidden content holds an element in the tab order",
               {{"focusable", f}});
      continue;
    }
    bool unprobed = false;
    NodeId keeps = FirstKeepingFocus(ctx, n, &unprobed);
    if (keeps != kNoNode) {
      out.Fail(n,
               "aria-hidden content holds an element in the tab order that "
               "keeps focus (it is no focus sentinel)",
               {{"focusable", keeps}});
    } else if (!unprobed) {
      out.Pass(n);
    } else {
      out.CantTell(n,
                   "aria-hidden content holds an element in the tab order while "
                   "a modal dialog is open; check whether script moves focus "
                   "back into the dialog (a focus sentinel)",
                   {{"focusable", f}});
    }
  }
}

}  // namespace

extern const Rule kAriaHiddenFocus = {
    {"aria-hidden-focus", "Ensures aria-hidden elements are not focusable nor contain focusable elements",
     "ARIA hidden element must not be focusable or contain focusable elements",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/6cfa84/",
     Impact::kSerious, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

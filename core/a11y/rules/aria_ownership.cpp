#include "core/a11y/rules/aria_ownership.h"

#include "core/a11y/rules/rule_util.h"
#include "core/a11y/visibility.h"

namespace seamkit::a11y::rules {

AriaOwnership::AriaOwnership(AuditContext& ctx)
    : ctx_(ctx), claimed_by_(ctx.snapshot().size(), kNoNode) {
  const Snapshot& s = ctx.snapshot();
  for (NodeId n = 0; n < s.size(); ++n) {
    if (!s.IsElement(n) || !s.HasAttr(n, "aria-owns")) continue;
    for (NodeId t : ctx.IdRefs(n, "aria-owns")) {
      if (t == n || s.IsAncestorOf(t, n) || claimed_by_[t] != kNoNode) continue;
      claimed_by_[t] = n;
      claims_.push_back(n);
      claims_.push_back(t);
    }
  }
}

bool AriaOwnership::IsIgnored(NodeId n) {
  const Snapshot& s = ctx_.snapshot();
  if (!s.IsElement(n) || !ctx_.IsIncludedInAccessibilityTree(n)) return true;
  std::string_view role = ctx_.Role(n);
  if (AuditContext::RoleIsNone(role)) return true;
  if (!role.empty() && role != "generic") return false;
  return !s.IsFocusable(n) && !ctx_.HasGlobalAriaAttribute(n);
}

NodeId AriaOwnership::FlatParent(NodeId n) const {
  const Snapshot& s = ctx_.snapshot();
  NodeId slot = s.AssignedSlot(n);
  if (slot != kNoNode) return slot;
  NodeId p = s.Parent(n);
  if (p != kNoNode && s.Kind(p) == NodeKind::kShadowRoot) p = s.Parent(p);
  return p != kNoNode && s.IsElement(p) ? p : kNoNode;
}

NodeId AriaOwnership::OwnerOf(NodeId n) {
  for (uint32_t steps = 0; n != kNoNode && steps <= ctx_.snapshot().size();
       ++steps) {
    NodeId p = claimed_by_[n] != kNoNode ? claimed_by_[n] : FlatParent(n);
    if (p == kNoNode || !IsIgnored(p)) return p;
    n = p;
  }
  return kNoNode;
}

std::vector<NodeId> AriaOwnership::OwnedElements(NodeId n, bool* has_text) {
  const Snapshot& s = ctx_.snapshot();
  std::vector<NodeId> out, stack, kids;
  auto push_children = [&](NodeId e) {
    s.FlatChildren(e, &kids);
    for (size_t i = kids.size(); i-- > 0;) stack.push_back(kids[i]);
  };
  // A node claimed through aria-owns is reached only from its claim.
  auto visit = [&](NodeId root, bool from_claim) {
    stack.push_back(root);
    while (!stack.empty()) {
      NodeId c = stack.back();
      stack.pop_back();
      if (claimed_by_[c] != kNoNode && !(from_claim && c == root)) continue;
      if (s.IsText(c)) {
        if (!TrimAsciiWhitespace(s.Text(c)).empty() &&
            (ctx_.States(c) & kStateIncluded)) {
          *has_text = true;
        }
      } else if (s.IsElement(c) && ctx_.IsIncludedInAccessibilityTree(c)) {
        if (IsIgnored(c)) {
          push_children(c);
        } else {
          out.push_back(c);
        }
      }
    }
  };
  *has_text = false;
  s.FlatChildren(n, &kids);
  std::vector<NodeId> direct = kids;
  for (NodeId c : direct) visit(c, false);
  for (size_t i = 0; i + 1 < claims_.size(); i += 2) {
    if (claims_[i] == n) visit(claims_[i + 1], true);
  }
  return out;
}

}  // namespace seamkit::a11y::rules

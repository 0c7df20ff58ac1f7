// Accessibility-tree parent/child relations for the ARIA ownership rules
// (aria-required-parent, aria-required-children).
//
// The ACT glossary's "owned by": the accessibility-tree parent, taking
// aria-owns into account. Elements a browser leaves out of the tree do not
// count as parents or owned elements: elements not included in the
// accessibility tree, role none/presentation, and generic (or role-less)
// elements that are neither focusable nor carry a global ARIA attribute
// (WAI-ARIA 1.2 §5.2.7/§5.2.6: intervening generic and none elements are
// ignored). The flat tree is followed: shadow roots and slots count, and
// aria-owns resolves IDs in the owner's own tree (first claim wins, an
// element never owns its own ancestor).
#ifndef SEAMKIT_CORE_A11Y_RULES_ARIA_OWNERSHIP_H_
#define SEAMKIT_CORE_A11Y_RULES_ARIA_OWNERSHIP_H_

#include <vector>

#include "core/a11y/context.h"

namespace seamkit::a11y::rules {

class AriaOwnership {
 public:
  explicit AriaOwnership(AuditContext& ctx);

  // True when the browser would not expose n as a node of its own.
  bool IsIgnored(NodeId n);
  // The element that owns n in the accessibility tree, or kNoNode.
  NodeId OwnerOf(NodeId n);
  // The elements n owns (document order, then aria-owns order); sets
  // *has_text when n also owns non-whitespace text directly.
  std::vector<NodeId> OwnedElements(NodeId n, bool* has_text);

 private:
  NodeId FlatParent(NodeId n) const;

  AuditContext& ctx_;
  std::vector<NodeId> claimed_by_;  // aria-owns owner per node, or kNoNode
  std::vector<NodeId> claims_;      // (owner, target) pairs, flattened
};

}  // namespace seamkit::a11y::rules

#endif  // SEAMKIT_CORE_A11Y_RULES_ARIA_OWNERSHIP_H_

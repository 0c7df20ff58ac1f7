// Per-node rendering and exposure states, computed for the whole snapshot in
// two linear passes (pre-order for inherited flags, reverse order for
// "has visible content"). No recursion, no ancestor walks.
//
// Definitions (W3C ACT Rules glossary, https://www.w3.org/WAI/standards-
// guidelines/act/rules/about/ "Glossary"):
// * included in the accessibility tree: not hidden by aria-hidden="true" on
//   itself or an ancestor, not display:none (self or ancestor, or a light-DOM
//   child a shadow tree does not slot), computed visibility visible, not
//   inert.
// * visible: rendered, visibility visible, the product of ancestor opacities
//   above 0, not clipped to nothing (clip / clip-path on itself or an
//   ancestor, or an ancestor that hides overflow and has an empty box), and
//   either a non-empty box that is not entirely off-screen (left of or above
//   the document origin, where scrolling cannot reach) or visible content.
//   A text node is visible when it has non-whitespace text, a font size
//   above 0 and its parent element passes the same style tests.
#ifndef SEAMKIT_CORE_A11Y_VISIBILITY_H_
#define SEAMKIT_CORE_A11Y_VISIBILITY_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/a11y/snapshot.h"

namespace seamkit::a11y {

enum NodeStateBit : uint16_t {
  kStateNotRendered = 1 << 0,   // display:none (self/ancestor), unslotted
  kStateStyleHidden = 1 << 1,   // computed visibility hidden / collapse
  kStateAriaHidden = 1 << 2,    // aria-hidden=true on self or an ancestor
  kStateInert = 1 << 3,         // inert on self or an ancestor
  kStateTransparent = 1 << 4,   // opacity product is 0
  kStateClipped = 1 << 5,       // clipped to nothing (self or ancestor)
  kStateOffScreen = 1 << 6,     // box (parent's box for text) unreachable
  kStateEmptyBox = 1 << 7,      // box of zero area (parent's for text)
  kStateVisible = 1 << 8,       // visible per the ACT glossary
  kStateIncluded = 1 << 9,      // included in the accessibility tree
  kStateHidesOverflow = 1 << 10,  // element clips its overflow
};

// One uint16_t of NodeStateBit per node.
std::vector<uint16_t> ComputeNodeStates(const Snapshot& snapshot);

// True for aria-hidden values that hide: "true" (ASCII case-insensitive,
// surrounding whitespace ignored).
bool IsAriaHiddenTrue(std::string_view value);

// True when a computed `clip` (for absolutely positioned boxes) or
// `clip-path` value leaves nothing painted: a rect() of zero area, inset()
// of 50% or more, circle(0)/ellipse(0 ...) radii.
bool ClipIsEmpty(std::string_view clip);
bool ClipPathIsEmpty(std::string_view clip_path);

}  // namespace seamkit::a11y

#endif  // SEAMKIT_CORE_A11Y_VISIBILITY_H_

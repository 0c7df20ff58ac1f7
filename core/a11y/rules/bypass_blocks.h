// Evidence for the bypass-blocks rules (ACT cf77f2 and its inputs 047fe0,
// b40fd1, ye5d6e).
//
// Which content is "repeated" is defined by other pages: a block of content
// is repeated when a page the document links to has an equivalent block (ACT
// glossary "block of repeated content"). The snapshot knows that only when
// the collector compared the page with others (DocumentInfo::
// content_compared; kFlagRepeated on what it found). Then the rules decide
// by the ACT definitions, failed included. Without a comparison they pass
// on evidence of a bypass mechanism and are cantTell otherwise; they never
// fail.
#ifndef SEAMKIT_CORE_A11Y_RULES_BYPASS_BLOCKS_H_
#define SEAMKIT_CORE_A11Y_RULES_BYPASS_BLOCKS_H_

#include <cstdint>
#include <vector>

#include "core/a11y/context.h"
#include "core/a11y/rule.h"

namespace seamkit::a11y::rules {

// The top-level <html> element when the page has text that is visible or
// included in the accessibility tree; else kNoNode (rule inapplicable).
NodeId PageWithText(AuditContext& ctx);

// ---- without a comparison (heuristics, pass or cantTell) ----

// A visible heading included in the accessibility tree outside navigation,
// banner, contentinfo, complementary and search landmarks; kNoNode if none.
NodeId FindContentHeading(AuditContext& ctx);

// A main landmark included in the accessibility tree that holds visible
// text; kNoNode if none.
NodeId FindMainLandmark(AuditContext& ctx);

// A link in sequential focus navigation whose href is "#id" naming an
// element of the same document that follows it in tree order, is not its
// ancestor and is outside those landmarks; kNoNode if none.
NodeId FindSkipLink(AuditContext& ctx);

// ---- with a comparison (the ACT definitions) ----

// The top-level document's repeated content, computed once per audit.
struct RepeatedContent {
  bool compared = false;  // the collector compared the page with others
  // Per node: inside an element flagged kFlagRepeated (the flag's subtree).
  std::vector<uint8_t> repeated;
  // The first perceivable content (tree order) inside a block of repeated
  // content; kNoNode when the page has none.
  NodeId first_repeated = kNoNode;
  // The first "non-repeated content after repeated content" (ACT glossary):
  // perceivable, in no repeated block, after first_repeated; kNoNode if none.
  NodeId first_after = kNoNode;
  // The page has scripts (a <script> element or an event handler attribute),
  // so a scripted control may move focus or hide a block where the snapshot
  // cannot see it.
  bool scripted = false;
  // Something besides scripts may collapse a block: a <details> element, a
  // popover, a checkbox or radio button (CSS :checked), an in-page link to
  // an element (CSS :target).
  bool other_toggles = false;
};
const RepeatedContent& Repeated(AuditContext& ctx);

// ACT "perceivable content": text with non-whitespace characters, or an
// embedded or form control element (img, svg, video, input, ...), visible
// or included in the accessibility tree and not presentational.
bool IsPerceivableContent(AuditContext& ctx, NodeId n);

// n is non-repeated content after repeated content (ACT glossary), given
// that n is perceivable content or an element holding some.
bool IsNonRepeatedAfterRepeated(const RepeatedContent& r, NodeId n);

// A visible heading included in the accessibility tree that is non-repeated
// content after repeated content (ACT 047fe0); kNoNode if none.
NodeId FindHeadingAfterRepeated(AuditContext& ctx);

// A landmark included in the accessibility tree whose first perceivable
// content (itself) is non-repeated content after repeated content and that
// holds perceivable content (ACT b40fd1); kNoNode if none.
NodeId FindLandmarkAfterRepeated(AuditContext& ctx);

// A link in sequential focus navigation to "#id" of this document where the
// first perceivable content at or after the target is non-repeated content
// after repeated content (ACT ye5d6e "instrument to move focus just before
// non-repeated content"); kNoNode if none.
NodeId FindLinkToNonRepeated(AuditContext& ctx);

}  // namespace seamkit::a11y::rules

#endif  // SEAMKIT_CORE_A11Y_RULES_BYPASS_BLOCKS_H_

// Evidence for the bypass-blocks rules (ACT cf77f2 and its inputs 047fe0,
// b40fd1, ye5d6e). Which content is "repeated" needs human judgement, so
// these rules pass on evidence of a bypass mechanism and are cantTell
// without it; they never fail.
#ifndef SEAMKIT_CORE_A11Y_RULES_BYPASS_BLOCKS_H_
#define SEAMKIT_CORE_A11Y_RULES_BYPASS_BLOCKS_H_

#include "core/a11y/context.h"
#include "core/a11y/rule.h"

namespace seamkit::a11y::rules {

// The top-level <html> element when the page has text that is visible or
// included in the accessibility tree; else kNoNode (rule inapplicable).
NodeId PageWithText(AuditContext& ctx);

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

}  // namespace seamkit::a11y::rules

#endif  // SEAMKIT_CORE_A11Y_RULES_BYPASS_BLOCKS_H_

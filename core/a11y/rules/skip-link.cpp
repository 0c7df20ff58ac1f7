// ACT ye5d6e "Document has an instrument to move focus to non-repeated
// content" (input to cf77f2). Passes when a focusable same-page link jumps
// forward to an element of the page; otherwise cantTell (a scripted
// control or a page without repeated content cannot be told apart).
#include "core/a11y/rules/bypass_blocks.h"
#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"best-practice"};
constexpr std::string_view kAct[] = {"ye5d6e"};
constexpr std::string_view kWcag[] = {"2.4.1"};

void Check(AuditContext& ctx, RuleReporter& out) {
  NodeId page = PageWithText(ctx);
  if (page == kNoNode) return;
  if (NodeId l = FindSkipLink(ctx); l != kNoNode) {
    out.Add(page, Outcome::kPassed, {}, {{"link", l}});
  } else {
    out.CantTell(page, "No same-page link that skips ahead: check for another "
                       "way to move focus to the main content");
  }
}

}  // namespace

extern const Rule kSkipLink = {
    {"skip-link",
     "Ensures the page has a link that moves focus past repeated content",
     "Page should have a skip link to its main content",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/ye5d6e/",
     Impact::kModerate, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

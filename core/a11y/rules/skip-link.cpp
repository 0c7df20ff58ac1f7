// ACT ye5d6e "Document has an instrument to move focus to non-repeated
// content" (input to cf77f2). Compared with other pages (bypass_blocks.h):
// passed when a focusable same-page link moves focus just before
// non-repeated content after repeated content (or no such content exists);
// else failed, unless the page has scripts (a scripted control may be the
// instrument): cantTell. Not compared: passed when a focusable same-page
// link jumps forward to an element of the page, else cantTell.
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
  if (const RepeatedContent& r = Repeated(ctx); r.compared) {
    if (r.first_after == kNoNode) {
      out.Pass(page, "No non-repeated content follows repeated content");
    } else if (NodeId l = FindLinkToNonRepeated(ctx); l != kNoNode) {
      out.Add(page, Outcome::kPassed, {}, {{"link", l}});
    } else if (r.scripted) {
      out.CantTell(page, "No link moves focus to the content that is not repeated on other "
                         "pages; the page has scripts: check for a scripted control that does",
                   {{"content", r.first_after}});
    } else {
      out.Fail(page, "Nothing moves focus to the content that is not repeated on other pages: "
                     "add a skip link to it as the first focusable element",
               {{"content", r.first_after}});
    }
    return;
  }
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

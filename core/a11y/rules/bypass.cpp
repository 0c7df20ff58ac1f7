// ACT cf77f2 "Bypass Blocks of Repeated Content" (WCAG 2.4.1), composite
// of 047fe0 (heading), b40fd1 (landmark), ye5d6e (skip link) and 3e12e1
// (collapsible blocks). Compared with other pages (bypass_blocks.h): passed
// when an input passes; failed when none does and nothing could collapse a
// block (no scripts, details, popovers, checkboxes or in-page links), else
// cantTell. Not compared: passed when a heading, main landmark or skip link
// exists, else cantTell.
#include "core/a11y/rules/bypass_blocks.h"
#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag241"};
constexpr std::string_view kAct[] = {"cf77f2"};
constexpr std::string_view kWcag[] = {"2.4.1"};

void Check(AuditContext& ctx, RuleReporter& out) {
  NodeId page = PageWithText(ctx);
  if (page == kNoNode) return;
  if (const RepeatedContent& r = Repeated(ctx); r.compared) {
    if (r.first_after == kNoNode) {
      out.Pass(page, "No non-repeated content follows repeated content");
    } else if (FindHeadingAfterRepeated(ctx) != kNoNode ||
               FindLandmarkAfterRepeated(ctx) != kNoNode ||
               FindLinkToNonRepeated(ctx) != kNoNode) {
      out.Pass(page);
    } else if (r.scripted || r.other_toggles) {
      out.CantTell(page, "The content that is not repeated on other pages has no heading, "
                         "landmark or skip link; check whether a control can hide the repeated "
                         "blocks before it",
                   {{"content", r.first_after}});
    } else {
      out.Fail(page, "The repeated blocks before the page's own content cannot be bypassed: "
                     "add a skip link, a heading or a <main> landmark for that content",
               {{"content", r.first_after}});
    }
    return;
  }
  if (FindMainLandmark(ctx) != kNoNode || FindContentHeading(ctx) != kNoNode ||
      FindSkipLink(ctx) != kNoNode) {
    out.Pass(page);
  } else {
    out.CantTell(page, "No heading, main landmark or skip link found: check how "
                       "repeated blocks can be bypassed");
  }
}

}  // namespace

extern const Rule kBypass = {
    {"bypass",
     "Ensures the page has a mechanism to bypass blocks of repeated content",
     "Page must have a means to bypass repeated blocks of content",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/cf77f2/",
     Impact::kModerate, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

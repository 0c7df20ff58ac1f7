// ACT cf77f2 "Bypass Blocks of Repeated Content" (WCAG 2.4.1), composite
// of 047fe0 (heading), b40fd1 (landmark), ye5d6e (skip link) and 3e12e1
// (collapsible blocks, not decidable here). Passes when any decidable input
// passes; otherwise cantTell.
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

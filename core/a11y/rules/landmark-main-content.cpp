// ACT b40fd1 "Document has a landmark with non-repeated content" (input
// to cf77f2). Compared with other pages (bypass_blocks.h): passed when no
// non-repeated content follows repeated content or a landmark in the
// accessibility tree starts with such content, else failed. Not compared:
// passed when a main landmark with visible text exists, else cantTell.
#include "core/a11y/rules/bypass_blocks.h"
#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"best-practice"};
constexpr std::string_view kAct[] = {"b40fd1"};
constexpr std::string_view kWcag[] = {"2.4.1"};

void Check(AuditContext& ctx, RuleReporter& out) {
  NodeId page = PageWithText(ctx);
  if (page == kNoNode) return;
  if (const RepeatedContent& r = Repeated(ctx); r.compared) {
    if (r.first_after == kNoNode) {
      out.Pass(page, "No non-repeated content follows repeated content");
    } else if (NodeId l = FindLandmarkAfterRepeated(ctx); l != kNoNode) {
      out.Add(page, Outcome::kPassed, {}, {{"landmark", l}});
    } else {
      out.Fail(page, "The content that is not repeated on other pages is in no landmark of the "
                     "accessibility tree: put it in a <main> element",
               {{"content", r.first_after}});
    }
    return;
  }
  if (NodeId m = FindMainLandmark(ctx); m != kNoNode) {
    out.Add(page, Outcome::kPassed, {}, {{"main", m}});
  } else {
    out.CantTell(page, "No main landmark with content: check whether the "
                       "non-repeated content is in a landmark");
  }
}

}  // namespace

extern const Rule kLandmarkMainContent = {
    {"landmark-main-content",
     "Ensures the page has a main landmark holding its non-repeated content",
     "Page should have a main landmark",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/b40fd1/",
     Impact::kModerate, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

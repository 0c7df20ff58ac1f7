// ACT 047fe0 "Document has heading for non-repeated content" (input to
// cf77f2). Compared with other pages (bypass_blocks.h): passed when no
// non-repeated content follows repeated content or a visible heading in the
// accessibility tree is such content, else failed. Not compared: passed
// when a heading outside repeated-content landmarks exists, else cantTell.
#include "core/a11y/rules/bypass_blocks.h"
#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"best-practice"};
constexpr std::string_view kAct[] = {"047fe0"};
constexpr std::string_view kWcag[] = {"2.4.1"};

void Check(AuditContext& ctx, RuleReporter& out) {
  NodeId page = PageWithText(ctx);
  if (page == kNoNode) return;
  if (const RepeatedContent& r = Repeated(ctx); r.compared) {
    if (r.first_after == kNoNode) {
      out.Pass(page, "No non-repeated content follows repeated content");
    } else if (NodeId h = FindHeadingAfterRepeated(ctx); h != kNoNode) {
      out.Add(page, Outcome::kPassed, {}, {{"heading", h}});
    } else {
      out.Fail(page, "The content that is not repeated on other pages has no visible heading "
                     "in the accessibility tree: start it with a heading",
               {{"content", r.first_after}});
    }
    return;
  }
  if (NodeId h = FindContentHeading(ctx); h != kNoNode) {
    out.Add(page, Outcome::kPassed, {}, {{"heading", h}});
  } else {
    out.CantTell(page, "No heading outside navigation landmarks: check that the "
                       "main content starts with a heading");
  }
}

}  // namespace

extern const Rule kPageHasHeading = {
    {"page-has-heading",
     "Ensures the page has a heading where its non-repeated content starts",
     "Page should contain a heading for its main content",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/047fe0/",
     Impact::kModerate, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

// meta-refresh (ACT bc659a) and meta-refresh-no-exceptions (ACT bisz58):
// fixtures from the rules' definitions.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

struct Refresh {
  Outcome with_exception;     // meta-refresh
  Outcome without_exception;  // meta-refresh-no-exceptions
};

Refresh OutcomesFor(std::string_view content) {
  Dom d;
  NodeId head = d.El(d.html, "head");
  NodeId meta = d.El(head, "meta", {{"http-equiv", "Refresh"}, {"content", content}});
  Snapshot s = d.Build();
  return {NodeOutcome(RunRule(s, "meta-refresh"), meta),
          NodeOutcome(RunRule(s, "meta-refresh-no-exceptions"), meta)};
}

TEST(MetaRefresh, ImmediateRedirectPassesBoth) {
  Refresh r = OutcomesFor("0; URL='https://example.org/'");
  EXPECT_EQ(r.with_exception, Outcome::kPassed);
  EXPECT_EQ(r.without_exception, Outcome::kPassed);
}

TEST(MetaRefresh, ShortDelayFailsBoth) {
  Refresh r = OutcomesFor("30");
  EXPECT_EQ(r.with_exception, Outcome::kFailed);
  EXPECT_EQ(r.without_exception, Outcome::kFailed);
  r = OutcomesFor("5.9, https://example.org/");
  EXPECT_EQ(r.with_exception, Outcome::kFailed);
}

TEST(MetaRefresh, OverTwentyHoursPassesOnlyWithTheException) {
  Refresh r = OutcomesFor("72001");
  EXPECT_EQ(r.with_exception, Outcome::kPassed);
  EXPECT_EQ(r.without_exception, Outcome::kFailed);
  r = OutcomesFor("72000");
  EXPECT_EQ(r.with_exception, Outcome::kFailed);
}

TEST(MetaRefresh, InvalidContentIsInapplicable) {
  for (std::string_view bad : {"", "soon", "-5", "; url=x", "5x"}) {
    Refresh r = OutcomesFor(bad);
    EXPECT_EQ(r.with_exception, Outcome::kInapplicable) << bad;
    EXPECT_EQ(r.without_exception, Outcome::kInapplicable) << bad;
  }
}

TEST(MetaRefresh, OnlyTheFirstValidRefreshOfADocumentCounts) {
  Dom d;
  NodeId head = d.El(d.html, "head");
  NodeId junk = d.El(head, "meta", {{"http-equiv", "refresh"}, {"content", "x"}});
  NodeId first = d.El(head, "meta", {{"http-equiv", "refresh"}, {"content", "0"}});
  NodeId second = d.El(head, "meta", {{"http-equiv", "refresh"}, {"content", "5"}});
  d.El(head, "meta", {{"name", "refresh"}, {"content", "5"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "meta-refresh");
  EXPECT_EQ(NodeOutcome(r, junk), Outcome::kInapplicable);
  EXPECT_EQ(NodeOutcome(r, first), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, second), Outcome::kInapplicable);
  EXPECT_EQ(r.nodes.size(), 1u);
}

}  // namespace
}  // namespace seamkit::a11y

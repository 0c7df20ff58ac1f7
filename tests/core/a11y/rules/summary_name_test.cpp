// summary-name (ACT 2t702h): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "summary-name";

TEST(SummaryName, SummaryWithNamePasses) {
  Dom d;
  NodeId det = d.El(d.body, "details");
  NodeId a = d.El(det, "summary");
  d.Text(a, "Opening times");
  d.Text(d.El(det, "p"), "Mon-Fri");
  NodeId det2 = d.El(d.body, "details");
  NodeId b = d.El(det2, "summary", {{"aria-label", "Opening times"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, a), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, b), Outcome::kPassed);
}

TEST(SummaryName, EmptySummaryFails) {
  Dom d;
  NodeId det = d.El(d.body, "details");
  NodeId a = d.El(det, "summary");
  d.El(a, "img", {{"alt", ""}});
  Snapshot s = d.Build();
  EXPECT_EQ(NodeOutcome(RunRule(s, kRule), a), Outcome::kFailed);
}

TEST(SummaryName, RoleNoneOnAFocusableSummaryIsIgnored) {
  Dom d;
  NodeId det = d.El(d.body, "details");
  NodeId sum = d.El(det, "summary", {{"role", "none"}});
  d.Focusable(sum);
  Snapshot s = d.Build();
  EXPECT_EQ(NodeOutcome(RunRule(s, kRule), sum), Outcome::kFailed);
}

TEST(SummaryName, SecondSummaryLooseSummaryAndExplicitRoleAreInapplicable) {
  Dom d;
  NodeId det = d.El(d.body, "details");
  NodeId first = d.El(det, "summary");
  d.Text(first, "First");
  NodeId second = d.El(det, "summary");
  d.El(d.body, "summary");
  NodeId det2 = d.El(d.body, "details");
  d.El(det2, "summary", {{"role", "button"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, second), Outcome::kInapplicable);
  EXPECT_EQ(r.nodes.size(), 1u);
}

}  // namespace
}  // namespace seamkit::a11y

// empty-heading (ACT ffd0e9): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "empty-heading";

TEST(EmptyHeading, HeadingsWithNamesPass) {
  Dom d;
  NodeId h1 = d.El(d.body, "h1");
  d.Text(h1, "Opening hours");
  NodeId h2 = d.El(d.body, "h2");
  d.El(h2, "img", {{"alt", "ACT rules"}});
  NodeId div = d.El(d.body, "div", {{"role", "heading"}, {"aria-level", "1"}, {"aria-label", "Hours"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {h1, h2, div}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kPassed) << n;
}

TEST(EmptyHeading, HeadingsWithoutNamesFail) {
  Dom d;
  NodeId h1 = d.El(d.body, "h1");
  NodeId h3 = d.El(d.body, "h3");
  d.El(h3, "img", {{"alt", ""}});
  NodeId h4 = d.El(d.body, "h4");
  NodeId hidden = d.El(h4, "span", {{"aria-hidden", "true"}});
  d.Text(hidden, "Hidden");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {h1, h3, h4}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kFailed) << n;
}

TEST(EmptyHeading, RoleNoneWithAGlobalAttributeKeepsTheHeading) {
  Dom d;
  NodeId h1 = d.El(d.body, "h1", {{"aria-label", ""}, {"role", "none"}});
  d.Text(d.El(h1, "span", {{"aria-hidden", "true"}}), "ACT rules");
  NodeId h2 = d.El(d.body, "h2");
  d.El(h2, "img", {{"alt", "ACT rules"}, {"role", "presentation"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, h1), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, h2), Outcome::kFailed);
}

TEST(EmptyHeading, HiddenHeadingsAndOtherRolesAreInapplicable) {
  Dom d;
  d.El(d.body, "h1", {{"aria-hidden", "true"}});
  NodeId gone = d.El(d.body, "h2");
  d.Style(gone).display = Display::kNone;
  d.El(d.body, "h1", {{"role", "presentation"}});
  d.El(d.body, "p");
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, kRule).outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y

// aria-roles (ACT 674b10): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "aria-roles";

TEST(AriaRoles, ValidRoleOrValidFallbackPasses) {
  Dom d;
  NodeId a = d.El(d.body, "div", {{"role", "button"}});
  NodeId b = d.El(d.body, "div", {{"role", "madeup  ALERT"}});
  NodeId c = d.Svg(d.El(d.body, "div"), "svg", {{"role", "graphics-document"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, a), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, b), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, c), Outcome::kPassed);
}

TEST(AriaRoles, NoValidTokenFails) {
  Dom d;
  NodeId a = d.El(d.body, "div", {{"role", "btn"}});
  NodeId abstract = d.El(d.body, "div", {{"role", "widget"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, a), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, abstract), Outcome::kFailed);
  EXPECT_EQ(r.nodes[0].data["role"], "btn");
}

TEST(AriaRoles, BlankRoleAndHiddenElementsAreInapplicable) {
  Dom d;
  d.El(d.body, "div", {{"role", "  "}});
  d.El(d.body, "div", {{"role", "btn"}, {"aria-hidden", "true"}});
  NodeId gone = d.El(d.body, "div", {{"role", "btn"}});
  d.Style(gone).display = Display::kNone;
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, kRule).outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y

// presentation-role-conflict (ACT 46ca7f): fixtures from the rule's
// definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "presentation-role-conflict";

TEST(PresentationRoleConflict, DecorativeElementsThatStayDecorativePass) {
  Dom d;
  NodeId a = d.El(d.body, "img", {{"alt", ""}});
  NodeId b = d.El(d.body, "nav", {{"role", "presentation"}});
  NodeId c = d.El(d.body, "img", {{"alt", "Logo"}, {"role", "none"}});
  NodeId e = d.Svg(d.El(d.body, "div"), "svg", {{"role", "none"}});
  NodeId f = d.El(d.body, "img", {{"alt", ""}, {"aria-hidden", "true"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {a, b, c, e, f}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kPassed) << n;
}

TEST(PresentationRoleConflict, GlobalAttributeOrFocusExposesTheRole) {
  Dom d;
  NodeId nav = d.El(d.body, "nav", {{"role", "presentation"}, {"aria-label", "global"}});
  NodeId img = d.El(d.body, "img", {{"alt", ""}, {"aria-labelledby", "l"}});
  NodeId svg = d.Svg(d.El(d.body, "div"), "svg", {{"role", "none"}, {"aria-label", "Circle"}});
  NodeId button = d.El(d.body, "button", {{"role", "none"}});
  d.Focusable(button);
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {nav, img, svg, button}) {
    EXPECT_EQ(NodeOutcome(r, n), Outcome::kFailed) << n;
  }
  EXPECT_EQ(r.nodes[0].data["role"], "navigation");
}

TEST(PresentationRoleConflict, ElementsNotMarkedDecorativeAreInapplicable) {
  Dom d;
  d.El(d.body, "img", {{"aria-label", "W3C"}});
  d.El(d.body, "img");
  d.El(d.body, "nav", {{"role", "region"}});
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, kRule).outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y

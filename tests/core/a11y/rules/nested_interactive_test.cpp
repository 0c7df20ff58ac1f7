// nested-interactive (ACT 307n5z): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "nested-interactive";

TEST(NestedInteractive, PresentationalChildrenWithoutFocusableContentPass) {
  Dom d;
  NodeId b = d.El(d.body, "button");
  d.Focusable(b);
  d.Text(b, "Save");
  NodeId item = d.El(d.El(d.body, "ul", {{"role", "menu"}}), "li",
                     {{"role", "menuitemcheckbox"}, {"aria-checked", "true"}});
  NodeId box = d.El(item, "input", {{"type", "checkbox"}, {"role", "none"}});
  d.Focusable(box);
  d.builder().SetFlags(box, kFlagFocusable | kFlagDisabled);
  NodeId img = d.El(d.body, "div", {{"role", "img"}, {"aria-label", "x"}});
  NodeId off = d.El(img, "a", {{"href", "/"}, {"tabindex", "-1"}});
  d.Focusable(off, -1);
  d.Data(off).tabindex = -1;
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {b, item, img}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kPassed) << n;
}

TEST(NestedInteractive, TabbableDescendantFails) {
  Dom d;
  NodeId b = d.El(d.body, "button");
  d.Focusable(b);
  NodeId inner = d.El(b, "span", {{"role", "button"}, {"tabindex", "0"}});
  d.Focusable(inner);
  NodeId check = d.El(d.body, "p", {{"role", "checkbox"}, {"aria-checked", "false"}});
  d.Focusable(check);
  NodeId link = d.El(check, "a", {{"href", "/terms"}});
  d.Focusable(link);
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, b), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, inner), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, check), Outcome::kFailed);
  EXPECT_EQ(r.nodes[0].data["focusable"], inner);
}

TEST(NestedInteractive, DeepNestingIsJudgedForEveryTarget) {
  Dom d;
  NodeId n = d.body;
  for (int i = 0; i < 3000; ++i) n = d.El(n, "div", {{"role", "img"}, {"aria-label", "x"}});
  NodeId link = d.El(n, "a", {{"href", "/"}});
  d.Focusable(link);
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  ASSERT_EQ(r.nodes.size(), 3000u);
  for (const NodeResult& x : r.nodes) EXPECT_EQ(x.outcome, Outcome::kFailed);
}

TEST(NestedInteractive, RolesWithoutPresentationalChildrenAreInapplicable) {
  Dom d;
  NodeId a = d.El(d.body, "a", {{"href", "/"}});
  d.Focusable(a);
  NodeId nav = d.El(d.body, "nav");
  d.Focusable(d.El(nav, "button", {{"aria-hidden", "true"}}));
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, kRule).outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y

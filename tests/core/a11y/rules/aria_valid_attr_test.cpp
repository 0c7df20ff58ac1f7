// aria-valid-attr (ACT 5f99a7): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "aria-valid-attr";

TEST(AriaValidAttr, DefinedAttributesPass) {
  Dom d;
  NodeId a = d.El(d.body, "div", {{"aria-label", "x"}, {"aria-live", "polite"}});
  NodeId b = d.El(d.body, "div", {{"aria-description", "ARIA 1.3"}});
  // Even on an element that is not exposed.
  NodeId c = d.El(d.body, "div", {{"aria-hidden", "true"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, a), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, b), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, c), Outcome::kPassed);
}

TEST(AriaValidAttr, UndefinedAttributeFails) {
  Dom d;
  NodeId a = d.El(d.body, "div", {{"aria-labelled", "x"}, {"aria-label", "ok"}});
  NodeId b = d.Svg(d.El(d.body, "div"), "svg", {{"aria-colour", "red"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, a), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, b), Outcome::kFailed);
  EXPECT_EQ(r.nodes[0].data["attributes"], "aria-labelled");
}

TEST(AriaValidAttr, ElementsWithoutAriaAttributesAreInapplicable) {
  Dom d;
  d.El(d.body, "div", {{"role", "button"}, {"data-aria", "x"}});
  d.El(d.body, "math", {{"aria-foo", "x"}}, Namespace::kMathMl);
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, kRule).outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y

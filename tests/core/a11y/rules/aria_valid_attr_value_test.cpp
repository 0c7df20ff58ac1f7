// aria-valid-attr-value (ACT 6a7281): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "aria-valid-attr-value";

TEST(AriaValidAttrValue, ValuesOfTheRightTypePass) {
  Dom d;
  NodeId a = d.El(d.body, "div", {{"role", "checkbox"}, {"aria-checked", "mixed"}});
  NodeId b = d.El(d.body, "div", {{"role", "heading"}, {"aria-level", "2"}});
  // ID references need not resolve.
  NodeId c = d.El(d.body, "div", {{"role", "list"}, {"aria-owns", "i1 i2"}});
  NodeId e = d.El(d.body, "div", {{"aria-live", "POLITE"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, a), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, b), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, c), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, e), Outcome::kPassed);
}

TEST(AriaValidAttrValue, ValuesOfTheWrongTypeFail) {
  Dom d;
  NodeId a = d.El(d.body, "div", {{"role", "checkbox"}, {"aria-checked", "checked"}});
  NodeId b = d.El(d.body, "div", {{"role", "heading"}, {"aria-level", "two"}});
  NodeId c = d.El(d.body, "div", {{"aria-live", "loud"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, a), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, b), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, c), Outcome::kFailed);
}

TEST(AriaValidAttrValue, EachValueTypeHasItsOwnVocabulary) {
  Dom d;
  NodeId required = d.El(d.body, "div", {{"role", "textbox"}, {"aria-required", "undefined"}});
  NodeId expanded = d.El(d.body, "div", {{"role", "button"}, {"aria-expanded", "undefined"}});
  NodeId index = d.El(d.body, "div", {{"role", "gridcell"}, {"aria-rowindex", "2.5"}});
  NodeId number = d.El(d.body, "div", {{"role", "spinbutton"}, {"aria-valuenow", "1.5"}});
  NodeId bad_list = d.El(d.body, "div", {{"role", "alert"}, {"aria-relevant", "text always"}});
  NodeId good_list = d.El(d.body, "div", {{"role", "alert"}, {"aria-relevant", "text removals"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, required), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, expanded), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, index), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, number), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, bad_list), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, good_list), Outcome::kPassed);
}

TEST(AriaValidAttrValue, EmptyValuesAndUnknownAttributesAreInapplicable) {
  Dom d;
  d.El(d.body, "div", {{"role", "checkbox"}, {"aria-checked", ""}});
  d.El(d.body, "div", {{"aria-foo", "bar"}});
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, kRule).outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y

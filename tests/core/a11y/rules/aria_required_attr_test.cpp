// aria-required-attr (ACT 4e8ab6): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "aria-required-attr";

TEST(AriaRequiredAttr, RequiredStatePresentPasses) {
  Dom d;
  NodeId cb = d.El(d.body, "div", {{"role", "checkbox"}, {"aria-checked", "false"}});
  NodeId sl = d.El(d.body, "div", {{"role", "slider"}, {"aria-valuenow", "5"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, cb), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, sl), Outcome::kPassed);
}

TEST(AriaRequiredAttr, MissingRequiredStateFails) {
  Dom d;
  NodeId cb = d.El(d.body, "div", {{"role", "checkbox"}});
  NodeId sl = d.El(d.body, "div", {{"role", "slider"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, cb), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, sl), Outcome::kFailed);
  EXPECT_EQ(r.nodes[0].data["missing"], "aria-checked");
}

TEST(AriaRequiredAttr, HeadingNeedsALevelAndComboboxItsExpandedState) {
  Dom d;
  NodeId h = d.El(d.body, "div", {{"role", "heading"}});
  d.Text(h, "My First Heading");
  NodeId combo = d.El(d.body, "input", {{"role", "combobox"}, {"aria-controls", "p"}});
  NodeId ok = d.El(d.body, "input", {{"role", "combobox"}, {"aria-controls", "p"},
                                     {"aria-expanded", "true"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, h), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, combo), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, ok), Outcome::kPassed);
}

TEST(AriaRequiredAttr, NativeCheckedStateStandsInForAriaChecked) {
  Dom d;
  NodeId sw = d.El(d.body, "input", {{"type", "checkbox"}, {"role", "switch"}});
  Snapshot s = d.Build();
  EXPECT_EQ(NodeOutcome(RunRule(s, kRule), sw), Outcome::kPassed);
}

TEST(AriaRequiredAttr, FocusableSeparatorNeedsAValue) {
  Dom d;
  NodeId still = d.El(d.body, "div", {{"role", "separator"}});
  NodeId moving = d.El(d.body, "div", {{"role", "separator"}, {"tabindex", "0"}});
  d.Focusable(moving);
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, still), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, moving), Outcome::kFailed);
}

TEST(AriaRequiredAttr, EmptyRequiredValueCannotBeTold) {
  Dom d;
  NodeId cb = d.El(d.body, "div", {{"role", "checkbox"}, {"aria-checked", " "}});
  Snapshot s = d.Build();
  EXPECT_EQ(NodeOutcome(RunRule(s, kRule), cb), Outcome::kCantTell);
}

TEST(AriaRequiredAttr, ImplicitRoleHiddenOrNoRoleIsInapplicable) {
  Dom d;
  d.El(d.body, "input", {{"type", "checkbox"}, {"role", "checkbox"}});
  d.El(d.body, "div", {{"role", "checkbox"}, {"aria-hidden", "true"}});
  d.El(d.body, "div", {{"role", "notarole"}});
  d.El(d.body, "div");
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, kRule).outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y

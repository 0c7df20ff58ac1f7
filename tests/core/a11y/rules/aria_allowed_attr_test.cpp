// aria-allowed-attr (ACT 5c01ea): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "aria-allowed-attr";

TEST(AriaAllowedAttr, SupportedStateOnItsRolePasses) {
  Dom d;
  NodeId box = d.El(d.body, "div", {{"role", "checkbox"}, {"aria-checked", "true"}});
  NodeId busy = d.El(d.body, "span", {{"aria-busy", "true"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, box), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, busy), Outcome::kPassed);
  EXPECT_EQ(r.outcome, Outcome::kPassed);
}

TEST(AriaAllowedAttr, InheritedPropertyPasses) {
  Dom d;
  // aria-level is supported on heading; treeitem inherits
  // aria-expanded from its superclass.
  NodeId h = d.El(d.body, "div", {{"role", "heading"}, {"aria-level", "3"}});
  NodeId t = d.El(d.body, "div", {{"role", "treeitem"}, {"aria-expanded", "false"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, h), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, t), Outcome::kPassed);
}

TEST(AriaAllowedAttr, PropertyOfAnotherRoleFails) {
  Dom d;
  NodeId b = d.El(d.body, "div", {{"role", "button"}, {"aria-sort", "ascending"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, b), Outcome::kFailed);
  EXPECT_EQ(r.outcome, Outcome::kFailed);
}

TEST(AriaAllowedAttr, NonGlobalStateOnNativeElementWithoutThatStateFails) {
  Dom d;
  NodeId p = d.El(d.body, "p", {{"aria-checked", "true"}});
  d.Text(p, "Paragraph");
  Snapshot s = d.Build();
  EXPECT_EQ(NodeOutcome(RunRule(s, kRule), p), Outcome::kFailed);
}

TEST(AriaAllowedAttr, EmptyValueStillCounts) {
  Dom d;
  NodeId b = d.El(d.body, "div", {{"role", "button"}, {"aria-sort", ""}});
  Snapshot s = d.Build();
  EXPECT_EQ(NodeOutcome(RunRule(s, kRule), b), Outcome::kFailed);
}

TEST(AriaAllowedAttr, ProhibitedNameOnGenericAndStatesOnRolelessMediaFail) {
  Dom d;
  NodeId div = d.El(d.body, "div", {{"aria-label", "Bananas"}});
  NodeId audio = d.El(d.body, "audio", {{"controls", ""}, {"aria-orientation", "horizontal"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, div), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, audio), Outcome::kFailed);
}

TEST(AriaAllowedAttr, NativeAndConflictResolvedRolesAllowTheirStates) {
  Dom d;
  NodeId pw = d.El(d.body, "input", {{"type", "password"}, {"aria-required", "true"}});
  NodeId b = d.El(d.body, "button", {{"role", "none"}, {"aria-pressed", "false"}});
  d.Focusable(b);
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, pw), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, b), Outcome::kPassed);
}

TEST(AriaAllowedAttr, HiddenElementsAndElementsWithoutAriaAreInapplicable) {
  Dom d;
  d.El(d.body, "div", {{"role", "button"}, {"aria-hidden", "true"}, {"aria-sort", "ascending"}});
  NodeId gone = d.El(d.body, "div", {{"role", "button"}, {"aria-sort", "ascending"}});
  d.Style(gone).display = Display::kNone;
  d.El(d.body, "div", {{"class", "x"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(r.outcome, Outcome::kInapplicable);
  EXPECT_TRUE(r.nodes.empty());
}

}  // namespace
}  // namespace seamkit::a11y

// label (ACT e086e5): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "label";

TEST(Label, LabelledFieldsPass) {
  Dom d;
  NodeId l = d.El(d.body, "label", {{"for", "fname"}});
  d.Text(l, "First name");
  NodeId a = d.El(d.body, "input", {{"id", "fname"}});
  NodeId wrap = d.El(d.body, "label");
  d.Text(wrap, "Country");
  NodeId b = d.El(wrap, "select");
  NodeId c = d.El(d.body, "div", {{"role", "textbox"}, {"aria-label", "Notes"}});
  NodeId e = d.El(d.body, "input", {{"type", "checkbox"}, {"title", "Agree"}});
  NodeId f = d.El(d.body, "input", {{"placeholder", "Search"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {a, b, c, e, f}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kPassed) << n;
}

TEST(Label, UnlabelledFieldsFail) {
  Dom d;
  NodeId a = d.El(d.body, "input");
  NodeId b = d.El(d.body, "textarea");
  NodeId c = d.El(d.body, "div", {{"role", "combobox"}, {"aria-expanded", "false"}});
  NodeId e = d.El(d.body, "input", {{"type", "radio"}, {"aria-labelledby", "missing"}});
  // A label for another control does not label this one.
  NodeId l = d.El(d.body, "label", {{"for", "other"}});
  d.Text(l, "Other");
  NodeId f = d.El(d.body, "input", {{"id", "this"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {a, b, c, e, f}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kFailed) << n;
}

TEST(Label, HiddenFieldsAndNonFieldsAreInapplicable) {
  Dom d;
  d.El(d.body, "input", {{"aria-hidden", "true"}});
  NodeId gone = d.El(d.body, "input");
  d.Style(gone).display = Display::kNone;
  d.El(d.body, "input", {{"type", "hidden"}});
  d.El(d.body, "input", {{"type", "button"}});
  d.El(d.body, "input", {{"role", "button"}});
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, kRule).outcome, Outcome::kInapplicable);
}

TEST(Label, LabelsNameOnlyLabelableElementsAndTextboxesTakeNoContentName) {
  Dom d;
  NodeId wrap = d.El(d.body, "label");
  d.Text(wrap, "first name");
  NodeId a = d.El(wrap, "div", {{"role", "textbox"}});
  d.Text(d.El(d.body, "label", {{"for", "ln"}}), "last name");
  NodeId b = d.El(d.body, "div", {{"role", "textbox"}, {"id", "ln"}});
  NodeId c = d.El(d.body, "div", {{"role", "textbox"}});
  d.Text(c, "first name");
  d.El(d.body, "div", {{"id", "country"}});
  NodeId e = d.El(d.body, "select", {{"aria-labelledby", "country"}});
  d.Text(d.El(e, "option"), "England");
  NodeId f = d.El(d.body, "input", {{"type", "checkbox"}, {"role", "menuitemcheckbox"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {a, b, c, e, f}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kFailed) << n;
}

TEST(Label, DisabledSelectWithRoleNoneIsInapplicable) {
  Dom d;
  NodeId sel = d.El(d.body, "select", {{"role", "none"}, {"disabled", ""}});
  d.builder().SetFlags(sel, kFlagDisabled);
  d.Text(d.El(sel, "option"), "Volvo");
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, kRule).outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y

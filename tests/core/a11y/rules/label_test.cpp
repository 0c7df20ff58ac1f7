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

}  // namespace
}  // namespace seamkit::a11y

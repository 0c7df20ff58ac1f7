// button-name (ACT 97a4e1): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "button-name";

TEST(ButtonName, NamedButtonsPass) {
  Dom d;
  NodeId a = d.El(d.body, "button");
  d.Text(a, "My button");
  NodeId b = d.El(d.body, "div", {{"role", "button"}, {"aria-label", "Go"}});
  NodeId c = d.El(d.body, "input", {{"type", "button"}, {"value", "Send"}});
  NodeId e = d.El(d.body, "input", {{"type", "submit"}});  // default "Submit"
  NodeId f = d.El(d.body, "button", {{"title", "Tooltip"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {a, b, c, e, f}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kPassed) << n;
}

TEST(ButtonName, UnnamedButtonsFail) {
  Dom d;
  NodeId a = d.El(d.body, "button");
  NodeId b = d.El(d.body, "div", {{"role", "button"}});
  NodeId c = d.El(d.body, "input", {{"type", "button"}});
  NodeId e = d.El(d.body, "button");
  NodeId hidden_text = d.El(e, "span");
  d.Style(hidden_text).display = Display::kNone;
  d.Text(hidden_text, "Invisible");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {a, b, c, e}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kFailed) << n;
  EXPECT_EQ(r.outcome, Outcome::kFailed);
}

TEST(ButtonName, ImageButtonsHiddenButtonsAndOtherRolesAreInapplicable) {
  Dom d;
  d.El(d.body, "input", {{"type", "image"}});
  d.El(d.body, "button", {{"aria-hidden", "true"}});
  NodeId gone = d.El(d.body, "button");
  d.Style(gone).display = Display::kNone;
  d.El(d.body, "button", {{"role", "link"}});  // covered by link-name
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(r.outcome, Outcome::kInapplicable);
}

TEST(ButtonName, ValueOfAButtonElementIsNotItsName) {
  Dom d;
  NodeId b = d.El(d.body, "button", {{"type", "button"}, {"value", "read more"}});
  d.Focusable(b);
  Snapshot s = d.Build();
  EXPECT_EQ(NodeOutcome(RunRule(s, kRule), b), Outcome::kFailed);
}

TEST(ButtonName, RoleNoneIsIgnoredOnAFocusableButtonOnly) {
  Dom d;
  NodeId focusable = d.El(d.body, "button", {{"role", "none"}});
  d.Focusable(focusable);
  NodeId disabled = d.El(d.body, "button", {{"role", "none"}, {"disabled", ""}});
  d.builder().SetFlags(disabled, kFlagDisabled);
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, focusable), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, disabled), Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y

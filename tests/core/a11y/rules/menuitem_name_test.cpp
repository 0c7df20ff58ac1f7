// menuitem-name (ACT m6b1q3): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "menuitem-name";

TEST(MenuitemName, NamedMenuitemsPass) {
  Dom d;
  NodeId menu = d.El(d.body, "div", {{"role", "menu"}});
  NodeId a = d.El(menu, "button", {{"role", "menuitem"}});
  d.Text(a, "New file");
  NodeId b = d.El(menu, "button", {{"role", "menuitem"}, {"title", "Open"}});
  d.El(b, "img", {{"alt", ""}});
  NodeId c = d.El(menu, "button", {{"role", "menuitem"}, {"aria-labelledby", "t"}});
  NodeId hidden = d.El(c, "span", {{"id", "t"}, {"hidden", ""}});
  d.Style(hidden).display = Display::kNone;
  d.Text(hidden, "Save");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {a, b, c}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kPassed) << n;
}

TEST(MenuitemName, UnnamedMenuitemFails) {
  Dom d;
  NodeId menu = d.El(d.body, "div", {{"role", "menu"}});
  NodeId a = d.El(menu, "button", {{"role", "menuitem"}});
  d.El(a, "img", {{"alt", ""}});
  NodeId b = d.El(menu, "div", {{"role", "menuitem"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, a), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, b), Outcome::kFailed);
}

TEST(MenuitemName, OtherRolesAndHiddenMenusAreInapplicable) {
  Dom d;
  NodeId li = d.El(d.El(d.body, "menu"), "li");
  d.Text(d.El(li, "a", {{"href", "#"}}), "New file");
  NodeId menu = d.El(d.body, "div", {{"role", "menu"}});
  d.Style(menu).display = Display::kNone;
  d.El(menu, "button", {{"role", "menuitem"}});
  d.El(d.body, "div", {{"role", "menuitemcheckbox"}, {"aria-checked", "true"}});
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, kRule).outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y

// aria-required-children (ACT bc4a75): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "aria-required-children";

TEST(AriaRequiredChildren, OnlyAllowedOwnedRolesPass) {
  Dom d;
  NodeId list = d.El(d.body, "div", {{"role", "list"}});
  d.Text(d.El(list, "span", {{"role", "listitem"}}), "One");
  d.Text(list, "\n  ");
  d.Text(d.El(list, "span", {{"role", "listitem"}}), "Two");
  NodeId tabs = d.El(d.body, "ul", {{"role", "tablist"}});
  d.Text(d.El(d.El(tabs, "li", {{"role", "none"}}), "span", {{"role", "tab"}}), "Tab");
  NodeId empty = d.El(d.body, "div", {{"role", "list"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {list, tabs, empty}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kPassed) << n;
}

TEST(AriaRequiredChildren, GroupsMayHoldTheirListedRolesAndNestedGroups) {
  Dom d;
  NodeId menu = d.El(d.body, "div", {{"role", "menu"}});
  NodeId group = d.El(menu, "div", {{"role", "group"}});
  d.Text(d.El(group, "span", {{"role", "menuitem"}}), "Cut");
  NodeId inner = d.El(group, "div", {{"role", "group"}});
  d.Text(d.El(inner, "span", {{"role", "menuitemradio"}, {"aria-checked", "false"}}), "Big");
  d.El(menu, "li", {{"role", "none"}});
  NodeId grid = d.El(d.body, "table", {{"role", "grid"}});
  NodeId row = d.El(d.El(grid, "tbody"), "tr", {{"role", "row"}});
  d.Text(d.El(row, "td", {{"role", "gridcell"}}), "Cell");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, menu), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, grid), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, row), Outcome::kInapplicable);  // tr is a row natively
}

TEST(AriaRequiredChildren, AriaOwnsAddsOwnedElements) {
  Dom d;
  NodeId good = d.El(d.body, "div", {{"role", "list"}, {"aria-owns", "a"}});
  d.Text(d.El(d.body, "div", {{"role", "listitem"}, {"id", "a"}}), "Item");
  NodeId bad = d.El(d.body, "div", {{"role", "list"}, {"aria-owns", "b"}});
  d.Text(d.El(d.body, "div", {{"role", "tab"}, {"id", "b"}}), "Tab");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, good), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, bad), Outcome::kFailed);
}

TEST(AriaRequiredChildren, DisallowedRolesOrBareTextFail) {
  Dom d;
  NodeId text_list = d.El(d.body, "div", {{"role", "list"}});
  d.Text(d.El(text_list, "span"), "Item 1");
  NodeId tabs = d.El(d.body, "ol", {{"role", "tablist"}});
  d.Text(d.El(tabs, "li", {{"role", "listitem"}}), "Item");
  NodeId grid = d.El(d.body, "div", {{"role", "grid"}});
  NodeId row = d.El(grid, "div", {{"role", "row"}});
  d.Text(d.El(row, "span"), "Loose text");
  NodeId menu = d.El(d.body, "div", {{"role", "menu"}});
  NodeId group = d.El(menu, "div", {{"role", "group"}});
  d.Text(d.El(d.El(group, "div", {{"role", "group"}}), "span", {{"role", "treeitem"}}), "X");
  NodeId list = d.El(d.body, "div", {{"role", "list"}});
  d.Text(d.El(d.El(list, "div", {{"role", "group"}}), "span", {{"role", "listitem"}}), "Y");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {text_list, tabs, row, menu, list}) {
    EXPECT_EQ(NodeOutcome(r, n), Outcome::kFailed) << n;
  }
  EXPECT_EQ(NodeOutcome(r, grid), Outcome::kPassed);
}

TEST(AriaRequiredChildren, HiddenBusyNativeAndChildlessRolesAreInapplicable) {
  Dom d;
  d.El(d.body, "div", {{"role", "list"}, {"aria-hidden", "true"}});
  d.Text(d.El(d.body, "ul", {{"role", "menu"}, {"aria-busy", "true"}}), "Loading");
  d.Text(d.El(d.El(d.body, "ul"), "li"), "Native");
  d.Text(d.El(d.body, "div", {{"role", "progressbar"}}), "20 %");
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, kRule).outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y

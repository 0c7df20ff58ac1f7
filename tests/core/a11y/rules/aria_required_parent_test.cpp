// aria-required-parent (ACT ff89c9): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "aria-required-parent";

TEST(AriaRequiredParent, OwnedByARequiredContextRolePasses) {
  Dom d;
  NodeId list = d.El(d.body, "div", {{"role", "list"}});
  NodeId a = d.El(list, "div", {{"role", "listitem"}});
  NodeId ul = d.El(d.body, "ul");
  NodeId b = d.El(ul, "div", {{"role", "listitem"}});
  // Intervening presentation and plain generic elements are ignored.
  NodeId list2 = d.El(d.body, "div", {{"role", "list"}});
  NodeId c = d.El(d.El(d.El(list2, "div", {{"role", "presentation"}}), "div"), "div",
                  {{"role", "listitem"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {a, b, c}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kPassed) << n;
}

TEST(AriaRequiredParent, AriaOwnsMakesTheOwner) {
  Dom d;
  NodeId list = d.El(d.body, "div", {{"role", "list"}, {"aria-owns", "i1 i2"}});
  NodeId wrapper = d.El(list, "div", {{"role", "listitem"}});
  NodeId i1 = d.El(wrapper, "div", {{"role", "listitem"}, {"id", "i1"}});
  NodeId i2 = d.El(d.body, "div", {{"role", "listitem"}, {"id", "i2"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {wrapper, i1, i2}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kPassed) << n;
}

TEST(AriaRequiredParent, ShadowTreeChildrenBelongToTheHost) {
  Dom d;
  NodeId host = d.El(d.body, "div", {{"role", "list"}});
  NodeId root = d.builder().AddShadowRoot(host);
  NodeId item = d.El(root, "div", {{"role", "listitem"}});
  // aria-owns cannot reach into a shadow tree.
  d.El(d.body, "div", {{"role", "list"}, {"aria-owns", "x"}});
  NodeId host2 = d.El(d.body, "div");
  NodeId stray = d.El(d.builder().AddShadowRoot(host2), "div", {{"role", "listitem"}, {"id", "x"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, item), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, stray), Outcome::kFailed);
}

TEST(AriaRequiredParent, WrongOrMissingOwnerFails) {
  Dom d;
  NodeId alone = d.El(d.body, "div", {{"role", "listitem"}});
  NodeId list = d.El(d.body, "div", {{"role", "list"}});
  NodeId panel = d.El(list, "div", {{"role", "tabpanel"}});
  NodeId a = d.El(panel, "div", {{"role", "listitem"}});
  // A generic element with a global ARIA attribute is exposed: it owns.
  NodeId live = d.El(list, "div", {{"aria-live", "polite"}});
  NodeId b = d.El(live, "div", {{"role", "listitem"}});
  NodeId cell = d.El(d.body, "div", {{"role", "cell"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {alone, a, b, cell}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kFailed) << n;
}

TEST(AriaRequiredParent, NativeRolesHiddenElementsAndContextFreeRolesAreInapplicable) {
  Dom d;
  NodeId ul = d.El(d.body, "ul");
  d.El(ul, "li");
  d.El(ul, "li", {{"role", "listitem"}});
  NodeId gone = d.El(d.body, "div", {{"role", "listitem"}});
  d.Style(gone).display = Display::kNone;
  d.El(d.body, "div", {{"role", "heading"}, {"aria-level", "1"}});
  d.El(d.body, "section", {{"role", "doc-abstract"}, {"aria-label", "Abstract"}});
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, kRule).outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y

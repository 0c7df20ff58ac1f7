// aria-required-idrefs (ACT in6db8): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "aria-required-idrefs";

TEST(AriaRequiredIdrefs, AtLeastOneReferencedElementExists) {
  Dom d;
  d.El(d.body, "main", {{"id", "content-2"}});
  NodeId bar = d.El(d.body, "div", {{"role", "scrollbar"}, {"aria-controls", "content-1 content-2"},
                                    {"aria-valuenow", "25"}});
  NodeId combo = d.El(d.body, "input", {{"role", "combobox"}, {"aria-expanded", "true"},
                                        {"aria-controls", "popup"}});
  d.El(d.body, "ul", {{"role", "listbox"}, {"id", "popup"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, bar), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, combo), Outcome::kPassed);
}

TEST(AriaRequiredIdrefs, NoReferencedElementFails) {
  Dom d;
  NodeId bar = d.El(d.body, "div", {{"role", "scrollbar"}, {"aria-controls", "a b"},
                                    {"aria-valuenow", "25"}});
  NodeId combo = d.El(d.body, "input", {{"role", "combobox"}, {"aria-expanded", "true"},
                                        {"aria-controls", "popup"}});
  // An element with that ID in a shadow tree is out of reach.
  NodeId host = d.El(d.body, "div");
  d.El(d.builder().AddShadowRoot(host), "ul", {{"id", "popup"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, bar), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, combo), Outcome::kFailed);
}

TEST(AriaRequiredIdrefs, CollapsedComboboxesAndOptionalReferencesAreInapplicable) {
  Dom d;
  d.El(d.body, "input", {{"role", "combobox"}, {"aria-expanded", "false"}, {"aria-controls", "x"}});
  d.El(d.body, "button", {{"aria-controls", "modal"}});
  d.El(d.body, "div", {{"role", "scrollbar"}, {"aria-controls", " "}, {"aria-valuenow", "1"}});
  d.El(d.body, "div", {{"role", "scrollbar"}, {"aria-controls", "x"}, {"aria-hidden", "true"}});
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, kRule).outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y

// input-image-alt (ACT 59796f): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "input-image-alt";

TEST(InputImageAlt, AltAriaLabelOrTitlePasses) {
  Dom d;
  NodeId a = d.El(d.body, "input", {{"type", "image"}, {"alt", "Search"}});
  NodeId b = d.El(d.body, "input", {{"type", "IMAGE"}, {"aria-label", "Search"}});
  NodeId c = d.El(d.body, "input", {{"type", "image"}, {"title", "Search"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {a, b, c}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kPassed) << n;
}

TEST(InputImageAlt, NoAuthoredNameFailsDespiteTheBrowserDefault) {
  Dom d;
  NodeId a = d.El(d.body, "input", {{"type", "image"}, {"src", "go.png"}});
  NodeId b = d.El(d.body, "input", {{"type", "image"}, {"alt", ""}});
  NodeId c = d.El(d.body, "input", {{"type", "image"}, {"value", "Go"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {a, b, c}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kFailed) << n;
}

TEST(InputImageAlt, OtherInputsAndHiddenImageButtonsAreInapplicable) {
  Dom d;
  d.El(d.body, "input", {{"type", "button"}});
  d.El(d.body, "button");
  d.El(d.body, "input", {{"type", "image"}, {"aria-hidden", "true"}});
  NodeId gone = d.El(d.body, "input", {{"type", "image"}});
  d.Style(gone).display = Display::kNone;
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, kRule).outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y

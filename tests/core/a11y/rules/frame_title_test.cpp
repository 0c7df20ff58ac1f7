// frame-title (ACT cae760): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "frame-title";

TEST(FrameTitle, TitleOrAriaLabelNamesTheFrame) {
  Dom d;
  NodeId a = d.El(d.body, "iframe", {{"title", "Weather"}});
  NodeId b = d.El(d.body, "iframe", {{"aria-label", "Weather"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, a), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, b), Outcome::kPassed);
}

TEST(FrameTitle, UnnamedOrBlankNamedFrameFails) {
  Dom d;
  NodeId a = d.El(d.body, "iframe");
  NodeId b = d.El(d.body, "iframe", {{"title", " "}});
  // The name attribute is not an accessible name.
  NodeId c = d.El(d.body, "iframe", {{"name", "weather"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {a, b, c}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kFailed) << n;
}

TEST(FrameTitle, HiddenNegativeTabindexOrPresentationalFramesAreInapplicable) {
  Dom d;
  NodeId gone = d.El(d.body, "iframe");
  d.Style(gone).display = Display::kNone;
  NodeId untabbable = d.El(d.body, "iframe", {{"tabindex", "-1"}});
  d.Data(untabbable).tabindex = -1;
  d.El(d.body, "iframe", {{"role", "none"}});
  d.El(d.body, "button");
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, kRule).outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y

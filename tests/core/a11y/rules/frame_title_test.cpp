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

TEST(FrameTitle, RoleNoneHoldsOnAFrameUnlessItIsAFocusStopItself) {
  // Navigation enters the frame's document; the frame element is no stop of
  // its own, so role=none is not vetoed by focusability (ACT cae760).
  Dom d;
  NodeId none = d.El(d.body, "iframe", {{"role", "none"}});
  d.Focusable(none);
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, kRule).outcome, Outcome::kInapplicable);

  Dom d2;  // an explicit tabindex makes it a stop: role none is ignored.
  NodeId stop = d2.El(d2.body, "iframe", {{"role", "none"}, {"tabindex", "0"}});
  d2.Focusable(stop);
  Snapshot s2 = d2.Build();
  EXPECT_EQ(NodeOutcome(RunRule(s2, kRule), stop), Outcome::kFailed);
}

}  // namespace
}  // namespace seamkit::a11y

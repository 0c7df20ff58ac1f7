// aria-hidden-focus (ACT 6cfa84): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "aria-hidden-focus";

TEST(AriaHiddenFocus, HiddenTextWithoutFocusableContentPasses) {
  Dom d;
  NodeId div = d.El(d.body, "div", {{"aria-hidden", "true"}});
  d.Text(d.El(div, "p"), "Decorative");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, div), Outcome::kPassed);
  EXPECT_EQ(r.outcome, Outcome::kPassed);
}

TEST(AriaHiddenFocus, FocusableButOutOfTabOrderPasses) {
  Dom d;
  NodeId div = d.El(d.body, "div", {{"aria-hidden", "true"}});
  NodeId a = d.El(div, "a", {{"href", "/"}, {"tabindex", "-1"}});
  d.Focusable(a, -1);
  d.Data(a).tabindex = -1;
  Snapshot s = d.Build();
  EXPECT_EQ(NodeOutcome(RunRule(s, kRule), div), Outcome::kPassed);
}

TEST(AriaHiddenFocus, DisabledOrInvisibleFocusableContentPasses) {
  Dom d;
  NodeId div = d.El(d.body, "div", {{"aria-hidden", "true"}});
  NodeId off = d.El(div, "input");
  d.Focusable(off, -1);
  d.builder().SetFlags(off, kFlagFocusable | kFlagDisabled);
  NodeId gone = d.El(div, "button");
  d.Focusable(gone);
  d.Style(gone).display = Display::kNone;
  NodeId hid = d.El(div, "button");
  d.Focusable(hid, -1);
  d.Style(hid).visibility = Visibility::kHidden;
  Snapshot s = d.Build();
  EXPECT_EQ(NodeOutcome(RunRule(s, kRule), div), Outcome::kPassed);
}

TEST(AriaHiddenFocus, TabbableDescendantFails) {
  Dom d;
  NodeId div = d.El(d.body, "div", {{"aria-hidden", "true"}});
  NodeId a = d.El(d.El(div, "p"), "a", {{"href", "/"}});
  d.Focusable(a);
  d.Text(a, "Link");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, div), Outcome::kFailed);
  ASSERT_EQ(r.nodes.size(), 1u);
  EXPECT_EQ(r.nodes[0].data["focusable"], a);
}

TEST(AriaHiddenFocus, TabbableHiddenElementItselfFails) {
  Dom d;
  NodeId b = d.El(d.body, "button", {{"aria-hidden", "TRUE"}});
  d.Focusable(b);
  Snapshot s = d.Build();
  EXPECT_EQ(NodeOutcome(RunRule(s, kRule), b), Outcome::kFailed);
}

TEST(AriaHiddenFocus, NestedHiddenElementsAreEachJudged) {
  Dom d;
  NodeId outer = d.El(d.body, "div", {{"aria-hidden", "true"}});
  NodeId inner = d.El(outer, "div", {{"aria-hidden", "true"}});
  NodeId b = d.El(inner, "button");
  d.Focusable(b);
  NodeId calm = d.El(d.body, "div", {{"aria-hidden", "true"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, outer), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, inner), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, calm), Outcome::kPassed);
}

TEST(AriaHiddenFocus, FalseOrMissingAriaHiddenIsInapplicable) {
  Dom d;
  NodeId a = d.El(d.El(d.body, "div", {{"aria-hidden", "false"}}), "a", {{"href", "/"}});
  d.Focusable(a);
  NodeId b = d.El(d.body, "button");
  d.Focusable(b);
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(r.outcome, Outcome::kInapplicable);
}

TEST(AriaHiddenFocus, TabbableContentWhileAModalDialogIsOpenIsCantTell) {
  // A focus sentinel next to an open modal may send focus back into the
  // dialog by script; a snapshot cannot tell, so it is not a failure.
  Dom d;
  NodeId dialog = d.El(d.body, "div", {{"role", "dialog"}, {"aria-modal", "true"}});
  d.Text(dialog, "Sample");
  NodeId div = d.El(d.body, "div", {{"aria-hidden", "true"}});
  NodeId a = d.El(div, "a", {{"href", "#"}});
  d.Focusable(a);
  Snapshot s = d.Build();
  EXPECT_EQ(NodeOutcome(RunRule(s, kRule), div), Outcome::kCantTell);

  Dom d2;  // the same dialog, closed (display: none): a plain failure.
  NodeId closed = d2.El(d2.body, "div", {{"role", "dialog"}, {"aria-modal", "true"}});
  d2.Style(closed).display = Display::kNone;
  NodeId div2 = d2.El(d2.body, "div", {{"aria-hidden", "true"}});
  NodeId a2 = d2.El(div2, "a", {{"href", "#"}});
  d2.Focusable(a2);
  Snapshot s2 = d2.Build();
  EXPECT_EQ(NodeOutcome(RunRule(s2, kRule), div2), Outcome::kFailed);
}

TEST(AriaHiddenFocus, ProbedFocusSentinelsPassAndContentKeepingFocusFails) {
  // The collector focused each tabbable element under aria-hidden while the
  // aria-modal dialog was shown (ACT 6cfa84 passed-4 / failed-6).
  auto run = [](std::initializer_list<uint32_t> probes) {
    Dom d;
    NodeId dialog = d.El(d.body, "div", {{"role", "dialog"}, {"aria-modal", "true"}});
    d.Text(dialog, "Sample");
    NodeId div = d.El(d.body, "div", {{"aria-hidden", "true"}});
    for (uint32_t flags : probes) {
      NodeId a = d.El(div, "a", {{"href", "#"}});
      d.Focusable(a);
      d.builder().SetFlags(a, kFlagFocusable | flags);
    }
    Snapshot s = d.Build();
    return NodeOutcome(RunRule(s, kRule), div);
  };
  const uint32_t redirected = kFlagFocusProbed | kFlagFocusRedirected;
  EXPECT_EQ(run({redirected}), Outcome::kPassed);
  EXPECT_EQ(run({redirected, redirected}), Outcome::kPassed);
  EXPECT_EQ(run({kFlagFocusProbed}), Outcome::kFailed);
  EXPECT_EQ(run({redirected, kFlagFocusProbed}), Outcome::kFailed);
  EXPECT_EQ(run({redirected, 0}), Outcome::kCantTell);  // one unprobed
  EXPECT_EQ(run({0, kFlagFocusProbed}), Outcome::kFailed);
}

}  // namespace
}  // namespace seamkit::a11y

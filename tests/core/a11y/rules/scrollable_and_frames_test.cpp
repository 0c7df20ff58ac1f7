// scrollable-region-focusable (ACT 0ssw9k) and iframe-tab-order (akn7bn).
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

TEST(ScrollableRegionFocusable, NeedsItselfOrADescendantInTheTabOrder) {
  Dom d;
  NodeId plain = d.El(d.body, "section");
  d.builder().SetFlags(plain, kFlagScrollableY);
  d.Text(d.El(plain, "p"), "Long text");
  NodeId tabbable = d.El(d.body, "section");
  d.Focusable(tabbable);
  d.builder().SetFlags(tabbable, kFlagScrollableY | kFlagFocusable);
  d.Text(tabbable, "Long text");
  NodeId with_link = d.El(d.body, "section");
  d.builder().SetFlags(with_link, kFlagScrollableX);
  NodeId a = d.El(with_link, "a", {{"href", "/"}});
  d.Focusable(a);
  d.Text(a, "More");
  NodeId images = d.El(d.body, "section");
  d.builder().SetFlags(images, kFlagScrollableX);
  d.El(images, "img", {{"alt", "logo"}});
  NodeId empty = d.El(d.body, "section");  // only an empty spacer scrolls
  d.builder().SetFlags(empty, kFlagScrollableX);
  d.El(empty, "div");
  d.builder().SetFlags(d.body, kFlagScrollableY);  // the page scrolls
  NodeId not_scrollable = d.El(d.body, "section");
  d.Text(not_scrollable, "Short");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "scrollable-region-focusable");
  EXPECT_EQ(NodeOutcome(r, plain), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, tabbable), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, with_link), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, images), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, empty), Outcome::kInapplicable);
  EXPECT_EQ(NodeOutcome(r, not_scrollable), Outcome::kInapplicable);
  EXPECT_EQ(NodeOutcome(r, d.body), Outcome::kInapplicable);
}

// An iframe with a content document holding a link.
NodeId Frame(Dom& d, testing::Attrs attrs, bool link_focusable = true) {
  NodeId f = d.El(d.body, "iframe", attrs);
  NodeId doc = d.builder().AddDocument(f, {.viewport_width = 300, .viewport_height = 150});
  NodeId html = d.El(doc, "html");
  NodeId body = d.El(html, "body");
  NodeId a = d.El(body, "a", {{"href", "/"}});
  if (link_focusable) d.Focusable(a);
  d.Text(a, "Home");
  return f;
}

TEST(IframeTabOrder, NegativeTabindexOverFocusableContentFails) {
  Dom d;
  NodeId neg = Frame(d, {{"tabindex", "-1"}});
  d.Data(neg).tabindex = -1;
  NodeId plain = Frame(d, {});
  NodeId zero = Frame(d, {{"tabindex", "0"}});
  d.Data(zero).tabindex = 0;
  NodeId nothing = Frame(d, {{"tabindex", "-1"}}, false);
  d.Data(nothing).tabindex = -1;
  NodeId hidden = Frame(d, {{"tabindex", "-1"}, {"hidden", ""}});
  d.Data(hidden).tabindex = -1;
  d.Style(hidden).display = Display::kNone;
  NodeId opaque = d.El(d.body, "iframe", {{"tabindex", "-1"}});
  d.Data(opaque).tabindex = -1;
  d.builder().AddOpaqueFrame(opaque);
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "iframe-tab-order");
  EXPECT_EQ(NodeOutcome(r, neg), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, plain), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, zero), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, nothing), Outcome::kInapplicable);
  EXPECT_EQ(NodeOutcome(r, hidden), Outcome::kInapplicable);
  EXPECT_EQ(NodeOutcome(r, opaque), Outcome::kCantTell);
}

TEST(IframeTabOrder, ContentOutsideATinyFramesViewportDoesNotCount) {
  Dom d;
  NodeId f = d.El(d.body, "iframe", {{"tabindex", "-1"}});
  d.Data(f).tabindex = -1;
  NodeId doc = d.builder().AddDocument(f, {.viewport_width = 1, .viewport_height = 1});
  NodeId a = d.El(d.El(d.El(doc, "html"), "body"), "a", {{"href", "/"}});
  d.Data(a).box = {8, 8, 40, 18};
  d.Focusable(a);
  d.Text(a, "Home");
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, "iframe-tab-order").outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y

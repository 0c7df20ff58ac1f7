// image-alt (ACT 23a2a8): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "image-alt";

TEST(ImageAlt, NamedImagesPass) {
  Dom d;
  NodeId a = d.El(d.body, "img", {{"alt", "W3C logo"}});
  NodeId b = d.El(d.body, "div", {{"role", "img"}, {"aria-label", "Smiley"}});
  NodeId c = d.El(d.body, "img", {{"title", "Tooltip name"}});
  NodeId label = d.El(d.body, "span", {{"id", "l"}});
  d.Text(label, "Labelled");
  NodeId e = d.El(d.body, "img", {{"aria-labelledby", "l"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {a, b, c, e}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kPassed) << n;
}

TEST(ImageAlt, DecorativeImagesPass) {
  Dom d;
  NodeId a = d.El(d.body, "img", {{"alt", ""}});
  NodeId b = d.El(d.body, "img", {{"role", "presentation"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  EXPECT_EQ(NodeOutcome(r, a), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, b), Outcome::kPassed);
}

TEST(ImageAlt, ImagesWithoutNameFail) {
  Dom d;
  NodeId a = d.El(d.body, "img", {{"src", "w3c.png"}});
  NodeId b = d.El(d.body, "div", {{"role", "img"}});
  NodeId c = d.El(d.body, "img", {{"alt", " "}});
  // A focusable decorative image keeps its img role and needs a name.
  NodeId e = d.El(d.body, "img", {{"role", "none"}, {"tabindex", "0"}});
  d.Focusable(e);
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {a, b, e}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kFailed) << n;
  EXPECT_NE(NodeOutcome(r, c), Outcome::kInapplicable);
}

TEST(ImageAlt, HiddenImagesAndSvgAreInapplicable) {
  Dom d;
  d.El(d.body, "img", {{"aria-hidden", "true"}});
  NodeId gone = d.El(d.body, "img");
  d.Style(gone).display = Display::kNone;
  NodeId hid = d.El(d.body, "img");
  d.Style(hid).visibility = Visibility::kHidden;
  d.Svg(d.El(d.body, "div"), "svg", {{"role", "img"}});
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, kRule).outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y

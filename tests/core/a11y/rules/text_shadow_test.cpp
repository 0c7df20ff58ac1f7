// Text-shadow halos in the contrast rules (ACT afw4f7 / 09o5cg: the text's
// background includes what is painted directly behind its glyph edges).
#include "core/a11y/rules/text_shadow.h"

#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using rules::HaloShadowColor;
using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

TEST(TextShadow, BlurredShadowWithinItsBlurIsAHalo) {
  std::optional<Rgba> c = HaloShadowColor("rgb(255, 255, 255) 0px 0px 3px");
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(ToHex(*c), "#ffffff");
  // The first listed shadow is on top.
  c = HaloShadowColor("rgb(170, 170, 170) 2px 2px 4px, rgb(0, 0, 0) 0px 0px 9px");
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(ToHex(*c), "#aaaaaa");
  // Colour last, as authors may write it.
  EXPECT_TRUE(HaloShadowColor("0 0 2px red").has_value());
}

TEST(TextShadow, HardOrFarDropShadowsAreNoHalo) {
  EXPECT_FALSE(HaloShadowColor("rgb(0, 0, 0) 2px 2px 0px").has_value());
  EXPECT_FALSE(HaloShadowColor("rgb(0, 0, 0) 10px 10px 2px").has_value());
  EXPECT_FALSE(HaloShadowColor("rgba(0, 0, 0, 0) 0px 0px 4px").has_value());
  EXPECT_FALSE(HaloShadowColor("").has_value());
  EXPECT_FALSE(HaloShadowColor("garbage 1px").has_value());
  EXPECT_FALSE(HaloShadowColor("rgb(1, 2, 3) 1em 1em 2em").has_value());
}

Snapshot ShadowedText(std::string_view fg, std::string_view bg, std::string_view shadow) {
  Dom d;
  NodeId p = d.El(d.body, "p");
  d.Text(p, "Some text in a human language");
  d.Style(p).color = d.Intern(fg);
  d.Style(d.html).background_color = d.Intern(bg);
  d.Style(p).text_shadow = true;
  d.Style(p).text_shadow_list = d.Intern(shadow);
  return d.Build();
}

TEST(TextShadow, ALightHaloRescuesLowContrastText) {
  // #000 on #737373 is 4.42:1; a white halo puts white behind every edge.
  Snapshot s = ShadowedText("rgb(0, 0, 0)", "rgb(115, 115, 115)",
                            "rgb(255, 255, 255) 0px 0px 3px");
  RuleResult r = RunRule(s, "color-contrast");
  ASSERT_EQ(r.nodes.size(), 1u);
  EXPECT_EQ(r.nodes[0].outcome, Outcome::kPassed);
}

TEST(TextShadow, AHaloCloseToTheTextColourFails) {
  // #666 on #fff passes (5.74:1), but a #aaa halo leaves 2.27:1 at the edges.
  Snapshot s = ShadowedText("rgb(102, 102, 102)", "rgb(255, 255, 255)",
                            "rgb(170, 170, 170) 2px 2px 4px, rgb(170, 170, 170) -2px 2px 4px");
  RuleResult r = RunRule(s, "color-contrast");
  ASSERT_EQ(r.nodes.size(), 1u);
  EXPECT_EQ(r.nodes[0].outcome, Outcome::kFailed);
}

TEST(TextShadow, AFailingTextWithAHardDropShadowNeedsReview) {
  Snapshot s = ShadowedText("rgb(150, 150, 150)", "rgb(255, 255, 255)",
                            "rgb(0, 0, 0) 1px 1px 0px");
  RuleResult r = RunRule(s, "color-contrast");
  ASSERT_EQ(r.nodes.size(), 1u);
  EXPECT_EQ(r.nodes[0].outcome, Outcome::kCantTell);
}

}  // namespace
}  // namespace seamkit::a11y

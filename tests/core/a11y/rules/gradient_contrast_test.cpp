// Text over CSS gradients in the contrast rules (ACT afw4f7 / 09o5cg): the
// background is a set of possible pixels; failed only when the best of them
// fails, passed only when the worst passes.
#include "core/a11y/rules/gradient.h"

#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using rules::GradientColors;
using testing::Dom;
using testing::RunRule;

TEST(GradientColors, StopsAndPointsBetweenThem) {
  auto c = GradientColors("linear-gradient(to right, rgb(255, 255, 255), rgb(0, 0, 255))", 3);
  ASSERT_TRUE(c.has_value());
  ASSERT_EQ(c->size(), 3u);
  EXPECT_EQ(ToHex((*c)[0]), "#ffffff");
  EXPECT_EQ(ToHex((*c)[2]), "#0000ff");
  EXPECT_NEAR((*c)[1].r, 127.5, 1e-9);
  EXPECT_NEAR((*c)[1].b, 255, 1e-9);
}

TEST(GradientColors, PremultipliedTowardsTransparent) {
  // Half-way from opaque red to transparent black is half-transparent red,
  // not a darker red (CSS Images 3, premultiplied interpolation).
  auto c = GradientColors("linear-gradient(rgb(255, 0, 0), rgba(0, 0, 0, 0))", 3);
  ASSERT_TRUE(c.has_value());
  EXPECT_NEAR((*c)[1].r, 255, 1e-9);
  EXPECT_NEAR((*c)[1].a, 0.5, 1e-9);
}

TEST(GradientColors, PositionsHintsAndOtherShapes) {
  EXPECT_TRUE(GradientColors("linear-gradient(90deg, rgba(0, 0, 0, 0), rgba(0, 0, 0, 0) "
                             "3.3em, rgb(0, 0, 0) 3.3em, rgb(0, 0, 0) 6em)").has_value());
  EXPECT_TRUE(GradientColors("radial-gradient(circle at 10% 20%, red, 30%, blue calc(50% "
                             "+ 2px))").has_value());
  EXPECT_TRUE(GradientColors("repeating-conic-gradient(from 45deg, white 0deg 10deg, black "
                             "10deg 20deg)").has_value());
  EXPECT_EQ(GradientColors("linear-gradient(red, blue)", 2)->size(), 2u);
}

TEST(GradientColors, AnythingElseIsUnknown) {
  EXPECT_FALSE(GradientColors("url(\"a.png\")").has_value());
  EXPECT_FALSE(GradientColors("linear-gradient(red, blue), url(a.png)").has_value());
  EXPECT_FALSE(GradientColors("linear-gradient(red, blue), linear-gradient(red, blue)")
                   .has_value());
  EXPECT_FALSE(GradientColors("linear-gradient(in oklab, red, blue)").has_value());
  EXPECT_FALSE(GradientColors("linear-gradient(currentcolor, blue)").has_value());
  EXPECT_FALSE(GradientColors("linear-gradient(oklch(0.5 0.1 20), blue)").has_value());
  EXPECT_FALSE(GradientColors("linear-gradient(red blue, white)").has_value());
  EXPECT_FALSE(GradientColors("linear-gradient(red, blue").has_value());
  EXPECT_FALSE(GradientColors("linear-gradient()").has_value());
  EXPECT_FALSE(GradientColors("").has_value());
}

Snapshot OverGradient(std::string_view fg, std::string_view gradient,
                      std::string_view bg = "rgba(0, 0, 0, 0)") {
  Dom d;
  NodeId p = d.El(d.body, "p");
  d.Text(p, "Some text in a human language");
  d.Style(p).color = d.Intern(fg);
  d.Style(p).background_color = d.Intern(bg);
  d.Style(p).background_image = true;
  d.Style(p).background_gradient = d.Intern(gradient);
  return d.Build();
}

TEST(GradientContrast, FailsWhenEvenTheBestColourFails) {
  // ACT afw4f7 failed example 2: #AAA over white to blue reaches 3.7:1 at
  // the blue end; half-way the gradient is about as light as the text.
  RuleResult r = RunRule(OverGradient("rgb(170, 170, 170)",
                                      "linear-gradient(to right, rgb(255, 255, 255), "
                                      "rgb(0, 0, 255))"),
                         "color-contrast");
  ASSERT_EQ(r.nodes.size(), 1u);
  EXPECT_EQ(r.nodes[0].outcome, Outcome::kFailed);
  EXPECT_EQ(r.nodes[0].data["gradient"], true);
  EXPECT_NEAR(r.nodes[0].data["ratio"].get<double>(), 3.70, 0.02);
  EXPECT_LT(r.nodes[0].data["ratioMin"].get<double>(), 1.2);
}

TEST(GradientContrast, PassesOnlyWhenEvenTheWorstColourPasses) {
  // Black text over white to light grey: 21 down to 13:1.
  RuleResult r = RunRule(OverGradient("rgb(0, 0, 0)",
                                      "linear-gradient(rgb(255, 255, 255), rgb(200, 200, 200))"),
                         "color-contrast");
  ASSERT_EQ(r.nodes.size(), 1u);
  EXPECT_EQ(r.nodes[0].outcome, Outcome::kPassed);
  // The same text over white to black: the dark end fails, the light end passes.
  r = RunRule(OverGradient("rgb(0, 0, 0)", "linear-gradient(rgb(255, 255, 255), rgb(0, 0, 0))"),
              "color-contrast");
  ASSERT_EQ(r.nodes.size(), 1u);
  EXPECT_EQ(r.nodes[0].outcome, Outcome::kCantTell);
}

TEST(GradientContrast, ThePlainBackgroundCountsWhereTheGradientMayNotReach) {
  // Black text, white page, a dark gradient: the gradient alone fails, but
  // it may not cover the text's box, and over the white page the text passes.
  RuleResult r = RunRule(OverGradient("rgb(0, 0, 0)",
                                      "linear-gradient(rgb(0, 0, 0), rgb(20, 20, 20))"),
                         "color-contrast");
  ASSERT_EQ(r.nodes.size(), 1u);
  EXPECT_EQ(r.nodes[0].outcome, Outcome::kCantTell);
}

TEST(GradientContrast, TranslucentTextOverASplitGradient) {
  // ACT afw4f7 failed example 7: rgba(90, 90, 90, 0.8) over transparent
  // then black: 4.23:1 over the white page, 2.3:1 over black.
  RuleResult r = RunRule(OverGradient("rgba(90, 90, 90, 0.8)",
                                      "linear-gradient(90deg, rgba(0, 0, 0, 0), rgba(0, 0, 0, "
                                      "0) 3.3em, rgb(0, 0, 0) 3.3em, rgb(0, 0, 0) 6em)"),
                         "color-contrast");
  ASSERT_EQ(r.nodes.size(), 1u);
  EXPECT_EQ(r.nodes[0].outcome, Outcome::kFailed);
}

TEST(GradientContrast, ImagesAndUnreadableGradientsStayCantTell) {
  Dom d;
  NodeId p = d.El(d.body, "p");
  d.Text(p, "Some text in a human language");
  d.Style(p).color = d.Intern("rgb(170, 170, 170)");
  d.Style(p).background_image = true;  // an image: no gradient string
  RuleResult r = RunRule(d.Build(), "color-contrast");
  ASSERT_EQ(r.nodes.size(), 1u);
  EXPECT_EQ(r.nodes[0].outcome, Outcome::kCantTell);
  r = RunRule(OverGradient("rgb(170, 170, 170)", "linear-gradient(in oklab, white, blue)"),
              "color-contrast");
  ASSERT_EQ(r.nodes.size(), 1u);
  EXPECT_EQ(r.nodes[0].outcome, Outcome::kCantTell);
}

}  // namespace
}  // namespace seamkit::a11y

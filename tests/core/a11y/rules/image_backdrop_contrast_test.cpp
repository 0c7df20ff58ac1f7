// Text over a raster background image in the contrast rules (ACT afw4f7
// failed example 3, 09o5cg failed example 6): the collector's image probe
// gives the darkest and lightest pixels under the text; the rules fail when
// even the best of them fails, pass when even the worst passes.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::RunRule;

struct Page {
  Snapshot snapshot;
  NodeId p;
};

// A <p> with colour `fg` over its own background image whose pixels under
// the text run from `darkest` to `lightest`; `measured` false: no probe.
Page OverImage(std::string_view fg, uint32_t darkest, uint32_t lightest, bool uncovered = false,
               bool measured = true, std::string_view bg = "rgb(0, 0, 0)") {
  Dom d;
  NodeId p = d.El(d.body, "p");
  d.Text(p, "Black hole sun");
  d.Style(p).color = d.Intern(fg);
  d.Style(p).background_color = d.Intern(bg);
  d.Style(p).background_image = true;
  if (measured) d.builder().AddImageBackdrop({p, p, darkest, lightest, uncovered});
  return {d.Build(), p};
}

TEST(ImageBackdropContrast, FailsWhenEvenTheBestPixelFails) {
  // ACT afw4f7 failed example 3: #555 over a black hole whose pixels under
  // the text reach a luminance of 0.45 (measured in Chromium): at most 3.5:1.
  Page page = OverImage("rgb(85, 85, 85)", 0x000000, 0xb4b4b4);
  RuleResult r = RunRule(page.snapshot, "color-contrast");
  ASSERT_EQ(r.nodes.size(), 1u);
  EXPECT_EQ(r.nodes[0].outcome, Outcome::kFailed) << r.nodes[0].message;
  EXPECT_EQ(r.nodes[0].data["backgroundImage"], true);
  EXPECT_NE(r.nodes[0].message.find("background image"), std::string::npos);
  EXPECT_LT(r.nodes[0].data["ratio"].get<double>(), 4.5);
  // The enhanced rule too (09o5cg failed example 6: #777, 7:1 needed).
  r = RunRule(OverImage("rgb(119, 119, 119)", 0x000000, 0xb4b4b4).snapshot,
              "color-contrast-enhanced");
  ASSERT_EQ(r.nodes.size(), 1u);
  EXPECT_EQ(r.nodes[0].outcome, Outcome::kFailed) << r.nodes[0].message;
}

TEST(ImageBackdropContrast, PassesOnlyWhenEvenTheWorstPixelPasses) {
  RuleResult r = RunRule(OverImage("rgb(255, 255, 255)", 0x000000, 0x333333).snapshot,
                         "color-contrast");
  ASSERT_EQ(r.nodes.size(), 1u);
  EXPECT_EQ(r.nodes[0].outcome, Outcome::kPassed);
  // #ccc over black to mid grey: 12.6:1 down to 2.5:1.
  r = RunRule(OverImage("rgb(204, 204, 204)", 0x000000, 0x808080).snapshot, "color-contrast");
  ASSERT_EQ(r.nodes.size(), 1u);
  EXPECT_EQ(r.nodes[0].outcome, Outcome::kCantTell);
  EXPECT_NE(r.nodes[0].message.find("over its background image the contrast ranges"),
            std::string::npos)
      << r.nodes[0].message;
}

TEST(ImageBackdropContrast, TextAsLightAsSomePixelIsNeverPassed) {
  // #767676 meets 4.5:1 against both black (4.6) and white (4.5), but an
  // image running from black to white has greys as light as the text.
  RuleResult r = RunRule(OverImage("rgb(118, 118, 118)", 0x000000, 0xffffff).snapshot,
                         "color-contrast");
  ASSERT_EQ(r.nodes.size(), 1u);
  EXPECT_EQ(r.nodes[0].outcome, Outcome::kCantTell);
  EXPECT_EQ(r.nodes[0].data["ratioMin"], 1.0);
}

TEST(ImageBackdropContrast, WhereTheImageDoesNotReachTheColourShows) {
  // #555 fails over the dark image, but the text runs past its edge onto
  // white, where it reaches 7.5:1: not a failure.
  Page page = OverImage("rgb(85, 85, 85)", 0x000000, 0x111111, /*uncovered=*/true,
                        /*measured=*/true, "rgb(255, 255, 255)");
  RuleResult r = RunRule(page.snapshot, "color-contrast");
  ASSERT_EQ(r.nodes.size(), 1u);
  EXPECT_EQ(r.nodes[0].outcome, Outcome::kCantTell);
  page = OverImage("rgb(85, 85, 85)", 0x000000, 0x111111, /*uncovered=*/false,
                   /*measured=*/true, "rgb(255, 255, 255)");
  r = RunRule(page.snapshot, "color-contrast");
  EXPECT_EQ(r.nodes[0].outcome, Outcome::kFailed);
}

TEST(ImageBackdropContrast, UnmeasuredImagesAndShadowsStayCantTell) {
  RuleResult r = RunRule(OverImage("rgb(85, 85, 85)", 0, 0, false, /*measured=*/false).snapshot,
                         "color-contrast");
  ASSERT_EQ(r.nodes.size(), 1u);
  EXPECT_EQ(r.nodes[0].outcome, Outcome::kCantTell);
  EXPECT_NE(r.nodes[0].message.find("a background image lies under the text"),
            std::string::npos);
  // A measurement against another element's image is not this one's.
  Dom d;
  NodeId div = d.El(d.body, "div");
  NodeId p = d.El(div, "p");
  d.Text(p, "Black hole sun");
  d.Style(p).color = d.Intern("rgb(85, 85, 85)");
  d.Style(p).background_image = true;
  d.builder().AddImageBackdrop({p, div, 0x000000, 0x111111, false});
  r = RunRule(d.Build(), "color-contrast");
  ASSERT_EQ(r.nodes.size(), 1u);
  EXPECT_EQ(r.nodes[0].outcome, Outcome::kCantTell);
  // A failing measurement with a text-shadow: the shadow may be the backdrop.
  Dom e;
  NodeId q = e.El(e.body, "p");
  e.Text(q, "Black hole sun");
  e.Style(q).color = e.Intern("rgb(85, 85, 85)");
  e.Style(q).background_image = true;
  e.Style(q).text_shadow = true;
  e.builder().AddImageBackdrop({q, q, 0x000000, 0x111111, false});
  r = RunRule(e.Build(), "color-contrast");
  ASSERT_EQ(r.nodes.size(), 1u);
  EXPECT_EQ(r.nodes[0].outcome, Outcome::kCantTell);
}

}  // namespace
}  // namespace seamkit::a11y

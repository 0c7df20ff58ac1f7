// color-contrast (ACT afw4f7) and color-contrast-enhanced (ACT 09o5cg).
#include <string_view>

#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

// A <p> with colour `fg` on background `bg` (kNoString when empty) and text.
NodeId Para(Dom& d, NodeId parent, std::string_view fg, std::string_view bg,
            std::string_view text = "Some text") {
  NodeId p = d.El(parent, "p");
  if (!fg.empty()) d.Style(p).color = d.Intern(fg);
  if (!bg.empty()) d.Style(p).background_color = d.Intern(bg);
  d.Text(p, text);
  return p;
}

const NodeResult* Find(const RuleResult& r, NodeId n) {
  for (const NodeResult& x : r.nodes) {
    if (x.node == n) return &x;
  }
  return nullptr;
}

TEST(ColorContrast, GreyOnWhiteFailsWithColoursAndRatioInTheData) {
  Dom d;
  NodeId p = Para(d, d.body, "rgb(170, 170, 170)", "rgb(255, 255, 255)");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "color-contrast");
  ASSERT_EQ(NodeOutcome(r, p), Outcome::kFailed);
  const NodeResult* n = Find(r, p);
  EXPECT_EQ(n->data["fg"], "#aaaaaa");
  EXPECT_EQ(n->data["bg"], "#ffffff");
  EXPECT_DOUBLE_EQ(n->data["ratio"].get<double>(), 2.32);
  EXPECT_DOUBLE_EQ(n->data["required"].get<double>(), 4.5);
  EXPECT_EQ(n->data["fontSize"], 16.0);
  EXPECT_EQ(n->data["large"], false);
  EXPECT_EQ(NodeOutcome(RunRule(s, "color-contrast-enhanced"), p), Outcome::kFailed);
}

TEST(ColorContrast, DarkGreyOnWhitePassesBothLevels) {
  Dom d;
  NodeId p = Para(d, d.body, "#333", "#fff");
  NodeId plain = Para(d, d.body, "", "");  // black on the white canvas
  Snapshot s = d.Build();
  for (std::string_view id : {"color-contrast", "color-contrast-enhanced"}) {
    RuleResult r = RunRule(s, id);
    EXPECT_EQ(NodeOutcome(r, p), Outcome::kPassed) << id;
    EXPECT_EQ(NodeOutcome(r, plain), Outcome::kPassed) << id;
  }
}

TEST(ColorContrast, LargeTextUsesTheLowerThreshold) {
  Dom d;
  NodeId big = Para(d, d.body, "#000", "#666");  // 3.66:1
  d.Style(big).font_size_px = 24;
  NodeId bold = Para(d, d.body, "#000", "#666");
  d.Style(bold).font_size_px = 18.6667f;
  d.Style(bold).font_weight = 700;
  NodeId small_bold = Para(d, d.body, "#000", "#666");
  d.Style(small_bold).font_size_px = 18;
  d.Style(small_bold).font_weight = 700;
  Snapshot s = d.Build();
  RuleResult aa = RunRule(s, "color-contrast");
  EXPECT_EQ(NodeOutcome(aa, big), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(aa, bold), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(aa, small_bold), Outcome::kFailed);
  EXPECT_EQ(Find(aa, big)->data["required"], 3.0);
  RuleResult aaa = RunRule(s, "color-contrast-enhanced");
  EXPECT_EQ(NodeOutcome(aaa, big), Outcome::kFailed);
  EXPECT_EQ(Find(aaa, big)->data["required"], 4.5);
}

TEST(ColorContrast, TranslucentTextAndAncestorOpacityAreComposited) {
  Dom d;
  NodeId alpha = Para(d, d.body, "rgba(0, 0, 0, 0.3)", "#fff");
  NodeId wrap = d.El(d.body, "div");
  d.Style(wrap).background_color = d.Intern("#fff");
  NodeId faded = Para(d, wrap, "#000", "");
  d.Style(faded).opacity = 0.3f;
  NodeId solid = Para(d, wrap, "#000", "");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "color-contrast");
  EXPECT_EQ(NodeOutcome(r, alpha), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, faded), Outcome::kFailed);
  EXPECT_NEAR(Find(r, faded)->data["ratio"].get<double>(), 2.11, 0.02);
  EXPECT_EQ(NodeOutcome(r, solid), Outcome::kPassed);
}

TEST(ColorContrast, TranslucentBackgroundsStackUpTheTree) {
  Dom d;
  NodeId outer = d.El(d.body, "div");
  d.Style(outer).background_color = d.Intern("rgb(0, 0, 0)");
  // 50% white over black is mid grey; grey text on it is low contrast.
  NodeId p = Para(d, outer, "rgb(160, 160, 160)", "rgba(255, 255, 255, 0.5)");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "color-contrast");
  ASSERT_EQ(NodeOutcome(r, p), Outcome::kFailed);
  EXPECT_EQ(Find(r, p)->data["bg"], "#808080");
}

TEST(ColorContrast, BackgroundImageOrUnparsableColourIsCantTell) {
  Dom d;
  NodeId img = Para(d, d.body, "#aaa", "#fff");
  d.Style(img).background_image = true;
  NodeId good_over_img = Para(d, d.body, "#000", "");
  d.Style(good_over_img).background_image = true;
  NodeId odd = Para(d, d.body, "color-mix(in srgb, red, blue)", "#fff");
  NodeId odd_bg = Para(d, d.body, "#000", "oklch(0.5 0.1 30)");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "color-contrast");
  EXPECT_EQ(NodeOutcome(r, img), Outcome::kCantTell);
  EXPECT_EQ(NodeOutcome(r, good_over_img), Outcome::kCantTell);
  EXPECT_EQ(NodeOutcome(r, odd), Outcome::kCantTell);
  EXPECT_EQ(NodeOutcome(r, odd_bg), Outcome::kCantTell);
}

TEST(ColorContrast, TextShadowTurnsAFailureIntoCantTellButKeepsAPass) {
  Dom d;
  NodeId low = Para(d, d.body, "#000", "#737373");  // 4.43:1
  d.Style(low).text_shadow = true;
  NodeId high = Para(d, d.body, "#000", "#fff");
  d.Style(high).text_shadow = true;
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "color-contrast");
  EXPECT_EQ(NodeOutcome(r, low), Outcome::kCantTell);
  EXPECT_EQ(NodeOutcome(r, high), Outcome::kPassed);
}

TEST(ColorContrast, DisabledWidgetsTheirLabelsAndDisabledGroupsAreInapplicable) {
  Dom d;
  NodeId button = Para(d, d.body, "#777", "#eee");
  NodeId native = d.El(d.body, "button");
  d.builder().SetFlags(native, kFlagDisabled);
  d.Style(native).color = d.Intern("#777");
  d.Text(native, "Disabled");
  NodeId aria = d.El(d.body, "div", {{"role", "button"}, {"aria-disabled", "true"}});
  d.Style(aria).color = d.Intern("#777");
  d.Text(aria, "Also disabled");
  NodeId label = d.El(d.body, "label", {{"for", "f"}});
  d.Style(label).color = d.Intern("#888");
  d.Text(label, "Name");
  NodeId input = d.El(d.body, "input", {{"id", "f"}});
  d.builder().SetFlags(input, kFlagDisabled);
  NodeId group = d.El(d.body, "div", {{"role", "group"}, {"aria-disabled", "true"}});
  NodeId inner = Para(d, group, "#888", "");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "color-contrast");
  EXPECT_EQ(NodeOutcome(r, button), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(r, native), Outcome::kInapplicable);
  EXPECT_EQ(NodeOutcome(r, aria), Outcome::kInapplicable);
  EXPECT_EQ(NodeOutcome(r, label), Outcome::kInapplicable);
  EXPECT_EQ(NodeOutcome(r, inner), Outcome::kInapplicable);
}

TEST(ColorContrast, InvisibleTextIsInapplicable) {
  Dom d;
  NodeId none = Para(d, d.body, "#aaa", "#fff");
  d.Style(none).display = Display::kNone;
  NodeId same = Para(d, d.body, "#fff", "#fff");
  NodeId off = Para(d, d.body, "#aaa", "#fff");
  d.Data(off).box = {-5000, -5000, 100, 20};
  NodeId blank = Para(d, d.body, "#aaa", "#fff", "   ");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "color-contrast");
  EXPECT_EQ(r.outcome, Outcome::kInapplicable);
  for (NodeId n : {none, same, off, blank}) {
    EXPECT_EQ(NodeOutcome(r, n), Outcome::kInapplicable) << n;
  }
}

TEST(ColorContrast, PositionedContentMakesTheBackgroundUnknown) {
  Dom d;
  NodeId p = Para(d, d.body, "#000", "#fff");
  NodeId overlay = d.El(d.body, "div");
  d.Style(overlay).position = Position::kAbsolute;
  d.Data(overlay).box = {50, 5, 200, 40};
  NodeId far = Para(d, d.body, "#000", "#fff");
  d.Data(far).box = {0, 500, 100, 20};
  NodeId floating = d.El(d.body, "div");  // transparent, over the body
  d.Style(floating).position = Position::kFixed;
  d.Data(floating).box = {0, 900, 100, 20};
  NodeId inside = Para(d, floating, "#000", "");
  d.Data(inside).box = {0, 900, 100, 20};
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "color-contrast");
  EXPECT_EQ(NodeOutcome(r, p), Outcome::kCantTell);
  EXPECT_EQ(NodeOutcome(r, far), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(r, inside), Outcome::kCantTell);
}

TEST(ColorContrast, GlyphOutsideItsWidgetsAuthorNameIsCantTell) {
  Dom d;
  NodeId close = d.El(d.body, "button", {{"aria-label", "Close"}});
  d.Style(close).color = d.Intern("#666");
  d.Style(close).background_color = d.Intern("#000");
  d.Text(close, "X");
  NodeId named = d.El(d.body, "button");
  d.Style(named).color = d.Intern("#666");
  d.Style(named).background_color = d.Intern("#000");
  d.Text(named, "Send");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "color-contrast");
  EXPECT_EQ(NodeOutcome(r, close), Outcome::kCantTell);
  EXPECT_EQ(NodeOutcome(r, named), Outcome::kFailed);
}

TEST(ColorContrast, ShadowTreeTextTakesTheHostsBackground) {
  Dom d;
  NodeId host = d.El(d.body, "div");
  d.Style(host).background_color = d.Intern("#000");
  NodeId root = d.builder().AddShadowRoot(host);
  NodeId span = d.El(root, "span");
  d.Style(span).color = d.Intern("#444");
  d.Text(span, "Dim");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, "color-contrast");
  ASSERT_EQ(NodeOutcome(r, span), Outcome::kFailed);
  EXPECT_EQ(Find(r, span)->data["bg"], "#000000");
}

}  // namespace
}  // namespace seamkit::a11y

// svg-img-alt (ACT 7d6734): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "svg-img-alt";

TEST(SvgImgAlt, TitleOrAriaLabelNamesTheGraphic) {
  Dom d;
  NodeId a = d.Svg(d.body, "svg", {{"role", "img"}});
  d.Text(d.Svg(a, "title"), "1 circle");
  d.Svg(a, "circle");
  NodeId b = d.Svg(d.body, "svg", {{"role", "graphics-document"}, {"aria-label", "Chart"}});
  NodeId holder = d.Svg(d.body, "svg");
  NodeId c = d.Svg(holder, "circle", {{"role", "graphics-symbol"}, {"aria-label", "Circle"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {a, b, c}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kPassed) << n;
}

TEST(SvgImgAlt, NoNameEmptyTitleOrTextContentFails) {
  Dom d;
  NodeId a = d.Svg(d.body, "svg", {{"role", "img"}});
  d.Svg(a, "circle");
  NodeId b = d.Svg(d.body, "svg", {{"role", "img"}});
  d.Svg(b, "title");
  NodeId c = d.Svg(d.body, "svg", {{"role", "img"}});
  d.Text(d.Svg(c, "text"), "1 circle");  // img takes no name from content
  NodeId holder = d.Svg(d.body, "svg");
  NodeId e = d.Svg(holder, "circle", {{"role", "graphics-symbol"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {a, b, c, e}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kFailed) << n;
}

TEST(SvgImgAlt, ImplicitRolesHiddenOrOtherRolesAreInapplicable) {
  Dom d;
  NodeId plain = d.Svg(d.body, "svg");
  d.Svg(plain, "circle");
  d.Svg(plain, "circle", {{"role", "graphics-object"}});
  d.Svg(d.body, "svg", {{"role", "img"}, {"aria-hidden", "true"}});
  d.El(d.body, "div", {{"role", "img"}});  // HTML: image-alt's job
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, kRule).outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y

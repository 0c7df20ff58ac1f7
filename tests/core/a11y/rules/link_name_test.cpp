// link-name (ACT c487ae): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "link-name";

TEST(LinkName, NamedLinksPass) {
  Dom d;
  NodeId a = d.El(d.body, "a", {{"href", "/"}});
  d.Text(a, "ACT rules");
  NodeId b = d.El(d.body, "a", {{"href", "/"}});
  d.El(b, "img", {{"alt", "W3C"}});
  NodeId c = d.El(d.body, "span", {{"role", "link"}, {"aria-label", "Home"}});
  NodeId e = d.El(d.body, "area", {{"href", "/"}, {"alt", "Map"}});
  NodeId svg = d.Svg(d.El(d.body, "div"), "svg");
  NodeId f = d.Svg(svg, "a", {{"href", "/"}});
  d.Text(d.Svg(f, "text"), "SVG link");
  NodeId g = d.El(d.body, "div", {{"role", "doc-backlink"}, {"aria-label", "Back"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {a, b, c, f, g}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kPassed) << n;
  EXPECT_NE(NodeOutcome(r, e), Outcome::kFailed);
}

TEST(LinkName, UnnamedLinksFail) {
  Dom d;
  NodeId a = d.El(d.body, "a", {{"href", "/"}});
  NodeId b = d.El(d.body, "a", {{"href", "/"}});
  d.El(b, "img", {{"alt", ""}});
  NodeId c = d.El(d.body, "span", {{"role", "link"}});
  NodeId e = d.El(d.body, "a", {{"href", "/"}});
  d.Text(d.El(e, "span", {{"aria-hidden", "true"}}), "Hidden");
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {a, b, c, e}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kFailed) << n;
}

TEST(LinkName, AnchorsWithoutHrefAndHiddenLinksAreInapplicable) {
  Dom d;
  d.El(d.body, "a");
  d.El(d.body, "a", {{"href", "/"}, {"aria-hidden", "true"}});
  NodeId gone = d.El(d.body, "a", {{"href", "/"}});
  d.Style(gone).display = Display::kNone;
  d.El(d.body, "a", {{"href", "/"}, {"role", "button"}});
  NodeId invisible = d.El(d.body, "a", {{"href", "/"}});
  d.Style(invisible).visibility = Visibility::kHidden;
  d.El(d.body, "area", {{"shape", "rect"}, {"coords", "0,0,82,126"}});
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, kRule).outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y

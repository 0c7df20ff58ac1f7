// object-alt (ACT 8fc3b6): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "object-alt";

TEST(ObjectAlt, AuthorNamedMediaObjectsPass) {
  Dom d;
  NodeId a = d.El(d.body, "object", {{"aria-label", "Moon speech"}, {"data", "/a/moon.mp3"}});
  NodeId b = d.El(d.body, "object", {{"title", "Rabbit"}, {"data", "video.MP4?x=1"}});
  d.Text(d.El(d.body, "span", {{"id", "l"}}), "W3C logo");
  NodeId c = d.El(d.body, "object", {{"aria-labelledby", "l"}, {"data", "logo.png"}});
  NodeId e = d.El(d.body, "object", {{"title", "Chart"}, {"type", "image/svg+xml"}, {"data", "c"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {a, b, c, e}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kPassed) << n;
}

TEST(ObjectAlt, UnnamedMediaObjectsFail) {
  Dom d;
  NodeId a = d.El(d.body, "object", {{"data", "/moon-speech.mp3"}});
  NodeId b = d.El(d.body, "object", {{"title", ""}, {"data", "video.mp4"}});
  d.El(d.body, "span", {{"id", "empty"}});
  NodeId c = d.El(d.body, "object", {{"aria-labelledby", "empty"}, {"data", "w3c.png"}});
  // Fallback content and alt do not name the object.
  NodeId e = d.El(d.body, "object", {{"data", "w3c.png"}});
  d.El(e, "img", {{"alt", "W3C logo"}});
  NodeId f = d.El(d.body, "object", {{"alt", "Moon"}, {"data", "moon.mp3"}});
  Snapshot s = d.Build();
  RuleResult r = RunRule(s, kRule);
  for (NodeId n : {a, b, c, e, f}) EXPECT_EQ(NodeOutcome(r, n), Outcome::kFailed) << n;
}

TEST(ObjectAlt, ExplicitRoleHiddenOrNonMediaObjectsAreInapplicable) {
  Dom d;
  d.El(d.body, "object", {{"role", "img"}, {"title", "W3C"}, {"data", "w3c.png"}});
  d.El(d.body, "object", {{"role", "presentation"}, {"type", "image/png"}, {"data", "x"}});
  NodeId gone = d.El(d.body, "object", {{"data", "video.mp4"}});
  d.Style(gone).display = Display::kNone;
  NodeId hid = d.El(d.body, "object", {{"data", "moon.mp3"}});
  d.Style(hid).visibility = Visibility::kHidden;
  d.El(d.body, "object", {{"data", "w3c.png"}, {"aria-hidden", "true"}});
  d.El(d.body, "object", {{"data", "/shared/index.html"}});
  d.El(d.body, "object", {{"data", "/dir.png/page"}});
  d.El(d.body, "audio", {{"src", "moon.mp3"}});
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, kRule).outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y

// meta-viewport (ACT b4f0c3): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

Outcome ViewportOutcome(std::string_view content) {
  Dom d;
  NodeId meta = d.El(d.El(d.html, "head"), "meta", {{"name", "Viewport"}, {"content", content}});
  Snapshot s = d.Build();
  return NodeOutcome(RunRule(s, "meta-viewport"), meta);
}

TEST(MetaViewport, ZoomAllowedPasses) {
  EXPECT_EQ(ViewportOutcome("width=device-width, user-scalable=yes"), Outcome::kPassed);
  EXPECT_EQ(ViewportOutcome("maximum-scale=2"), Outcome::kPassed);
  EXPECT_EQ(ViewportOutcome("maximum-scale=6.0; user-scalable=1"), Outcome::kPassed);
  EXPECT_EQ(ViewportOutcome("maximum-scale=-1"), Outcome::kPassed);
  EXPECT_EQ(ViewportOutcome("maximum-scale=device-width"), Outcome::kPassed);
}

TEST(MetaViewport, ZoomDisabledOrCappedFails) {
  EXPECT_EQ(ViewportOutcome("user-scalable=no"), Outcome::kFailed);
  EXPECT_EQ(ViewportOutcome("width=device-width, USER-SCALABLE=0"), Outcome::kFailed);
  EXPECT_EQ(ViewportOutcome("maximum-scale=1.5"), Outcome::kFailed);
  EXPECT_EQ(ViewportOutcome("maximum-scale=yes"), Outcome::kFailed);
  EXPECT_EQ(ViewportOutcome("user-scalable=yes, maximum-scale=1"), Outcome::kFailed);
}

TEST(MetaViewport, ContentWithoutZoomSettingsIsInapplicable) {
  EXPECT_EQ(ViewportOutcome("width=device-width, initial-scale=1"), Outcome::kInapplicable);
  Dom d;
  d.El(d.El(d.html, "head"), "meta", {{"name", "description"}, {"content", "user-scalable=no"}});
  d.El(d.El(d.html, "head"), "meta", {{"name", "viewport"}});
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, "meta-viewport").outcome, Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y

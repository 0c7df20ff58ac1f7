// css-orientation-lock (ACT b33eff): fixtures from the rule's definition.
#include <gtest/gtest.h>

#include <cmath>

#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

constexpr char kRule[] = "css-orientation-lock";

TEST(CssOrientationLock, NoOrientationConditionalRotationIsInapplicable) {
  Dom d;
  d.Text(d.body, "Page content");
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, kRule).outcome, Outcome::kInapplicable);
}

TEST(CssOrientationLock, QuarterTurnsFailBothWays) {
  for (float deg : {90.0f, 90.0002f, 270.0f, 269.8f}) {
    Dom d;
    d.Style(d.html).orientation_rotation_deg = deg;
    Snapshot s = d.Build();
    EXPECT_EQ(NodeOutcome(RunRule(s, kRule), d.html), Outcome::kFailed) << deg;
  }
}

TEST(CssOrientationLock, OtherRotationsPass) {
  for (float deg : {0.0f, 2.5f, 45.0f, 180.0f, 88.0f, 359.9f}) {
    Dom d;
    d.Style(d.body).orientation_rotation_deg = deg;
    Snapshot s = d.Build();
    EXPECT_EQ(NodeOutcome(RunRule(s, kRule), d.body), Outcome::kPassed) << deg;
  }
}

TEST(CssOrientationLock, HiddenElementsAreInapplicable) {
  Dom d;
  d.Style(d.body).orientation_rotation_deg = 90.0f;
  d.Style(d.body).display = Display::kNone;
  Snapshot s = d.Build();
  EXPECT_EQ(RunRule(s, kRule).outcome, Outcome::kInapplicable);
}

TEST(CssOrientationLock, RotationOutsideZeroTo360IsMalformed) {
  SnapshotBuilder b;
  NodeId doc = b.AddDocument(kNoNode, {});
  NodeId html = b.AddElement(doc, "html", Namespace::kHtml);
  b.Element(html).style.orientation_rotation_deg = 360.0f;
  StatusOr<Snapshot> s = std::move(b).Finish();
  EXPECT_FALSE(s.ok());
}

}  // namespace
}  // namespace seamkit::a11y

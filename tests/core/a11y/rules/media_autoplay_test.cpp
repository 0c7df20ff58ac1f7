// no-autoplay-audio (ACT 80f0bf), autoplay-audio-short (aaa1bf),
// autoplay-audio-control (4c31df).
#include <gtest/gtest.h>

#include "core/a11y/rules/media_autoplay.h"
#include "tests/core/a11y/rules/test_dom.h"

namespace seamkit::a11y {
namespace {

using rules::MediaFragmentSeconds;
using testing::Dom;
using testing::NodeOutcome;
using testing::RunRule;

TEST(MediaFragmentSeconds, ParsesStartEndInSecondsAndClockTime) {
  EXPECT_DOUBLE_EQ(*MediaFragmentSeconds("video.mp4#t=8,10"), 2.0);
  EXPECT_DOUBLE_EQ(*MediaFragmentSeconds("a.mp3#xywh=1,2,3,4&t=npt:1:00,1:02.5"), 2.5);
  EXPECT_DOUBLE_EQ(*MediaFragmentSeconds("a.mp3#t=,4"), 4.0);
  EXPECT_FALSE(MediaFragmentSeconds("a.mp3#t=25"));
  EXPECT_FALSE(MediaFragmentSeconds("a.mp3#t=10,5"));
  EXPECT_FALSE(MediaFragmentSeconds("a.mp3#t=x,5"));
  EXPECT_FALSE(MediaFragmentSeconds("a.mp3"));
}

TEST(AutoplayAudio, OutcomesFromAttributesAndFragments) {
  Dom d;
  NodeId bare = d.El(d.body, "audio", {{"src", "speech.mp3"}, {"autoplay", ""}});
  NodeId controls =
      d.El(d.body, "audio", {{"src", "speech.mp3"}, {"autoplay", ""}, {"controls", ""}});
  NodeId short_clip = d.El(d.body, "video", {{"autoplay", ""}});
  d.El(short_clip, "source", {{"src", "video.mp4#t=8,10"}});
  NodeId muted = d.El(d.body, "video", {{"src", "v.mp4"}, {"autoplay", ""}, {"muted", ""}});
  NodeId no_autoplay = d.El(d.body, "audio", {{"src", "a.mp3"}, {"controls", ""}});
  NodeId no_source = d.El(d.body, "video", {{"autoplay", ""}});
  Snapshot s = d.Build();
  RuleResult composite = RunRule(s, "no-autoplay-audio");
  EXPECT_EQ(NodeOutcome(composite, bare), Outcome::kCantTell);
  EXPECT_EQ(NodeOutcome(composite, controls), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(composite, short_clip), Outcome::kPassed);
  for (NodeId n : {muted, no_autoplay, no_source}) {
    EXPECT_EQ(NodeOutcome(composite, n), Outcome::kInapplicable) << n;
  }
  RuleResult shortness = RunRule(s, "autoplay-audio-short");
  EXPECT_EQ(NodeOutcome(shortness, short_clip), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(shortness, controls), Outcome::kCantTell);
  RuleResult control = RunRule(s, "autoplay-audio-control");
  EXPECT_EQ(NodeOutcome(control, controls), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(control, bare), Outcome::kCantTell);
  EXPECT_EQ(NodeOutcome(control, short_clip), Outcome::kInapplicable);
}

}  // namespace
}  // namespace seamkit::a11y

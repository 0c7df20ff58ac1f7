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

TEST(MediaFragment, StartOnlyAndMalformedFragments) {
  std::optional<rules::MediaRange> r = rules::MediaFragment("a.mp3#t=25");
  ASSERT_TRUE(r);
  EXPECT_DOUBLE_EQ(r->start, 25.0);
  EXPECT_FALSE(r->end);
  EXPECT_FALSE(rules::MediaFragment("a.mp3#t="));
  EXPECT_FALSE(rules::MediaFragment("a.mp3#t=-1"));
  EXPECT_FALSE(rules::MediaFragment("a.mp3#x=1"));
}

// A measured element: `spans` as {start, end} pairs.
enum Extra { kPlain, kControls, kLoop };
NodeId Measured(Dom& d, NodeId parent, std::string_view url, float duration,
                std::vector<AudibleSpan> spans, Extra extra = kPlain) {
  NodeId n = extra == kControls
                 ? d.El(parent, "audio", {{"src", url}, {"autoplay", ""}, {"controls", ""}})
             : extra == kLoop
                 ? d.El(parent, "audio", {{"src", url}, {"autoplay", ""}, {"loop", ""}})
                 : d.El(parent, "audio", {{"src", url}, {"autoplay", ""}});
  d.builder().AddMedia(n, MediaStatus::kMeasured, url, duration, spans);
  return n;
}

TEST(AutoplayAudio, MeasuredSoundDecidesEveryRule) {
  Dom d;
  // 10 s of speech, no controls, nothing else on the page to stop it.
  NodeId speech = Measured(d, d.body, "http://h/speech.mp3", 10, {{0.5f, 4}, {4.2f, 9.5f}});
  // The same with `controls`.
  NodeId with_controls =
      Measured(d, d.body, "http://h/speech.mp3", 10, {{0.5f, 9.5f}}, kControls);
  // Silent resource; a beep of 1 s; 2 s left after "#t=8"; a looping beep.
  NodeId silent = Measured(d, d.body, "http://h/silent.mp3", 10, {});
  NodeId beep = Measured(d, d.body, "http://h/beep.mp3", 10, {{2, 3}});
  NodeId tail = Measured(d, d.body, "http://h/speech.mp3#t=8", 10, {{0.5f, 9.5f}});
  NodeId looped = Measured(d, d.body, "http://h/beep.mp3", 10, {{2, 3}}, kLoop);
  // Sound only outside the fragment that plays.
  NodeId outside = Measured(d, d.body, "http://h/a.mp3#t=5,9", 10, {{0, 4}});
  // A video without an audio track, and one on another origin.
  NodeId no_track = d.El(d.body, "video", {{"src", "v.mp4"}, {"autoplay", ""}});
  d.builder().AddMedia(no_track, MediaStatus::kNoAudioTrack, "http://h/v.mp4", 0, {});
  NodeId foreign = d.El(d.body, "video", {{"src", "http://x/v.mp4"}, {"autoplay", ""}});
  d.builder().AddMedia(foreign, MediaStatus::kCrossOrigin, "http://x/v.mp4", 0, {});
  Snapshot s = d.Build();

  RuleResult shortness = RunRule(s, "autoplay-audio-short");
  EXPECT_EQ(NodeOutcome(shortness, speech), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(shortness, with_controls), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(shortness, beep), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(shortness, tail), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(shortness, looped), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(shortness, foreign), Outcome::kCantTell);
  for (NodeId n : {silent, outside, no_track}) {
    EXPECT_EQ(NodeOutcome(shortness, n), Outcome::kInapplicable) << n;
  }
  RuleResult control = RunRule(s, "autoplay-audio-control");
  EXPECT_EQ(NodeOutcome(control, speech), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(control, with_controls), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(control, beep), Outcome::kFailed);  // 10 s resource, no mechanism
  EXPECT_EQ(NodeOutcome(control, tail), Outcome::kInapplicable);  // 2 s play
  EXPECT_EQ(NodeOutcome(control, foreign), Outcome::kCantTell);
  RuleResult composite = RunRule(s, "no-autoplay-audio");
  EXPECT_EQ(NodeOutcome(composite, speech), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(composite, with_controls), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(composite, beep), Outcome::kPassed);
  EXPECT_EQ(NodeOutcome(composite, looped), Outcome::kFailed);
  EXPECT_EQ(NodeOutcome(composite, foreign), Outcome::kCantTell);
  for (NodeId n : {silent, outside, no_track}) {
    EXPECT_EQ(NodeOutcome(composite, n), Outcome::kInapplicable) << n;
  }
}

TEST(AutoplayAudio, ControlsOnThePageDecideTheMechanism) {
  struct Case {
    const char* name;
    std::string_view button_text;
    bool hidden;
    bool aria_hidden;
    Outcome expected;
  };
  const Case cases[] = {
      {"mute button", "Mute", false, false, Outcome::kPassed},
      {"pause in words", "Pause the video", false, false, Outcome::kPassed},
      {"German", "Ton aus", false, false, Outcome::kPassed},
      {"unrelated button", "Subscribe", false, false, Outcome::kCantTell},
      {"word inside another", "Stopwatch", false, false, Outcome::kCantTell},
      {"unnamed button", "", false, false, Outcome::kFailed},
      {"display none", "Pause", true, false, Outcome::kFailed},
      {"aria-hidden", "Pause", false, true, Outcome::kFailed},
  };
  for (const Case& c : cases) {
    Dom d;
    NodeId media = Measured(d, d.body, "http://h/speech.mp3", 10, {{0, 9}});
    NodeId box = c.aria_hidden ? d.El(d.body, "div", {{"aria-hidden", "true"}})
                               : d.El(d.body, "div");
    NodeId button = d.El(box, "button");
    if (!c.button_text.empty()) d.Text(button, c.button_text);
    if (c.hidden) d.Style(button).display = Display::kNone;
    Snapshot s = d.Build();
    EXPECT_EQ(NodeOutcome(RunRule(s, "autoplay-audio-control"), media), c.expected) << c.name;
    EXPECT_EQ(NodeOutcome(RunRule(s, "no-autoplay-audio"), media), c.expected) << c.name;
  }
}

}  // namespace
}  // namespace seamkit::a11y

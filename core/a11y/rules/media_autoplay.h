// Shared facts for the autoplaying-audio rules (ACT 80f0bf, aaa1bf,
// 4c31df). From the DOM: `autoplay` starts playback, `muted` mutes it,
// `loop` repeats it, `controls` gives a control mechanism, and a media
// fragment (https://www.w3.org/TR/media-frags/ "#t=start,end", seconds or
// hh:mm:ss) bounds what plays. From the collector's media probe (a
// MediaInfo record): the resource's duration and where its sound is
// audible. Without a probe record, whether there is audio is unknown and
// the rules say cantTell.
#ifndef SEAMKIT_CORE_A11Y_RULES_MEDIA_AUTOPLAY_H_
#define SEAMKIT_CORE_A11Y_RULES_MEDIA_AUTOPLAY_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/a11y/context.h"
#include "core/a11y/rule.h"

namespace seamkit::a11y::rules {

// What an autoplaying element's sound amounts to.
enum class AutoplayAudio {
  kNone,     // measured: nothing audible in what plays
  kShort,    // audible output lasts 3 seconds or less
  kLong,     // audible output lasts more than 3 seconds (or loops)
  kUnknown,  // not measured (reason in AutoplayMedia::why)
};

struct AutoplayMedia {
  NodeId node = kNoNode;
  bool controls = false;
  AutoplayAudio audio = AutoplayAudio::kUnknown;
  // Seconds that play (fragment and duration applied); unknown: nullopt.
  std::optional<double> played_seconds;
  // Seconds from the first to the last audible moment in what plays.
  double audible_seconds = 0;
  std::string why;  // for kUnknown: why it was not measured
};

// HTML audio/video elements (rendered or not: audio plays either way) with
// `autoplay`, not `muted`, with a source (src attribute or a <source> child
// with src), in document order, with what their sound amounts to.
std::vector<AutoplayMedia> FindAutoplayMedia(AuditContext& ctx);

// Start and end (nullopt: to the end) of a "#t=" fragment in `url`; nullopt
// when there is no valid temporal fragment.
struct MediaRange {
  double start = 0;
  std::optional<double> end;
};
std::optional<MediaRange> MediaFragment(std::string_view url);

// Seconds between start and end of a "#t=" fragment in `url`; nullopt when
// there is no fragment with both ends.
std::optional<double> MediaFragmentSeconds(std::string_view url);

// The instrument a page offers to pause, stop or mute its audio (ACT
// 4c31df expectations: visible, included in the accessibility tree, a
// non-empty accessible name).
enum class AudioInstrument {
  kNamed,      // a visible, named control whose name says pause/stop/mute/volume
  kUnclear,    // visible, named controls exist, none named so
  kNone,       // no visible, named control in the accessibility tree at all
};
struct InstrumentSearch {
  AudioInstrument kind = AudioInstrument::kNone;
  NodeId control = kNoNode;  // the kNamed control
};
InstrumentSearch FindAudioInstrument(AuditContext& ctx);

// The same search for any mechanism: a visible, named control (button,
// link, checkbox, switch, slider, menu item, radio, tab, spin button)
// whose accessible name holds one of `words` as a whole word (ASCII case
// folded; `words` lower case). Cached per audit under `key`.
InstrumentSearch FindNamedInstrument(AuditContext& ctx, std::string_view key,
                                     std::span<const std::string_view> words);

// "12.3 s".
std::string SecondsText(double v);

}  // namespace seamkit::a11y::rules

#endif  // SEAMKIT_CORE_A11Y_RULES_MEDIA_AUTOPLAY_H_

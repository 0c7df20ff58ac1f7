// ACT 80f0bf "Audio or video element avoids automatically playing audio"
// (composite of aaa1bf and 4c31df, WCAG 1.4.2). Passed when either input
// rule passes: audible output of 3 seconds or less, or a control
// mechanism. Failed when both fail. Inapplicable when what plays has no
// sound. Otherwise cantTell.
#include "core/a11y/rules/media_autoplay.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag142"};
constexpr std::string_view kAct[] = {"80f0bf"};
constexpr std::string_view kWcag[] = {"1.4.2"};

void Check(AuditContext& ctx, RuleReporter& out) {
  for (const AutoplayMedia& m : FindAutoplayMedia(ctx)) {
    if (m.audio == AutoplayAudio::kNone) continue;
    if (m.audio == AutoplayAudio::kShort) {
      out.Pass(m.node, "Audio plays for 3 seconds or less");
      continue;
    }
    if (m.controls) {
      out.Pass(m.node, "The controls attribute provides a mechanism");
      continue;
    }
    InstrumentSearch found = FindAudioInstrument(ctx);
    if (found.kind == AudioInstrument::kNamed) {
      out.Pass(m.node, "The page has a visible control to pause or mute audio");
    } else if (found.kind == AudioInstrument::kNone && m.audio == AutoplayAudio::kLong) {
      out.Fail(m.node,
               "Media plays audio automatically for " + SecondsText(m.audible_seconds) +
                   " with no way to pause, stop or mute it",
               {{"audibleSeconds", m.audible_seconds}});
    } else {
      out.CantTell(m.node, "Autoplaying media: check it has no audio over 3 seconds or "
                           "a visible, named mechanism to stop it" +
                               (m.why.empty() ? std::string() : " (" + m.why + ")"));
    }
  }
}

}  // namespace

extern const Rule kNoAutoplayAudio = {
    {"no-autoplay-audio",
     "Ensures video and audio elements do not play audio automatically for "
     "more than 3 seconds without a control mechanism",
     "Media must not play audio automatically without a way to stop it",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/80f0bf/",
     Impact::kModerate, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

// ACT aaa1bf "Audio or video element that plays automatically has no audio
// that lasts more than 3 seconds" (input to 80f0bf, WCAG 1.4.2). Passes
// when a media fragment limits playback to 3 seconds or less; otherwise
// the audio's presence and length are not in the DOM: cantTell.
#include "core/a11y/rules/media_autoplay.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag142"};
constexpr std::string_view kAct[] = {"aaa1bf"};
constexpr std::string_view kWcag[] = {"1.4.2"};

void Check(AuditContext& ctx, RuleReporter& out) {
  for (const AutoplayMedia& m : FindAutoplayMedia(ctx)) {
    if (m.fragment_seconds && *m.fragment_seconds <= 3.0) {
      out.Pass(m.node, "Playback is limited to 3 seconds or less");
    } else {
      out.CantTell(m.node, "Autoplaying media: check it has no audio over 3 seconds");
    }
  }
}

}  // namespace

extern const Rule kAutoplayAudioShort = {
    {"autoplay-audio-short",
     "Ensures media that plays automatically has no audio lasting over 3 seconds",
     "Autoplaying audio must stop within 3 seconds",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/aaa1bf/",
     Impact::kModerate, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

// ACT aaa1bf "Audio or video element that plays automatically has no audio
// that lasts more than 3 seconds" (WCAG 1.4.2, technique G60). Measured by
// the collector's media probe: the audible part of what plays (fragment
// and duration applied) from its first to its last audible moment; a
// looping element with any sound fails. A fragment of 3 seconds or less
// passes without a measurement. Unmeasured: cantTell, with the reason.
#include "core/a11y/rules/media_autoplay.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag142"};
constexpr std::string_view kAct[] = {"aaa1bf"};
constexpr std::string_view kWcag[] = {"1.4.2"};

void Check(AuditContext& ctx, RuleReporter& out) {
  for (const AutoplayMedia& m : FindAutoplayMedia(ctx)) {
    switch (m.audio) {
      case AutoplayAudio::kNone:
        break;  // no audio: inapplicable
      case AutoplayAudio::kShort:
        out.Pass(m.node, "Audio plays for " + SecondsText(m.audible_seconds) +
                             ", 3 seconds or less");
        break;
      case AutoplayAudio::kLong:
        out.Fail(m.node,
                 "Media plays audio automatically for " + SecondsText(m.audible_seconds) +
                     (ctx.snapshot().HasAttr(m.node, "loop") ? ", on a loop" : "") +
                     ": more than 3 seconds",
                 {{"audibleSeconds", m.audible_seconds}});
        break;
      case AutoplayAudio::kUnknown:
        out.CantTell(m.node, "Autoplaying media: check it has no audio over 3 seconds (" +
                                 m.why + ")");
        break;
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

// ACT 4c31df "Audio or video element that plays automatically has a
// control mechanism" (WCAG 1.4.2, technique G170). Applies to autoplaying,
// unmuted media whose played part lasts more than 3 seconds and has sound
// (the media probe's measurement; unmeasured elements stay applicable
// unless a fragment bounds them to 3 seconds).
//
// The instrument must be visible, in the accessibility tree and named
// (the rule's second expectation). Passed: the `controls` attribute, or a
// visible, named control whose name says pause, stop, mute or volume.
// Failed: measured sound and no visible, named control anywhere on the
// page, so nothing can be that instrument. Otherwise cantTell: a named
// control exists and seamkit does not guess what it does.
#include "core/a11y/rules/media_autoplay.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag142"};
constexpr std::string_view kAct[] = {"4c31df"};
constexpr std::string_view kWcag[] = {"1.4.2"};

void Check(AuditContext& ctx, RuleReporter& out) {
  for (const AutoplayMedia& m : FindAutoplayMedia(ctx)) {
    if (m.audio == AutoplayAudio::kNone) continue;
    if (m.played_seconds && *m.played_seconds <= 3.0) continue;
    if (m.controls) {
      out.Pass(m.node, "The controls attribute provides a mechanism");
      continue;
    }
    InstrumentSearch found = FindAudioInstrument(ctx);
    if (found.kind == AudioInstrument::kNamed) {
      out.Pass(m.node, "The page has a visible control named \"" +
                           std::string(TrimAsciiWhitespace(ctx.Name(found.control).text)) +
                           "\"");
    } else if (found.kind == AudioInstrument::kNone && m.audio != AutoplayAudio::kUnknown) {
      out.Fail(m.node,
               "Media plays " + SecondsText(*m.played_seconds) +
                   " with sound automatically, without controls, and the page has no "
                   "visible, named control that could pause or mute it",
               {{"audibleSeconds", m.audible_seconds}});
    } else {
      out.CantTell(m.node, "Autoplaying media without controls: check for a visible, "
                           "named mechanism to pause or mute its audio" +
                               (m.why.empty() ? std::string() : " (" + m.why + ")"));
    }
  }
}

}  // namespace

extern const Rule kAutoplayAudioControl = {
    {"autoplay-audio-control",
     "Ensures media that plays audio automatically has a control mechanism",
     "Autoplaying audio must have a control to pause or mute it",
     "https://www.w3.org/WAI/standards-guidelines/act/rules/4c31df/",
     Impact::kModerate, kTags, kAct, kWcag},
    Check};

}  // namespace seamkit::a11y::rules

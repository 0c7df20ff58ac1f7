// ACT 4c31df "Audio or video element that plays automatically has a
// control mechanism" (input to 80f0bf, WCAG 1.4.2). Media limited to 3
// seconds or less by a fragment is out of scope. Passes with the
// `controls` attribute; without it a custom control may exist: cantTell.
#include "core/a11y/rules/media_autoplay.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag142"};
constexpr std::string_view kAct[] = {"4c31df"};
constexpr std::string_view kWcag[] = {"1.4.2"};

void Check(AuditContext& ctx, RuleReporter& out) {
  for (const AutoplayMedia& m : FindAutoplayMedia(ctx)) {
    if (m.fragment_seconds && *m.fragment_seconds <= 3.0) continue;
    if (m.controls) {
      out.Pass(m.node, "The controls attribute provides a mechanism");
    } else {
      out.CantTell(m.node, "Autoplaying media without controls: check for a "
                           "mechanism to pause or mute its audio");
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

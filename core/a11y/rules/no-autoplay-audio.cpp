// ACT 80f0bf "Audio or video element avoids automatically playing audio"
// (composite of aaa1bf and 4c31df, WCAG 1.4.2). Passes when either input
// rule passes: playback limited to 3 seconds or less, or `controls`.
// Otherwise cantTell: the DOM does not say whether there is audio.
#include "core/a11y/rules/media_autoplay.h"

namespace seamkit::a11y::rules {
namespace {

constexpr std::string_view kTags[] = {"wcag2a", "wcag142"};
constexpr std::string_view kAct[] = {"80f0bf"};
constexpr std::string_view kWcag[] = {"1.4.2"};

void Check(AuditContext& ctx, RuleReporter& out) {
  for (const AutoplayMedia& m : FindAutoplayMedia(ctx)) {
    if ((m.fragment_seconds && *m.fragment_seconds <= 3.0) || m.controls) {
      out.Pass(m.node);
    } else {
      out.CantTell(m.node, "Autoplaying media: check it has no audio over 3 "
                           "seconds or a mechanism to stop it");
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

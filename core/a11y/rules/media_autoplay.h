// Shared facts for the autoplaying-audio rules (ACT 80f0bf, aaa1bf,
// 4c31df). From the DOM alone: `autoplay` starts playback, `muted` mutes
// it, `controls` gives a control mechanism, and a media fragment
// (https://www.w3.org/TR/media-frags/ "#t=start,end", seconds or
// hh:mm:ss) bounds the played duration. Whether the media has audio and
// how long it lasts otherwise is not in the snapshot: cantTell.
#ifndef SEAMKIT_CORE_A11Y_RULES_MEDIA_AUTOPLAY_H_
#define SEAMKIT_CORE_A11Y_RULES_MEDIA_AUTOPLAY_H_

#include <optional>
#include <string_view>
#include <vector>

#include "core/a11y/context.h"
#include "core/a11y/rule.h"

namespace seamkit::a11y::rules {

struct AutoplayMedia {
  NodeId node = kNoNode;
  bool controls = false;
  std::optional<double> fragment_seconds;  // end - start of "#t=start,end"
};

// HTML audio/video elements (rendered or not: audio plays either way) with `autoplay`, not `muted`, with a
// source (src attribute or a <source> child with src), in document order.
// Elements whose media fragment plays 3 seconds or less are included
// (rules decide); the caller filters.
std::vector<AutoplayMedia> FindAutoplayMedia(AuditContext& ctx);

// Seconds between start and end of a "#t=" fragment in `url`; nullopt when
// there is no fragment with both ends.
std::optional<double> MediaFragmentSeconds(std::string_view url);

}  // namespace seamkit::a11y::rules

#endif  // SEAMKIT_CORE_A11Y_RULES_MEDIA_AUTOPLAY_H_

// The delay of a <meta http-equiv=refresh> content value, parsed as HTML's
// "shared declarative refresh steps" do (HTML Living Standard §4.2.5.3):
// digits, optional fraction, then end, `;`, `,` or whitespace. Used by
// meta-refresh and meta-refresh-no-exceptions.
#ifndef SEAMKIT_CORE_A11Y_RULES_META_REFRESH_UTIL_H_
#define SEAMKIT_CORE_A11Y_RULES_META_REFRESH_UTIL_H_

#include <optional>
#include <string_view>
#include <vector>

#include "core/a11y/rules/rule_util.h"

namespace seamkit::a11y::rules {

// Whole seconds of delay, or nullopt when the value is not a valid refresh.
std::optional<double> ParseRefreshDelay(std::string_view content);

struct RefreshMeta {
  NodeId node;
  double delay;
};
// The first meta refresh with a valid content value of each document.
std::vector<RefreshMeta> FirstValidRefreshes(const Snapshot& s);

}  // namespace seamkit::a11y::rules

#endif  // SEAMKIT_CORE_A11Y_RULES_META_REFRESH_UTIL_H_

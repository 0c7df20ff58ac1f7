// Reads a model's monitoring section from models/manifest.json:
//   "monitoring": {
//     "reference": {"status": "provisional"|"measured", "range": [0, 1],
//                   "proportions": [shares of equal-width bins]},
//     "drift": {"psi": number, "ks": number, "minSamples": integer}}
// The manifest's JSON Schema (models/manifest.schema.json) says the same;
// this reader checks what the monitor depends on, without trusting the file.
#ifndef SEAMKIT_CORE_MONITOR_MANIFEST_CONFIG_H_
#define SEAMKIT_CORE_MONITOR_MANIFEST_CONFIG_H_

#include <cstddef>
#include <string_view>

#include "core/common/status.h"
#include "core/monitor/model_monitor.h"

namespace seamkit::monitor {

inline constexpr std::size_t kMaxManifestBytes = 4 * 1024 * 1024;

// The entry is `model_id` at `version`; an empty version means the id's only
// entry. Errors: kLimitExceeded (text over kMaxManifestBytes), kParse (not
// JSON), kInvalidArgument (no such entry, or several versions and none
// named), kMalformed (a field missing or of the wrong type or value; the
// message names the field).
StatusOr<MonitorConfig> MonitorConfigFromManifest(
    std::string_view manifest_json, std::string_view model_id,
    std::string_view version = {});

}  // namespace seamkit::monitor

#endif  // SEAMKIT_CORE_MONITOR_MANIFEST_CONFIG_H_

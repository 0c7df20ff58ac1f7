// Internal to the JSON snapshot codec: field readers and the names shared by
// the decoder and the encoder. Not a public API.
#ifndef SEAMKIT_CORE_A11Y_SNAPSHOT_JSON_KEYS_H_
#define SEAMKIT_CORE_A11Y_SNAPSHOT_JSON_KEYS_H_

#include <array>
#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <string_view>

#include "core/a11y/snapshot.h"
#include "core/common/status.h"

namespace seamkit::a11y::json_keys {

struct FlagName {
  uint32_t bit;
  std::string_view name;
};
inline constexpr std::array<FlagName, 10> kFlagNames = {{
    {kFlagFocusable, "focusable"},
    {kFlagInert, "inert"},
    {kFlagDisabled, "disabled"},
    {kFlagContentEditable, "contentEditable"},
    {kFlagScrollableX, "scrollableX"},
    {kFlagScrollableY, "scrollableY"},
    {kFlagFocusProbed, "focusProbed"},
    {kFlagFocusRedirected, "focusRedirected"},
    {kFlagTextChanged, "textChanged"},
    {kFlagRepeated, "repeated"},
}};
inline constexpr std::array<std::string_view, kNamespaceCount> kNamespaceNames =
    {"html", "svg", "mathml", "other"};
inline constexpr std::array<std::string_view, kMediaStatusCount> kMediaStatusNames = {
    "measured", "no-audio-track", "cross-origin", "load-failed", "too-large", "timed-out"};

// Each returns a Status whose message names the offending field.
Status ReadNamespace(const nlohmann::json& element, Namespace* ns);
Status ReadAttributes(const nlohmann::json& element, SnapshotBuilder* b);
Status ReadElement(const nlohmann::json& element, ElementData* e,
                   uint32_t* flags, SnapshotBuilder* b);
// An element's "media" object: {"status", "url"?, "duration"?, "audible"?:
// [[start, end], ...]}; absent: nothing recorded.
Status ReadMedia(const nlohmann::json& element, NodeId node, SnapshotBuilder* b);
// "imageBackdrops": [{"image": node index, "darkest": "#rrggbb",
// "lightest": "#rrggbb", "uncovered"?: bool}] of element `node`.
Status ReadImageBackdrops(const nlohmann::json& element, NodeId node, SnapshotBuilder* b);
Status ReadDocument(const nlohmann::json& document, DocumentInfo* info,
                    SnapshotBuilder* b);

}  // namespace seamkit::a11y::json_keys

#endif  // SEAMKIT_CORE_A11Y_SNAPSHOT_JSON_KEYS_H_

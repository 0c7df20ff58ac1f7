// The readable snapshot format (fixtures, interchange, debugging), described
// in docs/snapshot-format.md (with the binary layout). The browser path uses
// snapshot_binary.h.
//
//   StatusOr<Snapshot> s = DecodeSnapshotJson(R"({"format":"seamkit-a11y-snapshot",
//       "version":1,"root":{"kind":"document","children":[{"tag":"html",
//       "children":[{"tag":"img","attrs":{"src":"a.png"}}]}]}})");
//   std::string text = EncodeSnapshotJson(*s);  // decodes back to the same model
//
// Both directions are iterative: any depth up to kMaxDepth works (nlohmann's
// parser and destructor are iterative; its dump() is not, so the encoder
// writes the text itself).
#ifndef SEAMKIT_CORE_A11Y_SNAPSHOT_JSON_H_
#define SEAMKIT_CORE_A11Y_SNAPSHOT_JSON_H_

#include <string>
#include <string_view>

#include "core/a11y/snapshot.h"
#include "core/common/status.h"

namespace seamkit::a11y {

inline constexpr std::string_view kSnapshotJsonFormat = "seamkit-a11y-snapshot";
inline constexpr int kSnapshotJsonVersion = 1;

// Errors: kParse (not JSON), kMalformed (JSON that does not follow the
// format: wrong type, unknown key, bad reference), kLimitExceeded (text over
// kMaxSnapshotBytes, more than kMaxNodes, deeper than kMaxDepth).
StatusOr<Snapshot> DecodeSnapshotJson(std::string_view text);

// Compact JSON; fields equal to their defaults are left out. Invalid UTF-8
// in a string (impossible in a decoded snapshot) is replaced by U+FFFD.
std::string EncodeSnapshotJson(const Snapshot& snapshot);

}  // namespace seamkit::a11y

#endif  // SEAMKIT_CORE_A11Y_SNAPSHOT_JSON_H_

// Fuzzes DecodeSnapshotJson with arbitrary text. A snapshot that decodes
// must re-encode to JSON that decodes to the same shape, and encoding is
// stable.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/a11y/snapshot_json.h"
#include "tests/fuzz/fuzz_check.h"

using seamkit::a11y::DecodeSnapshotJson;
using seamkit::a11y::EncodeSnapshotJson;
using seamkit::a11y::Snapshot;
using seamkit::fuzz::Check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  seamkit::StatusOr<Snapshot> snap = DecodeSnapshotJson(text);
  if (!snap.ok()) {
    seamkit::fuzz::CheckNotInternal(snap.status(), "DecodeSnapshotJson");
    return 0;
  }
  std::string once = EncodeSnapshotJson(*snap);
  seamkit::StatusOr<Snapshot> again = DecodeSnapshotJson(once);
  Check(again.ok(), "re-encoded snapshot does not decode");
  Check(again->size() == snap->size(), "round trip changed the node count");
  Check(EncodeSnapshotJson(*again) == once, "encoding is not stable");
  return 0;
}

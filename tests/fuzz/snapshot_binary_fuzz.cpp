// Fuzzes DecodeSnapshotBinary with arbitrary bytes. A snapshot that decodes
// must re-encode to bytes that decode to the same shape, and encoding is
// stable (encode(decode(encode(s))) == encode(s)).
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/a11y/snapshot_binary.h"
#include "tests/fuzz/fuzz_check.h"

using seamkit::a11y::DecodeSnapshotBinary;
using seamkit::a11y::EncodeSnapshotBinary;
using seamkit::a11y::Snapshot;
using seamkit::fuzz::Check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  seamkit::StatusOr<Snapshot> snap = DecodeSnapshotBinary(data, size);
  if (!snap.ok()) {
    seamkit::fuzz::CheckNotInternal(snap.status(), "DecodeSnapshotBinary");
    return 0;
  }
  std::vector<uint8_t> once = EncodeSnapshotBinary(*snap);
  seamkit::StatusOr<Snapshot> again = DecodeSnapshotBinary(once.data(), once.size());
  Check(again.ok(), "re-encoded snapshot does not decode");
  Check(again->size() == snap->size(), "round trip changed the node count");
  Check(EncodeSnapshotBinary(*again) == once, "encoding is not stable");
  return 0;
}

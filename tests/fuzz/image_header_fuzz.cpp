// Fuzzes ReadImageHeader / CheckImageHeader (the first bytes of a user's
// photo, read before any decoding). An accepted header is within the
// documented limits.
#include <cstddef>
#include <cstdint>

#include "core/common/image.h"
#include "core/vision/image_header.h"
#include "tests/fuzz/fuzz_check.h"

using seamkit::fuzz::Check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto header = seamkit::vision::ReadImageHeader(data, size);
  if (!header.ok()) {
    seamkit::fuzz::CheckNotInternal(header.status(), "ReadImageHeader");
  } else {
    Check(header->width >= 0 && header->height >= 0, "negative size");
  }
  auto checked = seamkit::vision::CheckImageHeader(data, size);
  if (!checked.ok()) {
    seamkit::fuzz::CheckNotInternal(checked.status(), "CheckImageHeader");
    return 0;
  }
  Check(header.ok(), "CheckImageHeader accepts what ReadImageHeader refuses");
  Check(checked->width > 0 && checked->height > 0, "empty image accepted");
  Check(checked->width <= seamkit::kMaxImageSide &&
            checked->height <= seamkit::kMaxImageSide &&
            checked->width * checked->height <= seamkit::kMaxImagePixels,
        "image over the limits accepted");
  return 0;
}

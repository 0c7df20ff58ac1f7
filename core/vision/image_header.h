// Reads an encoded image's format and pixel size from its first bytes, so
// that oversized or unsupported files are refused before any decoding.
#ifndef SEAMKIT_CORE_VISION_IMAGE_HEADER_H_
#define SEAMKIT_CORE_VISION_IMAGE_HEADER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/common/status.h"

namespace seamkit::vision {

enum class ImageFormat { kPng, kJpeg, kGif, kWebp, kBmp };

struct ImageHeader {
  ImageFormat format = ImageFormat::kPng;
  int64_t width = 0;
  int64_t height = 0;
  bool animated = false;  // APNG acTL, WebP ANIM flag (GIF: not detected)
  bool cmyk = false;      // JPEG with 4 components (CMYK or YCCK)
};

std::string_view ImageFormatName(ImageFormat f);

// Parses the header. Errors: kUnsupported (not PNG/JPEG/GIF/WebP/BMP),
// kMalformed (truncated or inconsistent header).
StatusOr<ImageHeader> ReadImageHeader(const uint8_t* data, size_t size);

// ReadImageHeader, then refuses 0-pixel images (kInvalidArgument) and
// images over kMaxImageSide / kMaxImagePixels (kLimitExceeded).
StatusOr<ImageHeader> CheckImageHeader(const uint8_t* data, size_t size);

}  // namespace seamkit::vision

#endif  // SEAMKIT_CORE_VISION_IMAGE_HEADER_H_

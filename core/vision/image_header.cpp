#include "core/vision/image_header.h"

#include <string>

#include "core/common/image.h"

namespace seamkit::vision {
namespace {

uint32_t Be16(const uint8_t* p) { return (uint32_t{p[0]} << 8) | p[1]; }
uint32_t Be32(const uint8_t* p) { return (Be16(p) << 16) | Be16(p + 2); }
uint32_t Le16(const uint8_t* p) { return (uint32_t{p[1]} << 8) | p[0]; }
uint32_t Le24(const uint8_t* p) { return Le16(p) | (uint32_t{p[2]} << 16); }
uint32_t Le32(const uint8_t* p) { return Le16(p) | (Le16(p + 2) << 16); }

bool StartsWith(const uint8_t* d, size_t n, std::string_view magic) {
  return n >= magic.size() &&
         std::string_view(reinterpret_cast<const char*>(d), magic.size()) == magic;
}

Status Truncated(const char* what) {
  return Status(ErrorCode::kMalformed,
                std::string("truncated or malformed ") + what + " header");
}

// PNG (ISO/IEC 15948): signature, then IHDR with big-endian width/height;
// an acTL chunk before IDAT marks an animated PNG.
StatusOr<ImageHeader> ReadPng(const uint8_t* d, size_t n) {
  if (n < 24 || !StartsWith(d + 12, n - 12, "IHDR")) return Truncated("PNG");
  ImageHeader h{ImageFormat::kPng, Be32(d + 16), Be32(d + 20), false, false};
  size_t pos = 8;
  for (int chunks = 0; pos + 8 <= n && chunks < 64; ++chunks) {
    uint32_t len = Be32(d + pos);
    std::string_view type(reinterpret_cast<const char*>(d + pos + 4), 4);
    if (type == "acTL") h.animated = true;
    if (type == "IDAT" || len > n) break;
    pos += size_t{12} + len;
  }
  return h;
}

// JPEG (ITU T.81): walk marker segments to the first SOFn.
StatusOr<ImageHeader> ReadJpeg(const uint8_t* d, size_t n) {
  size_t pos = 2;
  while (pos + 4 <= n) {
    if (d[pos] != 0xff) return Truncated("JPEG");
    uint8_t marker = d[pos + 1];
    if (marker == 0xff) {  // fill byte
      ++pos;
      continue;
    }
    if (marker == 0xd8 || marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      pos += 2;  // markers without a length
      continue;
    }
    uint32_t len = Be16(d + pos + 2);
    if (len < 2) return Truncated("JPEG");
    bool sof = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 &&
               marker != 0xc8 && marker != 0xcc;
    if (sof) {
      if (pos + 10 > n || len < 8) return Truncated("JPEG");
      ImageHeader h{ImageFormat::kJpeg, Be16(d + pos + 7), Be16(d + pos + 5),
                    false, d[pos + 9] == 4};
      return h;
    }
    if (marker == 0xd9 || marker == 0xda) break;  // EOI / SOS before any SOF
    pos += 2 + len;
  }
  return Truncated("JPEG");
}

// WebP (RIFF container): VP8 (lossy), VP8L (lossless) or VP8X (extended).
StatusOr<ImageHeader> ReadWebp(const uint8_t* d, size_t n) {
  if (n < 30) return Truncated("WebP");
  std::string_view chunk(reinterpret_cast<const char*>(d + 12), 4);
  ImageHeader h{ImageFormat::kWebp, 0, 0, false, false};
  if (chunk == "VP8 ") {
    if (d[23] != 0x9d || d[24] != 0x01 || d[25] != 0x2a) return Truncated("WebP");
    h.width = Le16(d + 26) & 0x3fff;
    h.height = Le16(d + 28) & 0x3fff;
  } else if (chunk == "VP8L") {
    if (d[20] != 0x2f) return Truncated("WebP");
    uint32_t bits = Le32(d + 21);
    h.width = (bits & 0x3fff) + 1;
    h.height = ((bits >> 14) & 0x3fff) + 1;
  } else if (chunk == "VP8X") {
    h.animated = (d[20] & 0x02) != 0;
    h.width = int64_t{Le24(d + 24)} + 1;
    h.height = int64_t{Le24(d + 27)} + 1;
  } else {
    return Truncated("WebP");
  }
  return h;
}

}  // namespace

std::string_view ImageFormatName(ImageFormat f) {
  switch (f) {
    case ImageFormat::kPng: return "png";
    case ImageFormat::kJpeg: return "jpeg";
    case ImageFormat::kGif: return "gif";
    case ImageFormat::kWebp: return "webp";
    case ImageFormat::kBmp: return "bmp";
  }
  return "unknown";
}

StatusOr<ImageHeader> ReadImageHeader(const uint8_t* d, size_t n) {
  if (d == nullptr || n == 0) {
    return Status(ErrorCode::kInvalidArgument, "empty file: not an image");
  }
  if (StartsWith(d, n, "\x89PNG\r\n\x1a\n")) return ReadPng(d, n);
  if (n >= 3 && d[0] == 0xff && d[1] == 0xd8 && d[2] == 0xff) return ReadJpeg(d, n);
  if (StartsWith(d, n, "GIF87a") || StartsWith(d, n, "GIF89a")) {
    if (n < 10) return Truncated("GIF");
    return ImageHeader{ImageFormat::kGif, Le16(d + 6), Le16(d + 8), false, false};
  }
  if (StartsWith(d, n, "RIFF") && n >= 12 && StartsWith(d + 8, n - 8, "WEBP")) {
    return ReadWebp(d, n);
  }
  if (StartsWith(d, n, "BM")) {
    if (n < 26) return Truncated("BMP");
    int32_t w = static_cast<int32_t>(Le32(d + 18));
    int32_t h = static_cast<int32_t>(Le32(d + 22));
    if (w <= 0 || h == INT32_MIN) return Truncated("BMP");
    return ImageHeader{ImageFormat::kBmp, w, h < 0 ? -int64_t{h} : h, false, false};
  }
  return Status(ErrorCode::kUnsupported,
                "not a PNG, JPEG, GIF, WebP or BMP image");
}

StatusOr<ImageHeader> CheckImageHeader(const uint8_t* d, size_t n) {
  StatusOr<ImageHeader> h = ReadImageHeader(d, n);
  if (!h.ok()) return h;
  if (h->width <= 0 || h->height <= 0) {
    return Status(ErrorCode::kInvalidArgument, "the image has no pixels (0 x 0)");
  }
  if (h->width > kMaxImageSide || h->height > kMaxImageSide ||
      h->width * h->height > kMaxImagePixels) {
    return Status(ErrorCode::kLimitExceeded,
                  "image of " + std::to_string(h->width) + " x " +
                      std::to_string(h->height) +
                      " px is larger than 16384 px a side or 64 megapixels");
  }
  return h;
}

}  // namespace seamkit::vision

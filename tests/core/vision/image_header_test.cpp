#include "core/vision/image_header.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace seamkit::vision {
namespace {

std::vector<uint8_t> ReadFixture(const std::string& name) {
  std::ifstream in(std::string(SEAMKIT_SOURCE_DIR) + "/tests/fixtures/images/" + name,
                   std::ios::binary);
  EXPECT_TRUE(in.good()) << name;
  return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), {});
}

TEST(ReadImageHeader, ReadsSizeOfEveryFormat) {
  struct Case {
    const char* file;
    ImageFormat format;
    bool animated, cmyk;
  } cases[] = {
      {"tiny.png", ImageFormat::kPng, false, false},
      {"anim.png", ImageFormat::kPng, true, false},
      {"tiny.jpg", ImageFormat::kJpeg, false, false},
      {"tiny-cmyk.jpg", ImageFormat::kJpeg, false, true},
      {"tiny.gif", ImageFormat::kGif, false, false},
      {"tiny.bmp", ImageFormat::kBmp, false, false},
      {"tiny-lossy.webp", ImageFormat::kWebp, false, false},
      {"tiny-lossless.webp", ImageFormat::kWebp, false, false},
      {"anim.webp", ImageFormat::kWebp, true, false},
  };
  for (const Case& c : cases) {
    std::vector<uint8_t> bytes = ReadFixture(c.file);
    StatusOr<ImageHeader> h = CheckImageHeader(bytes.data(), bytes.size());
    ASSERT_TRUE(h.ok()) << c.file << ": " << h.status().message();
    EXPECT_EQ(h->format, c.format) << c.file;
    EXPECT_EQ(h->width, 37) << c.file;
    EXPECT_EQ(h->height, 21) << c.file;
    EXPECT_EQ(h->animated, c.animated) << c.file;
    EXPECT_EQ(h->cmyk, c.cmyk) << c.file;
  }
}

TEST(ReadImageHeader, EveryTruncationIsAnErrorNotACrash) {
  for (const char* file : {"tiny.png", "tiny.jpg", "tiny-lossy.webp", "tiny.bmp"}) {
    std::vector<uint8_t> bytes = ReadFixture(file);
    for (size_t n = 0; n < 20 && n < bytes.size(); ++n) {
      StatusOr<ImageHeader> h = ReadImageHeader(bytes.data(), n);
      EXPECT_FALSE(h.ok()) << file << " cut at " << n;
    }
  }
}

TEST(CheckImageHeader, RefusesHugeAndEmptyImagesBeforeDecoding) {
  // A PNG header announcing 20000 x 20000 pixels (no pixel data at all).
  std::vector<uint8_t> png = ReadFixture("tiny.png");
  auto put = [&](size_t at, uint32_t v) {
    for (int i = 0; i < 4; ++i) png[at + i] = uint8_t(v >> (24 - 8 * i));
  };
  put(16, 20000);
  put(20, 20000);
  StatusOr<ImageHeader> h = CheckImageHeader(png.data(), png.size());
  ASSERT_FALSE(h.ok());
  EXPECT_EQ(h.status().code(), ErrorCode::kLimitExceeded);
  EXPECT_NE(h.status().message().find("20000 x 20000"), std::string::npos);
  put(16, 0);
  EXPECT_EQ(CheckImageHeader(png.data(), png.size()).status().code(),
            ErrorCode::kInvalidArgument);
}

TEST(ReadImageHeader, NonImagesAreUnsupported) {
  std::string text = "%PDF-1.7 not an image";
  StatusOr<ImageHeader> h = ReadImageHeader(
      reinterpret_cast<const uint8_t*>(text.data()), text.size());
  EXPECT_EQ(h.status().code(), ErrorCode::kUnsupported);
  EXPECT_EQ(ReadImageHeader(nullptr, 0).status().code(), ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace seamkit::vision

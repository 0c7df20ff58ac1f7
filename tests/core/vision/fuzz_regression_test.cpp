// Regression tests for inputs found by the libFuzzer targets (tests/fuzz/).
#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "core/vision/mask.h"
#include "core/vision/resize.h"

namespace seamkit::vision {
namespace {

// image_fuzz: BoxReduce of a 0-wide, 5-high source (null data, which
// ValidateView allows for an empty image) walked its rows and offset the null
// pointer (UBSan: "applying non-zero offset to null pointer"). An empty
// source now leaves the (empty) destination untouched. GCC's UBSan does not
// flag a null offset; the input itself is in tests/fuzz/corpus/image/
// (regress-boxreduce-null-rows.bin), replayed under clang by every fuzz run.
TEST(FuzzRegression, BoxReduceOfAZeroWidthImageWithNullData) {
  for (KernelPath path : {KernelPath::kSimd, KernelPath::kScalar}) {
    ConstImageView src{nullptr, 0, 5, 16};
    ImageView dst{nullptr, 0, 3, 0};
    Status s = BoxReduce(src, 3, 2, dst, path);
    EXPECT_TRUE(s.ok()) << s.message();
  }
}

TEST(FuzzRegression, BoxReduceOfAZeroHeightImageWithNullData) {
  std::vector<uint8_t> out(4 * 2, 0xAB);
  for (KernelPath path : {KernelPath::kSimd, KernelPath::kScalar}) {
    ConstImageView src{nullptr, 7, 0, 28};
    ImageView dst{out.data(), 2, 0, 8};
    Status s = BoxReduce(src, 4, 1, dst, path);
    EXPECT_TRUE(s.ok()) << s.message();
  }
  EXPECT_EQ(out, std::vector<uint8_t>(8, 0xAB)) << "nothing is written";
}

// The size check still runs first: a destination of the wrong size is an
// error even for an empty source.
TEST(FuzzRegression, BoxReduceOfAnEmptyImageStillChecksTheDestination) {
  ConstImageView src{nullptr, 0, 5, 16};
  std::vector<uint8_t> out(4, 0);
  ImageView dst{out.data(), 1, 3, 4};
  EXPECT_EQ(BoxReduce(src, 3, 2, dst).code(), ErrorCode::kInvalidArgument);
}

// image_fuzz: ApplyMask of a 0-wide, 3-high image with null data did the
// same (regress-mask-null-rows.bin). Options are still checked first.
TEST(FuzzRegression, ApplyMaskOfAnEmptyImageWithNullData) {
  ImageView image{nullptr, 0, 3, 20};
  EXPECT_TRUE(ApplyMask(image).ok());
  MaskOptions bad;
  bad.ring_color = "#12345";
  EXPECT_EQ(ApplyMask(image, bad).code(), ErrorCode::kParse);
  bad = {};
  bad.corner_radius = 2.0f;
  EXPECT_EQ(ApplyMask(image, bad).code(), ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace seamkit::vision

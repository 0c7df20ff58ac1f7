// The fused kernels against the unfused composition they replace, bit for
// bit, on both kernel paths, and the SIMD path of each against its scalar
// reference: widths 0 .. 3 * 16 + 1 (every tail of the 16- and 8-pixel
// groups), 1 x 1, odd byte strides, random sizes, and a real photograph.
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <iterator>
#include <random>
#include <vector>

#include "core/vision/stylize_kernels.h"

namespace seamkit::vision {
namespace {

constexpr int kMaxWidth = 3 * 16 + 1;
constexpr KernelPath kPaths[] = {KernelPath::kSimd, KernelPath::kScalar};

// RGBA8 rows `pad` bytes longer than 4 * width (odd stride for odd pad).
struct PaddedImage {
  int width, height, pad;
  std::vector<uint8_t> bytes;
  PaddedImage(int w, int h, int p, std::mt19937* rng)
      : width(w), height(h), pad(p), bytes(size_t(4 * w + p) * h + 1, 0xA5) {
    for (int y = 0; y < h; ++y) {
      for (int i = 0; i < 4 * w; ++i) bytes[y * stride() + i] = (*rng)() & 255;
    }
  }
  ptrdiff_t stride() const { return 4 * width + pad; }
  ConstImageView view() const {
    return {bytes.data(), width, height, stride()};
  }
};

::testing::AssertionResult SameBits(const Plane& a, const Plane& b) {
  if (a.width != b.width || a.height != b.height) {
    return ::testing::AssertionFailure() << a.width << "x" << a.height << " vs "
                                         << b.width << "x" << b.height;
  }
  if (!a.data.empty() && std::memcmp(a.data.data(), b.data.data(),
                                     a.data.size() * sizeof(float)) != 0) {
    return ::testing::AssertionFailure()
           << "values differ at " << a.width << "x" << a.height;
  }
  return ::testing::AssertionSuccess();
}

::testing::AssertionResult SameBits(const RgbPlanes& a, const RgbPlanes& b) {
  for (auto [pa, pb] : {std::pair{&a.r, &b.r}, {&a.g, &b.g}, {&a.b, &b.b}}) {
    if (auto r = SameBits(*pa, *pb); !r) return r;
  }
  return ::testing::AssertionSuccess();
}

// Widths 0..kMaxWidth at heights 1 and 3 with an even and an odd row pad,
// 1 x 1, then random sizes.
template <typename Body>
void ForSizes(Body body) {
  std::mt19937 rng(99);
  for (int w = 0; w <= kMaxWidth; ++w) {
    for (int h : {1, 3}) {
      for (int pad : {0, 5}) body(PaddedImage(w, h, pad, &rng));
    }
  }
  body(PaddedImage(1, 1, 3, &rng));
  std::uniform_int_distribution<int> side(1, 70), pad(0, 9);
  for (int i = 0; i < 10; ++i) {
    body(PaddedImage(side(rng), side(rng), pad(rng), &rng));
  }
}

// Fused first pass == SplitRgb then the horizontal pass; and SIMD == scalar.
void CheckFromRgba(const PaddedImage& img) {
  for (int radius : {1, 4}) {
    BilateralParams p{radius, 3.0f, 28.0f};
    RgbPlanes fused[2];
    for (int i = 0; i < 2; ++i) {
      RgbPlanes planes, unfused;
      SplitRgb(img.view(), &planes, kPaths[i]);
      BilateralPass(planes, Axis::kHorizontal, p, &unfused, kPaths[i]);
      BilateralPassFromRgba(img.view(), p, &fused[i], kPaths[i]);
      EXPECT_TRUE(SameBits(fused[i], unfused)) << "radius " << radius;
    }
    EXPECT_TRUE(SameBits(fused[0], fused[1])) << "simd vs scalar";
  }
}

// Fused last pass == the vertical pass then PlanesLuma; and SIMD == scalar.
void CheckWithLuma(const PaddedImage& img) {
  RgbPlanes in;
  SplitRgb(img.view(), &in, KernelPath::kScalar);
  for (int radius : {1, 4}) {
    BilateralParams p{radius, 2.0f, 30.0f};
    RgbPlanes fused[2];
    Plane luma[2];
    for (int i = 0; i < 2; ++i) {
      RgbPlanes unfused;
      Plane unfused_luma;
      BilateralPass(in, Axis::kVertical, p, &unfused, kPaths[i]);
      PlanesLuma(unfused, &unfused_luma, kPaths[i]);
      BilateralPassWithLuma(in, p, &fused[i], &luma[i], kPaths[i]);
      EXPECT_TRUE(SameBits(fused[i], unfused)) << "radius " << radius;
      EXPECT_TRUE(SameBits(luma[i], unfused_luma)) << "radius " << radius;
    }
    EXPECT_TRUE(SameBits(fused[0], fused[1])) << "simd vs scalar";
    EXPECT_TRUE(SameBits(luma[0], luma[1])) << "simd vs scalar luma";
  }
}

// Fused blur == RgbaLuma then GaussianBlur; and SIMD == scalar.
void CheckBlurRgbaLuma(const PaddedImage& img) {
  for (float sigma : {0.5f, 1.6f, 6.0f}) {
    Plane grey[2], blurred[2];
    for (int i = 0; i < 2; ++i) {
      Plane unfused_grey, unfused_blurred;
      RgbaLuma(img.view(), &unfused_grey, kPaths[i]);
      GaussianBlur(unfused_grey, sigma, &unfused_blurred, kPaths[i]);
      BlurRgbaLuma(img.view(), sigma, &grey[i], &blurred[i], kPaths[i]);
      EXPECT_TRUE(SameBits(grey[i], unfused_grey)) << "sigma " << sigma;
      EXPECT_TRUE(SameBits(blurred[i], unfused_blurred)) << "sigma " << sigma;
    }
    EXPECT_TRUE(SameBits(grey[0], grey[1])) << "simd vs scalar grey";
    EXPECT_TRUE(SameBits(blurred[0], blurred[1])) << "simd vs scalar blur";
  }
}

TEST(StylizeFused, BilateralFromRgbaEqualsSplitThenHorizontalPass) {
  ForSizes(CheckFromRgba);
}

TEST(StylizeFused, BilateralWithLumaEqualsVerticalPassThenPlanesLuma) {
  ForSizes(CheckWithLuma);
}

TEST(StylizeFused, BlurRgbaLumaEqualsRgbaLumaThenGaussianBlur) {
  ForSizes(CheckBlurRgbaLuma);
}

TEST(StylizeFused, EmptyImagesGiveEmptyPlanes) {
  std::mt19937 rng(1);
  for (auto [w, h] : {std::pair{0, 0}, {0, 5}, {5, 0}}) {
    PaddedImage img(w, h, 0, &rng);
    RgbPlanes out;
    Plane luma, grey, blurred;
    for (KernelPath path : kPaths) {
      BilateralPassFromRgba(img.view(), {}, &out, path);
      EXPECT_EQ(out.r.data.size(), 0u);
      RgbPlanes in;
      in.Resize(w, h);
      BilateralPassWithLuma(in, {}, &out, &luma, path);
      EXPECT_EQ(luma.width, w);
      EXPECT_EQ(luma.height, h);
      BlurRgbaLuma(img.view(), 1.0f, &grey, &blurred, path);
      EXPECT_EQ(grey.data.size(), 0u);
      EXPECT_EQ(blurred.data.size(), 0u);
    }
  }
}

// A real photograph: the 48 x 36 RGB face crop of scikit-image's
// astronaut.png held by the resize fixture (see make_astronaut_letterbox.py),
// cut to 45 x 36 (45 = 2 * 16 + 8 + 4 + 1: every kind of tail) as RGBA with
// a varying alpha. Smooth skin and sharp edges rather than noise.
TEST(StylizeFused, MatchOnAPhotograph) {
  std::ifstream in(SEAMKIT_SOURCE_DIR
                   "/tests/fixtures/vision/astronaut_letterbox.bin",
                   std::ios::binary);
  ASSERT_TRUE(in) << "fixture missing";
  std::vector<uint8_t> f((std::istreambuf_iterator<char>(in)), {});
  ASSERT_GE(f.size(), 8u);
  ASSERT_EQ(0, std::memcmp(f.data(), "SKLB", 4));
  const int fw = f[4] | f[5] << 8, fh = f[6] | f[7] << 8;
  ASSERT_EQ(fw, 48);
  ASSERT_EQ(fh, 36);
  ASSERT_GE(f.size(), 8u + 3u * fw * fh);
  std::mt19937 rng(5);
  PaddedImage img(45, fh, 3, &rng);
  for (int y = 0; y < fh; ++y) {
    for (int x = 0; x < 45; ++x) {
      uint8_t* px = img.bytes.data() + y * img.stride() + 4 * x;
      std::memcpy(px, f.data() + 8 + 3 * (size_t(y) * fw + x), 3);
      px[3] = uint8_t(x * 5 + y);
    }
  }
  CheckFromRgba(img);
  CheckWithLuma(img);
  CheckBlurRgbaLuma(img);
}

}  // namespace
}  // namespace seamkit::vision

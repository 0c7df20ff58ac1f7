#include "core/common/contrast.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

namespace seamkit {
namespace {

const Rgba kWhite{255, 255, 255, 1};
const Rgba kBlack{0, 0, 0, 1};

TEST(ContrastRatio, GreyOnWhiteIsFourPointFiveFour) {
  // The darkest grey that passes AA on white (WebAIM, WCAG techniques G18).
  double r = ContrastRatio(Rgba{0x76, 0x76, 0x76, 1}, kWhite);
  EXPECT_NEAR(r, 4.54, 0.005);
  EXPECT_LT(ContrastRatio(Rgba{0x77, 0x77, 0x77, 1}, kWhite), 4.5);
}

TEST(ContrastRatio, PublishedPairs) {
  EXPECT_DOUBLE_EQ(ContrastRatio(kBlack, kWhite), 21.0);
  EXPECT_DOUBLE_EQ(ContrastRatio(kWhite, kWhite), 1.0);
  // Symmetric in its arguments when both are opaque.
  Rgba blue{0, 0, 255, 1};
  EXPECT_NEAR(ContrastRatio(blue, kWhite), 8.59, 0.005);
  EXPECT_DOUBLE_EQ(ContrastRatio(blue, kWhite), ContrastRatio(kWhite, blue));
  EXPECT_NEAR(ContrastRatio(Rgba{255, 0, 0, 1}, kWhite), 4.0, 0.005);
  EXPECT_NEAR(ContrastRatio(Rgba{0x59, 0x59, 0x59, 1}, kWhite), 7.0, 0.01);
}

TEST(ContrastRatio, TranslucentColoursAreComposited) {
  // 50 % black text on white paints as rgb(127.5, 127.5, 127.5).
  double half = ContrastRatio(Rgba{0, 0, 0, 0.5}, kWhite);
  EXPECT_NEAR(half, ContrastRatio(Rgba{127.5, 127.5, 127.5, 1}, kWhite), 1e-12);
  // A transparent background shows the white canvas.
  EXPECT_DOUBLE_EQ(ContrastRatio(kBlack, Rgba{0, 0, 0, 0}), 21.0);
  // Fully transparent text has no contrast at all.
  EXPECT_DOUBLE_EQ(ContrastRatio(Rgba{0, 0, 0, 0}, kWhite), 1.0);
}

TEST(LargeText, EighteenPointOrFourteenPointBold) {
  EXPECT_TRUE(IsLargeText(24, 400));
  EXPECT_FALSE(IsLargeText(23.9, 400));
  EXPECT_TRUE(IsLargeText(18.6667, 700));
  EXPECT_FALSE(IsLargeText(18.6667, 600));
  EXPECT_FALSE(IsLargeText(18.5, 700));
  EXPECT_FALSE(IsLargeText(std::nan(""), 700));
}

TEST(RequiredTextContrast, MatchesSuccessCriteria) {
  EXPECT_EQ(RequiredTextContrast(ContrastLevel::kAA, false), 4.5);
  EXPECT_EQ(RequiredTextContrast(ContrastLevel::kAA, true), 3.0);
  EXPECT_EQ(RequiredTextContrast(ContrastLevel::kAAA, false), 7.0);
  EXPECT_EQ(RequiredTextContrast(ContrastLevel::kAAA, true), 4.5);
  EXPECT_EQ(kNonTextContrast, 3.0);
}

std::vector<float> RandomPairs(size_t n, std::mt19937* rng) {
  std::uniform_real_distribution<float> ch(0, 255), al(0, 1);
  std::vector<float> v(4 * n);
  for (size_t i = 0; i < n; ++i) {
    v[4 * i] = ch(*rng);
    v[4 * i + 1] = ch(*rng);
    v[4 * i + 2] = ch(*rng);
    v[4 * i + 3] = (i % 3 == 0) ? 1.0f : al(*rng);
  }
  return v;
}

TEST(ContrastRatioBatch, MatchesScalarReferenceForEveryTailLength) {
  std::mt19937 rng(7);
  for (size_t n = 0; n <= 3 * 4 + 1; ++n) {
    std::vector<float> fg = RandomPairs(n, &rng), bg = RandomPairs(n, &rng);
    std::vector<float> simd(n + 1, -1.0f), ref(n, 0.0f);
    ContrastRatioBatch(fg.data(), bg.data(), simd.data(), n);
    ContrastRatioBatchScalar(fg.data(), bg.data(), ref.data(), n);
    for (size_t i = 0; i < n; ++i) {
      EXPECT_NEAR(simd[i], ref[i], 2e-5 * ref[i]) << "n=" << n << " i=" << i;
    }
    EXPECT_EQ(simd[n], -1.0f) << "wrote past the end, n=" << n;
  }
}

TEST(ContrastRatioBatch, AllEightBitGreysAgreeWithScalar) {
  std::vector<float> fg, bg;
  for (int v = 0; v < 256; ++v) {
    fg.insert(fg.end(), {float(v), float(v), float(v), 1});
    bg.insert(bg.end(), {255, 255, 255, 1});
  }
  std::vector<float> simd(256), ref(256);
  ContrastRatioBatch(fg.data(), bg.data(), simd.data(), 256);
  ContrastRatioBatchScalar(fg.data(), bg.data(), ref.data(), 256);
  for (int v = 0; v < 256; ++v) EXPECT_NEAR(simd[v], ref[v], 2e-5 * ref[v]);
  // The AA boundary is decided the same way by both.
  EXPECT_GE(simd[0x76], 4.5f);
  EXPECT_LT(simd[0x77], 4.5f);
}

TEST(ContrastRatioBatch, OutOfRangeAndNanChannelsAreClamped) {
  const float nan = std::numeric_limits<float>::quiet_NaN();
  std::vector<float> fg = {-10, nan, 400, 2, 0, 0, 0, nan};
  std::vector<float> bg = {255, 255, 255, 1, 255, 255, 255, 1};
  std::vector<float> simd(2), ref(2);
  ContrastRatioBatch(fg.data(), bg.data(), simd.data(), 2);
  ContrastRatioBatchScalar(fg.data(), bg.data(), ref.data(), 2);
  for (int i = 0; i < 2; ++i) {
    EXPECT_TRUE(std::isfinite(simd[i]));
    EXPECT_NEAR(simd[i], ref[i], 2e-5 * ref[i]);
  }
}

}  // namespace
}  // namespace seamkit

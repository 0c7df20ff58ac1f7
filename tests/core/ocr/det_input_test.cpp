#include "core/ocr/det_input.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <vector>

namespace seamkit::ocr {
namespace {

std::pair<int, int> Size(int w, int h, int max_side = 960) {
  int ow = 0, oh = 0;
  DetInputSize(w, h, max_side, &ow, &oh);
  return {ow, oh};
}

float Norm(float v, int plane) {
  const float mean[3] = {0.485f, 0.456f, 0.406f};
  const float stdv[3] = {0.229f, 0.224f, 0.225f};
  return (v / 255.0f - mean[plane]) / stdv[plane];
}

TEST(DetInputSize, PaddleOcrRounding) {
  EXPECT_EQ(Size(1000, 500), std::make_pair(960, 480));
  EXPECT_EQ(Size(100, 50), std::make_pair(96, 64));
  EXPECT_EQ(Size(48, 80), std::make_pair(64, 64));   // 1.5 -> 2, 2.5 -> 2 (half to even)
  EXPECT_EQ(Size(2000, 10), std::make_pair(960, 32));  // at least 32
  EXPECT_EQ(Size(5000, 5000, 640), std::make_pair(640, 640));
  EXPECT_EQ(Size(1, 1), std::make_pair(32, 32));
  // Long side never above max_side, even when rounding would go up.
  EXPECT_EQ(Size(1000, 1000, 112), std::make_pair(96, 96));  // 3.5 -> 4 -> capped
}

TEST(MakeDetInput, HandComputedValues) {
  // 2 x 1: red, blue (opaque). Upscaled to 32 x 32 with half-pixel centres.
  std::vector<uint8_t> px = {255, 0, 0, 255, 0, 0, 255, 255};
  auto in = MakeDetInput(px.data(), px.size(), 2, 1, 960);
  ASSERT_TRUE(in.ok()) << in.status().message();
  ASSERT_EQ(in->width, 32);
  ASSERT_EQ(in->height, 32);
  EXPECT_FALSE(in->blank);
  ASSERT_EQ(in->tensor.size(), 3u * 32 * 32);
  auto at = [&](int plane, int y, int x) {
    return in->tensor[(size_t(plane) * 32 + y) * 32 + x];
  };
  // Column 0 and 31 clamp to the pixels; column 8 samples x = 8.5/16 - 0.5.
  for (int y : {0, 17, 31}) {
    EXPECT_NEAR(at(0, y, 0), Norm(0, 0), 1e-5);      // B of red
    EXPECT_NEAR(at(2, y, 0), Norm(255, 2), 1e-5);    // R of red
    EXPECT_NEAR(at(0, y, 31), Norm(255, 0), 1e-5);   // B of blue
    EXPECT_NEAR(at(0, y, 8), Norm(255 * 0.03125f, 0), 1e-5);
    EXPECT_NEAR(at(2, y, 8), Norm(255 * 0.96875f, 2), 1e-5);
    EXPECT_NEAR(at(1, y, 8), Norm(0, 1), 1e-5);
  }
}

TEST(MakeDetInput, AlphaCompositedOverWhite) {
  // Black at alpha 128 over white is 127; next to opaque white.
  std::vector<uint8_t> px = {0, 0, 0, 128, 255, 255, 255, 255};
  auto in = MakeDetInput(px.data(), px.size(), 2, 1, 960);
  ASSERT_TRUE(in.ok());
  const float grey = 255.0f - 255.0f * 128.0f / 255.0f;  // 127
  EXPECT_NEAR(in->tensor[0], Norm(grey, 0), 1e-5);
  EXPECT_NEAR(in->tensor[2 * 32 * 32], Norm(grey, 2), 1e-5);
}

TEST(MakeDetInput, BlankImages) {
  std::vector<uint8_t> clear(40 * 30 * 4, 0);  // fully transparent black
  auto in = MakeDetInput(clear.data(), clear.size(), 40, 30, 960);
  ASSERT_TRUE(in.ok());
  EXPECT_TRUE(in->blank);
  EXPECT_TRUE(in->tensor.empty());
  EXPECT_EQ(in->width, 32);
  std::vector<uint8_t> flat(40 * 30 * 4);
  std::mt19937 rng(1);
  for (size_t i = 0; i < flat.size(); i += 4) {
    flat[i] = uint8_t(100 + rng() % 10);  // noise within 10 levels
    flat[i + 1] = 50;
    flat[i + 2] = 200;
    flat[i + 3] = 255;
  }
  EXPECT_TRUE(IsBlank(flat.data(), 40, 30));
  flat[4 * 77 + 1] = 90;  // one pixel 40 levels off: contrast
  EXPECT_FALSE(IsBlank(flat.data(), 40, 30));
  // Black text at alpha 0 is invisible: still blank.
  std::vector<uint8_t> hidden(40 * 30 * 4, 255);
  for (size_t i = 0; i < 100; ++i) hidden[i * 4 + 3] = 0, hidden[i * 4] = 0;
  EXPECT_TRUE(IsBlank(hidden.data(), 40, 30));
}

TEST(MakeDetInput, LargeImagesAreDownscaled) {
  std::vector<uint8_t> px(size_t(3000) * 1000 * 4, 255);
  px[4 * 1500 * 500] = 0;
  auto in = MakeDetInput(px.data(), px.size(), 3000, 1000, 960);
  ASSERT_TRUE(in.ok());
  EXPECT_EQ(in->width, 960);
  EXPECT_EQ(in->height, 320);
  EXPECT_EQ(in->tensor.size(), 3u * 960 * 320);
}

TEST(BlendAffineRow, SimdMatchesScalar) {
  std::mt19937 rng(3);
  std::uniform_real_distribution<float> v(0, 255);
  for (int n : {0, 1, 3, 4, 5, 17, 64, 333}) {
    std::vector<float> top(n), bottom(n), a(n), b(n);
    for (int i = 0; i < n; ++i) top[i] = v(rng), bottom[i] = v(rng);
    for (float wy : {0.0f, 0.25f, 0.731f, 1.0f}) {
      BlendAffineRowScalar(top.data(), bottom.data(), wy, 1 / 57.1f, -2.1f,
                           a.data(), n);
      BlendAffineRow(top.data(), bottom.data(), wy, 1 / 57.1f, -2.1f,
                     b.data(), n);
      for (int i = 0; i < n; ++i) EXPECT_FLOAT_EQ(a[i], b[i]) << n << " " << i;
    }
  }
}

// Straightforward per-pixel reference of the resize + normalisation:
// half-pixel-centre bilinear over the composited image.
float Reference(const std::vector<uint8_t>& px, int w, int h, int ow, int oh,
                int plane, int y, int x) {
  auto src = [&](int xx, int yy) {
    const uint8_t* p = &px[(size_t(yy) * w + xx) * 4];
    return 255.0 - (255.0 - p[2 - plane]) * p[3] / 255.0;
  };
  const double sx = std::clamp((x + 0.5) * w / ow - 0.5, 0.0, double(w - 1));
  const double sy = std::clamp((y + 0.5) * h / oh - 0.5, 0.0, double(h - 1));
  const int x0 = int(sx), y0 = int(sy);
  const int x1 = std::min(x0 + 1, w - 1), y1 = std::min(y0 + 1, h - 1);
  const double fx = sx - x0, fy = sy - y0;
  const double top = src(x0, y0) + (src(x1, y0) - src(x0, y0)) * fx;
  const double bottom = src(x0, y1) + (src(x1, y1) - src(x0, y1)) * fx;
  return Norm(float(top + (bottom - top) * fy), plane);
}

TEST(MakeDetInput, MatchesPerPixelReference) {
  std::mt19937 rng(11);
  for (auto [w, h] : {std::pair{37, 23}, {300, 41}, {1203, 517}}) {
    std::vector<uint8_t> px(size_t(w) * h * 4);
    for (uint8_t& b : px) b = uint8_t(rng());
    auto in = MakeDetInput(px.data(), px.size(), w, h, 960);
    ASSERT_TRUE(in.ok());
    const int ow = in->width, oh = in->height;
    for (int plane = 0; plane < 3; ++plane) {
      for (int y = 0; y < oh; y += 3) {
        for (int x = 0; x < ow; ++x) {
          ASSERT_NEAR(in->tensor[(size_t(plane) * oh + y) * ow + x],
                      Reference(px, w, h, ow, oh, plane, y, x), 2e-4)
              << w << "x" << h << " plane " << plane << " at " << x << "," << y;
        }
      }
    }
  }
}

TEST(MakeDetInput, BadInput) {
  std::vector<uint8_t> px(16, 255);
  EXPECT_EQ(MakeDetInput(px.data(), 16, 0, 4, 960).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(MakeDetInput(px.data(), 16, 2, 3, 960).status().code(),
            ErrorCode::kInvalidArgument);  // 16 bytes for 2 x 3
  EXPECT_EQ(MakeDetInput(px.data(), 16, 2, 2, 16).status().code(),
            ErrorCode::kOutOfRange);
  EXPECT_EQ(MakeDetInput(px.data(), 16, 2, 2, 5000).status().code(),
            ErrorCode::kOutOfRange);
  EXPECT_EQ(MakeDetInput(px.data(), 16, 40000, 2, 960).status().code(),
            ErrorCode::kLimitExceeded);
  EXPECT_EQ(MakeDetInput(px.data(), 16, 30000, 30000, 960).status().code(),
            ErrorCode::kLimitExceeded);
  EXPECT_EQ(MakeDetInput(nullptr, 16, 2, 2, 960).status().code(),
            ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace seamkit::ocr

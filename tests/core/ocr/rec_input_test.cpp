#include "core/ocr/rec_input.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

namespace seamkit::ocr {
namespace {

// width x height: left half red, right half blue, opaque.
std::vector<uint8_t> Halves(int w, int h) {
  std::vector<uint8_t> px(size_t(w) * h * 4, 255);
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      uint8_t* p = &px[(size_t(y) * w + x) * 4];
      const bool left = x < w / 2;
      p[0] = left ? 255 : 0;
      p[1] = 0;
      p[2] = left ? 0 : 255;
    }
  }
  return px;
}

float At(const RecBatch& b, int row, int plane, int y, int x) {
  return b.tensor[((size_t(row) * 3 + plane) * kRecHeight + y) * b.width + x];
}

TEST(PlanCrop, WideAndTallBoxes) {
  CropPlan wide = PlanCrop({0, 0, 96, 0, 96, 24, 0, 24});
  EXPECT_FALSE(wide.rotated);
  EXPECT_EQ(wide.target_width, 192);  // 48 * 96 / 24
  CropPlan tall = PlanCrop({0, 0, 20, 0, 20, 30, 0, 30});  // h/w = 1.5
  EXPECT_TRUE(tall.rotated);
  EXPECT_EQ(tall.target_width, 72);  // 48 * 30 / 20 after turning
  // np.rot90: the old top-right corner is the new top-left.
  EXPECT_EQ(tall.quad[0], 20);
  EXPECT_EQ(tall.quad[1], 0);
  EXPECT_EQ(tall.quad[6], 0);
  EXPECT_EQ(tall.quad[7], 0);
  CropPlan almost = PlanCrop({0, 0, 20, 0, 20, 29, 0, 29});
  EXPECT_FALSE(almost.rotated);
  CropPlan huge = PlanCrop({0, 0, 100000, 0, 100000, 10, 0, 10});
  EXPECT_EQ(huge.target_width, kRecMaxWidth);
  CropPlan dot = PlanCrop({5, 5, 5, 5, 5, 5, 5, 5});
  EXPECT_EQ(dot.target_width, 48);  // sides clamped to 1 pixel
}

TEST(MakeRecInput, SampledValuesAndPadding) {
  const int w = 200, h = 50;
  std::vector<uint8_t> px = Halves(w, h);
  // The whole image as one box (pixel-index corners).
  std::vector<float> pts = {0, 0, 199, 0, 199, 49, 0, 49};
  auto out = MakeRecInput(px.data(), px.size(), w, h, pts.data(), 8, 8);
  ASSERT_TRUE(out.ok()) << out.status().message();
  ASSERT_EQ(out->size(), 1u);
  const RecBatch& b = (*out)[0];
  EXPECT_EQ(b.n, 1);
  EXPECT_EQ(b.width, 320);
  ASSERT_EQ(b.box_index.size(), 1u);
  ASSERT_EQ(b.tensor.size(), size_t(3) * 48 * 320);
  // ceil(48 * 199 / 49) = 195 columns of crop, then zero padding.
  for (int y : {0, 24, 47}) {
    EXPECT_NEAR(At(b, 0, 0, y, 5), -1.0f, 1e-5);   // B of red: 0
    EXPECT_NEAR(At(b, 0, 2, y, 5), 1.0f, 1e-5);    // R of red: 255
    EXPECT_NEAR(At(b, 0, 0, y, 190), 1.0f, 1e-5);  // B of blue
    EXPECT_NEAR(At(b, 0, 1, y, 100), -1.0f, 1e-5); // G everywhere 0
    EXPECT_EQ(At(b, 0, 0, y, 195), 0.0f);
    EXPECT_EQ(At(b, 0, 2, y, 319), 0.0f);
  }
  // The red/blue boundary lies near crop column 195 / 2.
  EXPECT_GT(At(b, 0, 2, 10, 96), 0.0f);
  EXPECT_LT(At(b, 0, 2, 10, 99), 0.0f);
}

TEST(MakeRecInput, TallBoxIsTurnedCounterClockwise) {
  // A 20 x 60 image: top half white, bottom half black.
  std::vector<uint8_t> px(20 * 60 * 4, 255);
  for (size_t i = 20 * 30 * 4; i < px.size(); i += 4) px[i] = px[i + 1] = px[i + 2] = 0;
  std::vector<float> pts = {0, 0, 19, 0, 19, 59, 0, 59};
  auto out = MakeRecInput(px.data(), px.size(), 20, 60, pts.data(), 8, 8);
  ASSERT_TRUE(out.ok());
  const RecBatch& b = (*out)[0];
  // After rot90 the top of the image is on the left of the crop.
  EXPECT_NEAR(At(b, 0, 0, 24, 2), 1.0f, 1e-5);
  EXPECT_NEAR(At(b, 0, 0, 24, 140), -1.0f, 1e-5);
}

TEST(MakeRecInput, BatchesGroupSimilarWidths) {
  std::vector<uint8_t> px(100 * 100 * 4, 255);
  // Widths in crop pixels: 48*w/h for w/h = 10, 1, 9, 2 (h = 8).
  std::vector<float> pts;
  for (float wbox : {80.0f, 8.0f, 72.0f, 16.0f}) {
    for (float v : {0.0f, 0.0f, wbox, 0.0f, wbox, 8.0f, 0.0f, 8.0f})
      pts.push_back(v);
  }
  auto out = MakeRecInput(px.data(), px.size(), 100, 100, pts.data(),
                          pts.size(), 2);
  ASSERT_TRUE(out.ok());
  ASSERT_EQ(out->size(), 2u);
  EXPECT_EQ((*out)[0].box_index, (std::vector<int>{1, 3}));
  EXPECT_EQ((*out)[0].width, 320);
  EXPECT_EQ((*out)[1].box_index, (std::vector<int>{2, 0}));
  EXPECT_EQ((*out)[1].width, 480);  // 48 * 10
  EXPECT_EQ((*out)[1].tensor.size(), size_t(2) * 3 * 48 * 480);
  for (const RecBatch& b : *out) EXPECT_EQ(b.width % 8, 0);
}

TEST(MakeRecInput, NoBoxesAndBadInput) {
  std::vector<uint8_t> px(4 * 4 * 4, 255);
  auto none = MakeRecInput(px.data(), px.size(), 4, 4, nullptr, 0, 8);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
  std::vector<float> pts = {0, 0, 3, 0, 3, 3, 0, 3};
  EXPECT_EQ(MakeRecInput(px.data(), px.size(), 4, 4, pts.data(), 7, 8)
                .status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(MakeRecInput(px.data(), px.size(), 4, 4, pts.data(), 8, 0)
                .status().code(), ErrorCode::kOutOfRange);
  EXPECT_EQ(MakeRecInput(px.data(), 10, 4, 4, pts.data(), 8, 8)
                .status().code(), ErrorCode::kInvalidArgument);
  pts[3] = std::numeric_limits<float>::quiet_NaN();
  EXPECT_EQ(MakeRecInput(px.data(), px.size(), 4, 4, pts.data(), 8, 8)
                .status().code(), ErrorCode::kInvalidArgument);
  pts[3] = 1e30f;
  EXPECT_EQ(MakeRecInput(px.data(), px.size(), 4, 4, pts.data(), 8, 8)
                .status().code(), ErrorCode::kInvalidArgument);
  // Boxes far outside the image sample the replicated edge: no crash.
  std::vector<float> far = {-500, -500, 900, -500, 900, 40, -500, 40};
  EXPECT_TRUE(MakeRecInput(px.data(), px.size(), 4, 4, far.data(), 8, 8).ok());
  // 10000 boxes of 3200 columns: above the value limit.
  std::vector<float> many;
  for (int i = 0; i < 10000; ++i)
    for (float v : {0.0f, 0.0f, 9000.0f, 0.0f, 9000.0f, 10.0f, 0.0f, 10.0f})
      many.push_back(v);
  EXPECT_EQ(MakeRecInput(px.data(), px.size(), 4, 4, many.data(), many.size(),
                         8).status().code(), ErrorCode::kLimitExceeded);
}

}  // namespace
}  // namespace seamkit::ocr

#include "core/vision/mask.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace seamkit::vision {
namespace {

constexpr double kPi = 3.14159265358979323846;

Image Solid(int w, int h, uint8_t r, uint8_t g, uint8_t b) {
  Image img = Image::Create(w, h).value();
  for (size_t i = 0; i < img.size_bytes(); i += 4) {
    img.data()[i] = r;
    img.data()[i + 1] = g;
    img.data()[i + 2] = b;
    img.data()[i + 3] = 255;
  }
  return img;
}

const uint8_t* Px(const Image& img, int x, int y) {
  return img.data() + 4 * (size_t(y) * img.width() + x);
}

TEST(Mask, CircleKeepsTheCentreAndClearsTheCorners) {
  Image img = Solid(64, 64, 10, 200, 30);
  ASSERT_TRUE(ApplyMask(img.view()).ok());
  EXPECT_EQ(Px(img, 32, 32)[3], 255);
  EXPECT_EQ(Px(img, 32, 32)[1], 200);
  for (auto [x, y] : {std::pair{0, 0}, {63, 0}, {0, 63}, {63, 63}, {5, 5}}) {
    EXPECT_EQ(Px(img, x, y)[3], 0) << x << "," << y;
    EXPECT_EQ(Px(img, x, y)[1], 0) << "outside is transparent black";
  }
}

TEST(Mask, EdgePixelsArePartialAndOnlyNearTheEdge) {
  Image img = Solid(64, 64, 255, 255, 255);
  ASSERT_TRUE(ApplyMask(img.view()).ok());
  int partial = 0;
  double area = 0;
  for (int y = 0; y < 64; ++y) {
    for (int x = 0; x < 64; ++x) {
      int a = Px(img, x, y)[3];
      area += a / 255.0;
      double d = std::hypot(x + 0.5 - 32, y + 0.5 - 32) - 32;
      if (a > 0 && a < 255) {
        ++partial;
        EXPECT_LT(std::fabs(d), 1.0) << x << "," << y;
      }
      if (d < -1.0) {
        EXPECT_EQ(a, 255);
      } else if (d > 1.0) {
        EXPECT_EQ(a, 0);
      }
    }
  }
  EXPECT_GT(partial, 100);  // the whole circumference is anti-aliased
  // The alpha sums to the disc's area (rounding: < 0.5/255 per pixel).
  EXPECT_NEAR(area, kPi * 32 * 32, 2.0);
}

TEST(Mask, RingColourSitsAtTheRightRadius) {
  Image img = Solid(100, 100, 0, 0, 255);
  MaskOptions o;
  o.ring_width = 6.5f;  // band: radius 43.5 .. 50
  o.ring_color = "#ff0000";
  ASSERT_TRUE(ApplyMask(img.view(), o).ok());
  // Inside the band (pixel centres at radius 46.5), on the four axes: ring red.
  for (auto [x, y] : {std::pair{50, 3}, {50, 96}, {3, 50}, {96, 50}}) {
    const uint8_t* p = Px(img, x, y);
    EXPECT_EQ(p[0], 255) << x << "," << y;
    EXPECT_EQ(p[2], 0);
    EXPECT_EQ(p[3], 255);
  }
  // Inside the ring (radius 39.5): the image.
  EXPECT_EQ(Px(img, 50, 10)[2], 255);
  EXPECT_EQ(Px(img, 50, 10)[0], 0);
  // Across the ring's inner edge (radius 43.5): a blend of both.
  const uint8_t* mid = Px(img, 50, 6);
  EXPECT_GT(mid[0], 0);
  EXPECT_GT(mid[2], 0);
  EXPECT_EQ(mid[3], 255);
}

TEST(Mask, RoundedSquareKeepsEdgesAndRoundsCorners) {
  Image img = Solid(80, 80, 50, 50, 50);
  MaskOptions o;
  o.shape = MaskShape::kRoundedSquare;
  o.corner_radius = 0.5f;  // 20 px corners
  ASSERT_TRUE(ApplyMask(img.view(), o).ok());
  EXPECT_EQ(Px(img, 40, 0)[3], 255);  // middle of the top edge: inside
  EXPECT_EQ(Px(img, 0, 40)[3], 255);
  EXPECT_EQ(Px(img, 0, 0)[3], 0);  // corner: cut away
  EXPECT_EQ(Px(img, 79, 79)[3], 0);
  EXPECT_EQ(Px(img, 10, 10)[3], 255);  // well inside the 20 px arc
  // Sharp square: nothing is cut.
  EXPECT_FLOAT_EQ(MaskCoverage(MaskShape::kRoundedSquare, 0.0f, 80, 80, 0, 0),
                  1.0f);
  // Corner radius 1 is the circle.
  for (int x = 0; x < 80; x += 7) {
    EXPECT_FLOAT_EQ(MaskCoverage(MaskShape::kRoundedSquare, 1.0f, 80, 80, x, 9),
                    MaskCoverage(MaskShape::kCircle, 0.0f, 80, 80, x, 9));
  }
}

TEST(Mask, NonSquareImagesUseTheShorterSide) {
  Image img = Solid(120, 60, 1, 2, 3);
  ASSERT_TRUE(ApplyMask(img.view()).ok());
  EXPECT_EQ(Px(img, 60, 30)[3], 255);
  EXPECT_EQ(Px(img, 60, 0)[3], 255);  // top of the circle: radius 30
  EXPECT_EQ(Px(img, 20, 30)[3], 0);   // beyond it horizontally
}

TEST(Mask, TranslucentSourceAlphaIsScaledNotReplaced) {
  Image img = Solid(32, 32, 9, 9, 9);
  for (size_t i = 3; i < img.size_bytes(); i += 4) img.data()[i] = 128;
  ASSERT_TRUE(ApplyMask(img.view()).ok());
  EXPECT_EQ(Px(img, 16, 16)[3], 128);
  int a = Px(img, 4, 4)[3];  // near the edge: partial
  EXPECT_LT(a, 128);
}

TEST(Mask, RejectsBadOptions) {
  Image img = Solid(16, 16, 0, 0, 0);
  MaskOptions o;
  o.ring_width = std::numeric_limits<float>::quiet_NaN();
  EXPECT_EQ(ApplyMask(img.view(), o).code(), ErrorCode::kInvalidArgument);
  o.ring_width = 9;  // more than half of 16
  EXPECT_EQ(ApplyMask(img.view(), o).code(), ErrorCode::kInvalidArgument);
  o = {};
  o.corner_radius = -0.1f;
  EXPECT_EQ(ApplyMask(img.view(), o).code(), ErrorCode::kInvalidArgument);
  o = {};
  o.ring_width = 2;
  o.ring_color = "bogus(1)";
  Status s = ApplyMask(img.view(), o);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("ring_color"), std::string::npos);
  o = {};
  o.shape = static_cast<MaskShape>(7);
  EXPECT_EQ(ApplyMask(img.view(), o).code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(ApplyMask(ImageView{nullptr, 4, 4, 16}).code(),
            ErrorCode::kInvalidArgument);
  EXPECT_TRUE(ApplyMask(ImageView{nullptr, 0, 0, 0}).ok());
}

}  // namespace
}  // namespace seamkit::vision

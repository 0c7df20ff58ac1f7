#include "core/ocr/det_post.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

namespace seamkit::ocr {
namespace {

constexpr double kPi = 3.14159265358979323846;

struct Map {
  int w, h;
  std::vector<float> p;
  Map(int width, int height) : w(width), h(height), p(size_t(w) * h, 0.0f) {}
  // Pixels x0..x1, y0..y1 inclusive.
  void Fill(int x0, int y0, int x1, int y1, float v) {
    for (int y = y0; y <= y1; ++y)
      for (int x = x0; x <= x1; ++x) p[size_t(y) * w + x] = v;
  }
  StatusOr<std::vector<DetBox>> Boxes(int sw = 0, int sh = 0,
                                      DetOptions o = {}) const {
    return DetectBoxes(p.data(), p.size(), w, h, sw ? sw : w, sh ? sh : h, o);
  }
};

double Side(const DetBox& b, int i, int j) {
  return std::hypot(b.points[2 * j] - b.points[2 * i],
                    b.points[2 * j + 1] - b.points[2 * i + 1]);
}

TEST(DetectBoxes, AxisAlignedBlockGivesTheUnclippedRectangle) {
  Map m(64, 32);
  m.Fill(10, 5, 29, 14, 0.9f);  // 20 x 10 pixels: centres span 19 x 9
  auto boxes = m.Boxes();
  ASSERT_TRUE(boxes.ok()) << boxes.status().message();
  ASSERT_EQ(boxes->size(), 1u);
  const DetBox& b = (*boxes)[0];
  EXPECT_NEAR(b.score, 0.9f, 1e-6);
  const double d = 19.0 * 9.0 * 1.5 / (2 * (19.0 + 9.0));  // 4.5804
  const float want[8] = {float(10 - d), float(5 - d), float(29 + d),
                         float(5 - d),  float(29 + d), float(14 + d),
                         float(10 - d), float(14 + d)};
  for (int i = 0; i < 8; ++i) EXPECT_NEAR(b.points[i], want[i], 1e-4) << i;
}

TEST(DetectBoxes, ScoreIncludesEdgePixels) {
  Map m(64, 32);
  m.Fill(10, 5, 28, 14, 0.9f);
  m.Fill(29, 5, 29, 14, 0.5f);  // the right edge column, above 0.3
  auto boxes = m.Boxes();
  ASSERT_TRUE(boxes.ok());
  ASSERT_EQ(boxes->size(), 1u);
  EXPECT_NEAR((*boxes)[0].score, (19 * 0.9 + 0.5) / 20, 1e-6);
}

TEST(DetectBoxes, BoxThresholdAndMinSize) {
  Map low(64, 32);
  low.Fill(10, 5, 29, 14, 0.5f);
  EXPECT_TRUE(low.Boxes()->empty());  // mean 0.5 < 0.6
  DetOptions lenient;
  lenient.box_threshold = 0.4f;
  EXPECT_EQ(low.Boxes(0, 0, lenient)->size(), 1u);
  Map thin(64, 32);
  thin.Fill(10, 5, 29, 7, 0.9f);  // 3 rows: short side 2 < 3
  EXPECT_TRUE(thin.Boxes()->empty());
  Map four(64, 32);
  four.Fill(10, 5, 29, 8, 0.9f);  // short side 3, after unclip 3 + 2d
  auto b = four.Boxes();
  ASSERT_EQ(b->size(), 1u);
  const double d = 19.0 * 3.0 * 1.5 / 44.0;
  EXPECT_NEAR(Side((*b)[0], 0, 3), 3 + 2 * d, 1e-4);
  EXPECT_NEAR(Side((*b)[0], 0, 1), 19 + 2 * d, 1e-4);
  // Binarisation is strict: exactly 0.3 is background.
  Map edge(64, 32);
  edge.Fill(10, 5, 29, 14, 0.3f);
  DetOptions zero;
  zero.box_threshold = 0;
  EXPECT_TRUE(edge.Boxes(0, 0, zero)->empty());
}

TEST(DetectBoxes, RotatedRectangle) {
  Map m(128, 128);
  const double a = kPi / 6, c = std::cos(a), s = std::sin(a);
  for (int y = 0; y < 128; ++y) {
    for (int x = 0; x < 128; ++x) {
      const double dx = x - 64, dy = y - 64;
      if (std::fabs(dx * c + dy * s) <= 30 && std::fabs(-dx * s + dy * c) <= 8)
        m.p[size_t(y) * 128 + x] = 0.8f;
    }
  }
  auto boxes = m.Boxes();
  ASSERT_TRUE(boxes.ok());
  ASSERT_EQ(boxes->size(), 1u);
  const DetBox& b = (*boxes)[0];
  // Edge pixels count: on a tilted box some of them lie outside the blob
  // (measured 0.768).
  EXPECT_LE(b.score, 0.8f);
  EXPECT_GT(b.score, 0.74f);
  double cx = 0, cy = 0;
  for (int i = 0; i < 4; ++i) cx += b.points[2 * i] / 4, cy += b.points[2 * i + 1] / 4;
  EXPECT_NEAR(cx, 64, 0.6);
  EXPECT_NEAR(cy, 64, 0.6);
  // Pixel centres of the blob span about 60 x 16 (minus up to a pixel).
  const double w = 59.5, h = 15.5, d = w * h * 1.5 / (2 * (w + h));
  EXPECT_NEAR(Side(b, 0, 1), w + 2 * d, 1.5);
  EXPECT_NEAR(Side(b, 0, 3), h + 2 * d, 1.5);
  const double angle = std::atan2(b.points[3] - b.points[1], b.points[2] - b.points[0]);
  EXPECT_NEAR(angle, a, 0.03);
  // Clockwise from the top-left: p0 has the smallest x of the top pair.
  EXPECT_LT(b.points[0], b.points[2]);
  EXPECT_LT(b.points[5], b.points[7] + 40);
}

TEST(DetectBoxes, ReadingOrderAndScaleToSource) {
  Map m(100, 64);
  m.Fill(40, 5, 59, 14, 0.9f);  // line 1, right word, a bit higher
  m.Fill(5, 8, 24, 17, 0.9f);   // line 1, left word (top 3 px lower)
  m.Fill(10, 40, 29, 49, 0.9f); // line 2
  auto boxes = m.Boxes(200, 128);
  ASSERT_TRUE(boxes.ok());
  ASSERT_EQ(boxes->size(), 3u);
  const double d = 19.0 * 9.0 * 1.5 / 56.0;
  EXPECT_NEAR((*boxes)[0].points[0], 2 * (5 - d), 1e-3);
  EXPECT_NEAR((*boxes)[1].points[0], 2 * (40 - d), 1e-3);
  EXPECT_NEAR((*boxes)[2].points[1], 2 * (40 - d), 1e-3);
  EXPECT_NEAR((*boxes)[2].points[4], 2 * (29 + d), 1e-3);
}

TEST(SortReadingOrder, PaddleOcrLineTolerance) {
  auto box = [](float x, float y) {
    DetBox b;
    b.points = {x, y, x + 10, y, x + 10, y + 5, x, y + 5};
    return b;
  };
  // Tops 0, 4 and 9.5 are one line (neighbours differ by < 10), 30 another.
  std::vector<DetBox> v = {box(50, 0), box(10, 9.5f), box(0, 30), box(30, 4)};
  SortReadingOrder(v);
  EXPECT_EQ(v[0].points[0], 10);
  EXPECT_EQ(v[1].points[0], 30);
  EXPECT_EQ(v[2].points[0], 50);
  EXPECT_EQ(v[3].points[0], 0);
}

TEST(OrderClockwise, FromAnyStartingCorner) {
  std::array<float, 8> q = {10, 20, 0, 20, 0, 0, 10, 0};
  std::array<float, 8> want = {0, 0, 10, 0, 10, 20, 0, 20};
  EXPECT_EQ(OrderClockwise(q), want);
}

TEST(QuadScore, OutsideTheMapIsZeroAndClipped) {
  std::vector<float> p(16, 1.0f);
  EXPECT_EQ(QuadScore(p.data(), 4, 4, {10, 10, 20, 10, 20, 20, 10, 20}), 0.0f);
  p[0] = 0.0f;
  // Covers the whole 4 x 4 map and beyond: 15 ones and one zero.
  EXPECT_NEAR(QuadScore(p.data(), 4, 4, {-5, -5, 9, -5, 9, 9, -5, 9}),
              15.0 / 16.0, 1e-6);
}

TEST(DetectBoxes, BadInput) {
  std::vector<float> p(12, 0.5f);
  DetOptions o;
  EXPECT_EQ(DetectBoxes(p.data(), 12, 0, 12, 4, 4, o).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(DetectBoxes(p.data(), 12, 4, 4, 4, 4, o).status().code(),
            ErrorCode::kInvalidArgument);  // 12 values for 4 x 4
  EXPECT_EQ(DetectBoxes(p.data(), 12, 4, 3, 0, 4, o).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(DetectBoxes(p.data(), 12, 100000, 3, 4, 4, o).status().code(),
            ErrorCode::kLimitExceeded);
  EXPECT_EQ(DetectBoxes(p.data(), 12, 4096, 8192, 4, 4, o).status().code(),
            ErrorCode::kLimitExceeded);
  p[5] = std::numeric_limits<float>::quiet_NaN();
  auto nan = DetectBoxes(p.data(), 12, 4, 3, 4, 3, o);
  EXPECT_EQ(nan.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(nan.status().message().find("index 5"), std::string::npos);
  p[5] = 0.5f;
  o.unclip_ratio = std::numeric_limits<float>::infinity();
  EXPECT_EQ(DetectBoxes(p.data(), 12, 4, 3, 4, 3, o).status().code(),
            ErrorCode::kOutOfRange);
  o = {};
  o.binary_threshold = -0.1f;
  EXPECT_EQ(CheckDetOptions(o).code(), ErrorCode::kOutOfRange);
  o = {};
  o.max_candidates = 0;
  EXPECT_EQ(CheckDetOptions(o).code(), ErrorCode::kOutOfRange);
}

TEST(DetectBoxes, MaxCandidatesKeepsTheFirstComponents) {
  Map m(100, 64);
  m.Fill(40, 5, 59, 14, 0.9f);
  m.Fill(10, 40, 29, 49, 0.9f);
  DetOptions o;
  o.max_candidates = 1;
  auto boxes = m.Boxes(0, 0, o);
  ASSERT_EQ(boxes->size(), 1u);
  EXPECT_LT((*boxes)[0].points[1], 10);  // the upper one comes first in scan
}

}  // namespace
}  // namespace seamkit::ocr

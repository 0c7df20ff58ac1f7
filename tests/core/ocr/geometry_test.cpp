#include "core/ocr/geometry.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace seamkit::ocr {
namespace {

constexpr double kPi = 3.14159265358979323846;

// Brute force: the smallest bounding rectangle over every hull edge angle
// (the minimum-area rectangle has a side on a hull edge).
double BruteMinArea(const std::vector<Point>& hull) {
  double best = 1e300;
  for (size_t i = 0; i < hull.size(); ++i) {
    const Point& a = hull[i];
    const Point& b = hull[(i + 1) % hull.size()];
    const double len = std::hypot(b.x - a.x, b.y - a.y);
    if (len == 0) continue;
    const double ux = (b.x - a.x) / len, uy = (b.y - a.y) / len;
    double lo_u = 1e300, hi_u = -1e300, lo_v = 1e300, hi_v = -1e300;
    for (const Point& p : hull) {
      const double u = p.x * ux + p.y * uy, v = -p.x * uy + p.y * ux;
      lo_u = std::min(lo_u, u), hi_u = std::max(hi_u, u);
      lo_v = std::min(lo_v, v), hi_v = std::max(hi_v, v);
    }
    best = std::min(best, (hi_u - lo_u) * (hi_v - lo_v));
  }
  return best;
}

// True when every point is inside rect (with a tolerance).
bool Encloses(const RotatedRect& r, const std::vector<Point>& pts) {
  for (const Point& p : pts) {
    const double dx = p.x - r.center.x, dy = p.y - r.center.y;
    const double u = dx * r.axis_u.x + dy * r.axis_u.y;
    const double v = -dx * r.axis_u.y + dy * r.axis_u.x;
    if (std::fabs(u) > r.width / 2 + 1e-6 || std::fabs(v) > r.height / 2 + 1e-6)
      return false;
  }
  return true;
}

TEST(ConvexHull, DropsInteriorAndCollinearPoints) {
  std::vector<Point> pts = {{0, 0}, {2, 0}, {4, 0}, {4, 3}, {2, 1},
                            {0, 3}, {1, 1}, {0, 1}, {4, 0}};
  std::vector<Point> hull = ConvexHull(pts);
  ASSERT_EQ(hull.size(), 4u);
  EXPECT_EQ(hull[0].x, 0);
  EXPECT_EQ(hull[0].y, 0);
  EXPECT_EQ(hull[1].x, 4);
  EXPECT_EQ(hull[1].y, 0);
  EXPECT_EQ(hull[2].x, 4);
  EXPECT_EQ(hull[2].y, 3);
  EXPECT_EQ(hull[3].x, 0);
  EXPECT_EQ(hull[3].y, 3);
}

TEST(ConvexHull, DegenerateInputs) {
  EXPECT_TRUE(ConvexHull({}).empty());
  EXPECT_EQ(ConvexHull({{1, 1}, {1, 1}}).size(), 1u);
  EXPECT_EQ(ConvexHull({{0, 0}, {1, 1}, {2, 2}, {3, 3}}).size(), 2u);
}

TEST(MinAreaRect, AxisAlignedRectangle) {
  RotatedRect r = MinAreaRect(ConvexHull({{10, 5}, {29, 5}, {29, 14}, {10, 14},
                                          {20, 9}}));
  EXPECT_NEAR(r.Area(), 19.0 * 9.0, 1e-9);
  EXPECT_NEAR(r.center.x, 19.5, 1e-9);
  EXPECT_NEAR(r.center.y, 9.5, 1e-9);
  EXPECT_NEAR(r.ShortSide(), 9.0, 1e-9);
}

TEST(MinAreaRect, RotatedRectangleCornersAndDiamond) {
  // The corners of a 40 x 10 rectangle turned by 30 degrees.
  const double c = std::cos(kPi / 6), s = std::sin(kPi / 6);
  std::vector<Point> pts;
  for (auto [u, v] : {std::pair{-20, -5}, {20, -5}, {20, 5}, {-20, 5}}) {
    pts.push_back({50 + u * c - v * s, 50 + u * s + v * c});
  }
  RotatedRect r = MinAreaRect(ConvexHull(pts));
  EXPECT_NEAR(r.Area(), 400.0, 1e-6);
  EXPECT_NEAR(std::max(r.width, r.height), 40.0, 1e-6);
  EXPECT_NEAR(r.ShortSide(), 10.0, 1e-6);
  EXPECT_NEAR(r.center.x, 50.0, 1e-6);
  EXPECT_NEAR(r.center.y, 50.0, 1e-6);
  // A diamond (square turned 45 degrees) of diagonal 10: area 50, not 100.
  RotatedRect d = MinAreaRect(ConvexHull({{5, 0}, {10, 5}, {5, 10}, {0, 5}}));
  EXPECT_NEAR(d.Area(), 50.0, 1e-9);
  EXPECT_NEAR(d.width, std::sqrt(50.0), 1e-9);
}

TEST(MinAreaRect, DegenerateHulls) {
  RotatedRect one = MinAreaRect({{3, 4}});
  EXPECT_EQ(one.Area(), 0);
  EXPECT_EQ(one.center.x, 3);
  RotatedRect two = MinAreaRect({{0, 0}, {3, 4}});
  EXPECT_NEAR(two.width, 5.0, 1e-12);
  EXPECT_EQ(two.height, 0);
  EXPECT_NEAR(two.center.x, 1.5, 1e-12);
  EXPECT_EQ(MinAreaRect({}).Area(), 0);
}

TEST(MinAreaRect, MatchesBruteForceOnRandomSets) {
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> coord(-100, 100);
  std::uniform_int_distribution<int> count(3, 60);
  for (int trial = 0; trial < 500; ++trial) {
    std::vector<Point> pts(size_t(count(rng)));
    for (Point& p : pts) {
      p = {coord(rng), trial % 2 ? coord(rng) : std::round(coord(rng) / 10)};
    }
    std::vector<Point> hull = ConvexHull(pts);
    RotatedRect r = MinAreaRect(hull);
    if (hull.size() >= 3) {
      EXPECT_NEAR(r.Area(), BruteMinArea(hull), 1e-6 * (1 + r.Area()))
          << "trial " << trial;
    }
    EXPECT_TRUE(Encloses(r, pts)) << "trial " << trial;
  }
}

TEST(Expand, GrowsEachSideByD) {
  RotatedRect r;
  r.center = {10, 10};
  r.axis_u = {1, 0};
  r.width = 19;
  r.height = 9;
  RotatedRect e = Expand(r, 2.5);
  EXPECT_EQ(e.width, 24);
  EXPECT_EQ(e.height, 14);
  auto c = e.Corners();
  EXPECT_NEAR(c[0].x, -2, 1e-12);
  EXPECT_NEAR(c[0].y, 3, 1e-12);
  EXPECT_NEAR(c[2].x, 22, 1e-12);
  EXPECT_NEAR(c[2].y, 17, 1e-12);
}

}  // namespace
}  // namespace seamkit::ocr

#include "core/ocr/geometry.h"

#include <algorithm>
#include <cmath>

namespace seamkit::ocr {
namespace {

double Cross(const Point& o, const Point& a, const Point& b) {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

double Dot(const Point& a, const Point& b) { return a.x * b.x + a.y * b.y; }

}  // namespace

std::vector<Point> ConvexHull(std::vector<Point> pts) {
  std::sort(pts.begin(), pts.end(), [](const Point& a, const Point& b) {
    return a.x < b.x || (a.x == b.x && a.y < b.y);
  });
  pts.erase(std::unique(pts.begin(), pts.end(),
                        [](const Point& a, const Point& b) {
                          return a.x == b.x && a.y == b.y;
                        }),
            pts.end());
  if (pts.size() < 3) return pts;
  std::vector<Point> hull(2 * pts.size());
  size_t k = 0;
  for (const Point& p : pts) {  // lower chain
    while (k >= 2 && Cross(hull[k - 2], hull[k - 1], p) <= 0) --k;
    hull[k++] = p;
  }
  const size_t lower = k + 1;
  for (size_t i = pts.size() - 1; i-- > 0;) {  // upper chain
    while (k >= lower && Cross(hull[k - 2], hull[k - 1], pts[i]) <= 0) --k;
    hull[k++] = pts[i];
  }
  hull.resize(k - 1);  // the last point repeats the first
  return hull;
}

std::array<Point, 4> RotatedRect::Corners() const {
  const Point v{-axis_u.y, axis_u.x};
  const double hw = width / 2, hh = height / 2;
  auto at = [&](double su, double sv) {
    return Point{center.x + su * hw * axis_u.x + sv * hh * v.x,
                 center.y + su * hw * axis_u.y + sv * hh * v.y};
  };
  return {at(-1, -1), at(1, -1), at(1, 1), at(-1, 1)};
}

// Rotating calipers: for each hull edge, the extreme points along the edge
// (max and min) and along its inward normal (max) only move forward around
// the hull, so all edges are measured in O(n).
RotatedRect MinAreaRect(const std::vector<Point>& hull) {
  RotatedRect best;
  best.axis_u = {1, 0};
  const size_t n = hull.size();
  if (n == 0) return best;
  if (n == 1) {
    best.center = hull[0];
    return best;
  }
  if (n == 2) {
    const double dx = hull[1].x - hull[0].x, dy = hull[1].y - hull[0].y;
    const double len = std::hypot(dx, dy);
    best.center = {(hull[0].x + hull[1].x) / 2, (hull[0].y + hull[1].y) / 2};
    if (len > 0) best.axis_u = {dx / len, dy / len};
    best.width = len;
    return best;
  }
  double best_area = -1;
  size_t j = 1, k = 1, m = 1;
  for (size_t i = 0; i < n; ++i) {
    const Point& a = hull[i];
    const Point& b = hull[(i + 1) % n];
    const double len = std::hypot(b.x - a.x, b.y - a.y);
    if (len == 0) continue;
    const Point e{(b.x - a.x) / len, (b.y - a.y) / len};
    const Point nl{-e.y, e.x};  // inward for a counter-clockwise hull
    auto adv = [&](size_t p, const Point& dir, double sign) {
      for (size_t steps = 0; steps < n; ++steps) {
        const size_t q = (p + 1) % n;
        if (sign * Dot(hull[q], dir) <= sign * Dot(hull[p], dir) + 1e-12) break;
        p = q;
      }
      return p;
    };
    if (i == 0) j = 1;
    j = adv(j, e, 1);
    if (i == 0) k = j;
    k = adv(k, nl, 1);
    if (i == 0) m = k;
    m = adv(m, e, -1);
    const double hi = Dot(hull[j], e), lo = Dot(hull[m], e);
    const double h = Dot(hull[k], nl) - Dot(a, nl);
    const double w = hi - lo;
    const double area = w * h;
    if (best_area < 0 || area < best_area) {
      best_area = area;
      const double mid_e = (hi + lo) / 2;
      const double mid_n = Dot(a, nl) + h / 2;
      best.center = {mid_e * e.x + mid_n * nl.x, mid_e * e.y + mid_n * nl.y};
      best.axis_u = e;
      best.width = w;
      best.height = h;
    }
  }
  return best;
}

RotatedRect Expand(const RotatedRect& rect, double d) {
  RotatedRect out = rect;
  out.width = rect.width + 2 * d;
  out.height = rect.height + 2 * d;
  return out;
}

}  // namespace seamkit::ocr

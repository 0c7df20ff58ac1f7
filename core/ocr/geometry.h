// Plane geometry for the detector post-processing: convex hull (Andrew's
// monotone chain) and the minimum-area enclosing rectangle by rotating
// calipers over the hull edges.
#ifndef SEAMKIT_CORE_OCR_GEOMETRY_H_
#define SEAMKIT_CORE_OCR_GEOMETRY_H_

#include <array>
#include <vector>

namespace seamkit::ocr {

struct Point {
  double x = 0;
  double y = 0;
};

// Counter-clockwise hull (in a y-down frame: clockwise on screen) without
// collinear points; 1 or 2 points for degenerate input, empty for none.
std::vector<Point> ConvexHull(std::vector<Point> points);

struct RotatedRect {
  Point center;
  Point axis_u;  // unit vector along the side of length `width`
  double width = 0;   // side along axis_u
  double height = 0;  // side along the perpendicular axis_v = (-u.y, u.x)
  double Area() const { return width * height; }
  double ShortSide() const { return width < height ? width : height; }
  // The four corners c - u*w/2 - v*h/2, c + u*w/2 - v*h/2, ... in a cycle.
  std::array<Point, 4> Corners() const;
};

// Minimum-area rectangle enclosing a convex hull (as from ConvexHull);
// degenerate hulls give zero-width or zero-height rectangles.
RotatedRect MinAreaRect(const std::vector<Point>& hull);

// Expands each side outward by d (the minimum-area rectangle of the round
// offset PaddleOCR computes with pyclipper).
RotatedRect Expand(const RotatedRect& rect, double d);

}  // namespace seamkit::ocr

#endif  // SEAMKIT_CORE_OCR_GEOMETRY_H_

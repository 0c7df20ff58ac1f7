#include "core/ocr/det_post.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/ocr/det_input.h"
#include "core/ocr/geometry.h"

namespace seamkit::ocr {
namespace {

// A component's leftmost and rightmost pixel on each of its rows (rows of an
// 8-connected component are contiguous), enough for its convex hull.
struct Component {
  int y0 = 0;
  std::vector<std::pair<int, int>> spans;  // (min x, max x) for rows y0..
};

Status CheckSizes(size_t size, int pw, int ph, int sw, int sh) {
  if (pw <= 0 || ph <= 0 || sw <= 0 || sh <= 0) {
    return Status(ErrorCode::kInvalidArgument,
                  "probability map and source sizes must be positive");
  }
  if (pw > kMaxProbSide || ph > kMaxProbSide ||
      int64_t(pw) * ph > kMaxProbPixels || sw > kMaxSourceSide ||
      sh > kMaxSourceSide) {
    return Status(ErrorCode::kLimitExceeded,
                  "probability map or source size above the limits");
  }
  if (size != size_t(pw) * ph) {
    return Status(ErrorCode::kInvalidArgument,
                  "prob must hold probWidth * probHeight values");
  }
  return Status::Ok();
}

// Labels the 8-connected components of bitmap (iteratively, with an explicit
// stack) and returns the spans of the first `limit` components in scan order.
std::vector<Component> Components(const std::vector<uint8_t>& bitmap, int w,
                                  int h, int limit) {
  std::vector<int32_t> label(bitmap.size(), 0);
  std::vector<Component> comps;
  std::vector<int32_t> stack;
  int32_t next = 0;
  for (size_t start = 0; start < bitmap.size(); ++start) {
    if (!bitmap[start] || label[start]) continue;
    if (next >= limit) break;
    const int32_t id = ++next;
    Component comp;
    comp.y0 = int(start / w);
    label[start] = id;
    stack.assign(1, int32_t(start));
    while (!stack.empty()) {
      const int32_t p = stack.back();
      stack.pop_back();
      const int x = p % w, y = p / w;
      const size_t row = size_t(y - comp.y0);
      if (row >= comp.spans.size()) comp.spans.resize(row + 1, {x, x});
      auto& span = comp.spans[row];
      span.first = std::min(span.first, x);
      span.second = std::max(span.second, x);
      for (int dy = -1; dy <= 1; ++dy) {
        const int ny = y + dy;
        if (ny < 0 || ny >= h) continue;
        for (int dx = -1; dx <= 1; ++dx) {
          const int nx = x + dx;
          if (nx < 0 || nx >= w) continue;
          const int32_t q = ny * w + nx;
          if (bitmap[q] && !label[q]) {
            label[q] = id;
            stack.push_back(q);
          }
        }
      }
    }
    comps.push_back(std::move(comp));
  }
  return comps;
}

std::array<float, 8> ToQuad(const std::array<Point, 4>& c) {
  std::array<float, 8> q{};
  for (int i = 0; i < 4; ++i) {
    q[2 * i] = static_cast<float>(c[i].x);
    q[2 * i + 1] = static_cast<float>(c[i].y);
  }
  return q;
}

// The box of one component, or false when a filter drops it.
bool ComponentBox(const Component& comp, const float* prob, int pw, int ph,
                  int sw, int sh, const DetOptions& o, DetBox* box) {
  std::vector<Point> pts;
  pts.reserve(comp.spans.size() * 2);
  for (size_t r = 0; r < comp.spans.size(); ++r) {
    const double y = comp.y0 + double(r);
    pts.push_back({double(comp.spans[r].first), y});
    if (comp.spans[r].second != comp.spans[r].first) {
      pts.push_back({double(comp.spans[r].second), y});
    }
  }
  const RotatedRect rect = MinAreaRect(ConvexHull(std::move(pts)));
  if (rect.ShortSide() < o.min_size) return false;
  const float score = QuadScore(prob, pw, ph, ToQuad(rect.Corners()));
  if (score < o.box_threshold) return false;
  const double perimeter = 2 * (rect.width + rect.height);
  const double d = perimeter > 0 ? rect.Area() * o.unclip_ratio / perimeter : 0;
  const RotatedRect big = Expand(rect, d);
  if (big.ShortSide() < o.min_size + 2) return false;
  std::array<float, 8> q = ToQuad(big.Corners());
  for (int i = 0; i < 4; ++i) {
    q[2 * i] = std::clamp(float(double(q[2 * i]) * sw / pw), 0.0f,
                          float(sw - 1));
    q[2 * i + 1] = std::clamp(float(double(q[2 * i + 1]) * sh / ph), 0.0f,
                              float(sh - 1));
  }
  box->points = OrderClockwise(q);
  box->score = score;
  // PaddleOCR's filter_tag_det_res: sides of 3 pixels or less in the source.
  const auto& p = box->points;
  const double top = std::hypot(p[2] - p[0], p[3] - p[1]);
  const double left = std::hypot(p[6] - p[0], p[7] - p[1]);
  return std::floor(top) > 3 && std::floor(left) > 3;
}

}  // namespace

Status CheckDetOptions(const DetOptions& o) {
  auto in = [](float v, float lo, float hi) {
    return std::isfinite(v) && v >= lo && v <= hi;
  };
  if (!in(o.binary_threshold, 0, 1) || !in(o.box_threshold, 0, 1)) {
    return Status(ErrorCode::kOutOfRange, "thresholds must be within [0, 1]");
  }
  if (!in(o.unclip_ratio, 0, 10)) {
    return Status(ErrorCode::kOutOfRange, "unclipRatio must be within [0, 10]");
  }
  if (o.max_candidates < 1 || o.max_candidates > 100000) {
    return Status(ErrorCode::kOutOfRange,
                  "maxCandidates must be within [1, 100000]");
  }
  if (!in(o.min_size, 0, 1000)) {
    return Status(ErrorCode::kOutOfRange, "minSize must be within [0, 1000]");
  }
  return Status::Ok();
}

float QuadScore(const float* prob, int w, int h,
                const std::array<float, 8>& q) {
  double ymin = q[1], ymax = q[1];
  for (int i = 1; i < 4; ++i) {
    ymin = std::min(ymin, double(q[2 * i + 1]));
    ymax = std::max(ymax, double(q[2 * i + 1]));
  }
  if (!(ymax >= -0.5 && ymin <= h - 0.5)) return 0;
  const int r0 = std::max(0, int(std::floor(ymin + 0.5)));
  const int r1 = std::min(h - 1, int(std::floor(ymax + 0.5)));
  double sum = 0;
  int64_t count = 0;
  for (int r = r0; r <= r1; ++r) {
    const double yc = std::clamp(double(r), ymin, ymax);
    double lo = 1e300, hi = -1e300;
    for (int i = 0; i < 4; ++i) {
      const double ax = q[2 * i], ay = q[2 * i + 1];
      const double bx = q[(2 * i + 2) % 8], by = q[(2 * i + 3) % 8];
      if (yc < std::min(ay, by) || yc > std::max(ay, by)) continue;
      if (ay == by) {
        lo = std::min({lo, ax, bx});
        hi = std::max({hi, ax, bx});
      } else {
        const double x = ax + (yc - ay) / (by - ay) * (bx - ax);
        lo = std::min(lo, x);
        hi = std::max(hi, x);
      }
    }
    if (lo > hi || hi < -0.5 || lo > w - 0.5) continue;
    const int c0 = std::max(0, int(std::floor(lo + 0.5)));
    const int c1 = std::min(w - 1, int(std::floor(hi + 0.5)));
    for (int c = c0; c <= c1; ++c) sum += prob[size_t(r) * w + c];
    count += c1 - c0 + 1;
  }
  return count > 0 ? float(sum / double(count)) : 0.0f;
}

std::array<float, 8> OrderClockwise(const std::array<float, 8>& q) {
  std::array<int, 4> idx = {0, 1, 2, 3};
  std::stable_sort(idx.begin(), idx.end(),
                   [&](int a, int b) { return q[2 * a] < q[2 * b]; });
  auto upper_first = [&](int& a, int& b) {
    if (q[2 * b + 1] < q[2 * a + 1]) std::swap(a, b);
  };
  upper_first(idx[0], idx[1]);  // left pair: top-left, bottom-left
  upper_first(idx[2], idx[3]);  // right pair: top-right, bottom-right
  const int order[4] = {idx[0], idx[2], idx[3], idx[1]};
  std::array<float, 8> out{};
  for (int i = 0; i < 4; ++i) {
    out[2 * i] = q[2 * order[i]];
    out[2 * i + 1] = q[2 * order[i] + 1];
  }
  return out;
}

void SortReadingOrder(std::vector<DetBox>& boxes, float tol) {
  std::stable_sort(boxes.begin(), boxes.end(),
                   [](const DetBox& a, const DetBox& b) {
                     return a.points[1] < b.points[1] ||
                            (a.points[1] == b.points[1] &&
                             a.points[0] < b.points[0]);
                   });
  // Insertion pass within lines (PaddleOCR's sorted_boxes).
  for (size_t i = 0; i + 1 < boxes.size(); ++i) {
    for (size_t j = i + 1; j-- > 0;) {
      const DetBox& a = boxes[j];
      const DetBox& b = boxes[j + 1];
      if (std::fabs(b.points[1] - a.points[1]) < tol &&
          b.points[0] < a.points[0]) {
        std::swap(boxes[j], boxes[j + 1]);
      } else {
        break;
      }
    }
  }
}

StatusOr<std::vector<DetBox>> DetectBoxes(const float* prob, size_t size,
                                          int pw, int ph, int sw, int sh,
                                          const DetOptions& options) {
  if (Status s = CheckSizes(size, pw, ph, sw, sh); !s.ok()) return s;
  if (Status s = CheckDetOptions(options); !s.ok()) return s;
  if (prob == nullptr) {
    return Status(ErrorCode::kInvalidArgument, "prob is missing");
  }
  std::vector<uint8_t> bitmap(size);
  for (size_t i = 0; i < size; ++i) {
    if (!std::isfinite(prob[i])) {
      return Status(ErrorCode::kInvalidArgument,
                    "prob holds NaN or infinity at index " + std::to_string(i));
    }
    bitmap[i] = prob[i] > options.binary_threshold;
  }
  std::vector<DetBox> boxes;
  for (const Component& c : Components(bitmap, pw, ph, options.max_candidates)) {
    DetBox box;
    if (ComponentBox(c, prob, pw, ph, sw, sh, options, &box)) {
      boxes.push_back(box);
    }
  }
  SortReadingOrder(boxes);
  return boxes;
}

}  // namespace seamkit::ocr

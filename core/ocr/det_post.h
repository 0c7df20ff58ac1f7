// Post-processing of the PP-OCR DB text detector: probability map -> text
// boxes in source pixels, in reading order. Follows PaddleOCR's DBPostProcess
// (binarise, contours, minimum-area rectangle, box score, unclip) with
// connected components in place of contour tracing.
#ifndef SEAMKIT_CORE_OCR_DET_POST_H_
#define SEAMKIT_CORE_OCR_DET_POST_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/common/status.h"

namespace seamkit::ocr {

// Largest probability map accepted (side and pixel count).
constexpr int kMaxProbSide = 16384;
constexpr int64_t kMaxProbPixels = 4096 * 4096;

struct DetOptions {
  float binary_threshold = 0.3f;  // bitmap = prob > this
  float box_threshold = 0.6f;     // drop boxes whose mean prob is lower
  float unclip_ratio = 1.5f;      // d = area * ratio / perimeter
  int max_candidates = 1000;      // components considered, in scan order
  float min_size = 3.0f;          // drop short side < this (< this+2 after unclip)
};

struct DetBox {
  // x0,y0 .. x3,y3 in source pixels, clockwise from the top-left corner.
  std::array<float, 8> points{};
  float score = 0.0f;
};

Status CheckDetOptions(const DetOptions& options);

// prob: prob_height rows of prob_width values (size values in all).
StatusOr<std::vector<DetBox>> DetectBoxes(const float* prob, size_t size,
                                          int prob_width, int prob_height,
                                          int src_width, int src_height,
                                          const DetOptions& options);

// Mean of prob over the pixels inside the convex quadrilateral quad
// (x0,y0..x3,y3 in map pixels, pixel centres at integers), edge pixels
// included; 0 when the quadrilateral lies outside the map.
float QuadScore(const float* prob, int width, int height,
                const std::array<float, 8>& quad);

// Orders boxes as PaddleOCR's sorted_boxes: by the top-left corner's y then x,
// then neighbours whose top y differ by less than line_tolerance are put
// left to right.
void SortReadingOrder(std::vector<DetBox>& boxes, float line_tolerance = 10);

// Puts four corners clockwise from the top-left: the two with the smaller x
// are the left ones (top = smaller y), likewise on the right.
std::array<float, 8> OrderClockwise(const std::array<float, 8>& quad);

}  // namespace seamkit::ocr

#endif  // SEAMKIT_CORE_OCR_DET_POST_H_

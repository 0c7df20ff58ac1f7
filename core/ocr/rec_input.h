// Pre-processing for the PP-OCR recogniser: each detected quadrilateral is
// sampled bilinearly from the source (alpha over white) into a crop 48 pixels
// tall whose width keeps the box's aspect ratio; tall boxes (h/w >= 1.5) are
// turned 90 degrees counter-clockwise as PaddleOCR does. Crops are grouped by
// aspect ratio into batches, normalised to (px/255 - 0.5)/0.5 in BGR order
// and zero-padded on the right to the batch width.
#ifndef SEAMKIT_CORE_OCR_REC_INPUT_H_
#define SEAMKIT_CORE_OCR_REC_INPUT_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/common/status.h"

namespace seamkit::ocr {

constexpr int kRecHeight = 48;
constexpr int kRecMinWidth = 320;
constexpr int kRecMaxWidth = 3200;  // a crop wider than 48 x 66 is squeezed
constexpr int kMaxRecBoxes = 10000;
constexpr int kMaxRecBatch = 64;
constexpr int64_t kMaxRecFloats = 64'000'000;  // all batches together

struct RecBatch {
  std::vector<float> tensor;   // n x 3 x 48 x width
  int n = 0;
  int width = 0;               // >= 320, multiple of 8
  std::vector<int> box_index;  // input box of each row
};

// The crop geometry of one box: the corners in sampling order (rotated for
// tall boxes), and the crop's size before it is scaled to 48 pixels tall.
struct CropPlan {
  std::array<float, 8> quad{};
  double width = 1;
  double height = 1;
  bool rotated = false;
  int target_width = 0;  // min(ceil(48 * width / height), kRecMaxWidth)
};

CropPlan PlanCrop(const std::array<float, 8>& quad);

// points: 8 floats per box (x0,y0..x3,y3, clockwise from top-left).
StatusOr<std::vector<RecBatch>> MakeRecInput(const uint8_t* rgba, size_t size,
                                             int width, int height,
                                             const float* points,
                                             size_t point_count,
                                             int max_batch);

}  // namespace seamkit::ocr

#endif  // SEAMKIT_CORE_OCR_REC_INPUT_H_

// Pre-processing for the PP-OCR text detector: RGBA pixels (alpha composited
// over white) resized so the long side is at most max_side with both sides
// rounded to multiples of 32, then normalised per channel into a 1x3xHxW
// tensor in BGR order. Also tells "blank" images (fully transparent or of a
// (near) single colour) apart, so that the caller can skip the model.
#ifndef SEAMKIT_CORE_OCR_DET_INPUT_H_
#define SEAMKIT_CORE_OCR_DET_INPUT_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/common/status.h"

namespace seamkit::ocr {

// Limits on the source image (a 40-megapixel RGBA image is 160 MB already).
constexpr int kMaxSourceSide = 32768;
constexpr int64_t kMaxSourcePixels = 40'000'000;
// Range of accepted max_side values (the PaddleOCR default is 960).
constexpr int kMinDetSide = 32;
constexpr int kMaxDetSide = 4096;
// An image whose composited channels all span fewer levels than this is blank.
constexpr int kBlankRange = 16;

struct DetInput {
  std::vector<float> tensor;  // 3 * height * width (NCHW, B then G then R)
  int width = 0;              // multiple of 32
  int height = 0;             // multiple of 32
  bool blank = false;         // tensor is empty when blank
};

// The detector's input size for a width x height image: PaddleOCR's
// DetResizeForTest with limit_type "max" (scale down only when the long side
// exceeds max_side, then round each side to the nearest multiple of 32, at
// least 32), and never more than max_side rounded down to a multiple of 32.
void DetInputSize(int width, int height, int max_side, int* out_width,
                  int* out_height);

// True when the composited image has (near) no contrast: every channel spans
// fewer than kBlankRange levels. size must be 4 * width * height.
bool IsBlank(const uint8_t* rgba, int width, int height);

StatusOr<DetInput> MakeDetInput(const uint8_t* rgba, size_t size, int width,
                                int height, int max_side);

// Row kernel shared by the detector and recogniser inputs:
// out[i] = (top[i] + (bottom[i] - top[i]) * wy) * scale + bias.
// The SIMD version must match the scalar reference to float rounding.
void BlendAffineRowScalar(const float* top, const float* bottom, float wy,
                          float scale, float bias, float* out, int n);
void BlendAffineRow(const float* top, const float* bottom, float wy,
                    float scale, float bias, float* out, int n);

// Validates an RGBA buffer of width x height (positive sizes within the
// limits above, exactly 4 * width * height bytes).
Status CheckRgba(const uint8_t* rgba, size_t size, int width, int height);

}  // namespace seamkit::ocr

#endif  // SEAMKIT_CORE_OCR_DET_INPUT_H_

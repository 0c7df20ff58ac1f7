// Letterboxing an RGBA image into a detector's NHWC float input tensor.
//
// The image is scaled to fit an S x S square keeping its aspect ratio,
// centred, and the rest is padding. Pixels become RGB floats px / 127.5 - 1
// (so the range is [-1, 1]); padding is -1 in all three channels. Alpha is
// ignored. This is the input convention of MediaPipe BlazeFace (model cards
// models/blazeface-front.md and blazeface-back.md; it was measured on the
// ONNX conversion: RGB in [-1, 1] scores best).
//
// Pixel-centre convention (that of OpenCV INTER_LINEAR, TensorFlow's
// half_pixel_centers and skimage.transform.resize, which the tests check
// against on a photograph): continuous
// coordinates have pixel edges at integers, so pixel i covers [i, i + 1)
// and its centre is i + 0.5. Tensor pixel j of the content samples the image
// at x = (j + 0.5 - content_x) / scale_x - 0.5 in pixel-index units, with
// bilinear weights; sample positions outside the image are clamped to the
// edge pixels (edge replication).
//
// Downscaling by 2 or more is prefiltered so that large photos do not alias:
// the image is first averaged over kx x ky blocks, kx = floor(width /
// content_width) and ky = floor(height / content_height), each capped at
// kMaxBoxFactor (BoxReduce, an intermediate 8-bit image whose pixel i covers
// source pixels [kx i, kx i + kx)); the bilinear step then samples that image
// at x / kx. The remaining factor is below 2, where two taps suffice.
#ifndef SEAMKIT_CORE_VISION_RESIZE_H_
#define SEAMKIT_CORE_VISION_RESIZE_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/common/image.h"
#include "core/common/status.h"

namespace seamkit::vision {

// Which implementation of a kernel to run; both give the same numbers (the
// tests hold them to 1e-5), kScalar is the readable reference.
enum class KernelPath { kSimd, kScalar };

// Input sizes of the two BlazeFace models.
inline constexpr int kBlazeFaceFrontSize = 128;
inline constexpr int kBlazeFaceBackSize = 256;
// Largest tensor side LetterboxRgbaToTensor accepts.
inline constexpr int kMaxTensorSide = 2048;

// Where the image landed in the S x S tensor. The content is the integer
// rectangle [content_x, content_x + content_width) x [content_y, ...) of
// tensor pixels; scale_x = content_width / image width and scale_y =
// content_height / image height (equal up to the rounding of the content
// size to whole pixels, below 0.5 px over the whole side).
struct LetterboxTransform {
  int size = 0;         // S, the tensor side in pixels
  int image_width = 0;  // the source image size
  int image_height = 0;
  int content_x = 0;       // left padding in tensor pixels
  int content_y = 0;       // top padding in tensor pixels
  int content_width = 0;   // round(image_width * S / max side), >= 1
  int content_height = 0;  // round(image_height * S / max side), >= 1
  float scale_x = 0;       // tensor pixels per image pixel, horizontally
  float scale_y = 0;       // tensor pixels per image pixel, vertically

  // Continuous tensor coordinates (pixels, edges at integers) to image ones.
  float ToImageX(float tensor_x) const {
    return (tensor_x - content_x) / scale_x;
  }
  float ToImageY(float tensor_y) const {
    return (tensor_y - content_y) / scale_y;
  }
};

// Number of floats of an NHWC [1, size, size, 3] tensor.
inline size_t TensorFloatCount(int size) {
  return size > 0 ? size_t{3} * size_t(size) * size_t(size) : 0;
}

// Plans the letterbox of a width x height image into size x size.
// Errors: kInvalidArgument for an empty image or size < 1; kLimitExceeded
// for an image over the limits of core/common/image.h or size >
// kMaxTensorSide.
StatusOr<LetterboxTransform> PlanLetterbox(int width, int height, int size);

// Fills out[0 .. 3 * size * size) with the letterboxed image, NHWC
// [1, size, size, 3] row-major (y, then x, then R, G, B). out_len is the
// number of floats available at out. Any stride is accepted.
// Errors: those of ValidateView and PlanLetterbox; kInvalidArgument when out
// is null or out_len < TensorFloatCount(size).
StatusOr<LetterboxTransform> LetterboxRgbaToTensor(
    const ConstImageView& src, int size, float* out, size_t out_len,
    KernelPath path = KernelPath::kSimd);

// The same, allocating the tensor.
struct LetterboxResult {
  std::vector<float> tensor;  // NHWC [1, size, size, 3]
  LetterboxTransform transform;
};
StatusOr<LetterboxResult> LetterboxRgba(const ConstImageView& src, int size);

// ---- row kernels, public for the tests ------------------------------------

// Vertical step: out[4i + c] = a[4i + c] + (b[4i + c] - a[4i + c]) * weight
// for pixels i in [0, pixels) and channels c of two RGBA8 rows.
void LerpRgbaRows(const uint8_t* a, const uint8_t* b, float weight, int pixels,
                  float* out);
void LerpRgbaRowsScalar(const uint8_t* a, const uint8_t* b, float weight,
                        int pixels, float* out);

// Horizontal step and normalisation: for each output pixel i in [0, count),
// v = row[4 left[i] + c] + (row[4 right[i] + c] - row[4 left[i] + c]) *
// weight[i], and out_rgb[3i + c] = v / 127.5 - 1 for c = R, G, B.
void SampleRowToRgb(const float* row, const int32_t* left, const int32_t* right,
                    const float* weight, int count, float* out_rgb);
void SampleRowToRgbScalar(const float* row, const int32_t* left,
                          const int32_t* right, const float* weight, int count,
                          float* out_rgb);

// Largest block side of the box prefilter (keeps sums within 32 bits).
inline constexpr int kMaxBoxFactor = 64;

// Averages kx x ky blocks of src into dst, which must be ceil(width / kx) x
// ceil(height / ky); blocks at the right and bottom edges hold what is left
// and average only that. Channels are rounded half up.
// Errors: those of ValidateView; kInvalidArgument for factors outside
// [1, kMaxBoxFactor] or a dst of the wrong size.
Status BoxReduce(const ConstImageView& src, int kx, int ky,
                 const ImageView& dst, KernelPath path = KernelPath::kSimd);

// Bilinear taps of one axis: dst_count samples of a src_count-long axis at
// positions (j + 0.5) / scale - 0.5, clamped to [0, src_count - 1].
struct AxisTaps {
  std::vector<int32_t> left;
  std::vector<int32_t> right;  // min(left + 1, src_count - 1)
  std::vector<float> weight;   // of the right tap, in [0, 1)
};
AxisTaps ComputeAxisTaps(int src_count, int dst_count, float scale);

}  // namespace seamkit::vision

#endif  // SEAMKIT_CORE_VISION_RESIZE_H_

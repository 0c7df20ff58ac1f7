// Image buffers shared by the vision kernels: interleaved 8-bit RGBA (the
// layout of ImageData and of canvas pixels), rows padded by a byte stride.
#ifndef SEAMKIT_CORE_COMMON_IMAGE_H_
#define SEAMKIT_CORE_COMMON_IMAGE_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/common/status.h"

namespace seamkit {

// Largest image seamkit accepts anywhere: 64 megapixels (e.g. 8192 x 8192).
// Larger inputs are refused with kLimitExceeded before any allocation.
inline constexpr int64_t kMaxImagePixels = 64ll * 1024 * 1024;
inline constexpr int kMaxImageSide = 16384;

// A borrowed, read-only RGBA view. stride is in bytes (>= 4 * width).
struct ConstImageView {
  const uint8_t* data = nullptr;
  int width = 0;
  int height = 0;
  ptrdiff_t stride = 0;

  const uint8_t* Row(int y) const { return data + y * stride; }
};

// A borrowed, writable RGBA view.
struct ImageView {
  uint8_t* data = nullptr;
  int width = 0;
  int height = 0;
  ptrdiff_t stride = 0;

  uint8_t* Row(int y) const { return data + y * stride; }
  operator ConstImageView() const { return {data, width, height, stride}; }
};

// An owned RGBA image with tightly packed rows (stride = 4 * width).
class Image {
 public:
  Image() = default;
  // Checks the size against the limits; the pixels start transparent black.
  static StatusOr<Image> Create(int width, int height) {
    if (width < 0 || height < 0) {
      return Status(ErrorCode::kInvalidArgument, "negative image size");
    }
    if (width > kMaxImageSide || height > kMaxImageSide ||
        int64_t{width} * height > kMaxImagePixels) {
      return Status(ErrorCode::kLimitExceeded,
                    "image larger than 16384 px a side or 64 megapixels");
    }
    Image img;
    img.width_ = width;
    img.height_ = height;
    img.pixels_.assign(size_t{4} * width * height, 0);
    return img;
  }

  int width() const { return width_; }
  int height() const { return height_; }
  ptrdiff_t stride() const { return ptrdiff_t{4} * width_; }
  uint8_t* data() { return pixels_.data(); }
  const uint8_t* data() const { return pixels_.data(); }
  size_t size_bytes() const { return pixels_.size(); }
  ImageView view() { return {pixels_.data(), width_, height_, stride()}; }
  ConstImageView view() const {
    return {pixels_.data(), width_, height_, stride()};
  }

 private:
  int width_ = 0;
  int height_ = 0;
  std::vector<uint8_t> pixels_;
};

// Checks a view supplied from outside (null data, negative sizes, stride too
// small, over the limits) before a kernel reads it.
inline Status ValidateView(const ConstImageView& v) {
  if (v.width < 0 || v.height < 0) {
    return Status(ErrorCode::kInvalidArgument, "negative image size");
  }
  if (v.width > kMaxImageSide || v.height > kMaxImageSide ||
      int64_t{v.width} * v.height > kMaxImagePixels) {
    return Status(ErrorCode::kLimitExceeded,
                  "image larger than 16384 px a side or 64 megapixels");
  }
  if (v.width > 0 && v.height > 0) {
    if (v.data == nullptr) {
      return Status(ErrorCode::kInvalidArgument, "image has no pixel data");
    }
    if (v.stride < ptrdiff_t{4} * v.width) {
      return Status(ErrorCode::kInvalidArgument,
                    "image stride smaller than 4 * width");
    }
  }
  return Status::Ok();
}

}  // namespace seamkit

#endif  // SEAMKIT_CORE_COMMON_IMAGE_H_

#include "core/vision/resize.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/common/simd.h"

namespace seamkit::vision {
namespace {

typedef uint8_t U8x4 __attribute__((vector_size(4)));

// 1 / 127.5: the same constant in both paths so that they agree exactly.
constexpr float kInvHalfRange = 1.0f / 127.5f;

simd::F32x4 LoadPixel(const uint8_t* p) {
  return __builtin_convertvector(simd::Load<U8x4>(p), simd::F32x4);
}

// round(a * b / c) with halves up, in 64-bit integers.
int RoundedRatio(int64_t a, int64_t b, int64_t c) {
  return static_cast<int>((2 * a * b + c) / (2 * c));
}

void FillPadding(float* out, size_t count) {
  std::fill(out, out + count, -1.0f);
}

}  // namespace

StatusOr<LetterboxTransform> PlanLetterbox(int width, int height, int size) {
  if (size < 1) {
    return Status(ErrorCode::kInvalidArgument, "tensor size must be >= 1");
  }
  if (size > kMaxTensorSide) {
    return Status(ErrorCode::kLimitExceeded, "tensor size above 2048");
  }
  if (width < 0 || height < 0) {
    return Status(ErrorCode::kInvalidArgument, "negative image size");
  }
  if (width == 0 || height == 0) {
    return Status(ErrorCode::kInvalidArgument, "empty image");
  }
  if (width > kMaxImageSide || height > kMaxImageSide ||
      int64_t{width} * height > kMaxImagePixels) {
    return Status(ErrorCode::kLimitExceeded,
                  "image larger than 16384 px a side or 64 megapixels");
  }
  int longest = std::max(width, height);
  LetterboxTransform t;
  t.size = size;
  t.image_width = width;
  t.image_height = height;
  t.content_width = std::max(1, RoundedRatio(width, size, longest));
  t.content_height = std::max(1, RoundedRatio(height, size, longest));
  t.content_x = (size - t.content_width) / 2;
  t.content_y = (size - t.content_height) / 2;
  t.scale_x = static_cast<float>(double(t.content_width) / width);
  t.scale_y = static_cast<float>(double(t.content_height) / height);
  return t;
}

AxisTaps ComputeAxisTaps(int src_count, int dst_count, float scale) {
  AxisTaps taps;
  if (src_count <= 0 || dst_count <= 0 || !(scale > 0)) return taps;
  taps.left.resize(dst_count);
  taps.right.resize(dst_count);
  taps.weight.resize(dst_count);
  const double last = src_count - 1;
  for (int j = 0; j < dst_count; ++j) {
    double pos = (j + 0.5) / double(scale) - 0.5;
    pos = std::clamp(pos, 0.0, last);
    int left = static_cast<int>(std::floor(pos));
    taps.left[j] = left;
    taps.right[j] = std::min(left + 1, src_count - 1);
    taps.weight[j] = static_cast<float>(pos - left);
  }
  return taps;
}

void LerpRgbaRowsScalar(const uint8_t* a, const uint8_t* b, float weight,
                        int pixels, float* out) {
  for (int i = 0; i < 4 * pixels; ++i) {
    float fa = a[i], fb = b[i];
    out[i] = fa + (fb - fa) * weight;
  }
}

void LerpRgbaRows(const uint8_t* a, const uint8_t* b, float weight, int pixels,
                  float* out) {
  using namespace simd;
  const F32x4 w = Splat(weight);
  for (int i = 0; i < pixels; ++i) {
    F32x4 fa = LoadPixel(a + 4 * i), fb = LoadPixel(b + 4 * i);
    Store(fa + (fb - fa) * w, out + 4 * i);
  }
}

void SampleRowToRgbScalar(const float* row, const int32_t* left,
                          const int32_t* right, const float* weight, int count,
                          float* out_rgb) {
  for (int i = 0; i < count; ++i) {
    const float* l = row + 4 * size_t(left[i]);
    const float* r = row + 4 * size_t(right[i]);
    for (int c = 0; c < 3; ++c) {
      float v = l[c] + (r[c] - l[c]) * weight[i];
      out_rgb[3 * i + c] = v * kInvHalfRange - 1.0f;
    }
  }
}

void SampleRowToRgb(const float* row, const int32_t* left, const int32_t* right,
                    const float* weight, int count, float* out_rgb) {
  using namespace simd;
  const F32x4 inv = Splat(kInvHalfRange), one = Splat(1.0f);
  for (int i = 0; i < count; ++i) {
    F32x4 l = Load<F32x4>(row + 4 * size_t(left[i]));
    F32x4 r = Load<F32x4>(row + 4 * size_t(right[i]));
    F32x4 v = (l + (r - l) * Splat(weight[i])) * inv - one;
    // Three of the four lanes: R, G, B (alpha is dropped).
    std::memcpy(out_rgb + 3 * size_t(i), &v, 3 * sizeof(float));
  }
}

namespace {

typedef uint32_t U32x4 __attribute__((vector_size(16)));

// One output row of BoxReduce: sums the source rows [y0, y1) into acc (4
// uint32 per output pixel), then writes the rounded means.
void BoxRowScalar(const ConstImageView& src, int kx, int y0, int y1,
                  uint32_t* acc, int out_width, uint8_t* out) {
  std::fill(acc, acc + 4 * size_t(out_width), 0u);
  for (int y = y0; y < y1; ++y) {
    const uint8_t* row = src.Row(y);
    for (int x = 0; x < src.width; ++x) {
      for (int c = 0; c < 4; ++c) acc[4 * (x / kx) + c] += row[4 * x + c];
    }
  }
  for (int i = 0; i < out_width; ++i) {
    const int bw = std::min(kx, src.width - i * kx);
    const float inv = 1.0f / float(bw * (y1 - y0));
    for (int c = 0; c < 4; ++c) {
      out[4 * i + c] = uint8_t(int(float(acc[4 * i + c]) * inv + 0.5f));
    }
  }
}

void BoxRowSimd(const ConstImageView& src, int kx, int y0, int y1,
                uint32_t* acc, int out_width, uint8_t* out) {
  using namespace simd;
  std::fill(acc, acc + 4 * size_t(out_width), 0u);
  for (int y = y0; y < y1; ++y) {
    const uint8_t* row = src.Row(y);
    for (int i = 0, x = 0; i < out_width; ++i) {
      U32x4 sum = Load<U32x4>(acc + 4 * i);
      for (const int end = std::min(x + kx, src.width); x < end; ++x) {
        sum += __builtin_convertvector(Load<U8x4>(row + 4 * x), U32x4);
      }
      Store(sum, acc + 4 * i);
    }
  }
  for (int i = 0; i < out_width; ++i) {
    const int bw = std::min(kx, src.width - i * kx);
    const F32x4 inv = Splat(1.0f / float(bw * (y1 - y0)));
    const F32x4 mean = __builtin_convertvector(Load<U32x4>(acc + 4 * i), F32x4);
    const I32x4 q = TruncToInt(mean * inv + Splat(0.5f));
    Store(__builtin_convertvector(q, U8x4), out + 4 * i);
  }
}

}  // namespace

Status BoxReduce(const ConstImageView& src, int kx, int ky,
                 const ImageView& dst, KernelPath path) {
  if (Status s = ValidateView(src); !s.ok()) return s;
  if (Status s = ValidateView(dst); !s.ok()) return s;
  if (kx < 1 || ky < 1 || kx > kMaxBoxFactor || ky > kMaxBoxFactor) {
    return Status(ErrorCode::kInvalidArgument, "box factors must be 1..64");
  }
  if (dst.width != (src.width + kx - 1) / kx ||
      dst.height != (src.height + ky - 1) / ky) {
    return Status(ErrorCode::kInvalidArgument,
                  "box output must be ceil(width / kx) x ceil(height / ky)");
  }
  // An empty source (whose data may be null) leaves nothing to average.
  if (src.width == 0 || src.height == 0) return Status::Ok();
  std::vector<uint32_t> acc(size_t{4} * dst.width);
  for (int r = 0; r < dst.height; ++r) {
    const int y0 = r * ky, y1 = std::min(y0 + ky, src.height);
    if (path == KernelPath::kSimd) {
      BoxRowSimd(src, kx, y0, y1, acc.data(), dst.width, dst.Row(r));
    } else {
      BoxRowScalar(src, kx, y0, y1, acc.data(), dst.width, dst.Row(r));
    }
  }
  return Status::Ok();
}

namespace {

// The bilinear step of the letterbox from src (the image or its box-reduced
// copy, kx and ky being the reduction factors) into the whole tensor.
void ResampleIntoTensor(const ConstImageView& src, const LetterboxTransform& t,
                        int kx, int ky, bool simd, float* out) {
  AxisTaps xs = ComputeAxisTaps(src.width, t.content_width, t.scale_x * kx);
  AxisTaps ys = ComputeAxisTaps(src.height, t.content_height, t.scale_y * ky);
  // Only the source columns some tap reads need the vertical step.
  const int x_lo = xs.left.front(), x_hi = xs.right.back();
  std::vector<float> row(size_t{4} * src.width);
  float* lo = row.data() + 4 * size_t(x_lo);
  const size_t line = size_t{3} * t.size;
  for (int ty = 0; ty < t.size; ++ty) {
    float* dst = out + line * ty;
    const int r = ty - t.content_y;
    if (r < 0 || r >= t.content_height) {
      FillPadding(dst, line);
      continue;
    }
    const uint8_t* a = src.Row(ys.left[r]) + 4 * size_t(x_lo);
    const uint8_t* b = src.Row(ys.right[r]) + 4 * size_t(x_lo);
    const int n = x_hi - x_lo + 1;
    if (simd) {
      LerpRgbaRows(a, b, ys.weight[r], n, lo);
    } else {
      LerpRgbaRowsScalar(a, b, ys.weight[r], n, lo);
    }
    FillPadding(dst, size_t{3} * t.content_x);
    float* content = dst + size_t{3} * t.content_x;
    if (simd) {
      SampleRowToRgb(row.data(), xs.left.data(), xs.right.data(),
                     xs.weight.data(), t.content_width, content);
    } else {
      SampleRowToRgbScalar(row.data(), xs.left.data(), xs.right.data(),
                           xs.weight.data(), t.content_width, content);
    }
    const size_t used = size_t{3} * (t.content_x + t.content_width);
    FillPadding(dst + used, line - used);
  }
}

}  // namespace

StatusOr<LetterboxTransform> LetterboxRgbaToTensor(const ConstImageView& src,
                                                   int size, float* out,
                                                   size_t out_len,
                                                   KernelPath path) {
  if (Status s = ValidateView(src); !s.ok()) return s;
  StatusOr<LetterboxTransform> plan =
      PlanLetterbox(src.width, src.height, size);
  if (!plan.ok()) return plan.status();
  if (out == nullptr || out_len < TensorFloatCount(size)) {
    return Status(ErrorCode::kInvalidArgument,
                  "output buffer smaller than 3 * size * size floats");
  }
  const LetterboxTransform& t = *plan;
  // Upscaled axes give 0 here: no reduction along them.
  const int kx = std::clamp(src.width / t.content_width, 1, kMaxBoxFactor);
  const int ky = std::clamp(src.height / t.content_height, 1, kMaxBoxFactor);
  const bool simd = path == KernelPath::kSimd;
  if (kx == 1 && ky == 1) {
    ResampleIntoTensor(src, t, 1, 1, simd, out);
    return t;
  }
  StatusOr<Image> reduced =
      Image::Create((src.width + kx - 1) / kx, (src.height + ky - 1) / ky);
  if (!reduced.ok()) return reduced.status();
  Image small = std::move(reduced).value();
  if (Status s = BoxReduce(src, kx, ky, small.view(), path); !s.ok()) {
    return s;
  }
  ResampleIntoTensor(small.view(), t, kx, ky, simd, out);
  return t;
}

StatusOr<LetterboxResult> LetterboxRgba(const ConstImageView& src, int size) {
  // Validate first so that a bad size never allocates.
  if (Status s = ValidateView(src); !s.ok()) return s;
  StatusOr<LetterboxTransform> plan =
      PlanLetterbox(src.width, src.height, size);
  if (!plan.ok()) return plan.status();
  LetterboxResult result;
  result.tensor.resize(TensorFloatCount(size));
  StatusOr<LetterboxTransform> t = LetterboxRgbaToTensor(
      src, size, result.tensor.data(), result.tensor.size());
  if (!t.ok()) return t.status();
  result.transform = *t;
  return result;
}

}  // namespace seamkit::vision

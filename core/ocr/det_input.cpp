#include "core/ocr/det_input.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/common/simd.h"

namespace seamkit::ocr {
namespace {

// PaddleOCR's detector normalisation (DetResizeForTest + NormalizeImage): the
// mean and std of ImageNet applied to channels 0, 1, 2 of the BGR image.
constexpr float kDetMean[3] = {0.485f, 0.456f, 0.406f};
constexpr float kDetStd[3] = {0.229f, 0.224f, 0.225f};

// Channel value composited over white, as a float in [0, 255].
inline float OverWhite(const uint8_t* px, int c) {
  return 255.0f - (255.0f - px[c]) * (px[3] * (1.0f / 255.0f));
}

struct Taps {
  std::vector<int> i0, i1;
  std::vector<float> f;
};

// Half-pixel-centre bilinear taps for n_out samples over n_in, edges clamped
// (what OpenCV's INTER_LINEAR resize does).
Taps MakeTaps(int n_in, int n_out) {
  Taps t;
  t.i0.resize(n_out);
  t.i1.resize(n_out);
  t.f.resize(n_out);
  const double scale = double(n_in) / n_out;
  for (int o = 0; o < n_out; ++o) {
    double s = (o + 0.5) * scale - 0.5;
    s = std::clamp(s, 0.0, double(n_in - 1));
    const int i = static_cast<int>(s);
    t.i0[o] = i;
    t.i1[o] = std::min(i + 1, n_in - 1);
    t.f[o] = static_cast<float>(s - i);
  }
  return t;
}

// Source row y resampled horizontally into three planes (B, G, R).
void HorizontalRow(const uint8_t* rgba, int width, int y, const Taps& tx,
                   float* planes, int out_width) {
  const uint8_t* row = rgba + size_t(y) * width * 4;
  for (int x = 0; x < out_width; ++x) {
    const uint8_t* a = row + size_t(tx.i0[x]) * 4;
    const uint8_t* b = row + size_t(tx.i1[x]) * 4;
    const float f = tx.f[x];
    for (int c = 0; c < 3; ++c) {
      const float va = OverWhite(a, 2 - c), vb = OverWhite(b, 2 - c);
      planes[size_t(c) * out_width + x] = va + (vb - va) * f;
    }
  }
}

}  // namespace

void BlendAffineRowScalar(const float* top, const float* bottom, float wy,
                          float scale, float bias, float* out, int n) {
  for (int i = 0; i < n; ++i) {
    const float v = top[i] + (bottom[i] - top[i]) * wy;
    out[i] = v * scale + bias;
  }
}

void BlendAffineRow(const float* top, const float* bottom, float wy,
                    float scale, float bias, float* out, int n) {
  using simd::F32x4;
  const F32x4 w = simd::Splat(wy), s = simd::Splat(scale),
              b = simd::Splat(bias);
  int i = 0;
  for (; i + simd::kF32Lanes <= n; i += simd::kF32Lanes) {
    const F32x4 t = simd::Load<F32x4>(top + i);
    const F32x4 d = simd::Load<F32x4>(bottom + i) - t;
    simd::Store<F32x4>((t + d * w) * s + b, out + i);
  }
  BlendAffineRowScalar(top + i, bottom + i, wy, scale, bias, out + i, n - i);
}

Status CheckRgba(const uint8_t* rgba, size_t size, int width, int height) {
  if (width <= 0 || height <= 0) {
    return Status(ErrorCode::kInvalidArgument,
                  "image width and height must be positive");
  }
  if (width > kMaxSourceSide || height > kMaxSourceSide ||
      int64_t(width) * height > kMaxSourcePixels) {
    return Status(ErrorCode::kLimitExceeded,
                  "image larger than " + std::to_string(kMaxSourcePixels) +
                      " pixels or " + std::to_string(kMaxSourceSide) +
                      " pixels on a side");
  }
  if (rgba == nullptr || size != size_t(width) * height * 4) {
    return Status(ErrorCode::kInvalidArgument,
                  "pixels must hold 4 * width * height bytes");
  }
  return Status::Ok();
}

void DetInputSize(int width, int height, int max_side, int* out_width,
                  int* out_height) {
  const int long_side = std::max(width, height);
  const double ratio = long_side > max_side ? double(max_side) / long_side : 1;
  const int cap = std::max(32, max_side / 32 * 32);
  auto side = [&](int n) {
    const int scaled = static_cast<int>(n * ratio);
    const int rounded = static_cast<int>(std::nearbyint(scaled / 32.0)) * 32;
    return std::clamp(rounded, 32, cap);
  };
  *out_width = side(width);
  *out_height = side(height);
}

bool IsBlank(const uint8_t* rgba, int width, int height) {
  int lo[3] = {255, 255, 255}, hi[3] = {0, 0, 0};
  const size_t n = size_t(width) * height;
  for (size_t i = 0; i < n; ++i) {
    const uint8_t* px = rgba + i * 4;
    for (int c = 0; c < 3; ++c) {
      const int v = 255 - ((255 - px[c]) * px[3] + 127) / 255;
      lo[c] = std::min(lo[c], v);
      hi[c] = std::max(hi[c], v);
      if (hi[c] - lo[c] >= kBlankRange) return false;
    }
  }
  return true;
}

StatusOr<DetInput> MakeDetInput(const uint8_t* rgba, size_t size, int width,
                                int height, int max_side) {
  if (Status s = CheckRgba(rgba, size, width, height); !s.ok()) return s;
  if (max_side < kMinDetSide || max_side > kMaxDetSide) {
    return Status(ErrorCode::kOutOfRange,
                  "maxSide must be within [32, 4096]");
  }
  DetInput out;
  DetInputSize(width, height, max_side, &out.width, &out.height);
  out.blank = IsBlank(rgba, width, height);
  if (out.blank) return out;
  const int ow = out.width, oh = out.height;
  const Taps tx = MakeTaps(width, ow), ty = MakeTaps(height, oh);
  out.tensor.assign(size_t(3) * ow * oh, 0.0f);
  std::vector<float> rows(size_t(6) * ow);  // two source rows, 3 planes each
  float* top = rows.data();
  float* bottom = rows.data() + size_t(3) * ow;
  int top_y = -1, bottom_y = -1;
  for (int y = 0; y < oh; ++y) {
    if (ty.i0[y] != top_y) {
      if (ty.i0[y] == bottom_y) {
        std::swap(top, bottom);
        std::swap(top_y, bottom_y);
      } else {
        HorizontalRow(rgba, width, ty.i0[y], tx, top, ow);
        top_y = ty.i0[y];
      }
    }
    if (ty.i1[y] != bottom_y) {
      HorizontalRow(rgba, width, ty.i1[y], tx, bottom, ow);
      bottom_y = ty.i1[y];
    }
    for (int c = 0; c < 3; ++c) {
      const float scale = 1.0f / (255.0f * kDetStd[c]);
      const float bias = -kDetMean[c] / kDetStd[c];
      BlendAffineRow(top + size_t(c) * ow, bottom + size_t(c) * ow, ty.f[y],
                     scale, bias,
                     out.tensor.data() + (size_t(c) * oh + y) * ow, ow);
    }
  }
  return out;
}

}  // namespace seamkit::ocr

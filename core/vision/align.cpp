#include "core/vision/align.h"

#include <algorithm>
#include <cmath>

#include "core/common/simd.h"

namespace seamkit::vision {
namespace {

typedef uint8_t U8x4 __attribute__((vector_size(4)));

bool Finite(float v) { return std::isfinite(v); }

bool InRange(float v, float lo, float hi) { return v >= lo && v <= hi; }

// The eye line's direction, or 0 when it cannot be trusted.
float EyeAngle(const FaceDetection& face, float size) {
  const Point& a = face.keypoints[0];
  const Point& b = face.keypoints[1];
  const double dx = double(b.x) - a.x, dy = double(b.y) - a.y;
  const double dist = std::hypot(dx, dy);
  if (!std::isfinite(dist) || dist < 0.01 * size) return 0.0f;
  return float(std::atan2(dy, dx));
}

// The source rectangle of clamped sample positions, in pixel indices.
struct Bounds {
  float max_x;
  float max_y;
};

// Scalar reference: output pixels [begin, end) of a row, sampled at
// row-constant offsets (bx, by) plus (u + 0.5) * (m0, m3).
void WarpRowScalar(const ConstImageView& src, const Affine& m, float bx,
                   float by, const Bounds& lim, uint8_t* out, int begin,
                   int end) {
  for (int u = begin; u < end; ++u) {
    const float uc = float(u) + 0.5f;
    float sx = std::min(std::max(m[0] * uc + bx, 0.0f), lim.max_x);
    float sy = std::min(std::max(m[3] * uc + by, 0.0f), lim.max_y);
    const int x0 = int(sx), y0 = int(sy);  // non-negative: trunc = floor
    const float fx = sx - float(x0), fy = sy - float(y0);
    const int x1 = std::min(x0 + 1, src.width - 1);
    const int y1 = std::min(y0 + 1, src.height - 1);
    const uint8_t* r0 = src.Row(y0);
    const uint8_t* r1 = src.Row(y1);
    for (int c = 0; c < 4; ++c) {
      float p00 = r0[4 * x0 + c], p01 = r0[4 * x1 + c];
      float p10 = r1[4 * x0 + c], p11 = r1[4 * x1 + c];
      float top = p00 + (p01 - p00) * fx;
      float bot = p10 + (p11 - p10) * fx;
      float v = std::min(top + (bot - top) * fy + 0.5f, 255.0f);
      out[4 * u + c] = uint8_t(int(v));
    }
  }
}

simd::F32x4 Pixel(const uint8_t* row, int x) {
  return __builtin_convertvector(simd::Load<U8x4>(row + 4 * x), simd::F32x4);
}

// SIMD: positions and weights four outputs at a time, then each pixel's
// four RGBA channels in one vector.
void WarpRowSimd(const ConstImageView& src, const Affine& m, float bx, float by,
                 const Bounds& lim, uint8_t* out, int width) {
  using namespace simd;
  const F32x4 step = {0.5f, 1.5f, 2.5f, 3.5f};
  const I32x4 last_x = SplatI(src.width - 1), last_y = SplatI(src.height - 1);
  int u = 0;
  for (; u + 4 <= width; u += 4) {
    const F32x4 uc = ToFloat(SplatI(u)) + step;
    F32x4 sx =
        Min(Max(Splat(m[0]) * uc + Splat(bx), Splat(0.0f)), Splat(lim.max_x));
    F32x4 sy =
        Min(Max(Splat(m[3]) * uc + Splat(by), Splat(0.0f)), Splat(lim.max_y));
    const I32x4 x0 = TruncToInt(sx), y0 = TruncToInt(sy);
    const F32x4 fx = sx - ToFloat(x0), fy = sy - ToFloat(y0);
    const I32x4 x1v = x0 + 1, y1v = y0 + 1;
    // min(x0 + 1, last): comparison lanes are -1 where x0 + 1 > last.
    const I32x4 x1 = x1v + (x1v > last_x);
    const I32x4 y1 = y1v + (y1v > last_y);
    for (int k = 0; k < 4; ++k) {
      const uint8_t* r0 = src.Row(y0[k]);
      const uint8_t* r1 = src.Row(y1[k]);
      const F32x4 p00 = Pixel(r0, x0[k]), p01 = Pixel(r0, x1[k]);
      const F32x4 p10 = Pixel(r1, x0[k]), p11 = Pixel(r1, x1[k]);
      const F32x4 wx = Splat(fx[k]), wy = Splat(fy[k]);
      const F32x4 top = p00 + (p01 - p00) * wx;
      const F32x4 bot = p10 + (p11 - p10) * wx;
      const F32x4 v = Min(top + (bot - top) * wy + Splat(0.5f), Splat(255.0f));
      const U8x4 px = __builtin_convertvector(TruncToInt(v), U8x4);
      Store(px, out + 4 * (u + k));
    }
  }
  WarpRowScalar(src, m, bx, by, lim, out, u, width);
}

Affine Invert(float angle, float cx, float cy, float scale, float half) {
  const double c = std::cos(double(angle)), s = std::sin(double(angle));
  const double k = 1.0 / scale;
  return {float(c * k),  float(s * k), float(half - (cx * c + cy * s) * k),
          float(-s * k), float(c * k), float(half - (-cx * s + cy * c) * k)};
}

}  // namespace

Point ApplyAffine(const Affine& m, Point p) {
  return {m[0] * p.x + m[1] * p.y + m[2], m[3] * p.x + m[4] * p.y + m[5]};
}

StatusOr<AlignCrop> PlanFaceAlignment(const FaceDetection& face,
                                      const AlignOptions& options) {
  if (!Finite(face.x) || !Finite(face.y) || !(face.width > 0.0f) ||
      !(face.height > 0.0f) || !Finite(face.width) || !Finite(face.height)) {
    return Status(ErrorCode::kInvalidArgument,
                  "face box must be finite with a positive size");
  }
  if (options.output_size < kMinAlignedSize ||
      options.output_size > kMaxAlignedSize) {
    return Status(ErrorCode::kOutOfRange, "output size must be 64..1024");
  }
  if (!InRange(options.side_scale, 0.5f, 8.0f) ||
      !InRange(options.down_shift, -2.0f, 2.0f)) {
    return Status(ErrorCode::kOutOfRange,
                  "side_scale must be in [0.5, 8], down_shift in [-2, 2]");
  }
  const float size = std::max(face.width, face.height);
  AlignCrop crop;
  crop.angle = EyeAngle(face, size);
  crop.output_size = options.output_size;
  crop.side = options.side_scale * size;
  const double c = std::cos(double(crop.angle)),
               s = std::sin(double(crop.angle));
  const double shift = double(options.down_shift) * size;
  crop.center_x = float(face.x + 0.5 * face.width - shift * s);
  crop.center_y = float(face.y + 0.5 * face.height + shift * c);
  const double scale = double(crop.side) / options.output_size;
  const double half = 0.5 * options.output_size;
  const double m0 = scale * c, m1 = -scale * s, m3 = scale * s, m4 = scale * c;
  crop.output_to_image = {
      float(m0), float(m1), float(crop.center_x - half * (m0 + m1)),
      float(m3), float(m4), float(crop.center_y - half * (m3 + m4))};
  crop.image_to_output = Invert(crop.angle, crop.center_x, crop.center_y,
                                float(scale), float(half));
  bool finite = Finite(crop.side) && Finite(crop.center_x) &&
                Finite(crop.center_y) && crop.side > 0.0f;
  for (int i = 0; i < 6; ++i) {
    finite = finite && Finite(crop.output_to_image[i]) &&
             Finite(crop.image_to_output[i]);
  }
  if (!finite) {
    return Status(ErrorCode::kOutOfRange, "face box too large to crop");
  }
  return crop;
}

Status WarpAffineBilinear(const ConstImageView& src, const Affine& m,
                          const ImageView& dst, KernelPath path) {
  if (Status s = ValidateView(src); !s.ok()) return s;
  if (Status s = ValidateView(dst); !s.ok()) return s;
  if (src.width == 0 || src.height == 0) {
    return Status(ErrorCode::kInvalidArgument, "empty source image");
  }
  for (float v : m) {
    if (!Finite(v)) {
      return Status(ErrorCode::kInvalidArgument, "affine matrix not finite");
    }
  }
  const Bounds lim{float(src.width - 1), float(src.height - 1)};
  for (int v = 0; v < dst.height; ++v) {
    const float vc = float(v) + 0.5f;
    // Row-constant part; the - 0.5 turns continuous coordinates into
    // pixel-index ones.
    const float bx = m[1] * vc + m[2] - 0.5f;
    const float by = m[4] * vc + m[5] - 0.5f;
    if (path == KernelPath::kSimd) {
      WarpRowSimd(src, m, bx, by, lim, dst.Row(v), dst.width);
    } else {
      WarpRowScalar(src, m, bx, by, lim, dst.Row(v), 0, dst.width);
    }
  }
  return Status::Ok();
}

StatusOr<AlignedFace> AlignFace(const ConstImageView& src,
                                const FaceDetection& face,
                                const AlignOptions& options) {
  if (Status s = ValidateView(src); !s.ok()) return s;
  if (src.width == 0 || src.height == 0) {
    return Status(ErrorCode::kInvalidArgument, "empty source image");
  }
  StatusOr<AlignCrop> crop = PlanFaceAlignment(face, options);
  if (!crop.ok()) return crop.status();
  StatusOr<Image> image = Image::Create(crop->output_size, crop->output_size);
  if (!image.ok()) return image.status();
  AlignedFace out{std::move(image).value(), *crop};
  if (Status s =
          WarpAffineBilinear(src, crop->output_to_image, out.image.view());
      !s.ok()) {
    return s;
  }
  return out;
}

}  // namespace seamkit::vision

// Circle / rounded-square masks with supersampled edges (see mask.h).
#include "core/vision/mask.h"

#include <algorithm>
#include <cmath>

#include "core/common/color.h"

namespace seamkit::vision {
namespace {

constexpr int kGrid = 8;  // supersampling grid per axis at the edge

struct Shape {
  MaskShape kind;
  float cx, cy;  // centre, px
  float half;    // circle radius or half the square's side, px
  float corner;  // corner radius, px (rounded square)
};

Shape FitShape(MaskShape kind, float corner_radius, int width, int height) {
  float half = 0.5f * static_cast<float>(std::min(width, height));
  return {kind, 0.5f * width, 0.5f * height, half, corner_radius * half};
}

// Signed distance from (px, py) to the edge; negative inside. Both forms
// are exact Euclidean distances, hence 1-Lipschitz. The rounded square is
// the square shrunk by `corner` then dilated by it again.
float SignedDistance(const Shape& s, float px, float py) {
  float dx = px - s.cx, dy = py - s.cy;
  if (s.kind == MaskShape::kCircle) return std::hypot(dx, dy) - s.half;
  float qx = std::fabs(dx) - (s.half - s.corner);
  float qy = std::fabs(dy) - (s.half - s.corner);
  float outside = std::hypot(std::max(qx, 0.0f), std::max(qy, 0.0f));
  float inside = std::min(std::max(qx, qy), 0.0f);
  return outside + inside - s.corner;
}

// Area fraction of pixel (x, y) where SignedDistance + inset < 0. A pixel's
// points lie within sqrt(1/2) of its centre, so a centre distance of 1 or
// more decides the whole pixel.
float Coverage(const Shape& s, float inset, int x, int y) {
  float d = SignedDistance(s, x + 0.5f, y + 0.5f) + inset;
  if (d <= -1.0f) return 1.0f;
  if (d >= 1.0f) return 0.0f;
  int inside = 0;
  for (int j = 0; j < kGrid; ++j) {
    float sy = y + (j + 0.5f) / kGrid;
    for (int i = 0; i < kGrid; ++i) {
      float sx = x + (i + 0.5f) / kGrid;
      if (SignedDistance(s, sx, sy) + inset < 0.0f) ++inside;
    }
  }
  return static_cast<float>(inside) / (kGrid * kGrid);
}

uint8_t ToByte(double v) {
  return static_cast<uint8_t>(std::floor(std::clamp(v, 0.0, 255.0) + 0.5));
}

// Disjoint-area composite of the clipped image and the ring (mask.h).
void CompositePixel(float inner, float outer, const Rgba& ring, uint8_t* px) {
  if (inner == 1.0f && outer == 1.0f) return;
  double image_alpha = px[3] / 255.0 * inner;
  double ring_alpha = ring.a * (outer - inner);
  double alpha = image_alpha + ring_alpha;
  uint8_t alpha_byte = ToByte(alpha * 255.0);
  if (alpha_byte == 0) {
    px[0] = px[1] = px[2] = px[3] = 0;
    return;
  }
  const double ring_rgb[3] = {ring.r, ring.g, ring.b};
  for (int c = 0; c < 3; ++c) {
    px[c] = ToByte((px[c] * image_alpha + ring_rgb[c] * ring_alpha) / alpha);
  }
  px[3] = alpha_byte;
}

Status CheckOptions(const MaskOptions& o, int width, int height) {
  if (o.shape != MaskShape::kCircle && o.shape != MaskShape::kRoundedSquare) {
    return Status(ErrorCode::kInvalidArgument, "unknown mask shape");
  }
  if (!(o.corner_radius >= 0.0f && o.corner_radius <= 1.0f)) {
    return Status(ErrorCode::kInvalidArgument,
                  "corner_radius must be in [0, 1]");
  }
  float max_ring = 0.5f * static_cast<float>(std::min(width, height));
  if (!(o.ring_width >= 0.0f && o.ring_width <= max_ring)) {
    return Status(ErrorCode::kInvalidArgument,
                  "ring_width must be in [0, min(width, height) / 2]");
  }
  return Status::Ok();
}

}  // namespace

float MaskCoverage(MaskShape shape, float corner_radius, int width, int height,
                   int x, int y) {
  return Coverage(FitShape(shape, corner_radius, width, height), 0.0f, x, y);
}

Status ApplyMask(const ImageView& image, const MaskOptions& o) {
  if (Status s = ValidateView(image); !s.ok()) return s;
  if (Status s = CheckOptions(o, image.width, image.height); !s.ok()) return s;
  StatusOr<Rgba> ring = ParseCssColor(o.ring_color);
  if (!ring.ok()) {
    return Status(ring.status().code(),
                  "ring_color: " + ring.status().message());
  }
  // An empty image (whose data may be null) has no pixel to mask.
  if (image.width == 0 || image.height == 0) return Status::Ok();
  const Shape shape =
      FitShape(o.shape, o.corner_radius, image.width, image.height);
  for (int y = 0; y < image.height; ++y) {
    uint8_t* row = image.Row(y);
    for (int x = 0; x < image.width; ++x) {
      float outer = Coverage(shape, 0.0f, x, y);
      float inner =
          o.ring_width > 0.0f ? Coverage(shape, o.ring_width, x, y) : outer;
      CompositePixel(inner, outer, *ring, row + 4 * x);
    }
  }
  return Status::Ok();
}

}  // namespace seamkit::vision

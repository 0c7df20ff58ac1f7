// Checked entry points of the styles: validation of views and options, then
// the kernel pipelines of stylize_kernels.h.
#include "core/vision/stylize.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/common/color.h"
#include "core/vision/stylize_kernels.h"

namespace seamkit::vision {
namespace {

constexpr float kDogSigmaRatio = 1.6f;  // Marr and Hildreth (1980)

// False for NaN as well as for values outside [lo, hi].
bool InRange(float v, float lo, float hi) { return v >= lo && v <= hi; }

Status Invalid(const std::string& what) {
  return Status(ErrorCode::kInvalidArgument, what);
}

// Address range [begin, end) of the pixels of a view.
std::pair<uintptr_t, uintptr_t> Span(const ConstImageView& v) {
  uintptr_t begin = reinterpret_cast<uintptr_t>(v.data);
  uintptr_t end = begin + uintptr_t(v.height - 1) * uintptr_t(v.stride) +
                  uintptr_t(4) * uintptr_t(v.width);
  return {begin, end};
}

Status CheckViews(const ConstImageView& src, const ImageView& dst) {
  if (Status s = ValidateView(src); !s.ok()) return s;
  if (Status s = ValidateView(dst); !s.ok()) return s;
  if (src.width != dst.width || src.height != dst.height) {
    return Invalid("destination size differs from the source size");
  }
  if (int64_t{src.width} * src.height > kMaxStylizePixels) {
    return Status(ErrorCode::kLimitExceeded,
                  "image larger than 8 megapixels for stylisation");
  }
  if (src.width == 0 || src.height == 0) return Status::Ok();
  if (src.data == dst.data && src.stride == dst.stride) return Status::Ok();
  auto [sb, se] = Span(src);
  auto [db, de] = Span(dst);
  if (sb < de && db < se) {
    return Invalid(
        "destination overlaps the source (only exact in-place "
        "is allowed)");
  }
  return Status::Ok();
}

Status CheckCartoon(const CartoonOptions& o) {
  if (o.smoothing_radius < 1 || o.smoothing_radius > 16) {
    return Invalid("smoothing_radius must be in 1..16");
  }
  if (!InRange(o.sigma_space, 1e-3f, 16.0f)) {
    return Invalid("sigma_space must be in (0, 16]");
  }
  if (!InRange(o.sigma_color, 1e-3f, 255.0f)) {
    return Invalid("sigma_color must be in (0, 255]");
  }
  if (o.smoothing_iterations < 1 || o.smoothing_iterations > 8) {
    return Invalid("smoothing_iterations must be in 1..8");
  }
  if (o.levels < 2 || o.levels > 64) return Invalid("levels must be in 2..64");
  if (!InRange(o.edge_sigma, 0.3f, 8.0f)) {
    return Invalid("edge_sigma must be in [0.3, 8]");
  }
  if (!InRange(o.edge_threshold, 0.0f, 255.0f)) {
    return Invalid("edge_threshold must be in [0, 255]");
  }
  if (!InRange(o.edge_softness, 1e-3f, 255.0f)) {
    return Invalid("edge_softness must be in (0, 255]");
  }
  if (!InRange(o.edge_strength, 0.0f, 1.0f)) {
    return Invalid("edge_strength must be in [0, 1]");
  }
  return Status::Ok();
}

// Parses the palette into RGB triples.
StatusOr<std::vector<float>> ParsePalette(
    const std::vector<std::string>& palette) {
  if (palette.size() < 2 || palette.size() > 8) {
    return Invalid("palette must hold 2 to 8 colours");
  }
  std::vector<float> stops;
  for (size_t i = 0; i < palette.size(); ++i) {
    StatusOr<Rgba> c = ParseCssColor(palette[i]);
    std::string where = "palette[" + std::to_string(i) + "]: ";
    if (!c.ok()) {
      return Status(c.status().code(), where + c.status().message());
    }
    if (c->a < 1.0) return Invalid(where + "colour must be opaque");
    stops.insert(stops.end(), {float(c->r), float(c->g), float(c->b)});
  }
  return stops;
}

template <typename Options, typename Fn>
StatusOr<Image> IntoNewImage(const ConstImageView& src, const Options& o,
                             KernelPath path, Fn into) {
  if (Status s = ValidateView(src); !s.ok()) return s;
  if (int64_t{src.width} * src.height > kMaxStylizePixels) {
    return Status(ErrorCode::kLimitExceeded,
                  "image larger than 8 megapixels for stylisation");
  }
  StatusOr<Image> out = Image::Create(src.width, src.height);
  if (!out.ok()) return out.status();
  Image image = std::move(out).value();
  if (Status s = into(src, image.view(), o, path); !s.ok()) return s;
  return image;
}

}  // namespace

Status CartoonizeInto(const ConstImageView& src, const ImageView& dst,
                      const CartoonOptions& o, KernelPath path) {
  if (Status s = CheckViews(src, dst); !s.ok()) return s;
  if (Status s = CheckCartoon(o); !s.ok()) return s;
  if (src.width == 0 || src.height == 0) return Status::Ok();
  // SplitRgb and PlanesLuma are fused into the first and the last bilateral
  // pass (same numbers, two fewer passes over the image).
  const bool edges = o.edge_strength > 0.0f;
  RgbPlanes a, b;
  Plane luma, fine, coarse;
  BilateralParams bp{o.smoothing_radius, o.sigma_space, o.sigma_color};
  for (int i = 0; i < o.smoothing_iterations; ++i) {
    if (i == 0) {
      BilateralPassFromRgba(src, bp, &b, path);
    } else {
      BilateralPass(a, Axis::kHorizontal, bp, &b, path);
    }
    if (edges && i + 1 == o.smoothing_iterations) {
      BilateralPassWithLuma(b, bp, &a, &luma, path);
    } else {
      BilateralPass(b, Axis::kVertical, bp, &a, path);
    }
  }
  if (edges) {
    GaussianBlur(luma, o.edge_sigma, &fine, path);
    GaussianBlur(luma, o.edge_sigma * kDogSigmaRatio, &coarse, path);
  }
  QuantizeMerge(a, o.levels, src, dst, path);  // reads alpha, then writes
  if (edges) {
    DogParams dp{o.edge_threshold, o.edge_softness, o.edge_strength};
    DogOverlay(fine, coarse, dp, dst, path);
  }
  return Status::Ok();
}

StatusOr<Image> Cartoonize(const ConstImageView& src, const CartoonOptions& o,
                           KernelPath path) {
  return IntoNewImage(src, o, path, CartoonizeInto);
}

Status PosterizeInto(const ConstImageView& src, const ImageView& dst,
                     const PosterizeOptions& o, KernelPath path) {
  if (Status s = CheckViews(src, dst); !s.ok()) return s;
  StatusOr<std::vector<float>> stops = ParsePalette(o.palette);
  if (!stops.ok()) return stops.status();
  if (o.mode != PosterizeMode::kBands && o.mode != PosterizeMode::kGradient) {
    return Invalid("unknown posterize mode");
  }
  GradientMap(src, stops->data(), static_cast<int>(stops->size() / 3),
              o.mode == PosterizeMode::kGradient, dst, path);
  return Status::Ok();
}

StatusOr<Image> Posterize(const ConstImageView& src, const PosterizeOptions& o,
                          KernelPath path) {
  return IntoNewImage(src, o, path, PosterizeInto);
}

Status SketchInto(const ConstImageView& src, const ImageView& dst,
                  const SketchOptions& o, KernelPath path) {
  if (Status s = CheckViews(src, dst); !s.ok()) return s;
  if (!InRange(o.blur_sigma, 0.5f, 16.0f)) {
    return Invalid("blur_sigma must be in [0.5, 16]");
  }
  if (!InRange(o.strength, 0.25f, 8.0f)) {
    return Invalid("strength must be in [0.25, 8]");
  }
  if (src.width == 0 || src.height == 0) return Status::Ok();
  Plane grey, blurred;
  BlurRgbaLuma(src, o.blur_sigma, &grey, &blurred, path);
  SketchDodge(grey, blurred, o.strength, src, dst, path);
  return Status::Ok();
}

StatusOr<Image> Sketch(const ConstImageView& src, const SketchOptions& o,
                       KernelPath path) {
  return IntoNewImage(src, o, path, SketchInto);
}

}  // namespace seamkit::vision

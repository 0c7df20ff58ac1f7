// Stylised renderings of an RGBA8 image (for avatars): cartoon, posterize /
// duotone with a caller palette, and pencil sketch.
//
// Every style keeps the alpha channel of the source unchanged. Each comes in
// two forms: <Style>Into writes into a caller view of the same size (which
// may be the source view itself: in place), <Style> returns a new Image.
// The kernels (core/vision/stylize_kernels.h) have a SIMD and a scalar path
// that give identical bytes; `path` picks one (kScalar exists for tests and
// benchmarks).
//
// Errors: those of ValidateView; kInvalidArgument when the sizes of src and
// dst differ, when dst overlaps src other than exactly (same data and
// stride), or when an option is outside its documented range (NaN
// included); kLimitExceeded for more than kMaxStylizePixels; for
// posterize, kParse / kUnsupported from ParseCssColor naming the palette
// entry, and kInvalidArgument for a translucent palette colour.
#ifndef SEAMKIT_CORE_VISION_STYLIZE_H_
#define SEAMKIT_CORE_VISION_STYLIZE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/common/image.h"
#include "core/common/status.h"
#include "core/vision/resize.h"  // KernelPath

namespace seamkit::vision {

// The float working planes take up to ~40 bytes a pixel, so the styles
// accept at most 8 megapixels (e.g. 4096 x 2048, or a 12 MP photo scaled to
// fit): larger inputs give kLimitExceeded.
inline constexpr int64_t kMaxStylizePixels = 8ll * 1024 * 1024;

// Cartoon: edge-preserving smoothing (separable bilateral approximation,
// `smoothing_iterations` times a horizontal then a vertical pass), uniform
// per-channel quantisation to `levels`, then dark lines where the
// difference of Gaussians (edge_sigma and 1.6 * edge_sigma) of the
// smoothed luma says a pixel is darker than its surround.
struct CartoonOptions {
  int smoothing_radius = 4;      // taps each side, 1..16
  float sigma_space = 3.0f;      // px, (0, 16]
  float sigma_color = 28.0f;     // RGB distance scale, (0, 255]
  int smoothing_iterations = 2;  // 1..8
  int levels = 6;                // values per channel, 2..64
  float edge_sigma = 1.0f;       // px, [0.3, 8]
  float edge_threshold = 1.5f;   // grey levels, [0, 255]
  float edge_softness = 3.0f;    // grey levels, (0, 255]
  float edge_strength = 1.0f;    // [0, 1]; 0 skips the line overlay
};

Status CartoonizeInto(const ConstImageView& src, const ImageView& dst,
                      const CartoonOptions& options = {},
                      KernelPath path = KernelPath::kSimd);
StatusOr<Image> Cartoonize(const ConstImageView& src,
                           const CartoonOptions& options = {},
                           KernelPath path = KernelPath::kSimd);

// Posterize / duotone: the BT.601 luma of each pixel picks a colour from the
// palette (2..8 opaque CSS colours, darkest tone first). kBands: luma range
// split into equal bands, one palette colour each (posterize). kGradient:
// linear interpolation between neighbouring colours (2 colours = duotone).
enum class PosterizeMode { kBands, kGradient };
struct PosterizeOptions {
  std::vector<std::string> palette = {"#1e1b4b", "#6d28d9", "#f472b6",
                                      "#fef3c7"};
  PosterizeMode mode = PosterizeMode::kBands;
};

Status PosterizeInto(const ConstImageView& src, const ImageView& dst,
                     const PosterizeOptions& options = {},
                     KernelPath path = KernelPath::kSimd);
StatusOr<Image> Posterize(const ConstImageView& src,
                          const PosterizeOptions& options = {},
                          KernelPath path = KernelPath::kSimd);

// Pencil sketch: grey image colour-dodged over its Gaussian-blurred inverse
// (flat areas go white, edges stay as grey strokes), darkened by strength
// (1 = plain dodge; 2 doubles the darkness of every stroke).
struct SketchOptions {
  float blur_sigma = 6.0f;  // px, [0.5, 16]
  float strength = 1.5f;    // [0.25, 8]
};

Status SketchInto(const ConstImageView& src, const ImageView& dst,
                  const SketchOptions& options = {},
                  KernelPath path = KernelPath::kSimd);
StatusOr<Image> Sketch(const ConstImageView& src,
                       const SketchOptions& options = {},
                       KernelPath path = KernelPath::kSimd);

}  // namespace seamkit::vision

#endif  // SEAMKIT_CORE_VISION_STYLIZE_H_

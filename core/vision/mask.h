// Avatar masks: clips an RGBA8 image to a circle or a rounded square with an
// anti-aliased edge, optionally drawing a ring along the edge.
//
// Geometry: the shape is centred in the image and as large as the shorter
// side (circle radius = min(w, h) / 2; rounded square of side min(w, h)).
// Pixel (x, y) covers [x, x + 1) x [y, y + 1).
//
// Coverage: pixels whose centre is more than 1 px from every edge (by the
// signed distance of the shape) are fully inside or outside; the others are
// supersampled on an 8 x 8 grid of sample points, so coverage is exact to
// within 1/64 of a pixel's area (plus the curvature of the edge inside one
// pixel, negligible at avatar sizes).
//
// Compositing: the ring occupies the band between the outer edge and the
// edge moved inwards by ring_width; the image shows only inside the ring.
// The two regions are disjoint, so per pixel (premultiplied)
//   out = image * cover(inner) + ring * (cover(outer) - cover(inner)),
// then un-premultiplied and rounded. Pixels left with alpha 0 become
// transparent black.
#ifndef SEAMKIT_CORE_VISION_MASK_H_
#define SEAMKIT_CORE_VISION_MASK_H_

#include <string>

#include "core/common/image.h"
#include "core/common/status.h"

namespace seamkit::vision {

enum class MaskShape { kCircle, kRoundedSquare };

struct MaskOptions {
  MaskShape shape = MaskShape::kCircle;
  // Rounded square: corner radius as a fraction of half the side, [0, 1]
  // (0 = sharp square, 1 = circle).
  float corner_radius = 0.25f;
  // Ring width in px, [0, min(w, h) / 2]; 0 draws no ring.
  float ring_width = 0.0f;
  // Any CSS colour ParseCssColor accepts; its alpha is honoured.
  std::string ring_color = "#ffffff";
};

// Applies the mask in place. Errors: those of ValidateView; kInvalidArgument
// for an option out of range (NaN included) or an unknown shape; kParse /
// kUnsupported for a bad ring_color.
Status ApplyMask(const ImageView& image, const MaskOptions& options = {});

// Coverage in [0, 1] of pixel (x, y) of a width x height image by the
// shape (without the ring), as ApplyMask computes it; for tests and for
// callers that need the mask alone. corner_radius as in MaskOptions.
float MaskCoverage(MaskShape shape, float corner_radius, int width, int height,
                   int x, int y);

}  // namespace seamkit::vision

#endif  // SEAMKIT_CORE_VISION_MASK_H_

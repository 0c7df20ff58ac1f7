// Face alignment: a square, eye-levelled, head-and-shoulders crop of the
// detected face, resampled by an affine warp with bilinear interpolation.
//
// Geometry (all in continuous image pixels, pixel edges at integers):
//   angle  = atan2(eye1.y - eye0.y, eye1.x - eye0.x), keypoints 0 and 1 of
//            the detection. The output is rotated by -angle so that the eyes
//            end up on one horizontal line, eye 0 on the left. When the eyes
//            are closer than 1 % of the face size, or not finite, the angle
//            is 0 (no rotation): the direction cannot be trusted.
//   size   = max(face width, face height)
//   side   = side_scale * size                   (default 2.2: hair, neck and
//                                                 the top of the shoulders)
//   centre = box centre + down_shift * size along the face's "down"
//            direction (-sin angle, cos angle)   (default 0.2: the face sits
//                                                 in the upper part)
// With the defaults the crop reaches 0.9 face sizes above the box centre and
// 1.3 below it: about 0.4 of a face above a BlazeFace box (whose top is near
// the eyebrows) and 0.8 below the chin.
//
// Output pixel (u, v) of an N x N image samples the image at
//   P = centre + (side / N) * ((u + 0.5 - N / 2) * ex + (v + 0.5 - N / 2) * ey)
// with ex = (cos angle, sin angle) and ey = (-sin angle, cos angle). Where P
// falls outside the image the sample position is clamped to the nearest
// edge pixel (edge replication), so borders repeat the outermost pixels
// rather than showing a solid fill.
#ifndef SEAMKIT_CORE_VISION_ALIGN_H_
#define SEAMKIT_CORE_VISION_ALIGN_H_

#include <array>

#include "core/common/image.h"
#include "core/common/status.h"
#include "core/vision/blazeface.h"
#include "core/vision/resize.h"

namespace seamkit::vision {

inline constexpr int kMinAlignedSize = 64;
inline constexpr int kMaxAlignedSize = 1024;

struct AlignOptions {
  int output_size = 256;    // N, in [64, 1024]
  float side_scale = 2.2f;  // crop side / face size, in [0.5, 8]
  float down_shift = 0.2f;  // centre shift / face size, in [-2, 2]
};

// An affine map from continuous output coordinates (u, v) to continuous
// source coordinates: x = m[0] u + m[1] v + m[2], y = m[3] u + m[4] v + m[5].
using Affine = std::array<float, 6>;

struct AlignCrop {
  float angle = 0;     // radians, the eye line's direction in the image
  float center_x = 0;  // crop centre, image pixels
  float center_y = 0;
  float side = 0;  // crop side, image pixels
  int output_size = 0;
  Affine output_to_image{};  // the map above
  Affine image_to_output{};  // its inverse
};

// Plans the crop of a face.
// Errors: kInvalidArgument when the face box is not finite or has a width or
// height <= 0; kOutOfRange for options outside the ranges above.
StatusOr<AlignCrop> PlanFaceAlignment(const FaceDetection& face,
                                      const AlignOptions& options = {});

// Fills dst by sampling src bilinearly at output_to_image(u + 0.5, v + 0.5)
// (then - 0.5 for pixel indices), clamped to the edge pixels. RGBA channels
// are interpolated independently (no premultiplication) and rounded half up.
// Errors: those of ValidateView (either view), kInvalidArgument for an empty
// src or a non-finite matrix.
Status WarpAffineBilinear(const ConstImageView& src,
                          const Affine& output_to_image, const ImageView& dst,
                          KernelPath path = KernelPath::kSimd);

struct AlignedFace {
  Image image;  // output_size x output_size RGBA
  AlignCrop crop;
};

// PlanFaceAlignment, then the warp into a new image.
StatusOr<AlignedFace> AlignFace(const ConstImageView& src,
                                const FaceDetection& face,
                                const AlignOptions& options = {});

// Applies an affine map to a point.
Point ApplyAffine(const Affine& m, Point p);

}  // namespace seamkit::vision

#endif  // SEAMKIT_CORE_VISION_ALIGN_H_

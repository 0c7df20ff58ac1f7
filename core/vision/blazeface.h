// Post-processing of MediaPipe BlazeFace (short-range "front" 128 x 128 and
// "back" 256 x 256 models, ONNX conversion; model cards
// models/blazeface-front.md and blazeface-back.md): SSD anchors, box and
// keypoint decoding, sigmoid scores, weighted ("blending") non-maximum
// suppression, and the mapping from the letterboxed tensor back to image
// pixels.
//
// Both models have the same four outputs and the same 896 anchors, checked
// on the ONNX graphs here: Identity:0 [1,512,1] and Identity_1:0 [1,384,1]
// are score logits, Identity_2:0 [1,512,16] and Identity_3:0 [1,384,16] are
// regressors. The 512 rows belong to the 16 x 16 grid with 2 anchors per
// cell, the 384 rows to the 8 x 8 grid with 6 anchors per cell; within an
// output, rows go by cell row y, then cell column x, then anchor. (The back
// model's MediaPipe graph uses strides 16, 32, 32, 32 on 256 px, which gives
// the same two grids.) Only the decoding scale differs: S = 128 or 256.
#ifndef SEAMKIT_CORE_VISION_BLAZEFACE_H_
#define SEAMKIT_CORE_VISION_BLAZEFACE_H_

#include <array>
#include <cstddef>
#include <vector>

#include "core/common/status.h"
#include "core/vision/resize.h"

namespace seamkit::vision {

inline constexpr int kBlazeFaceCoarseRows = 512;  // 16 x 16 cells x 2
inline constexpr int kBlazeFaceFineRows = 384;    // 8 x 8 cells x 6
inline constexpr int kBlazeFaceAnchorCount = 896;
inline constexpr int kBlazeFaceRegressorWidth = 16;  // 4 box + 6 x 2 points
inline constexpr int kBlazeFaceKeypointCount = 6;
// Logits are clamped to +-100 before the sigmoid (MediaPipe's
// TensorsToDetectionsCalculator, score_clipping_thresh: 100).
inline constexpr float kBlazeFaceLogitClamp = 100.0f;

// An anchor centre in normalised tensor coordinates [0, 1]; the fixed size
// is 1 x 1 (MediaPipe SsdAnchorsCalculator with fixed_anchor_size: true).
struct Anchor {
  float x = 0;
  float y = 0;
};

// The 896 anchors in output order: ((x + 0.5) / 16, (y + 0.5) / 16) twice
// per cell, then ((x + 0.5) / 8, (y + 0.5) / 8) six times per cell.
std::vector<Anchor> BlazeFaceAnchors();

struct Point {
  float x = 0;
  float y = 0;
};

// One face. Coordinates are image pixels (continuous, pixel edges at
// integers, origin at the top-left corner of the image) after
// DecodeBlazeFace; the box may reach outside the image.
struct FaceDetection {
  float score = 0;  // sigmoid of the best logit of the cluster, in (0, 1)
  float x = 0;      // left edge
  float y = 0;      // top edge
  float width = 0;
  float height = 0;
  // 0: eye on the image's left, 1: eye on the image's right, 2: nose tip,
  // 3: mouth centre, 4: ear tragion on the image's left, 5: on the right.
  std::array<Point, kBlazeFaceKeypointCount> keypoints{};
};

struct BlazeFaceOptions {
  // MediaPipe's graphs use 0.75 (front) and 0.65 (back); the model cards
  // choose 0.5 (front) and 0.8 (back, which finds faces in cats): pass the
  // card's value.
  float score_threshold = 0.75f;
  float iou_threshold = 0.3f;  // clusters take candidates with IoU above it
  int max_faces = 0;           // keep the best N after NMS; 0 keeps all
};

// sigmoid(clamp(logit, -100, 100)); NaN gives 0 ("not a face").
float BlazeFaceScore(float logit);

// Decodes the four model outputs (pointers to their float data, lengths in
// floats) into faces in image pixels, best score first.
//   scores_16: Identity:0,   512 floats     boxes_16: Identity_2:0, 512 * 16
//   scores_8:  Identity_1:0, 384 floats     boxes_8:  Identity_3:0, 384 * 16
// letterbox is the transform returned for the tensor the model ran on; its
// size is the decoding scale S. A regressor row r gives, in tensor units,
// centre (r0 / S + ax, r1 / S + ay), size (r2 / S, r3 / S) and keypoint i at
// (r[4 + 2i] / S + ax, r[5 + 2i] / S + ay). Rows whose score is NaN or below
// the threshold, whose 16 regressors are not all finite, or whose box has a
// width or height <= 0 are not faces.
// Errors: kInvalidArgument for a null pointer or a length other than the one
// above, or a letterbox transform that PlanLetterbox could not have made;
// kOutOfRange for thresholds outside [0, 1] (or NaN) or max_faces < 0.
StatusOr<std::vector<FaceDetection>> DecodeBlazeFace(
    const float* scores_16, size_t scores_16_len, const float* scores_8,
    size_t scores_8_len, const float* boxes_16, size_t boxes_16_len,
    const float* boxes_8, size_t boxes_8_len,
    const LetterboxTransform& letterbox, const BlazeFaceOptions& options = {});

// Weighted NMS as in MediaPipe's NonMaxSuppressionCalculator (algorithm
// WEIGHTED): repeatedly take the best remaining detection, gather every
// remaining one whose IoU with it exceeds iou_threshold (itself included),
// and output the score-weighted mean of their box corners and keypoints with
// the best one's score. Input in any order; output best first. Ties keep the
// input order.
std::vector<FaceDetection> WeightedNonMaxSuppression(
    std::vector<FaceDetection> detections, float iou_threshold);

// Intersection over union of two boxes; 0 when the union is empty.
float BoxIou(const FaceDetection& a, const FaceDetection& b);

// Index of the face with the largest box area among those scoring at least
// min_score, or -1 when there is none.
int SelectLargestFace(const std::vector<FaceDetection>& faces, float min_score);

}  // namespace seamkit::vision

#endif  // SEAMKIT_CORE_VISION_BLAZEFACE_H_

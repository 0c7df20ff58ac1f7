#include "core/vision/blazeface.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace seamkit::vision {
namespace {

// The two SSD feature maps: grid side and anchors per cell.
struct Layer {
  int grid;
  int per_cell;
};
constexpr Layer kLayers[2] = {{16, 2}, {8, 6}};

bool InUnit(float v) { return v >= 0.0f && v <= 1.0f; }

Status CheckOutputs(const float* s16, size_t n16, const float* s8, size_t n8,
                    const float* b16, size_t m16, const float* b8, size_t m8) {
  if (!s16 || !s8 || !b16 || !b8) {
    return Status(ErrorCode::kInvalidArgument, "BlazeFace output is null");
  }
  const size_t w = kBlazeFaceRegressorWidth;
  if (n16 != kBlazeFaceCoarseRows || n8 != kBlazeFaceFineRows ||
      m16 != kBlazeFaceCoarseRows * w || m8 != kBlazeFaceFineRows * w) {
    return Status(ErrorCode::kInvalidArgument,
                  "BlazeFace outputs must hold 512, 384, 512*16 and 384*16 "
                  "floats");
  }
  return Status::Ok();
}

Status CheckTransform(const LetterboxTransform& t) {
  StatusOr<LetterboxTransform> plan =
      PlanLetterbox(t.image_width, t.image_height, t.size);
  if (!plan.ok() || plan->content_x != t.content_x ||
      plan->content_y != t.content_y ||
      plan->content_width != t.content_width ||
      plan->content_height != t.content_height || plan->scale_x != t.scale_x ||
      plan->scale_y != t.scale_y) {
    return Status(ErrorCode::kInvalidArgument,
                  "letterbox transform does not match its image and size");
  }
  return Status::Ok();
}

Status CheckOptions(const BlazeFaceOptions& o) {
  if (!InUnit(o.score_threshold) || !InUnit(o.iou_threshold)) {
    return Status(ErrorCode::kOutOfRange, "thresholds must lie in [0, 1]");
  }
  if (o.max_faces < 0) {
    return Status(ErrorCode::kOutOfRange, "max_faces must be >= 0");
  }
  return Status::Ok();
}

// Decodes one regressor row into normalised tensor coordinates; false when
// the row cannot be a face.
bool DecodeRow(const float* r, const Anchor& a, float inv_size,
               FaceDetection* out) {
  for (int i = 0; i < kBlazeFaceRegressorWidth; ++i) {
    if (!std::isfinite(r[i])) return false;
  }
  const float cx = r[0] * inv_size + a.x, cy = r[1] * inv_size + a.y;
  const float w = r[2] * inv_size, h = r[3] * inv_size;
  if (!(w > 0.0f) || !(h > 0.0f)) return false;
  out->x = cx - 0.5f * w;
  out->y = cy - 0.5f * h;
  out->width = w;
  out->height = h;
  for (int k = 0; k < kBlazeFaceKeypointCount; ++k) {
    out->keypoints[k] = {r[4 + 2 * k] * inv_size + a.x,
                         r[5 + 2 * k] * inv_size + a.y};
  }
  return true;
}

// Normalised tensor coordinates to image pixels.
void ToImage(const LetterboxTransform& t, FaceDetection* d) {
  const float s = float(t.size);
  const float x0 = t.ToImageX(d->x * s), y0 = t.ToImageY(d->y * s);
  const float x1 = t.ToImageX((d->x + d->width) * s);
  const float y1 = t.ToImageY((d->y + d->height) * s);
  d->x = x0;
  d->y = y0;
  d->width = x1 - x0;
  d->height = y1 - y0;
  for (Point& p : d->keypoints) p = {t.ToImageX(p.x * s), t.ToImageY(p.y * s)};
}

bool AllFinite(const FaceDetection& d) {
  bool ok = std::isfinite(d.x) && std::isfinite(d.y) &&
            std::isfinite(d.width) && std::isfinite(d.height);
  for (const Point& p : d.keypoints) {
    ok = ok && std::isfinite(p.x) && std::isfinite(p.y);
  }
  return ok;
}

}  // namespace

std::vector<Anchor> BlazeFaceAnchors() {
  std::vector<Anchor> anchors;
  anchors.reserve(kBlazeFaceAnchorCount);
  for (const Layer& layer : kLayers) {
    const float g = float(layer.grid);
    for (int y = 0; y < layer.grid; ++y) {
      for (int x = 0; x < layer.grid; ++x) {
        for (int k = 0; k < layer.per_cell; ++k) {
          anchors.push_back({(x + 0.5f) / g, (y + 0.5f) / g});
        }
      }
    }
  }
  return anchors;
}

float BlazeFaceScore(float logit) {
  if (std::isnan(logit)) return 0.0f;
  float z = std::clamp(logit, -kBlazeFaceLogitClamp, kBlazeFaceLogitClamp);
  return 1.0f / (1.0f + std::exp(-z));
}

float BoxIou(const FaceDetection& a, const FaceDetection& b) {
  const float ix = std::min(a.x + a.width, b.x + b.width) - std::max(a.x, b.x);
  const float iy =
      std::min(a.y + a.height, b.y + b.height) - std::max(a.y, b.y);
  if (!(ix > 0.0f) || !(iy > 0.0f)) return 0.0f;
  const float inter = ix * iy;
  const float uni = a.width * a.height + b.width * b.height - inter;
  return uni > 0.0f ? inter / uni : 0.0f;
}

std::vector<FaceDetection> WeightedNonMaxSuppression(
    std::vector<FaceDetection> detections, float iou_threshold) {
  std::stable_sort(detections.begin(), detections.end(),
                   [](const FaceDetection& a, const FaceDetection& b) {
                     return a.score > b.score;
                   });
  std::vector<FaceDetection> out;
  std::vector<FaceDetection> rest;
  while (!detections.empty()) {
    const FaceDetection& best = detections.front();
    double total = 0, x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    std::array<double, 2 * kBlazeFaceKeypointCount> kp{};
    rest.clear();
    for (size_t i = 0; i < detections.size(); ++i) {
      const FaceDetection& d = detections[i];
      if (i != 0 && !(BoxIou(d, best) > iou_threshold)) {
        rest.push_back(d);
        continue;
      }
      const double w = d.score;
      total += w;
      x0 += w * d.x;
      y0 += w * d.y;
      x1 += w * (double(d.x) + d.width);
      y1 += w * (double(d.y) + d.height);
      for (int k = 0; k < kBlazeFaceKeypointCount; ++k) {
        kp[2 * k] += w * d.keypoints[k].x;
        kp[2 * k + 1] += w * d.keypoints[k].y;
      }
    }
    FaceDetection merged = best;
    if (total > 0) {
      merged.x = float(x0 / total);
      merged.y = float(y0 / total);
      merged.width = float((x1 - x0) / total);
      merged.height = float((y1 - y0) / total);
      for (int k = 0; k < kBlazeFaceKeypointCount; ++k) {
        merged.keypoints[k] = {float(kp[2 * k] / total),
                               float(kp[2 * k + 1] / total)};
      }
    }
    out.push_back(merged);
    detections.swap(rest);
  }
  return out;
}

StatusOr<std::vector<FaceDetection>> DecodeBlazeFace(
    const float* scores_16, size_t scores_16_len, const float* scores_8,
    size_t scores_8_len, const float* boxes_16, size_t boxes_16_len,
    const float* boxes_8, size_t boxes_8_len,
    const LetterboxTransform& letterbox, const BlazeFaceOptions& options) {
  if (Status s = CheckOutputs(scores_16, scores_16_len, scores_8, scores_8_len,
                              boxes_16, boxes_16_len, boxes_8, boxes_8_len);
      !s.ok()) {
    return s;
  }
  if (Status s = CheckTransform(letterbox); !s.ok()) return s;
  if (Status s = CheckOptions(options); !s.ok()) return s;

  const std::vector<Anchor> anchors = BlazeFaceAnchors();
  const float inv_size = 1.0f / float(letterbox.size);
  std::vector<FaceDetection> candidates;
  for (int i = 0; i < kBlazeFaceAnchorCount; ++i) {
    const bool coarse = i < kBlazeFaceCoarseRows;
    const int row = coarse ? i : i - kBlazeFaceCoarseRows;
    const float score = BlazeFaceScore(coarse ? scores_16[row] : scores_8[row]);
    if (!(score > 0.0f) || score < options.score_threshold) continue;
    const float* r =
        (coarse ? boxes_16 : boxes_8) + size_t(row) * kBlazeFaceRegressorWidth;
    FaceDetection d;
    d.score = score;
    if (DecodeRow(r, anchors[i], inv_size, &d)) candidates.push_back(d);
  }
  std::vector<FaceDetection> faces =
      WeightedNonMaxSuppression(std::move(candidates), options.iou_threshold);
  for (FaceDetection& f : faces) ToImage(letterbox, &f);
  // Finite but absurd regressors can overflow once scaled to the image.
  std::erase_if(faces, [](const FaceDetection& f) { return !AllFinite(f); });
  if (options.max_faces > 0 && faces.size() > size_t(options.max_faces)) {
    faces.resize(options.max_faces);
  }
  return faces;
}

int SelectLargestFace(const std::vector<FaceDetection>& faces,
                      float min_score) {
  int best = -1;
  float best_area = -1.0f;
  for (size_t i = 0; i < faces.size(); ++i) {
    const FaceDetection& f = faces[i];
    const float area = f.width * f.height;
    if (!(f.score >= min_score) || !std::isfinite(area)) continue;
    if (area > best_area) {
      best_area = area;
      best = int(i);
    }
  }
  return best;
}

}  // namespace seamkit::vision

#include "core/ocr/rec_input.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/ocr/det_input.h"

namespace seamkit::ocr {
namespace {

constexpr float kMaxCoordinate = 1e7f;
constexpr int kMaxSupersample = 4;

double Dist(const std::array<float, 8>& q, int a, int b) {
  return std::hypot(double(q[2 * b]) - q[2 * a],
                    double(q[2 * b + 1]) - q[2 * a + 1]);
}

// Bilinear sample of channel value (composited over white) at index
// coordinates (x, y), edges replicated.
void Sample(const uint8_t* rgba, int w, int h, double x, double y,
            float out[3]) {
  x = std::clamp(x, 0.0, double(w - 1));
  y = std::clamp(y, 0.0, double(h - 1));
  const int x0 = int(x), y0 = int(y);
  const int x1 = std::min(x0 + 1, w - 1), y1 = std::min(y0 + 1, h - 1);
  const float fx = float(x - x0), fy = float(y - y0);
  const uint8_t* p[4] = {rgba + (size_t(y0) * w + x0) * 4,
                         rgba + (size_t(y0) * w + x1) * 4,
                         rgba + (size_t(y1) * w + x0) * 4,
                         rgba + (size_t(y1) * w + x1) * 4};
  for (int c = 0; c < 3; ++c) {
    float v[4];
    for (int k = 0; k < 4; ++k) {
      v[k] = 255.0f - (255.0f - p[k][c]) * (p[k][3] * (1.0f / 255.0f));
    }
    const float top = v[0] + (v[1] - v[0]) * fx;
    const float bottom = v[2] + (v[3] - v[2]) * fx;
    out[c] = top + (bottom - top) * fy;
  }
}

// Writes one crop (3 x 48 x plan.target_width, BGR, normalised) into dst,
// whose rows are `stride` floats apart.
void WriteCrop(const uint8_t* rgba, int w, int h, const CropPlan& plan,
               float* dst, int stride) {
  const auto& q = plan.quad;
  const int tw = plan.target_width;
  const int ss = std::clamp(int(std::ceil(plan.height / kRecHeight)), 1,
                            kMaxSupersample);
  std::vector<float> raw(size_t(3) * tw);
  for (int oy = 0; oy < kRecHeight; ++oy) {
    std::fill(raw.begin(), raw.end(), 0.0f);
    for (int ox = 0; ox < tw; ++ox) {
      float acc[3] = {0, 0, 0};
      for (int sy = 0; sy < ss; ++sy) {
        const double v = (oy + (sy + 0.5) / ss) / kRecHeight;
        for (int sx = 0; sx < ss; ++sx) {
          const double u = (ox + (sx + 0.5) / ss) / tw;
          const double tx = q[0] + u * (q[2] - q[0]);
          const double ty = q[1] + u * (q[3] - q[1]);
          const double bx = q[6] + u * (q[4] - q[6]);
          const double by = q[7] + u * (q[5] - q[7]);
          float s[3];
          Sample(rgba, w, h, tx + v * (bx - tx), ty + v * (by - ty), s);
          for (int c = 0; c < 3; ++c) acc[c] += s[c];
        }
      }
      for (int c = 0; c < 3; ++c) {
        raw[size_t(c) * tw + ox] = acc[2 - c] / float(ss * ss);  // BGR
      }
    }
    for (int c = 0; c < 3; ++c) {
      const float* src = raw.data() + size_t(c) * tw;
      float* out = dst + (size_t(c) * kRecHeight + oy) * stride;
      BlendAffineRow(src, src, 0.0f, 2.0f / 255.0f, -1.0f, out, tw);
    }
  }
}

}  // namespace

CropPlan PlanCrop(const std::array<float, 8>& quad) {
  CropPlan plan;
  plan.quad = quad;
  plan.width = std::max({Dist(quad, 0, 1), Dist(quad, 3, 2), 1.0});
  plan.height = std::max({Dist(quad, 0, 3), Dist(quad, 1, 2), 1.0});
  if (plan.height / plan.width >= 1.5) {
    // np.rot90 (counter-clockwise): the old top-right corner becomes the
    // top-left one.
    plan.rotated = true;
    for (int i = 0; i < 4; ++i) {
      plan.quad[2 * i] = quad[(2 * i + 2) % 8];
      plan.quad[2 * i + 1] = quad[(2 * i + 3) % 8];
    }
    std::swap(plan.width, plan.height);
  }
  const double tw = std::ceil(kRecHeight * plan.width / plan.height);
  plan.target_width = int(std::clamp(tw, 1.0, double(kRecMaxWidth)));
  return plan;
}

namespace {

// One plan per box of `points`, or an error for non-finite/huge coordinates.
StatusOr<std::vector<CropPlan>> PlanAll(const float* points, size_t boxes) {
  std::vector<CropPlan> plans(boxes);
  for (size_t b = 0; b < boxes; ++b) {
    std::array<float, 8> q{};
    for (int i = 0; i < 8; ++i) {
      q[i] = points[b * 8 + i];
      if (!std::isfinite(q[i]) || std::fabs(q[i]) > kMaxCoordinate) {
        return Status(ErrorCode::kInvalidArgument,
                      "box points must be finite and within +-1e7");
      }
    }
    plans[b] = PlanCrop(q);
  }
  return plans;
}

// Boxes sorted by crop width (similar aspect ratios together, so padding is
// small) and cut into batches of max_batch; tensors not yet allocated.
StatusOr<std::vector<RecBatch>> GroupBatches(
    const std::vector<CropPlan>& plans, int max_batch) {
  std::vector<int> order(plans.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return plans[a].target_width < plans[b].target_width;
  });
  std::vector<RecBatch> batches;
  int64_t total = 0;
  for (size_t start = 0; start < order.size(); start += size_t(max_batch)) {
    RecBatch batch;
    const size_t end = std::min(order.size(), start + size_t(max_batch));
    int widest = kRecMinWidth;
    for (size_t i = start; i < end; ++i) {
      widest = std::max(widest, plans[order[i]].target_width);
      batch.box_index.push_back(order[i]);
    }
    batch.n = int(end - start);
    batch.width = (widest + 7) / 8 * 8;
    total += int64_t(batch.n) * 3 * kRecHeight * batch.width;
    if (total > kMaxRecFloats) {
      return Status(ErrorCode::kLimitExceeded,
                    "recogniser input above 64 million values");
    }
    batches.push_back(std::move(batch));
  }
  return batches;
}

}  // namespace

StatusOr<std::vector<RecBatch>> MakeRecInput(const uint8_t* rgba, size_t size,
                                             int width, int height,
                                             const float* points,
                                             size_t point_count,
                                             int max_batch) {
  if (Status s = CheckRgba(rgba, size, width, height); !s.ok()) return s;
  if (max_batch < 1 || max_batch > kMaxRecBatch) {
    return Status(ErrorCode::kOutOfRange, "maxBatch must be within [1, 64]");
  }
  if (point_count % 8 != 0 || (point_count > 0 && points == nullptr)) {
    return Status(ErrorCode::kInvalidArgument,
                  "points must hold 8 values per box");
  }
  if (point_count / 8 > size_t(kMaxRecBoxes)) {
    return Status(ErrorCode::kLimitExceeded, "more than 10000 boxes");
  }
  StatusOr<std::vector<CropPlan>> plans = PlanAll(points, point_count / 8);
  if (!plans.ok()) return plans.status();
  StatusOr<std::vector<RecBatch>> batches = GroupBatches(*plans, max_batch);
  if (!batches.ok()) return batches;
  std::vector<RecBatch> out = std::move(batches).value();
  for (RecBatch& batch : out) {
    const size_t row = size_t(3) * kRecHeight * batch.width;
    batch.tensor.assign(row * batch.n, 0.0f);
    for (int r = 0; r < batch.n; ++r) {
      WriteCrop(rgba, width, height, (*plans)[batch.box_index[r]],
                batch.tensor.data() + row * r, batch.width);
    }
  }
  return out;
}

}  // namespace seamkit::ocr

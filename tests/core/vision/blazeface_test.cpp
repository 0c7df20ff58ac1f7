#include "core/vision/blazeface.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

namespace seamkit::vision {
namespace {

float Sigmoid(double z) { return float(1.0 / (1.0 + std::exp(-z))); }

// The four model outputs, every anchor "no face" (logit -10, zero boxes).
struct Outputs {
  std::vector<float> s16 = std::vector<float>(512, -10.0f);
  std::vector<float> s8 = std::vector<float>(384, -10.0f);
  std::vector<float> b16 = std::vector<float>(512 * 16, 0.0f);
  std::vector<float> b8 = std::vector<float>(384 * 16, 0.0f);

  // Sets anchor i (0..895) to a face: logit, box centre offset (dx, dy) and
  // size (w, h) in tensor pixels, keypoint k at offset (k + 1, -k) * 2.
  void Set(int i, float logit, float dx, float dy, float w, float h) {
    float* r = i < 512 ? &b16[i * 16] : &b8[(i - 512) * 16];
    (i < 512 ? s16[i] : s8[i - 512]) = logit;
    r[0] = dx, r[1] = dy, r[2] = w, r[3] = h;
    for (int k = 0; k < 6; ++k) {
      r[4 + 2 * k] = 2.0f * (k + 1);
      r[5 + 2 * k] = -2.0f * k;
    }
  }

  StatusOr<std::vector<FaceDetection>> Decode(const LetterboxTransform& t,
                                              BlazeFaceOptions o = {}) const {
    return DecodeBlazeFace(s16.data(), s16.size(), s8.data(), s8.size(),
                           b16.data(), b16.size(), b8.data(), b8.size(), t, o);
  }
};

LetterboxTransform Plan(int w, int h, int size) {
  StatusOr<LetterboxTransform> t = PlanLetterbox(w, h, size);
  EXPECT_TRUE(t.ok());
  return *t;
}

TEST(BlazeFaceAnchors, TwoGridsInOutputOrder) {
  std::vector<Anchor> a = BlazeFaceAnchors();
  ASSERT_EQ(a.size(), 896u);
  EXPECT_FLOAT_EQ(a[0].x, 1 / 32.0f);
  EXPECT_FLOAT_EQ(a[1].x, 1 / 32.0f);  // two anchors per 16 x 16 cell
  EXPECT_FLOAT_EQ(a[2].x, 3 / 32.0f);
  EXPECT_FLOAT_EQ(a[32].y, 3 / 32.0f);  // second row of cells
  EXPECT_FLOAT_EQ(a[511].x, 31 / 32.0f);
  EXPECT_FLOAT_EQ(a[512].x, 1 / 16.0f);
  EXPECT_FLOAT_EQ(a[517].x, 1 / 16.0f);  // six anchors per 8 x 8 cell
  EXPECT_FLOAT_EQ(a[518].x, 3 / 16.0f);
  EXPECT_FLOAT_EQ(a[512 + 48].y, 3 / 16.0f);
  EXPECT_FLOAT_EQ(a[895].x, 15 / 16.0f);
  EXPECT_FLOAT_EQ(a[895].y, 15 / 16.0f);
}

TEST(BlazeFaceScore, SigmoidWithClampAndNan) {
  EXPECT_FLOAT_EQ(BlazeFaceScore(0), 0.5f);
  EXPECT_FLOAT_EQ(BlazeFaceScore(2), Sigmoid(2));
  EXPECT_EQ(BlazeFaceScore(std::numeric_limits<float>::infinity()),
            BlazeFaceScore(100));
  EXPECT_EQ(BlazeFaceScore(-1e30f), BlazeFaceScore(-100));
  EXPECT_EQ(BlazeFaceScore(std::nanf("")), 0.0f);
}

TEST(DecodeBlazeFace, OneStrongAnchorGivesItsExactBox) {
  // 512 x 384 into 128: scale 1/4, 16 px of padding at the top.
  LetterboxTransform t = Plan(512, 384, 128);
  Outputs o;
  // Cell (x 5, y 7) of the 16 x 16 grid, second anchor: centre
  // (5.5 / 16, 7.5 / 16) * 128 = (44, 60) tensor px.
  const int i = (7 * 16 + 5) * 2 + 1;
  o.Set(i, 3.0f, 4.0f, -2.0f, 32.0f, 40.0f);
  auto faces = o.Decode(t);
  ASSERT_TRUE(faces.ok());
  ASSERT_EQ(faces->size(), 1u);
  const FaceDetection& f = (*faces)[0];
  EXPECT_FLOAT_EQ(f.score, Sigmoid(3));
  // Tensor box: centre (48, 58), 32 x 40 -> corner (32, 38).
  EXPECT_NEAR(f.x, 32 * 4, 1e-3);
  EXPECT_NEAR(f.y, (38 - 16) * 4, 1e-3);
  EXPECT_NEAR(f.width, 32 * 4, 1e-3);
  EXPECT_NEAR(f.height, 40 * 4, 1e-3);
  for (int k = 0; k < 6; ++k) {
    EXPECT_NEAR(f.keypoints[k].x, (44 + 2 * (k + 1)) * 4, 1e-3) << k;
    EXPECT_NEAR(f.keypoints[k].y, (60 - 2 * k - 16) * 4, 1e-3) << k;
  }
}

TEST(DecodeBlazeFace, FineGridAnchorOnTheBackModelScale) {
  // 256 x 256 input, image 1024 x 1024: tensor px * 4 = image px.
  LetterboxTransform t = Plan(1024, 1024, 256);
  Outputs o;
  // 8 x 8 grid, cell (x 2, y 6), anchor 4: centre (2.5, 6.5) / 8 * 256.
  o.Set(512 + (6 * 8 + 2) * 6 + 4, 5.0f, 0.0f, 0.0f, 64.0f, 64.0f);
  auto faces = o.Decode(t);
  ASSERT_TRUE(faces.ok());
  ASSERT_EQ(faces->size(), 1u);
  EXPECT_NEAR((*faces)[0].x, (80 - 32) * 4, 1e-2);
  EXPECT_NEAR((*faces)[0].y, (208 - 32) * 4, 1e-2);
  EXPECT_NEAR((*faces)[0].width, 256, 1e-2);
}

TEST(DecodeBlazeFace, OverlappingAnchorsBlendByScore) {
  LetterboxTransform t = Plan(128, 128, 128);  // tensor px = image px
  Outputs o;
  const int cell = (7 * 16 + 5) * 2;  // centre (44, 60)
  o.Set(cell, 2.0f, 0.0f, 0.0f, 32.0f, 32.0f);
  o.Set(cell + 1, 1.0f, 4.0f, 2.0f, 32.0f, 36.0f);  // IoU about 0.72
  BlazeFaceOptions opt;
  opt.score_threshold = 0.5f;
  auto faces = o.Decode(t, opt);
  ASSERT_TRUE(faces.ok());
  ASSERT_EQ(faces->size(), 1u);
  const double wa = Sigmoid(2), wb = Sigmoid(1), sum = wa + wb;
  const FaceDetection& f = (*faces)[0];
  EXPECT_FLOAT_EQ(f.score, float(wa));  // the cluster's best score
  EXPECT_NEAR(f.x, (wa * 28 + wb * 32) / sum, 1e-3);
  EXPECT_NEAR(f.y, (wa * 44 + wb * 44) / sum, 1e-3);
  EXPECT_NEAR(f.x + f.width, (wa * 60 + wb * 64) / sum, 1e-3);
  EXPECT_NEAR(f.y + f.height, (wa * 76 + wb * 80) / sum, 1e-3);
  // Keypoints have the same offsets from different anchors: identical.
  EXPECT_NEAR(f.keypoints[0].x, 46, 1e-3);
}

TEST(DecodeBlazeFace, DistantAnchorsAreTwoFacesBestFirst) {
  LetterboxTransform t = Plan(128, 128, 128);
  Outputs o;
  o.Set(0, 2.0f, 0, 0, 8, 8);      // top-left corner
  o.Set(895, 4.0f, 0, 0, 20, 20);  // bottom-right corner
  auto faces = o.Decode(t, {0.6f, 0.3f, 0});
  ASSERT_TRUE(faces.ok());
  ASSERT_EQ(faces->size(), 2u);
  EXPECT_FLOAT_EQ((*faces)[0].score, Sigmoid(4));
  EXPECT_NEAR((*faces)[0].x, 120 - 10, 1e-3);
  EXPECT_FLOAT_EQ((*faces)[1].score, Sigmoid(2));
  EXPECT_NEAR((*faces)[1].x, 4 - 4, 1e-3);
  EXPECT_EQ(SelectLargestFace(*faces, 0.5f), 0);
  // max_faces keeps the best.
  auto one = o.Decode(t, {0.6f, 0.3f, 1});
  ASSERT_TRUE(one.ok());
  ASSERT_EQ(one->size(), 1u);
  EXPECT_FLOAT_EQ((*one)[0].score, Sigmoid(4));
}

TEST(DecodeBlazeFace, AllBelowThresholdIsNoFace) {
  Outputs o;
  o.Set(100, 1.0f, 0, 0, 10, 10);  // 0.73 < 0.75
  auto faces = o.Decode(Plan(64, 64, 128));
  ASSERT_TRUE(faces.ok());
  EXPECT_TRUE(faces->empty());
}

TEST(DecodeBlazeFace, NanAndBrokenRowsAreNotFaces) {
  LetterboxTransform t = Plan(128, 128, 128);
  Outputs o;
  for (float& s : o.s16) s = std::nanf("");
  for (float& s : o.s8) s = std::nanf("");
  o.Set(10, 6.0f, 0, 0, 16, 16);  // the one real face
  o.Set(700, 6.0f, 0, 0, 16, 16);
  o.b8[(700 - 512) * 16 + 7] = std::nanf("");  // NaN keypoint
  o.Set(300, 6.0f, 0, 0, -16, 16);             // negative width
  o.Set(400, std::numeric_limits<float>::infinity(), 0, 0, 0, 16);
  auto faces = o.Decode(t, {0.0f, 0.3f, 0});
  ASSERT_TRUE(faces.ok());
  ASSERT_EQ(faces->size(), 1u);
  EXPECT_FLOAT_EQ((*faces)[0].score, Sigmoid(6));
}

TEST(DecodeBlazeFace, OverflowingRegressorsAreDropped) {
  // 16384 x 16 image: one tensor pixel is 128 image pixels, so a finite
  // 3e38 regressor overflows to infinity once mapped to the image.
  LetterboxTransform t = Plan(16384, 16, 128);
  Outputs o;
  o.Set(3, 6.0f, 0, 0, 3e38f, 3e38f);
  o.Set(600, 5.0f, 0, 0, 16, 16);
  auto faces = o.Decode(t);
  ASSERT_TRUE(faces.ok());
  ASSERT_EQ(faces->size(), 1u);
  EXPECT_FLOAT_EQ((*faces)[0].score, Sigmoid(5));
  EXPECT_TRUE(std::isfinite((*faces)[0].height));
}

TEST(DecodeBlazeFace, WrongSizesAndArgumentsAreErrors) {
  Outputs o;
  LetterboxTransform t = Plan(128, 128, 128);
  const BlazeFaceOptions opt;
  auto code = [](const StatusOr<std::vector<FaceDetection>>& r) {
    return r.status().code();
  };
  EXPECT_EQ(
      code(DecodeBlazeFace(o.s16.data(), 511, o.s8.data(), 384, o.b16.data(),
                           512 * 16, o.b8.data(), 384 * 16, t, opt)),
      ErrorCode::kInvalidArgument);
  EXPECT_EQ(
      code(DecodeBlazeFace(o.s16.data(), 512, o.s8.data(), 384, o.b16.data(),
                           512 * 16, o.b8.data(), 384 * 4, t, opt)),
      ErrorCode::kInvalidArgument);
  EXPECT_EQ(code(DecodeBlazeFace(o.s16.data(), 512, nullptr, 384, o.b16.data(),
                                 512 * 16, o.b8.data(), 384 * 16, t, opt)),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(code(o.Decode(LetterboxTransform{})), ErrorCode::kInvalidArgument);
  LetterboxTransform forged = t;
  forged.scale_x = 0;
  EXPECT_EQ(code(o.Decode(forged)), ErrorCode::kInvalidArgument);
  EXPECT_EQ(code(o.Decode(t, {std::nanf(""), 0.3f, 0})),
            ErrorCode::kOutOfRange);
  EXPECT_EQ(code(o.Decode(t, {0.5f, 1.5f, 0})), ErrorCode::kOutOfRange);
  EXPECT_EQ(code(o.Decode(t, {0.5f, 0.3f, -1})), ErrorCode::kOutOfRange);
}

FaceDetection Box(float score, float x, float y, float w, float h) {
  FaceDetection d;
  d.score = score, d.x = x, d.y = y, d.width = w, d.height = h;
  return d;
}

TEST(WeightedNonMaxSuppression, ClustersAroundTheBestOnly) {
  // The best (0.9, x 0) overlaps the 0.8 box (x 5) with IoU 1/3 > 0.3; the
  // 0.7 box (x 10) overlaps only the 0.8 one, which the best's cluster has
  // already taken, so it stays a face of its own.
  std::vector<FaceDetection> in = {Box(0.7f, 10, 0, 10, 10),
                                   Box(0.9f, 0, 0, 10, 10),
                                   Box(0.8f, 5, 0, 10, 10)};
  EXPECT_NEAR(BoxIou(in[1], in[2]), 1.0f / 3, 1e-6);
  EXPECT_NEAR(BoxIou(in[1], in[0]), 0.0f, 1e-6);
  auto out = WeightedNonMaxSuppression(in, 0.3f);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_FLOAT_EQ(out[0].score, 0.9f);
  EXPECT_NEAR(out[0].x, (0.9 * 0 + 0.8 * 5) / 1.7, 1e-5);
  EXPECT_FLOAT_EQ(out[1].score, 0.7f);
  EXPECT_FLOAT_EQ(out[1].x, 10);  // alone: unchanged
}

TEST(WeightedNonMaxSuppression, EmptyAndDegenerateBoxesTerminate) {
  EXPECT_TRUE(WeightedNonMaxSuppression({}, 0.3f).empty());
  // Zero-area boxes have IoU 0 with everything, themselves included.
  std::vector<FaceDetection> in = {Box(0.9f, 1, 1, 0, 0),
                                   Box(0.8f, 1, 1, 0, 0)};
  EXPECT_EQ(WeightedNonMaxSuppression(in, 0.3f).size(), 2u);
}

TEST(SelectLargestFace, LargestAmongConfident) {
  std::vector<FaceDetection> f = {Box(0.95f, 0, 0, 10, 10),
                                  Box(0.60f, 0, 0, 50, 50),
                                  Box(0.80f, 0, 0, 20, 20)};
  EXPECT_EQ(SelectLargestFace(f, 0.75f), 2);
  EXPECT_EQ(SelectLargestFace(f, 0.5f), 1);
  EXPECT_EQ(SelectLargestFace(f, 0.99f), -1);
  EXPECT_EQ(SelectLargestFace({}, 0.0f), -1);
}

}  // namespace
}  // namespace seamkit::vision

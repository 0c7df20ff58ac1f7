#include "core/vision/align.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <numbers>
#include <random>
#include <vector>

namespace seamkit::vision {
namespace {

constexpr double kDeg = std::numbers::pi / 180;

void Paint(Image& img, int x, int y, uint8_t r, uint8_t g, uint8_t b) {
  uint8_t* p = img.view().Row(y) + 4 * x;
  p[0] = r, p[1] = g, p[2] = b, p[3] = 255;
}

// A grey image with a red disc at eye 0 and a blue disc at eye 1.
Image EyesImage(int w, int h, Point e0, Point e1) {
  Image img = Image::Create(w, h).value();
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      auto near = [&](Point e) {
        return std::hypot(x + 0.5 - e.x, y + 0.5 - e.y) <= 5.0;
      };
      if (near(e0)) {
        Paint(img, x, y, 255, 0, 0);
      } else if (near(e1)) {
        Paint(img, x, y, 0, 0, 255);
      } else {
        Paint(img, x, y, 128, 128, 128);
      }
    }
  }
  return img;
}

// Centroid (pixel centres) weighted by how much channel c exceeds green.
Point Centroid(const Image& img, int c) {
  double sx = 0, sy = 0, sw = 0;
  for (int y = 0; y < img.height(); ++y) {
    const uint8_t* row = img.view().Row(y);
    for (int x = 0; x < img.width(); ++x) {
      double w = std::max(0, row[4 * x + c] - row[4 * x + 1]);
      sx += w * (x + 0.5), sy += w * (y + 0.5), sw += w;
    }
  }
  return sw > 0 ? Point{float(sx / sw), float(sy / sw)} : Point{-1, -1};
}

// A face whose eyes are 40 px apart at the given angle around (cx, cy).
FaceDetection TiltedFace(float cx, float cy, double degrees) {
  FaceDetection f;
  f.score = 0.9f;
  f.x = cx - 45, f.y = cy - 35, f.width = 90, f.height = 90;
  const float dx = float(20 * std::cos(degrees * kDeg));
  const float dy = float(20 * std::sin(degrees * kDeg));
  f.keypoints[0] = {cx - dx, cy - dy};
  f.keypoints[1] = {cx + dx, cy + dy};
  return f;
}

TEST(AlignFace, EyesBecomeLevelAtAnyAngle) {
  for (double deg : {0.0, 25.0, -40.0, 90.0, 170.0}) {
    FaceDetection f = TiltedFace(200, 150, deg);
    Image img = EyesImage(400, 300, f.keypoints[0], f.keypoints[1]);
    StatusOr<AlignedFace> a = AlignFace(img.view(), f);
    ASSERT_TRUE(a.ok()) << a.status().message();
    EXPECT_NEAR(a->crop.angle, deg * kDeg, 1e-5);
    Point red = Centroid(a->image, 0), blue = Centroid(a->image, 2);
    EXPECT_NEAR(red.y, blue.y, 1.0) << deg;
    EXPECT_LT(red.x, blue.x) << deg;
    // 40 px between the eyes, scaled by N / side = 256 / (2.2 * 90).
    EXPECT_NEAR(blue.x - red.x, 40 * 256 / (2.2 * 90), 1.0) << deg;
    // And where the inverse map says they are.
    Point expect = ApplyAffine(a->crop.image_to_output, f.keypoints[0]);
    EXPECT_NEAR(red.x, expect.x, 1.0);
    EXPECT_NEAR(red.y, expect.y, 1.0);
  }
}

TEST(PlanFaceAlignment, CropGeometryFollowsTheOptions) {
  FaceDetection f = TiltedFace(100, 80, 0);  // box centre (100, 90)
  StatusOr<AlignCrop> c = PlanFaceAlignment(f, {128, 2.0f, 0.25f});
  ASSERT_TRUE(c.ok());
  EXPECT_FLOAT_EQ(c->side, 180);
  EXPECT_FLOAT_EQ(c->center_x, 100);
  EXPECT_FLOAT_EQ(c->center_y, 90 + 0.25f * 90);
  Point corner = ApplyAffine(c->output_to_image, {0, 0});
  EXPECT_NEAR(corner.x, 100 - 90, 1e-4);
  EXPECT_NEAR(corner.y, 112.5 - 90, 1e-4);
  Point back = ApplyAffine(c->image_to_output, corner);
  EXPECT_NEAR(back.x, 0, 1e-4);
  EXPECT_NEAR(back.y, 0, 1e-4);
  // Rotated 90 degrees, "down" for the face is the image's -x.
  c = PlanFaceAlignment(TiltedFace(100, 80, 90), {128, 2.0f, 0.25f});
  ASSERT_TRUE(c.ok());
  EXPECT_NEAR(c->center_x, 100 - 0.25f * 90, 1e-4);
  EXPECT_NEAR(c->center_y, 90, 1e-4);
}

TEST(PlanFaceAlignment, DegenerateEyesMeanNoRotation) {
  FaceDetection f = TiltedFace(100, 80, 30);
  f.keypoints[1] = f.keypoints[0];
  StatusOr<AlignCrop> c = PlanFaceAlignment(f);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->angle, 0.0f);
  f.keypoints[1].x += 0.5f;  // under 1 % of the 90 px face
  EXPECT_EQ(PlanFaceAlignment(f)->angle, 0.0f);
  f.keypoints[0].y = std::numeric_limits<float>::quiet_NaN();
  EXPECT_EQ(PlanFaceAlignment(f)->angle, 0.0f);
  Image img = EyesImage(200, 200, f.keypoints[1], f.keypoints[1]);
  EXPECT_TRUE(AlignFace(img.view(), f).ok());
}

TEST(PlanFaceAlignment, RejectsBadBoxesAndOptions) {
  FaceDetection f = TiltedFace(100, 80, 0);
  auto code = [](FaceDetection face, AlignOptions o) {
    return PlanFaceAlignment(face, o).status().code();
  };
  EXPECT_EQ(code(f, {63, 2.2f, 0.2f}), ErrorCode::kOutOfRange);
  EXPECT_EQ(code(f, {1025, 2.2f, 0.2f}), ErrorCode::kOutOfRange);
  EXPECT_EQ(code(f, {256, std::nanf(""), 0.2f}), ErrorCode::kOutOfRange);
  EXPECT_EQ(code(f, {256, 2.2f, 5.0f}), ErrorCode::kOutOfRange);
  EXPECT_TRUE(PlanFaceAlignment(f, {64, 2.2f, 0.2f}).ok());
  EXPECT_TRUE(PlanFaceAlignment(f, {1024, 2.2f, 0.2f}).ok());
  FaceDetection bad = f;
  bad.width = 0;
  EXPECT_EQ(code(bad, {}), ErrorCode::kInvalidArgument);
  bad = f;
  bad.x = std::numeric_limits<float>::infinity();
  EXPECT_EQ(code(bad, {}), ErrorCode::kInvalidArgument);
  bad = f;
  bad.height = std::nanf("");
  EXPECT_EQ(code(bad, {}), ErrorCode::kInvalidArgument);
  bad = f;
  bad.width = 3e38f;  // finite, but 2.2 times it is not
  EXPECT_EQ(code(bad, {}), ErrorCode::kOutOfRange);
}

TEST(AlignFace, OutputSizeAndEdgeClampingOutsideTheImage) {
  // Column 0 is green, the rest grey; a face at the left edge puts the left
  // part of the crop outside the image, where column 0 repeats.
  Image img = Image::Create(60, 60).value();
  for (int y = 0; y < 60; ++y) {
    for (int x = 0; x < 60; ++x) {
      x == 0 ? Paint(img, x, y, 0, 200, 0) : Paint(img, x, y, 90, 90, 90);
    }
  }
  FaceDetection f = TiltedFace(0, 30, 0);
  StatusOr<AlignedFace> a = AlignFace(img.view(), f, {64, 2.2f, 0.0f});
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->image.width(), 64);
  ASSERT_EQ(a->image.height(), 64);
  // Output column u samples x = (u + 0.5 - 32) * 198 / 64 (plus the centre
  // at 0): every column left of the middle lies at x <= -0.5 - so col 0.
  for (int v = 0; v < 64; ++v) {
    const uint8_t* row = a->image.view().Row(v);
    for (int u = 0; u < 31; ++u) {
      ASSERT_EQ(row[4 * u + 1], 200) << u << "," << v;
      ASSERT_EQ(row[4 * u + 0], 0);
    }
    EXPECT_EQ(row[4 * 63 + 1], 90);  // right side is inside: grey
  }
}

TEST(WarpAffineBilinear, IdentityCopiesTheImage) {
  std::mt19937 rng(7);
  Image src = Image::Create(19, 11).value();
  for (size_t i = 0; i < src.size_bytes(); ++i) src.data()[i] = uint8_t(rng());
  Image dst = Image::Create(19, 11).value();
  ASSERT_TRUE(
      WarpAffineBilinear(src.view(), {1, 0, 0, 0, 1, 0}, dst.view()).ok());
  EXPECT_EQ(std::memcmp(src.data(), dst.data(), src.size_bytes()), 0);
}

TEST(WarpAffineBilinear, SimdMatchesScalarOverWidthsAndOddStrides) {
  std::mt19937 rng(8);
  std::uniform_real_distribution<float> angle(-3.2f, 3.2f), scale(0.1f, 3.0f),
      shift(-10.0f, 20.0f);
  for (int sw = 1; sw <= 13; sw += 3) {
    const int sh = 1 + sw % 5;
    const ptrdiff_t sstride = 4 * sw + 3;  // odd
    std::vector<uint8_t> sbuf(sstride * sh + 1);
    for (uint8_t& b : sbuf) b = uint8_t(rng());
    ConstImageView src{sbuf.data() + 1, sw, sh, sstride};
    for (int dw = 0; dw <= 13; ++dw) {
      const float a = angle(rng), s = scale(rng);
      Affine m = {s * std::cos(a), -s * std::sin(a), shift(rng),
                  s * std::sin(a), s * std::cos(a),  shift(rng)};
      const int dh = 3;
      const ptrdiff_t dstride = 4 * dw + 5;
      std::vector<uint8_t> d1(dstride * dh, 7), d2(dstride * dh, 7);
      ASSERT_TRUE(WarpAffineBilinear(src, m, {d1.data(), dw, dh, dstride},
                                     KernelPath::kSimd)
                      .ok());
      ASSERT_TRUE(WarpAffineBilinear(src, m, {d2.data(), dw, dh, dstride},
                                     KernelPath::kScalar)
                      .ok());
      ASSERT_EQ(d1, d2) << sw << " -> " << dw;
      EXPECT_EQ(d1[4 * dw], 7) << "wrote into the row padding";
    }
  }
}

TEST(WarpAffineBilinear, RejectsBadInput) {
  Image src = Image::Create(4, 4).value();
  Image dst = Image::Create(4, 4).value();
  const Affine id = {1, 0, 0, 0, 1, 0};
  Affine nan = id;
  nan[2] = std::nanf("");
  EXPECT_EQ(WarpAffineBilinear(src.view(), nan, dst.view()).code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(WarpAffineBilinear(ConstImageView{}, id, dst.view()).code(),
            ErrorCode::kInvalidArgument);
  ImageView narrow = dst.view();
  narrow.stride = 15;
  EXPECT_EQ(WarpAffineBilinear(src.view(), id, narrow).code(),
            ErrorCode::kInvalidArgument);
  FaceDetection f = TiltedFace(2, 2, 0);
  EXPECT_EQ(AlignFace(ConstImageView{}, f).status().code(),
            ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace seamkit::vision

#include "core/vision/resize.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

namespace seamkit::vision {
namespace {

// An RGBA image stored with stride bytes per row (stride >= 4 * width),
// filled with random bytes, padding included.
struct TestImage {
  std::vector<uint8_t> bytes;
  ConstImageView view;
};

TestImage RandomImage(int width, int height, ptrdiff_t stride,
                      std::mt19937& rng, size_t misalign = 0) {
  TestImage img;
  img.bytes.resize(misalign + size_t(stride) * height + 1);
  std::uniform_int_distribution<int> byte(0, 255);
  for (uint8_t& b : img.bytes) b = uint8_t(byte(rng));
  img.view = {img.bytes.data() + misalign, width, height, stride};
  return img;
}

float Norm(uint8_t v) { return v / 127.5f - 1.0f; }

TEST(PlanLetterbox, LandscapeIsCentredVertically) {
  StatusOr<LetterboxTransform> t = PlanLetterbox(512, 384, 128);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->content_width, 128);
  EXPECT_EQ(t->content_height, 96);
  EXPECT_EQ(t->content_x, 0);
  EXPECT_EQ(t->content_y, 16);
  EXPECT_FLOAT_EQ(t->scale_x, 0.25f);
  EXPECT_FLOAT_EQ(t->scale_y, 0.25f);
  EXPECT_FLOAT_EQ(t->ToImageX(0), 0);
  EXPECT_FLOAT_EQ(t->ToImageX(128), 512);
  EXPECT_FLOAT_EQ(t->ToImageY(16), 0);
  EXPECT_FLOAT_EQ(t->ToImageY(112), 384);
}

TEST(PlanLetterbox, PortraitAndExtremeAspect) {
  StatusOr<LetterboxTransform> t = PlanLetterbox(300, 600, 256);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->content_width, 128);
  EXPECT_EQ(t->content_x, 64);
  EXPECT_EQ(t->content_height, 256);
  // A 1 px wide strip still gets one column, in the middle.
  t = PlanLetterbox(1, 1000, 128);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->content_width, 1);
  EXPECT_EQ(t->content_x, 63);
  EXPECT_FLOAT_EQ(t->ToImageX(64), 1.0f);
}

TEST(PlanLetterbox, RejectsBadSizes) {
  EXPECT_EQ(PlanLetterbox(0, 10, 128).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(PlanLetterbox(10, -1, 128).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(PlanLetterbox(10, 10, 0).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(PlanLetterbox(10, 10, 4096).status().code(),
            ErrorCode::kLimitExceeded);
  EXPECT_EQ(PlanLetterbox(16385, 1, 128).status().code(),
            ErrorCode::kLimitExceeded);
  EXPECT_EQ(PlanLetterbox(16384, 16384, 128).status().code(),
            ErrorCode::kLimitExceeded);
}

TEST(LetterboxRgbaToTensor, RejectsBadBuffersAndViews) {
  std::mt19937 rng(1);
  TestImage img = RandomImage(8, 8, 32, rng);
  std::vector<float> out(TensorFloatCount(16));
  EXPECT_EQ(
      LetterboxRgbaToTensor(img.view, 16, nullptr, out.size()).status().code(),
      ErrorCode::kInvalidArgument);
  EXPECT_EQ(LetterboxRgbaToTensor(img.view, 16, out.data(), out.size() - 1)
                .status()
                .code(),
            ErrorCode::kInvalidArgument);
  ConstImageView narrow = img.view;
  narrow.stride = 31;
  EXPECT_EQ(
      LetterboxRgbaToTensor(narrow, 16, out.data(), out.size()).status().code(),
      ErrorCode::kInvalidArgument);
  ConstImageView null_data = img.view;
  null_data.data = nullptr;
  EXPECT_FALSE(LetterboxRgba(null_data, 16).ok());
  EXPECT_EQ(LetterboxRgba(ConstImageView{}, 16).status().code(),
            ErrorCode::kInvalidArgument);
}

TEST(LetterboxRgbaToTensor, SameSizeIsTheNormalisedImage) {
  std::mt19937 rng(2);
  TestImage img = RandomImage(32, 32, 4 * 32 + 12, rng);
  StatusOr<LetterboxResult> r = LetterboxRgba(img.view, 32);
  ASSERT_TRUE(r.ok());
  for (int y = 0; y < 32; ++y) {
    for (int x = 0; x < 32; ++x) {
      for (int c = 0; c < 3; ++c) {
        ASSERT_NEAR(r->tensor[(y * 32 + x) * 3 + c],
                    Norm(img.view.Row(y)[4 * x + c]), 1e-6);
      }
    }
  }
}

TEST(LetterboxRgbaToTensor, ConstantImageAndPaddingRows) {
  // 200 x 100 into 128: content 128 x 64 starting at row 32.
  std::vector<uint8_t> px(200 * 100 * 4);
  for (size_t i = 0; i < px.size(); i += 4) {
    px[i] = 51, px[i + 1] = 102, px[i + 2] = 204, px[i + 3] = 7;
  }
  StatusOr<LetterboxResult> r =
      LetterboxRgba(ConstImageView{px.data(), 200, 100, 800}, 128);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->tensor.size(), 128u * 128 * 3);
  EXPECT_EQ(r->transform.content_y, 32);
  for (int y = 0; y < 128; ++y) {
    bool inside = y >= 32 && y < 96;
    for (int x = 0; x < 128; ++x) {
      const float* p = &r->tensor[(y * 128 + x) * 3];
      if (inside) {
        ASSERT_NEAR(p[0], 51 / 127.5f - 1, 1e-6) << y << "," << x;
        ASSERT_NEAR(p[1], 102 / 127.5f - 1, 1e-6);
        ASSERT_NEAR(p[2], 204 / 127.5f - 1, 1e-6);
      } else {
        ASSERT_EQ(p[0], -1.0f);
        ASSERT_EQ(p[1], -1.0f);
        ASSERT_EQ(p[2], -1.0f);
      }
    }
  }
}

TEST(LetterboxRgbaToTensor, UpscaleFollowsPixelCentres) {
  // A horizontal ramp R = 4x doubled in size: tensor column j samples
  // x = (j + 0.5) / 2 - 0.5, clamped to [0, 63] at the ends.
  const int w = 64, h = 16;
  std::vector<uint8_t> px(w * h * 4, 0);
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) px[(y * w + x) * 4] = uint8_t(4 * x);
  }
  StatusOr<LetterboxResult> r =
      LetterboxRgba(ConstImageView{px.data(), w, h, 4 * w}, 128);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->transform.content_height, 32);
  const int row = r->transform.content_y + 5;
  for (int j = 0; j < 128; ++j) {
    float pos = std::clamp((j + 0.5f) / 2 - 0.5f, 0.0f, 63.0f);
    float expected = (4 * pos) / 127.5f - 1;
    ASSERT_NEAR(r->tensor[(row * 128 + j) * 3], expected, 1e-5) << j;
  }
  EXPECT_NEAR(r->tensor[(row * 128 + 1) * 3], 1 / 127.5f - 1, 1e-6);
}

TEST(RowKernels, SimdMatchesScalarForEveryTail) {
  std::mt19937 rng(3);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_real_distribution<float> unit(0.0f, 1.0f);
  for (int n = 0; n <= 13; ++n) {
    // Odd offsets make the rows misaligned.
    std::vector<uint8_t> a(4 * n + 3), b(4 * n + 5);
    for (uint8_t& v : a) v = uint8_t(byte(rng));
    for (uint8_t& v : b) v = uint8_t(byte(rng));
    float w = unit(rng);
    std::vector<float> s(4 * n + 1, 7.0f), v(4 * n + 1, 7.0f);
    LerpRgbaRowsScalar(a.data() + 3, b.data() + 5, w, n, s.data());
    LerpRgbaRows(a.data() + 3, b.data() + 5, w, n, v.data());
    for (size_t i = 0; i < s.size(); ++i) ASSERT_EQ(s[i], v[i]) << n;

    std::vector<int32_t> left(n), right(n);
    std::vector<float> weight(n);
    std::uniform_int_distribution<int> col(0, std::max(0, n - 1));
    for (int i = 0; i < n; ++i) {
      left[i] = col(rng);
      right[i] = std::min(left[i] + 1, n - 1);
      weight[i] = unit(rng);
    }
    std::vector<float> rs(3 * n + 1, 9.0f), rv(3 * n + 1, 9.0f);
    SampleRowToRgbScalar(s.data(), left.data(), right.data(), weight.data(), n,
                         rs.data());
    SampleRowToRgb(s.data(), left.data(), right.data(), weight.data(), n,
                   rv.data());
    for (size_t i = 0; i < rs.size(); ++i) ASSERT_NEAR(rs[i], rv[i], 1e-5);
    EXPECT_EQ(rv.back(), 9.0f) << "wrote past the end";
  }
}

void ExpectPathsAgree(const ConstImageView& view, int size) {
  std::vector<float> a(TensorFloatCount(size)), b(TensorFloatCount(size));
  auto ta =
      LetterboxRgbaToTensor(view, size, a.data(), a.size(), KernelPath::kSimd);
  auto tb = LetterboxRgbaToTensor(view, size, b.data(), b.size(),
                                  KernelPath::kScalar);
  ASSERT_TRUE(ta.ok() && tb.ok());
  for (size_t i = 0; i < a.size(); ++i) {
    ASSERT_NEAR(a[i], b[i], 1e-5) << view.width << "x" << view.height;
    ASSERT_GE(a[i], -1.0f);
    ASSERT_LE(a[i], 1.0f);
  }
}

TEST(LetterboxRgbaToTensor, SimdMatchesScalarOverWidthsAndOddStrides) {
  std::mt19937 rng(4);
  for (int w = 1; w <= 13; ++w) {
    for (int h : {1, 2, 5, 13}) {
      TestImage img = RandomImage(w, h, 4 * w + 2 * w % 7 + 1, rng, w % 3);
      ExpectPathsAgree(img.view, 16);
      ExpectPathsAgree(img.view, 7);
    }
  }
  // Width 0 is an error on both paths, not a crash.
  TestImage empty = RandomImage(0, 3, 5, rng);
  std::vector<float> out(TensorFloatCount(8));
  for (KernelPath p : {KernelPath::kSimd, KernelPath::kScalar}) {
    EXPECT_EQ(LetterboxRgbaToTensor(empty.view, 8, out.data(), out.size(), p)
                  .status()
                  .code(),
              ErrorCode::kInvalidArgument);
  }
}

TEST(LetterboxRgbaToTensor, SimdMatchesScalarOnRandomSizes) {
  std::mt19937 rng(5);
  std::uniform_int_distribution<int> side(1, 400);
  for (int i = 0; i < 12; ++i) {
    int w = side(rng), h = side(rng);
    TestImage img = RandomImage(w, h, 4 * w + (i % 4) * 3, rng, i % 2);
    ExpectPathsAgree(img.view,
                     i % 2 ? kBlazeFaceFrontSize : kBlazeFaceBackSize);
  }
}

TEST(LetterboxRgbaToTensor, StrideDoesNotChangeTheResult) {
  std::mt19937 rng(6);
  TestImage padded = RandomImage(37, 23, 4 * 37 + 9, rng, 1);
  std::vector<uint8_t> tight(37 * 23 * 4);
  for (int y = 0; y < 23; ++y) {
    std::copy(padded.view.Row(y), padded.view.Row(y) + 4 * 37,
              tight.begin() + 4 * 37 * y);
  }
  auto a = LetterboxRgba(padded.view, 64);
  auto b = LetterboxRgba(ConstImageView{tight.data(), 37, 23, 4 * 37}, 64);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->tensor, b->tensor);
}

TEST(BoxReduce, AveragesWholeAndPartialBlocks) {
  // 3 x 2, red channel 10 20 30 / 50 60 70; 2 x 2 blocks -> 2 x 1.
  std::vector<uint8_t> px(3 * 2 * 4, 255);
  const uint8_t red[6] = {10, 20, 30, 50, 60, 70};
  for (int i = 0; i < 6; ++i) px[4 * i] = red[i];
  for (KernelPath path : {KernelPath::kSimd, KernelPath::kScalar}) {
    uint8_t out[8] = {};
    ASSERT_TRUE(BoxReduce(ConstImageView{px.data(), 3, 2, 12}, 2, 2,
                          ImageView{out, 2, 1, 8}, path)
                    .ok());
    EXPECT_EQ(out[0], 35);  // (10 + 20 + 50 + 60) / 4
    EXPECT_EQ(out[4], 50);  // (30 + 70) / 2: the partial block
    EXPECT_EQ(out[3], 255);
  }
}

TEST(BoxReduce, SimdMatchesScalarOverWidthsAndOddStrides) {
  std::mt19937 rng(9);
  for (int w = 0; w <= 13; ++w) {
    for (int kx = 1; kx <= 4; ++kx) {
      for (int ky : {1, 3}) {
        const int h = 5;
        TestImage img = RandomImage(w, h, 4 * w + 3, rng, 1);
        const int ow = (w + kx - 1) / kx, oh = (h + ky - 1) / ky;
        const ptrdiff_t os = 4 * ow + 1;
        std::vector<uint8_t> a(os * oh, 3), b(os * oh, 3);
        ASSERT_TRUE(BoxReduce(img.view, kx, ky, ImageView{a.data(), ow, oh, os},
                              KernelPath::kSimd)
                        .ok());
        ASSERT_TRUE(BoxReduce(img.view, kx, ky, ImageView{b.data(), ow, oh, os},
                              KernelPath::kScalar)
                        .ok());
        ASSERT_EQ(a, b) << w << " " << kx << " " << ky;
      }
    }
  }
}

TEST(BoxReduce, RejectsBadFactorsAndSizes) {
  std::vector<uint8_t> px(8 * 8 * 4), out(4 * 4 * 4);
  ConstImageView src{px.data(), 8, 8, 32};
  EXPECT_EQ(BoxReduce(src, 0, 2, ImageView{out.data(), 4, 4, 16}).code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(BoxReduce(src, 2, 65, ImageView{out.data(), 4, 4, 16}).code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(BoxReduce(src, 2, 2, ImageView{out.data(), 3, 4, 16}).code(),
            ErrorCode::kInvalidArgument);
  EXPECT_TRUE(BoxReduce(src, 2, 2, ImageView{out.data(), 4, 4, 16}).ok());
}

TEST(LetterboxRgbaToTensor, LargeDownscaleIsPrefiltered) {
  // Columns with x % 8 < 3 are white: 1024 -> 128 averages 8 x 8 blocks to
  // 3/8 * 255 = 95.6 -> 96 everywhere; two-tap bilinear alone would sample
  // columns 8j + 3 and 8j + 4, both black (-1).
  const int n = 1024;
  std::vector<uint8_t> px(size_t(n) * n * 4, 0);
  for (int y = 0; y < n; ++y) {
    for (int x = 0; x < n; ++x) {
      if (x % 8 < 3) std::fill_n(&px[(size_t(y) * n + x) * 4], 4, 255);
    }
  }
  StatusOr<LetterboxResult> r =
      LetterboxRgba(ConstImageView{px.data(), n, n, 4 * n}, 128);
  ASSERT_TRUE(r.ok());
  for (float v : r->tensor) ASSERT_NEAR(v, 96 / 127.5f - 1, 1e-5);
}

// Real photograph: a crop of scikit-image's astronaut.png and the content
// that skimage.transform.resize (bilinear, half-pixel centres, edge mode)
// produced for it; see tests/fixtures/vision/make_astronaut_letterbox.py.
TEST(LetterboxRgbaToTensor, MatchesAnIndependentResizeOnAPhoto) {
  std::ifstream in(SEAMKIT_SOURCE_DIR
                   "/tests/fixtures/vision/astronaut_letterbox.bin",
                   std::ios::binary);
  ASSERT_TRUE(in) << "fixture missing";
  std::vector<uint8_t> f((std::istreambuf_iterator<char>(in)),
                         std::istreambuf_iterator<char>());
  size_t pos = 0;
  auto u16 = [&]() {
    EXPECT_LE(pos + 2, f.size());
    if (pos + 2 > f.size()) return 0;
    int v = f[pos] | (f[pos + 1] << 8);
    pos += 2;
    return v;
  };
  ASSERT_GE(f.size(), 8u);
  ASSERT_EQ(std::string(f.begin(), f.begin() + 4), "SKLB");
  pos = 4;
  const int w = u16(), h = u16();
  ASSERT_EQ(w, 48);
  ASSERT_EQ(h, 36);
  // RGB to RGBA with an odd stride.
  const ptrdiff_t stride = 4 * w + 7;
  std::vector<uint8_t> px(stride * h, 0);
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      for (int c = 0; c < 3; ++c) {
        px[y * stride + 4 * x + c] = f[pos + (y * w + x) * 3 + c];
      }
      px[y * stride + 4 * x + 3] = 255;
    }
  }
  pos += size_t(3) * w * h;
  const ConstImageView view{px.data(), w, h, stride};
  const int cases = u16();
  ASSERT_EQ(cases, 2);
  for (int k = 0; k < cases; ++k) {
    const int size = u16(), cx = u16(), cy = u16(), cw = u16(), ch = u16();
    ASSERT_LE(pos + size_t(6) * cw * ch, f.size());
    for (KernelPath path : {KernelPath::kSimd, KernelPath::kScalar}) {
      std::vector<float> out(TensorFloatCount(size));
      auto t = LetterboxRgbaToTensor(view, size, out.data(), out.size(), path);
      ASSERT_TRUE(t.ok());
      ASSERT_EQ(t->content_x, cx);
      ASSERT_EQ(t->content_y, cy);
      ASSERT_EQ(t->content_width, cw);
      ASSERT_EQ(t->content_height, ch);
      for (int y = 0; y < ch; ++y) {
        for (int x = 0; x < cw; ++x) {
          for (int c = 0; c < 3; ++c) {
            const size_t q = pos + 2 * (size_t(y * cw + x) * 3 + c);
            const float ref = (f[q] | (f[q + 1] << 8)) / 256.0f;
            const float got = out[((y + cy) * size + x + cx) * 3 + c];
            ASSERT_NEAR(got, ref / 127.5f - 1, 3e-5)
                << size << ": " << x << "," << y << "," << c;
          }
        }
      }
      EXPECT_EQ(out[0], -1.0f);  // the corner is padding in both cases
    }
    pos += size_t(6) * cw * ch;
  }
  EXPECT_EQ(pos, f.size());
}

}  // namespace
}  // namespace seamkit::vision

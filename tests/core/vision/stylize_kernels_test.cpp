// Every stylisation kernel: the SIMD path against its scalar reference, bit
// for bit, for widths 0 .. 3 * 16 + 1 (the filters run 16- and 8-pixel
// groups before the 4-pixel vectors and the scalar tail), odd byte strides
// and random sizes.
#include "core/vision/stylize_kernels.h"

#include <gtest/gtest.h>

#include <cstring>
#include <random>
#include <vector>

#include "core/vision/pixel_lanes.h"

namespace seamkit::vision {
namespace {

constexpr int kMaxWidth = 3 * 4 * lanes::kPixels + 1;

// An RGBA8 buffer whose rows are `pad` bytes longer than 4 * width, so the
// stride is odd when pad is odd. Padding bytes hold a sentinel.
struct PaddedImage {
  int width, height, pad;
  std::vector<uint8_t> bytes;
  PaddedImage(int w, int h, int p, std::mt19937* rng)
      : width(w), height(h), pad(p), bytes(size_t(4 * w + p) * h + 1, 0xA5) {
    for (int y = 0; y < h; ++y) {
      for (int i = 0; i < 4 * w; ++i) bytes[y * stride() + i] = (*rng)() & 255;
    }
  }
  ptrdiff_t stride() const { return 4 * width + pad; }
  ImageView view() { return {bytes.data(), width, height, stride()}; }
};

void FillRandom(Plane* p, int w, int h, std::mt19937* rng) {
  std::uniform_real_distribution<float> u(0.0f, 255.0f);
  p->Resize(w, h);
  for (float& v : p->data) v = u(*rng);
}

void ExpectSameBits(const Plane& a, const Plane& b, const char* what) {
  ASSERT_EQ(a.data.size(), b.data.size()) << what;
  if (a.data.empty()) return;
  EXPECT_EQ(0, std::memcmp(a.data.data(), b.data.data(),
                           a.data.size() * sizeof(float)))
      << what << " " << a.width << "x" << a.height;
}

// Runs `body(width, height, pad, rng)` over widths 0..3*lanes+1, two heights
// and an even and an odd row padding, then over random sizes.
template <typename Body>
void ForSizes(Body body) {
  std::mt19937 rng(1234);
  for (int w = 0; w <= kMaxWidth; ++w) {
    for (int h : {1, 3}) {
      for (int pad : {0, 7}) body(w, h, pad, &rng);
    }
  }
  std::uniform_int_distribution<int> side(1, 45), pad(0, 9);
  for (int i = 0; i < 12; ++i) body(side(rng), side(rng), pad(rng), &rng);
}

TEST(StylizeKernels, SplitAndLumaMatchScalar) {
  ForSizes([](int w, int h, int pad, std::mt19937* rng) {
    PaddedImage img(w, h, pad, rng);
    RgbPlanes simd, ref;
    SplitRgb(img.view(), &simd, KernelPath::kSimd);
    SplitRgb(img.view(), &ref, KernelPath::kScalar);
    ExpectSameBits(simd.r, ref.r, "split r");
    ExpectSameBits(simd.g, ref.g, "split g");
    ExpectSameBits(simd.b, ref.b, "split b");
    Plane ls, lr, qs, qr;
    PlanesLuma(ref, &ls, KernelPath::kSimd);
    PlanesLuma(ref, &lr, KernelPath::kScalar);
    ExpectSameBits(ls, lr, "planes luma");
    RgbaLuma(img.view(), &qs, KernelPath::kSimd);
    RgbaLuma(img.view(), &qr, KernelPath::kScalar);
    ExpectSameBits(qs, qr, "rgba luma");
  });
}

TEST(StylizeKernels, BilateralMatchesScalarOnBothAxes) {
  ForSizes([](int w, int h, int, std::mt19937* rng) {
    RgbPlanes in;
    FillRandom(&in.r, w, h, rng);
    FillRandom(&in.g, w, h, rng);
    FillRandom(&in.b, w, h, rng);
    for (Axis axis : {Axis::kHorizontal, Axis::kVertical}) {
      for (int radius : {1, 3}) {
        BilateralParams p{radius, 2.0f, 30.0f};
        RgbPlanes simd, ref;
        BilateralPass(in, axis, p, &simd, KernelPath::kSimd);
        BilateralPass(in, axis, p, &ref, KernelPath::kScalar);
        ExpectSameBits(simd.r, ref.r, "bilateral r");
        ExpectSameBits(simd.g, ref.g, "bilateral g");
        ExpectSameBits(simd.b, ref.b, "bilateral b");
      }
    }
  });
}

TEST(StylizeKernels, GaussianBlurMatchesScalar) {
  ForSizes([](int w, int h, int, std::mt19937* rng) {
    Plane in, simd, ref;
    FillRandom(&in, w, h, rng);
    for (float sigma : {0.5f, 1.6f, 4.0f}) {
      GaussianBlur(in, sigma, &simd, KernelPath::kSimd);
      GaussianBlur(in, sigma, &ref, KernelPath::kScalar);
      ExpectSameBits(simd, ref, "gaussian");
    }
  });
}

TEST(StylizeKernels, QuantizeMergeMatchesScalarAndKeepsPadding) {
  ForSizes([](int w, int h, int pad, std::mt19937* rng) {
    RgbPlanes in;
    FillRandom(&in.r, w, h, rng);
    FillRandom(&in.g, w, h, rng);
    FillRandom(&in.b, w, h, rng);
    if (!in.r.data.empty()) in.r.data[0] = -7.0f;  // clamped to 0
    for (int levels : {2, 5, 64}) {
      PaddedImage src(w, h, pad, rng);
      PaddedImage a = src, b = src;
      QuantizeMerge(in, levels, src.view(), a.view(), KernelPath::kSimd);
      QuantizeMerge(in, levels, src.view(), b.view(), KernelPath::kScalar);
      EXPECT_EQ(a.bytes, b.bytes) << w << "x" << h << " levels " << levels;
      for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {  // alpha copied from the source
          ASSERT_EQ(a.bytes[y * a.stride() + 4 * x + 3],
                    src.bytes[y * src.stride() + 4 * x + 3]);
        }
        for (int i = 4 * w; i < a.stride(); ++i) {
          ASSERT_EQ(a.bytes[y * a.stride() + i], 0xA5) << "padding written";
        }
      }
    }
  });
}

TEST(StylizeKernels, DogOverlayMatchesScalar) {
  ForSizes([](int w, int h, int pad, std::mt19937* rng) {
    Plane fine, coarse;
    FillRandom(&fine, w, h, rng);
    FillRandom(&coarse, w, h, rng);
    PaddedImage a(w, h, pad, rng);
    PaddedImage b = a;
    DogParams p{1.5f, 20.0f, 0.8f};
    DogOverlay(fine, coarse, p, a.view(), KernelPath::kSimd);
    DogOverlay(fine, coarse, p, b.view(), KernelPath::kScalar);
    EXPECT_EQ(a.bytes, b.bytes) << w << "x" << h;
  });
}

TEST(StylizeKernels, SketchDodgeMatchesScalar) {
  ForSizes([](int w, int h, int pad, std::mt19937* rng) {
    Plane grey, blurred;
    FillRandom(&grey, w, h, rng);
    FillRandom(&blurred, w, h, rng);
    if (!blurred.data.empty()) blurred.data[0] = 0.0f;  // denominator clamp
    PaddedImage src(w, h, pad, rng);
    PaddedImage a = src, b = src;
    SketchDodge(grey, blurred, 1.7f, src.view(), a.view(), KernelPath::kSimd);
    SketchDodge(grey, blurred, 1.7f, src.view(), b.view(), KernelPath::kScalar);
    EXPECT_EQ(a.bytes, b.bytes) << w << "x" << h;
  });
}

TEST(StylizeKernels, GradientMapMatchesScalarForEveryRampSize) {
  const float stops[] = {10, 20, 30, 200, 40, 90, 250, 250, 0, 0, 128, 255};
  ForSizes([&](int w, int h, int pad, std::mt19937* rng) {
    PaddedImage src(w, h, pad, rng);
    for (int n = 2; n <= 4; ++n) {
      for (bool smooth : {false, true}) {
        PaddedImage a = src, b = src;
        GradientMap(src.view(), stops, n, smooth, a.view(), KernelPath::kSimd);
        GradientMap(src.view(), stops, n, smooth, b.view(),
                    KernelPath::kScalar);
        EXPECT_EQ(a.bytes, b.bytes) << w << "x" << h << " n " << n;
      }
    }
  });
}

TEST(GaussianTaps, AreNormalisedAndSymmetric) {
  for (float sigma : {0.3f, 1.0f, 2.5f, 16.0f}) {
    std::vector<float> t = GaussianTaps(sigma);
    ASSERT_EQ(t.size() % 2, 1u);
    double sum = 0;
    for (size_t i = 0; i < t.size(); ++i) {
      sum += t[i];
      EXPECT_EQ(t[i], t[t.size() - 1 - i]);
    }
    EXPECT_NEAR(sum, 1.0, 1e-5);
    EXPECT_GT(t[t.size() / 2], t[0]);
  }
}

}  // namespace
}  // namespace seamkit::vision

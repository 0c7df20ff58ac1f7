// The styles of core/vision/stylize.h: behaviour, SIMD == scalar on whole
// pipelines, alpha kept, in-place use, and every error path.
#include "core/vision/stylize.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <set>
#include <vector>

namespace seamkit::vision {
namespace {

Image Filled(int w, int h, uint8_t r, uint8_t g, uint8_t b, uint8_t a) {
  Image img = Image::Create(w, h).value();
  for (size_t i = 0; i < img.size_bytes(); i += 4) {
    img.data()[i] = r;
    img.data()[i + 1] = g;
    img.data()[i + 2] = b;
    img.data()[i + 3] = a;
  }
  return img;
}

Image Noise(int w, int h, uint32_t seed) {
  std::mt19937 rng(seed);
  Image img = Image::Create(w, h).value();
  for (size_t i = 0; i < img.size_bytes(); ++i) img.data()[i] = rng() & 255;
  return img;
}

const uint8_t* Px(const Image& img, int x, int y) {
  return img.data() + 4 * (size_t(y) * img.width() + x);
}

std::vector<uint8_t> Bytes(const Image& img) {
  return {img.data(), img.data() + img.size_bytes()};
}

TEST(Stylize, EveryStyleIsTheSameOnBothPathsAndKeepsAlpha) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> side(1, 40);
  for (int i = 0; i < 6; ++i) {
    Image src = Noise(side(rng), side(rng), 100 + i);
    CartoonOptions co;
    co.edge_threshold = 0.0f;  // plenty of lines on noise
    auto c1 = Cartoonize(src.view(), co, KernelPath::kSimd);
    auto c2 = Cartoonize(src.view(), co, KernelPath::kScalar);
    PosterizeOptions po;
    po.mode = i % 2 ? PosterizeMode::kGradient : PosterizeMode::kBands;
    auto p1 = Posterize(src.view(), po, KernelPath::kSimd);
    auto p2 = Posterize(src.view(), po, KernelPath::kScalar);
    auto s1 = Sketch(src.view(), {}, KernelPath::kSimd);
    auto s2 = Sketch(src.view(), {}, KernelPath::kScalar);
    ASSERT_TRUE(c1.ok() && c2.ok() && p1.ok() && p2.ok() && s1.ok() && s2.ok());
    EXPECT_EQ(Bytes(*c1), Bytes(*c2));
    EXPECT_EQ(Bytes(*p1), Bytes(*p2));
    EXPECT_EQ(Bytes(*s1), Bytes(*s2));
    for (size_t k = 3; k < src.size_bytes(); k += 4) {
      ASSERT_EQ(c1->data()[k], src.data()[k]);
      ASSERT_EQ(p1->data()[k], src.data()[k]);
      ASSERT_EQ(s1->data()[k], src.data()[k]);
    }
  }
}

TEST(Cartoon, FlatAreasQuantiseToTheLevelGrid) {
  Image src = Filled(24, 20, 100, 180, 30, 255);
  CartoonOptions o;
  o.levels = 4;  // values 0, 85, 170, 255; bins of 64
  auto out = Cartoonize(src.view(), o);
  ASSERT_TRUE(out.ok());
  for (int y = 0; y < 20; ++y) {
    for (int x = 0; x < 24; ++x) {
      const uint8_t* p = Px(*out, x, y);
      ASSERT_EQ(p[0], 85);  // 100 is in bin 1
      ASSERT_EQ(p[1], 170);
      ASSERT_EQ(p[2], 0);
    }
  }
}

TEST(Cartoon, SmoothsNoiseButKeepsAStepEdge) {
  // Left half dark, right half light, both with +-12 noise.
  std::mt19937 rng(3);
  Image src = Image::Create(40, 16).value();
  for (int y = 0; y < 16; ++y) {
    for (int x = 0; x < 40; ++x) {
      int base = x < 20 ? 60 : 190;
      int v = base + int(rng() % 25) - 12;
      uint8_t* p = src.data() + 4 * (y * 40 + x);
      p[0] = p[1] = p[2] = uint8_t(v);
      p[3] = 255;
    }
  }
  CartoonOptions o;
  o.levels = 64;
  o.edge_strength = 0.0f;
  auto out = Cartoonize(src.view(), o);
  ASSERT_TRUE(out.ok());
  std::set<int> left, right;
  for (int y = 0; y < 16; ++y) {
    for (int x = 0; x < 40; ++x) {
      int v = Px(*out, x, y)[0];
      // The pixels next to the step stay on their side of it.
      if (x == 19) {
        EXPECT_LT(v, 80) << y;
      }
      if (x == 20) {
        EXPECT_GT(v, 170) << y;
      }
      if (x >= 4 && x < 16) left.insert(v);
      if (x >= 24 && x < 36) right.insert(v);
    }
  }
  // Noise of 25 distinct values collapses to a couple of quantised levels.
  EXPECT_LE(left.size(), 3u);
  EXPECT_LE(right.size(), 3u);
}

TEST(Cartoon, DrawsDarkLinesAlongADarkStroke) {
  Image src = Filled(32, 32, 240, 240, 240, 255);
  for (int y = 4; y < 28; ++y) {
    uint8_t* p = src.data() + 4 * (y * 32 + 16);
    p[0] = p[1] = p[2] = 120;  // quantises to 102, not to 0
  }
  CartoonOptions with, without;
  without.edge_strength = 0.0f;
  auto a = Cartoonize(src.view(), with);
  auto b = Cartoonize(src.view(), without);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_LT(Px(*a, 16, 16)[0], Px(*b, 16, 16)[0]);  // the stroke darkens
  EXPECT_EQ(Px(*a, 3, 16)[0], Px(*b, 3, 16)[0]);    // flat paper does not
}

TEST(Posterize, MapsBlackAndWhiteToTheEndsOfThePalette) {
  for (PosterizeMode mode : {PosterizeMode::kBands, PosterizeMode::kGradient}) {
    PosterizeOptions o{{"navy", "#ff8800", "rgb(250 250 210)"}, mode};
    Image black = Filled(5, 3, 0, 0, 0, 9),
          white = Filled(5, 3, 255, 255, 255, 9);
    auto b = Posterize(black.view(), o);
    auto w = Posterize(white.view(), o);
    ASSERT_TRUE(b.ok() && w.ok());
    EXPECT_EQ(Px(*b, 2, 1)[0], 0);
    EXPECT_EQ(Px(*b, 2, 1)[2], 128);  // navy = #000080
    EXPECT_EQ(Px(*b, 2, 1)[3], 9);
    EXPECT_EQ(Px(*w, 4, 2)[0], 250);
    EXPECT_EQ(Px(*w, 4, 2)[2], 210);
  }
}

TEST(Posterize, DuotoneInterpolatesAndBandsDoNot) {
  Image grey = Filled(4, 4, 128, 128, 128, 255);  // luma t = 128 / 255
  PosterizeOptions o{{"#000000", "#ffffff"}, PosterizeMode::kGradient};
  auto g = Posterize(grey.view(), o);
  o.mode = PosterizeMode::kBands;
  auto b = Posterize(grey.view(), o);
  ASSERT_TRUE(g.ok() && b.ok());
  EXPECT_NEAR(Px(*g, 1, 1)[0], 128, 1);
  EXPECT_EQ(Px(*b, 1, 1)[0], 255);  // t >= 1/2: the upper band
  Image ramp = Image::Create(256, 1).value();
  for (int x = 0; x < 256; ++x) {
    uint8_t* p = ramp.data() + 4 * x;
    p[0] = p[1] = p[2] = uint8_t(x);
    p[3] = 255;
  }
  o.palette = {"#101010", "#505050", "#909090", "#d0d0d0"};
  auto bands = Posterize(ramp.view(), o);
  ASSERT_TRUE(bands.ok());
  std::set<int> values;
  for (int x = 0; x < 256; ++x) values.insert(Px(*bands, x, 0)[0]);
  EXPECT_EQ(values, (std::set<int>{0x10, 0x50, 0x90, 0xd0}));
}

TEST(Sketch, FlatAreasBecomePaperAndEdgesStayDark) {
  Image flat = Filled(16, 16, 90, 140, 60, 200);
  auto out = Sketch(flat.view());
  ASSERT_TRUE(out.ok());
  for (size_t i = 0; i < out->size_bytes(); i += 4) {
    ASSERT_EQ(out->data()[i], 255);
    ASSERT_EQ(out->data()[i + 3], 200);
  }
  Image step = Filled(32, 8, 230, 230, 230, 255);
  for (int y = 0; y < 8; ++y) {
    for (int x = 16; x < 32; ++x) {
      uint8_t* p = step.data() + 4 * (y * 32 + x);
      p[0] = p[1] = p[2] = 50;
    }
  }
  auto s = Sketch(step.view());
  ASSERT_TRUE(s.ok());
  EXPECT_LT(Px(*s, 16, 4)[0], 200);  // dark side of the edge: a stroke
  EXPECT_EQ(Px(*s, 2, 4)[0], 255);   // far from it: paper
  EXPECT_EQ(Px(*s, 2, 4)[1], Px(*s, 2, 4)[0]);  // grey
}

TEST(Stylize, InPlaceEqualsOutOfPlace) {
  Image src = Noise(19, 13, 5);
  auto expected = Cartoonize(src.view());
  ASSERT_TRUE(expected.ok());
  Image copy = src;
  ASSERT_TRUE(CartoonizeInto(copy.view(), copy.view()).ok());
  EXPECT_EQ(Bytes(copy), Bytes(*expected));
  auto sketch = Sketch(src.view());
  copy = src;
  ASSERT_TRUE(SketchInto(copy.view(), copy.view()).ok());
  EXPECT_EQ(Bytes(copy), Bytes(*sketch));
}

TEST(Stylize, RejectsBadViewsAndOptions) {
  Image a = Noise(8, 8, 1), b = Noise(8, 7, 2);
  EXPECT_EQ(CartoonizeInto(a.view(), b.view()).code(),
            ErrorCode::kInvalidArgument);
  // Overlapping but shifted by one row: refused.
  Image big = Noise(8, 9, 3);
  ImageView top{big.data(), 8, 8, 32}, shifted{big.data() + 32, 8, 8, 32};
  EXPECT_EQ(SketchInto(top, shifted).code(), ErrorCode::kInvalidArgument);
  const float nan = std::numeric_limits<float>::quiet_NaN();
  CartoonOptions c;
  c.sigma_color = nan;
  EXPECT_EQ(Cartoonize(a.view(), c).status().code(),
            ErrorCode::kInvalidArgument);
  c = {};
  c.levels = 1;
  EXPECT_EQ(Cartoonize(a.view(), c).status().code(),
            ErrorCode::kInvalidArgument);
  SketchOptions s;
  s.blur_sigma = 100.0f;
  EXPECT_EQ(Sketch(a.view(), s).status().code(), ErrorCode::kInvalidArgument);
  PosterizeOptions p{{"#000"}, PosterizeMode::kBands};
  EXPECT_EQ(Posterize(a.view(), p).status().code(),
            ErrorCode::kInvalidArgument);
  p.palette = {"#000", "not-a-colour"};
  auto bad = Posterize(a.view(), p);
  EXPECT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("palette[1]"), std::string::npos);
  p.palette = {"#000", "rgba(0 0 0 / 0.5)"};
  EXPECT_EQ(Posterize(a.view(), p).status().code(),
            ErrorCode::kInvalidArgument);
  // Over the stylisation limit: refused before any pixel is read.
  uint8_t dummy = 0;
  ConstImageView huge{&dummy, 4096, 4096, 4 * 4096};
  EXPECT_EQ(Sketch(huge).status().code(), ErrorCode::kLimitExceeded);
  EXPECT_EQ(Sketch(ConstImageView{nullptr, 4, 4, 16}).status().code(),
            ErrorCode::kInvalidArgument);
}

TEST(Stylize, EmptyImagesAreFine) {
  Image empty = Image::Create(0, 0).value();
  EXPECT_TRUE(Cartoonize(empty.view()).ok());
  EXPECT_TRUE(Posterize(empty.view()).ok());
  EXPECT_TRUE(Sketch(empty.view()).ok());
}

}  // namespace
}  // namespace seamkit::vision

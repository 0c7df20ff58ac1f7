#include "core/common/color.h"

#include <gtest/gtest.h>

#include <cmath>

namespace seamkit {
namespace {

Rgba Parse(const char* text) {
  StatusOr<Rgba> c = ParseCssColor(text);
  EXPECT_TRUE(c.ok()) << text << ": " << c.status().message();
  return c.ok() ? *c : Rgba{-1, -1, -1, -1};
}

void ExpectRgba(const Rgba& c, double r, double g, double b, double a) {
  EXPECT_NEAR(c.r, r, 1e-9);
  EXPECT_NEAR(c.g, g, 1e-9);
  EXPECT_NEAR(c.b, b, 1e-9);
  EXPECT_NEAR(c.a, a, 1e-9);
}

TEST(ParseCssColor, HexInAllFourLengths) {
  ExpectRgba(Parse("#fff"), 255, 255, 255, 1);
  ExpectRgba(Parse("#0f08"), 0, 255, 0, 136 / 255.0);
  ExpectRgba(Parse("#767676"), 118, 118, 118, 1);
  ExpectRgba(Parse("#FF000080"), 255, 0, 0, 128 / 255.0);
}

TEST(ParseCssColor, NamedColoursAreCaseInsensitive) {
  ExpectRgba(Parse("RebeccaPurple"), 0x66, 0x33, 0x99, 1);
  ExpectRgba(Parse("  white "), 255, 255, 255, 1);
  ExpectRgba(Parse("transparent"), 0, 0, 0, 0);
  EXPECT_EQ(NamedColorNames().size(), 148u);
}

TEST(ParseCssColor, ComputedStyleForms) {
  ExpectRgba(Parse("rgb(118, 118, 118)"), 118, 118, 118, 1);
  ExpectRgba(Parse("rgba(0, 0, 0, 0.5)"), 0, 0, 0, 0.5);
  ExpectRgba(Parse("rgb(10 20 30 / 25%)"), 10, 20, 30, 0.25);
  ExpectRgba(Parse("rgb(100% 0% 50%)"), 255, 0, 127.5, 1);
  ExpectRgba(Parse("rgb(none 300 -5)"), 0, 255, 0, 1);
  ExpectRgba(Parse("color(srgb 1 0.5 0 / 0.5)"), 255, 127.5, 0, 0.5);
  Rgba lin = Parse("color(srgb-linear 0.2140 0.2140 0.2140)");
  EXPECT_NEAR(lin.r, 127.5, 0.1);
}

TEST(ParseCssColor, RejectsWhatItCannotResolveWithTheReason) {
  struct Case {
    const char* text;
    ErrorCode code;
  } cases[] = {
      {"", ErrorCode::kParse},
      {"#ggg", ErrorCode::kParse},
      {"#12345", ErrorCode::kParse},
      {"notacolour", ErrorCode::kParse},
      {"rgb(1, 2)", ErrorCode::kParse},
      {"rgb(1, 2%, 3)", ErrorCode::kParse},
      {"rgb(1 2 3 / )", ErrorCode::kParse},
      {"rgb(1, 2, 3 / 0.5)", ErrorCode::kParse},
      {"rgb(1 2 3", ErrorCode::kParse},
      {"rgb(inf 2 3)", ErrorCode::kParse},
      {"rgb(0x10 2 3)", ErrorCode::kParse},
      {"currentcolor", ErrorCode::kUnsupported},
      {"oklch(0.5 0.1 20)", ErrorCode::kUnsupported},
      {"color(display-p3 1 0 0)", ErrorCode::kUnsupported},
      {"rgb(calc(1) 2 3)", ErrorCode::kUnsupported},
  };
  for (const Case& c : cases) {
    StatusOr<Rgba> r = ParseCssColor(c.text);
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_EQ(r.status().code(), c.code) << c.text;
    EXPECT_FALSE(r.status().message().empty());
  }
  EXPECT_EQ(ParseCssColor(std::string(600, 'a')).status().code(),
            ErrorCode::kLimitExceeded);
}

TEST(CompositeOver, HalfBlackOverWhiteIsMidGrey) {
  Rgba c = CompositeOver(Rgba{0, 0, 0, 0.5}, Rgba{255, 255, 255, 1});
  ExpectRgba(c, 127.5, 127.5, 127.5, 1);
}

TEST(Oklab, WhiteAndBlackHaveKnownLightness) {
  Oklab w = ToOklab(Rgba{255, 255, 255, 1});
  EXPECT_NEAR(w.l, 1.0, 1e-4);
  EXPECT_NEAR(w.a, 0.0, 1e-4);
  EXPECT_NEAR(ToOklab(Rgba{0, 0, 0, 1}).l, 0.0, 1e-9);
  // Published value: sRGB red is oklab(0.62796 0.22486 0.12585).
  Oklab red = ToOklab(Rgba{255, 0, 0, 1});
  EXPECT_NEAR(red.l, 0.62796, 1e-4);
  EXPECT_NEAR(red.a, 0.22486, 1e-4);
  EXPECT_NEAR(red.b, 0.12585, 1e-4);
}

TEST(Oklab, RoundTripsEveryGreyAndSomeColours) {
  for (int v = 0; v < 256; v += 5) {
    for (Rgba c : {Rgba{double(v), double(v), double(v), 1},
                   Rgba{double(v), 255.0 - v, 40, 1}}) {
      Rgba back = FromOklab(ToOklab(c));
      EXPECT_NEAR(back.r, c.r, 1e-3);
      EXPECT_NEAR(back.g, c.g, 1e-3);
      EXPECT_NEAR(back.b, c.b, 1e-3);
      EXPECT_TRUE(InGamut(back, 1e-5));
    }
  }
  EXPECT_FALSE(InGamut(FromOklab(Oklab{0.9, 0.3, 0.0})));
}

TEST(ToHex, RoundsAndClamps) {
  EXPECT_EQ(ToHex(Rgba{118, 118, 118, 1}), "#767676");
  EXPECT_EQ(ToHex(Rgba{300, -4, 127.5, 1}), "#ff0080");
}

}  // namespace
}  // namespace seamkit

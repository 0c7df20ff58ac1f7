#include "core/confidence/colour_ramp.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "core/common/contrast.h"

namespace seamkit::confidence {
namespace {

Rgba Css(const char* s) { return *ParseCssColor(s); }

double HueDistance(double a, double b) {
  double d = std::fabs(a - b);
  return d > 180 ? 360 - d : d;
}

TEST(Oklch, RoundTripsThroughOklab) {
  Oklab lab = ToOklab(Css("#f9a825"));
  Oklab back = FromOklch(ToOklch(lab));
  EXPECT_NEAR(back.l, lab.l, 1e-12);
  EXPECT_NEAR(back.a, lab.a, 1e-12);
  EXPECT_NEAR(back.b, lab.b, 1e-12);
}

TEST(ParsePalette, AcceptsTheDefault) {
  StatusOr<std::vector<Rgba>> p = ParsePalette(DefaultPaletteCss());
  ASSERT_TRUE(p.ok()) << p.status().message();
  EXPECT_EQ(p->size(), 3u);
}

TEST(ParsePalette, RejectsBadPalettesWithTypedErrors) {
  EXPECT_EQ(ParsePalette({"red", "green"}).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(ParsePalette(std::vector<std::string>(17, "red")).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(ParsePalette({"red", "#ff000080", "green"}).status().code(),
            ErrorCode::kInvalidArgument);
  StatusOr<std::vector<Rgba>> bad = ParsePalette({"red", "nonsense", "green"});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("palette colour 1"), std::string::npos);
}

TEST(GamutMap, ReducesChromaAtConstantLightnessAndHue) {
  Oklch wild{0.7, 0.4, 150};
  Rgba mapped = GamutMap(FromOklch(wild));
  EXPECT_TRUE(InGamut(mapped));
  Oklch got = ToOklch(ToOklab(mapped));
  EXPECT_NEAR(got.l, 0.7, 1e-6);
  EXPECT_NEAR(HueDistance(got.h, 150), 0, 1e-3);
  EXPECT_LT(got.c, 0.4);
  EXPECT_GT(got.c, 0.1);  // reduced only as far as needed
}

TEST(GamutMap, HandlesExtremes) {
  EXPECT_EQ(Quantize(GamutMap(Oklab{1.5, 0.2, 0})), (Rgba{255, 255, 255, 1}));
  EXPECT_EQ(Quantize(GamutMap(Oklab{-1, 0, 0})), (Rgba{0, 0, 0, 1}));
  EXPECT_TRUE(InGamut(GamutMap(Oklab{NAN, 0, 0})));
}

TEST(SampleRamp, HitsTheStopsAndClampsP) {
  std::vector<Rgba> stops = *ParsePalette(DefaultPaletteCss());
  EXPECT_EQ(ToHex(SampleRamp(stops, 0)), DefaultPaletteCss()[0]);
  EXPECT_EQ(ToHex(SampleRamp(stops, 0.5)), DefaultPaletteCss()[1]);
  EXPECT_EQ(ToHex(SampleRamp(stops, 1)), DefaultPaletteCss()[2]);
  EXPECT_EQ(ToHex(SampleRamp(stops, -3)), DefaultPaletteCss()[0]);
  EXPECT_EQ(ToHex(SampleRamp(stops, 7)), DefaultPaletteCss()[2]);
  EXPECT_EQ(ToHex(SampleRamp(stops, NAN)), DefaultPaletteCss()[1]);
}

TEST(SampleRamp, InterpolatesInOklchNotSrgb) {
  std::vector<Rgba> stops = {Css("#ff0000"), Css("#00ff00"), Css("#0000ff")};
  Oklch a = ToOklch(ToOklab(stops[0])), b = ToOklch(ToOklab(stops[1]));
  Oklch mid = ToOklch(ToOklab(SampleRamp(stops, 0.25)));
  EXPECT_NEAR(mid.l, 0.5 * (a.l + b.l), 1e-6);  // lightness is linear
  // Hue sits halfway along the shorter arc from red (29 deg) to green.
  EXPECT_NEAR(HueDistance(mid.h, a.h), HueDistance(mid.h, b.h), 1.0);
  // Mixing the gamma-encoded sRGB values instead gives a dark olive.
  EXPECT_GT(mid.l, ToOklab(Rgba{127.5, 127.5, 0, 1}).l + 0.1);
}

TEST(SampleRamp, StaysInGamutEverywhere) {
  std::vector<Rgba> stops = {Css("#ff00ff"), Css("#ffff00"), Css("#00ffff")};
  for (int i = 0; i <= 100; ++i) {
    EXPECT_TRUE(InGamut(SampleRamp(stops, i / 100.0), 1e-9)) << i;
  }
}

TEST(FitContrast, LeavesPassingColoursAlone) {
  ContrastFit fit = FitContrast(Css("#b71c1c"), Css("#ffffff"), 4.5);
  EXPECT_TRUE(fit.meets_target);
  EXPECT_EQ(ToHex(fit.colour), "#b71c1c");
}

TEST(FitContrast, DarkensAmberOnWhiteKeepingHue) {
  Rgba amber = Css("#f9a825");
  ASSERT_LT(ContrastRatio(amber, Css("#ffffff")), 3.0);
  ContrastFit fit = FitContrast(amber, Css("#ffffff"), 3.0);
  ASSERT_TRUE(fit.meets_target);
  EXPECT_GE(ContrastRatio(Css(ToHex(fit.colour).c_str()), Css("#fff")), 3.0);
  Oklch before = ToOklch(ToOklab(amber)), after = ToOklch(ToOklab(fit.colour));
  EXPECT_LT(after.l, before.l);
  EXPECT_LT(HueDistance(after.h, before.h), 3.0);
  // Nearest: one percent less lightness change no longer passes.
  Rgba closer = Quantize(GamutMap(FromOklch(
      Oklch{after.l + 0.01, after.c, after.h})));
  EXPECT_LT(ContrastRatio(closer, Css("#ffffff")), 3.0);
}

TEST(FitContrast, LightensDarkRedOnNearBlack) {
  ContrastFit fit = FitContrast(Css("#b71c1c"), Css("#121212"), 4.5);
  ASSERT_TRUE(fit.meets_target);
  EXPECT_GT(ToOklab(fit.colour).l, ToOklab(Css("#b71c1c")).l);
  EXPECT_GE(fit.ratio, 4.5);
}

TEST(FitContrast, ReportsAnUnreachableTarget) {
  ContrastFit fit = FitContrast(Css("#777777"), Css("#777777"), 7.0);
  EXPECT_FALSE(fit.meets_target);
  EXPECT_NEAR(fit.ratio, std::max(ContrastRatio(Css("#000"), Css("#777777")),
                                  ContrastRatio(Css("#fff"), Css("#777777"))),
              1e-9);
}

// 200 random palettes on random backgrounds, light and dark: every sampled
// bar colour fitted to 3:1 and every verdict colour fitted to 4.5:1 meets
// its target after being written out as hex and read back.
TEST(FitContrast, EnforcesTargetsOnRandomPalettes) {
  std::mt19937 rng(2024);
  std::uniform_real_distribution<double> channel(0, 255);
  for (int n = 0; n < 200; ++n) {
    std::vector<Rgba> stops;
    for (int k = 0; k < 3 + n % 3; ++k) {
      stops.push_back(Rgba{channel(rng), channel(rng), channel(rng), 1});
    }
    Rgba bg = Quantize(Rgba{channel(rng), channel(rng), channel(rng), 1});
    if (n % 4 == 0) bg = Css("#ffffff");
    if (n % 4 == 1) bg = Css("#121212");
    for (double p : {0.0, 0.3, 0.5, 0.8, 1.0}) {
      for (double target : {kNonTextContrast, 4.5}) {
        ContrastFit fit = FitContrast(SampleRamp(stops, p), bg, target);
        ASSERT_TRUE(fit.meets_target) << n << " " << p;
        Rgba written = Css(ToHex(fit.colour).c_str());
        ASSERT_GE(ContrastRatio(written, bg), target)
            << "palette " << n << " p " << p << " bg " << ToHex(bg);
      }
    }
  }
}

}  // namespace
}  // namespace seamkit::confidence

#include "core/confidence/cvd.h"

#include <gtest/gtest.h>

#include <iostream>
#include <random>

#include "core/confidence/colour_ramp.h"

namespace seamkit::confidence {
namespace {

void ExpectRgb(const Rgba& got, double r, double g, double b) {
  EXPECT_NEAR(got.r, r, 0.01);
  EXPECT_NEAR(got.g, g, 0.01);
  EXPECT_NEAR(got.b, b, 0.01);
}

// The three verdict colours of a palette: its ends and its middle.
std::vector<Rgba> VerdictColours(const std::vector<std::string>& css) {
  std::vector<Rgba> stops = *ParsePalette(css);
  return {SampleRamp(stops, 0), SampleRamp(stops, 0.5), SampleRamp(stops, 1)};
}

// Expected values computed separately (Python) from the published severity
// 1.0 matrices with the same sRGB transfer functions.
TEST(SimulateCvd, MatchesThePublishedMatrices) {
  Rgba red{255, 0, 0, 1}, azure{0, 128, 255, 0.5};
  ExpectRgb(SimulateCvd(red, CvdType::kProtanopia), 108.785, 95.027, 0);
  ExpectRgb(SimulateCvd(red, CvdType::kDeuteranopia), 163.215, 144.281, 0);
  ExpectRgb(SimulateCvd(red, CvdType::kTritanopia), 255, 0, 14.888);
  ExpectRgb(SimulateCvd(azure, CvdType::kProtanopia), 41.175, 141.626, 255);
  ExpectRgb(SimulateCvd(azure, CvdType::kDeuteranopia), 0, 121.405, 252.535);
  ExpectRgb(SimulateCvd(azure, CvdType::kTritanopia), 0, 159.378, 179.419);
  EXPECT_EQ(SimulateCvd(azure, CvdType::kTritanopia).a, 0.5);
}

TEST(SimulateCvd, LeavesNeutralsNeutral) {
  for (CvdType t : kAllCvdTypes) {
    for (double v : {0.0, 119.0, 255.0}) {
      Rgba s = SimulateCvd(Rgba{v, v, v, 1}, t);
      EXPECT_NEAR(s.r, v, 0.6) << CvdTypeName(t);
      EXPECT_NEAR(s.g, v, 0.6) << CvdTypeName(t);
      EXPECT_NEAR(s.b, v, 0.6) << CvdTypeName(t);
    }
  }
}

TEST(CheckCvdDistinct, DefaultPaletteStaysDistinctForEveryType) {
  CvdCheck check = CheckCvdDistinct(VerdictColours(DefaultPaletteCss()));
  EXPECT_TRUE(check.passes);
  for (const CvdPairReport& r : check.by_type) {
    EXPECT_GE(r.min_delta_e, kMinCvdDeltaE) << CvdTypeName(r.type);
    std::cout << "default palette, " << CvdTypeName(r.type)
              << ": min dE_OK " << r.min_delta_e << "\n";
  }
}

TEST(CheckCvdDistinct, TrafficLightRedAmberGreenFailsForDeuteranopes) {
  CvdCheck check =
      CheckCvdDistinct(VerdictColours({"#ff0000", "#ffbf00", "#00ff00"}));
  EXPECT_GE(check.min_delta_e_normal, kMinCvdDeltaE);  // fine for trichromats
  ASSERT_EQ(check.by_type[1].type, CvdType::kDeuteranopia);
  EXPECT_FALSE(check.by_type[1].passes);
  EXPECT_FALSE(check.passes);
}

TEST(CheckCvdDistinct, PureRedAndPureGreenCollapseForDeuteranopesOnly) {
  // #00b000 is the pure green whose deutan simulation matches pure red's
  // lightness; the blue between them stays clear of both.
  CvdCheck check =
      CheckCvdDistinct(VerdictColours({"#ff0000", "#0000ff", "#00b000"}));
  EXPECT_GE(check.min_delta_e_normal, 0.3);
  const CvdPairReport& deutan = check.by_type[1];
  EXPECT_FALSE(deutan.passes);
  EXPECT_LT(deutan.min_delta_e, 0.05);
  EXPECT_EQ(deutan.first, 0u);   // the red ...
  EXPECT_EQ(deutan.second, 2u);  // ... and the green
  EXPECT_TRUE(check.by_type[0].passes);  // protanopes still tell them apart
}

TEST(CheckCvdDistinct, FewerThanTwoColoursPass) {
  EXPECT_TRUE(CheckCvdDistinct({}).passes);
  EXPECT_TRUE(CheckCvdDistinct({Rgba{1, 2, 3, 1}}).passes);
}

// Reports, for random palettes, which simulations they survive; checks the
// verdict against a brute-force recomputation and that both outcomes occur.
TEST(CheckCvdDistinct, ReportsArbitraryPalettes) {
  std::mt19937 rng(99);
  std::uniform_int_distribution<int> channel(0, 255);
  int passed[3] = {0, 0, 0};
  const int kPalettes = 200;
  for (int n = 0; n < kPalettes; ++n) {
    std::vector<Rgba> colours;
    for (int k = 0; k < 3; ++k) {
      colours.push_back(Rgba{static_cast<double>(channel(rng)),
                             static_cast<double>(channel(rng)),
                             static_cast<double>(channel(rng)), 1});
    }
    CvdCheck check = CheckCvdDistinct(colours);
    for (size_t t = 0; t < 3; ++t) {
      double min_d = 1e9;
      for (size_t i = 0; i < 3; ++i) {
        for (size_t j = i + 1; j < 3; ++j) {
          min_d = std::min(
              min_d, DeltaEOk(ToOklab(SimulateCvd(colours[i], kAllCvdTypes[t])),
                              ToOklab(SimulateCvd(colours[j], kAllCvdTypes[t]))));
        }
      }
      EXPECT_NEAR(check.by_type[t].min_delta_e, min_d, 1e-12);
      EXPECT_EQ(check.by_type[t].passes, min_d >= kMinCvdDeltaE);
      passed[t] += check.by_type[t].passes ? 1 : 0;
    }
  }
  for (size_t t = 0; t < 3; ++t) {
    std::cout << CvdTypeName(kAllCvdTypes[t]) << ": " << passed[t] << "/"
              << kPalettes << " random palettes pass\n";
    EXPECT_GT(passed[t], 0);
    EXPECT_LT(passed[t], kPalettes);
  }
}

}  // namespace
}  // namespace seamkit::confidence

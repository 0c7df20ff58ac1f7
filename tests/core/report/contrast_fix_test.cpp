#include "core/report/contrast_fix.h"

#include <gtest/gtest.h>

#include <cmath>

#include "core/common/color.h"
#include "core/common/contrast.h"

namespace seamkit::report {
namespace {

Rgba Hex(const char* text) { return ParseCssColor(text).value(); }

// Brute force along the hue of `original`: every (L, C) on a 0.001 grid
// within `radius` of it. Returns the smallest OKLab distance of an in-gamut
// point that passes, both for the continuous colour and for its 8-bit
// rounding (distance measured to the rounded colour).
struct Brute {
  double exact = 1e9;
  double rounded = 1e9;
};

Brute BruteForce(const Rgba& original, const Rgba& fixed, double target,
                 double radius) {
  Oklab lab = ToOklab(original);
  double c0 = std::hypot(lab.a, lab.b);
  bool grey = c0 < kGreyChroma;
  double ua = grey ? 1 : lab.a / c0, ub = grey ? 0 : lab.b / c0;
  Rgba fixed8 = Round8(fixed);
  Brute out;
  constexpr double kStep = 0.001;
  for (double l = std::max(0.0, lab.l - radius);
       l <= std::min(1.0, lab.l + radius); l += kStep) {
    double c_lo = grey ? 0 : std::max(0.0, c0 - radius);
    double c_hi = grey ? 0 : c0 + radius;
    for (double c = c_lo; c <= c_hi + 1e-12; c += kStep) {
      Oklab p{l, c * ua, c * ub};
      Rgba rgb = FromOklab(p);
      if (!InGamut(rgb)) continue;
      if (ContrastRatio(rgb, fixed8) >= target) {
        out.exact = std::min(out.exact, DeltaEOk(lab, p));
      }
      Rgba r8 = Round8(rgb);
      if (ContrastRatio(r8, fixed8) >= target) {
        out.rounded = std::min(out.rounded, DeltaEOk(lab, ToOklab(r8)));
      }
    }
  }
  return out;
}

// Tolerances of the brute-force check: the continuous optimum must be
// within 1e-3 of the best grid point (the grid spacing), and the 8-bit
// answer within 0.006 of the best rounded grid point (about one 8-bit step
// in OKLab in mid tones).
constexpr double kExactTolerance = 1e-3;
constexpr double kRoundedTolerance = 0.006;

// Returns whether the target was reachable.
bool ExpectNearestAndPassing(const Rgba& moving, const Rgba& fixed,
                             double target) {
  ColorSuggestion s = NearestPassingColor(moving, fixed, target);
  if (!s.reachable) {
    // Then no colour of this hue passes anywhere in the gamut.
    Brute all = BruteForce(moving, fixed, target, 1.5);
    EXPECT_EQ(all.exact, 1e9) << ToHex(moving) << " on " << ToHex(fixed);
    EXPECT_EQ(all.rounded, 1e9) << ToHex(moving) << " on " << ToHex(fixed);
    return false;
  }
  Rgba got = Hex(s.hex.c_str());
  EXPECT_GE(ContrastRatio(got, Round8(fixed)), target) << s.hex;
  EXPECT_DOUBLE_EQ(s.ratio, ContrastRatio(got, Round8(fixed)));
  // Hue kept: the continuous optimum lies on the original hue ray.
  Oklab lab = ToOklab(moving);
  double c0 = std::hypot(lab.a, lab.b);
  double c = std::hypot(s.exact.a, s.exact.b);
  if (c0 > 0.01 && c > 0.01) {
    EXPECT_NEAR(std::atan2(s.exact.b, s.exact.a), std::atan2(lab.b, lab.a),
                1e-9);
  }
  Brute brute = BruteForce(moving, fixed, target, s.exact_delta_e + 0.02);
  EXPECT_GE(brute.exact, s.exact_delta_e - kExactTolerance) << s.hex;
  EXPECT_GE(brute.rounded, s.delta_e - kRoundedTolerance) << s.hex;
  // And the grid did find passing points near the answer (so the check
  // above compared against something).
  EXPECT_LE(brute.exact, s.exact_delta_e + kExactTolerance) << s.hex;
  return true;
}

TEST(NearestPassingColor, GreyOnWhiteBecomesTheFamous767676) {
  ColorSuggestion s =
      NearestPassingColor(Hex("#777777"), Hex("#ffffff"), 4.5);
  ASSERT_TRUE(s.reachable);
  EXPECT_EQ(s.hex, "#767676");
  EXPECT_NEAR(s.ratio, 4.54, 0.005);
}

TEST(NearestPassingColor, PassingColourIsReturnedUnchanged) {
  ColorSuggestion s = NearestPassingColor(Hex("#000000"), Hex("#fff"), 7);
  ASSERT_TRUE(s.reachable);
  EXPECT_EQ(s.hex, "#000000");
  EXPECT_EQ(s.delta_e, 0);
}

TEST(NearestPassingColor, UnreachableTargetIsReported) {
  // Against #777777 neither black (4.68:1) nor white (4.48:1) reaches 7:1.
  ColorSuggestion s = NearestPassingColor(Hex("#777777"), Hex("#777777"), 7);
  EXPECT_FALSE(s.reachable);
  EXPECT_TRUE(s.hex.empty());
}

TEST(NearestPassingColor, GreyStaysGrey) {
  ColorSuggestion s = NearestPassingColor(Hex("#999"), Hex("#fff"), 7);
  ASSERT_TRUE(s.reachable);
  Rgba c = Hex(s.hex.c_str());
  EXPECT_EQ(c.r, c.g);
  EXPECT_EQ(c.g, c.b);
}

struct Pair {
  const char* fg;
  const char* bg;
};

class BruteForceCheck : public ::testing::TestWithParam<Pair> {};

TEST_P(BruteForceCheck, EveryAnswerPassesAndNoCloserColourDoes) {
  Rgba fg = Hex(GetParam().fg), bg = Hex(GetParam().bg);
  int reachable = 0;
  for (double target : {4.5, 7.0, 3.0}) {
    reachable += ExpectNearestAndPassing(fg, bg, target);  // new text colour
    reachable += ExpectNearestAndPassing(bg, fg, target);  // new background
  }
  EXPECT_GE(reachable, 3);
}

INSTANTIATE_TEST_SUITE_P(
    Pairs, BruteForceCheck,
    ::testing::Values(Pair{"#ff6666", "#ffffff"}, Pair{"#4a90e2", "#f0f0f0"},
                      Pair{"#3366cc", "#222222"}, Pair{"#8a8a8a", "#ffffff"},
                      Pair{"#2e7d32", "#1b1b1b"}));

TEST(SuggestContrastFixes, GivesAaAndAaaForTextAndBackground) {
  ContrastFixes f = SuggestContrastFixes(Hex("#999"), Hex("#fff"), 16, 400);
  EXPECT_EQ(f.fg_hex, "#999999");
  EXPECT_FALSE(f.large_text);
  ASSERT_EQ(f.fixes.size(), 4u);
  EXPECT_EQ(f.fixes[0].suggestion.target, 4.5);
  EXPECT_EQ(f.fixes[2].suggestion.target, 7.0);
  EXPECT_EQ(f.fixes[1].change, FixTarget::kBackground);
  // White cannot get lighter: the background fix must darken it so much
  // that #999 reaches 4.5, which no background can (max vs black 7.4).
  EXPECT_TRUE(f.fixes[1].suggestion.reachable);
  EXPECT_GE(f.fixes[1].suggestion.ratio, 4.5);
}

TEST(SuggestContrastFixes, LargeBoldTextUsesThreeToOne) {
  ContrastFixes f = SuggestContrastFixes(Hex("#999"), Hex("#fff"), 19, 700);
  EXPECT_TRUE(f.large_text);
  EXPECT_EQ(f.fixes[0].suggestion.target, 3.0);
  EXPECT_EQ(f.fixes[2].suggestion.target, 4.5);
}

TEST(SuggestContrastFixes, CompositesTranslucentColours) {
  // 50% black over white paints #808080 (127.5 rounds up).
  ContrastFixes f = SuggestContrastFixes(Rgba{0, 0, 0, 0.5},
                                         Rgba{255, 255, 255, 1}, 16, 400);
  EXPECT_EQ(f.fg_hex, "#808080");
  EXPECT_EQ(f.bg_hex, "#ffffff");
}

}  // namespace
}  // namespace seamkit::report

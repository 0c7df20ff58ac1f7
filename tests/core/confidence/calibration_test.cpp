#include "core/confidence/calibration.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

#include "core/confidence/input_checks.h"

namespace seamkit::confidence {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

double At(const CalibrationParams& p, double s) {
  auto v = Apply(p, s);
  EXPECT_TRUE(v.ok()) << v.status().message();
  return v.ok() ? *v : kNaN;
}

TEST(FitIsotonic, PoolsTiesThenViolatorsByHand) {
  // Ties first: x=1 -> {1,0} mean 1/2 (w 2), x=2 -> 0, x=3 -> {1,1} = 1
  // (w 2), x=4 -> 0. PAVA: 1/2 > 0 pools to 1/3 over x=1,2; 1 > 0 pools to
  // (2+0)/3 = 2/3 over x=3,4. No interior point is level with both sides.
  auto fit = FitIsotonic({3, 1, 2, 1, 4, 3}, {1, 1, 0, 0, 0, 1});
  ASSERT_TRUE(fit.ok()) << fit.status().message();
  EXPECT_EQ(fit->x, (std::vector<double>{1, 2, 3, 4}));
  ASSERT_EQ(fit->y.size(), 4u);
  EXPECT_DOUBLE_EQ(fit->y[0], 1.0 / 3);
  EXPECT_DOUBLE_EQ(fit->y[1], 1.0 / 3);
  EXPECT_DOUBLE_EQ(fit->y[2], 2.0 / 3);
  EXPECT_DOUBLE_EQ(fit->y[3], 2.0 / 3);
  EXPECT_DOUBLE_EQ(At(*fit, 2.5), 0.5);       // halfway between 1/3 and 2/3
  EXPECT_DOUBLE_EQ(At(*fit, -7.0), 1.0 / 3);  // clipped below
  EXPECT_DOUBLE_EQ(At(*fit, 99.0), 2.0 / 3);  // clipped above
}

TEST(FitIsotonic, MergesScoresWithin1e15AndTrimsLevelRuns) {
  // 0 and 5e-16 are one point (mean label 1/2); 2, 3, 4 all fit 1, so the
  // interior x=3 is dropped.
  auto fit = FitIsotonic({0.0, 5e-16, 2, 3, 4}, {0, 1, 1, 1, 1});
  ASSERT_TRUE(fit.ok());
  EXPECT_EQ(fit->x, (std::vector<double>{0, 2, 4}));
  EXPECT_EQ(fit->y, (std::vector<double>{0.5, 1, 1}));
  EXPECT_DOUBLE_EQ(At(*fit, 1.0), 0.75);
}

TEST(FitIsotonic, SingleDistinctScoreIsConstant) {
  auto fit = FitIsotonic({0.3, 0.3, 0.3, 0.3}, {0, 1, 1, 1});
  ASSERT_TRUE(fit.ok());
  EXPECT_DOUBLE_EQ(At(*fit, -5), 0.75);
  EXPECT_DOUBLE_EQ(At(*fit, 5), 0.75);
}

// The Platt fit is the stationary point of scikit-learn's objective: its
// gradient sum (t - P) [s, 1] vanishes at (a, b).
TEST(FitPlatt, GradientOfPriorCorrectedLossVanishes) {
  std::vector<double> s = {-3, -2, -1.5, -1, -0.2, 0.1, 0.4, 1, 2, 2.5};
  std::vector<int> y = {0, 0, 1, 0, 0, 1, 0, 1, 1, 1};
  auto fit = FitPlatt(s, y);
  ASSERT_TRUE(fit.ok()) << fit.status().message();
  EXPECT_LT(fit->a, 0);  // higher score, higher probability
  double ga = 0, gb = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    double t = y[i] ? 6.0 / 7.0 : 1.0 / 7.0;  // 5 of each: (5+1)/(5+2), 1/7
    double p = 1 / (1 + std::exp(fit->a * s[i] + fit->b));
    ga += (t - p) * s[i];
    gb += t - p;
  }
  EXPECT_NEAR(ga, 0, 1e-9);
  EXPECT_NEAR(gb, 0, 1e-9);
}

TEST(FitPlatt, SeparableDataStaysFinite) {
  // Plain labels would send a to -infinity; Platt's targets keep it finite.
  auto fit = FitPlatt({-2, -1, 1, 2}, {0, 0, 1, 1});
  ASSERT_TRUE(fit.ok());
  EXPECT_TRUE(std::isfinite(fit->a) && std::isfinite(fit->b));
  EXPECT_GT(At(*fit, 2), 0.6);
  EXPECT_LT(At(*fit, 2), 0.9);
}

double BinaryNll(const std::vector<double>& z, const std::vector<int>& y,
                 double t) {
  double sum = 0;
  for (size_t i = 0; i < z.size(); ++i) {
    double p = 1 / (1 + std::exp(-z[i] / t));
    sum -= y[i] ? std::log(p) : std::log(1 - p);
  }
  return sum;
}

TEST(FitTemperature, MinimisesNllAndClampsSeparableData) {
  // Logits drawn as 3 * true logit: the fitted T should come out near 3.
  std::mt19937 rng(7);
  std::normal_distribution<double> gauss(0, 2);
  std::uniform_real_distribution<double> u(0, 1);
  std::vector<double> z;
  std::vector<int> y;
  for (int i = 0; i < 4000; ++i) {
    double logit = gauss(rng);
    y.push_back(u(rng) < 1 / (1 + std::exp(-logit)) ? 1 : 0);
    z.push_back(3 * logit);
  }
  auto fit = FitTemperature(z, y);
  ASSERT_TRUE(fit.ok()) << fit.status().message();
  double t = fit->temperature;
  EXPECT_NEAR(t, 3.0, 0.3);
  EXPECT_LT(BinaryNll(z, y, t), BinaryNll(z, y, t * 1.001));
  EXPECT_LT(BinaryNll(z, y, t), BinaryNll(z, y, t / 1.001));
  auto separable = FitTemperature({-1, -0.5, 0.5, 1}, {0, 0, 1, 1});
  ASSERT_TRUE(separable.ok());
  EXPECT_DOUBLE_EQ(separable->temperature, kMinTemperature);
}

TEST(FitTemperatureMulticlass, RejectsBadShapes) {
  EXPECT_EQ(
      FitTemperatureMulticlass({1, 2, 3, 4, 5}, 2, {0, 1}).status().code(),
      ErrorCode::kInvalidArgument);
  EXPECT_EQ(
      FitTemperatureMulticlass({1, 2, 3, 4}, 2, {0, 1, 1}).status().code(),
      ErrorCode::kInvalidArgument);
  EXPECT_EQ(FitTemperatureMulticlass({1, 2, 3, 4}, 1, {0, 0}).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(FitTemperatureMulticlass({1, 2, 3, 4}, 2, {0, 2}).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(FitTemperatureMulticlass({1, 2, 3, 4}, 2, {1, 1}).status().code(),
            ErrorCode::kInvalidArgument);  // a single class
  EXPECT_EQ(
      FitTemperatureMulticlass({1, kNaN, 3, 4}, 2, {0, 1}).status().code(),
      ErrorCode::kInvalidArgument);
  auto params = FitTemperatureMulticlass({1, 2, 3, 0, 0, 4}, 3, {2, 0});
  ASSERT_TRUE(params.ok());
  EXPECT_EQ(Apply(*params, 0.5).status().code(), ErrorCode::kInvalidArgument);
}

TEST(FitHistogramBinning, EqualWidthBinsByHand) {
  // Two bins split at 0.5, upper edge inclusive: {0.05, 0.15, 0.12, 0.5}
  // hold 1 positive of 4 -> 0.25; {0.95, 0.85} -> 1.
  auto fit = FitHistogramBinning({0.05, 0.15, 0.12, 0.5, 0.95, 0.85},
                                 {0, 1, 0, 0, 1, 1}, 2, Binning::kEqualWidth);
  ASSERT_TRUE(fit.ok()) << fit.status().message();
  EXPECT_EQ(fit->values, (std::vector<double>{0.25, 1.0}));
  EXPECT_DOUBLE_EQ(At(*fit, 0.5), 0.25);
  EXPECT_DOUBLE_EQ(At(*fit, 0.500001), 1.0);
  EXPECT_DOUBLE_EQ(At(*fit, 0.0), 0.25);
  EXPECT_EQ(Apply(*fit, 1.5).status().code(), ErrorCode::kOutOfRange);
  // Four bins: (0.25, 0.5] and (0.5, 0.75] get no sample... except 0.5 in
  // the second; the third is empty and predicts its midpoint 0.625.
  auto four = FitHistogramBinning({0.05, 0.15, 0.12, 0.5, 0.95, 0.85},
                                  {0, 1, 0, 0, 1, 1}, 4, Binning::kEqualWidth);
  ASSERT_TRUE(four.ok());
  EXPECT_EQ(four->values, (std::vector<double>{1.0 / 3, 0.0, 0.625, 1.0}));
}

TEST(FitHistogramBinning, EqualMassSplitsAtTheMedian) {
  // Sorted 0.1 0.2 0.3 0.4: the median edge is 0.25 (interpolated).
  auto fit = FitHistogramBinning({0.4, 0.1, 0.3, 0.2}, {1, 0, 1, 1}, 2,
                                 Binning::kEqualMass);
  ASSERT_TRUE(fit.ok());
  EXPECT_EQ(fit->edges, (std::vector<double>{0.0, 0.25, 1.0}));
  EXPECT_EQ(fit->values, (std::vector<double>{0.5, 1.0}));
}

TEST(CalibrationFits, RejectBadInputWithTypedErrors) {
  using Fit = StatusOr<CalibrationParams> (*)(const std::vector<double>&,
                                              const std::vector<int>&);
  for (Fit fit : {&FitIsotonic, &FitPlatt, &FitTemperature}) {
    EXPECT_EQ(fit({}, {}).status().code(), ErrorCode::kInvalidArgument);
    EXPECT_EQ(fit({0.1, 0.2}, {0}).status().code(),
              ErrorCode::kInvalidArgument);
    EXPECT_EQ(fit({0.1, kNaN}, {0, 1}).status().code(),
              ErrorCode::kInvalidArgument);
    EXPECT_EQ(fit({0.1, kInf}, {0, 1}).status().code(),
              ErrorCode::kInvalidArgument);
    EXPECT_EQ(fit({0.1, -kInf}, {0, 1}).status().code(),
              ErrorCode::kInvalidArgument);
    auto single = fit({0.1, 0.2, 0.3}, {1, 1, 1});
    EXPECT_EQ(single.status().code(), ErrorCode::kInvalidArgument);
    EXPECT_NE(single.status().message().find("single class"),
              std::string::npos);
    EXPECT_EQ(fit({0.1, 0.2}, {0, 2}).status().code(),
              ErrorCode::kInvalidArgument);
  }
  EXPECT_EQ(FitPlatt({0.5, 0.5}, {0, 1}).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(FitHistogramBinning({0.1, 1.2}, {0, 1}, 2, Binning::kEqualWidth)
                .status()
                .code(),
            ErrorCode::kOutOfRange);
  EXPECT_EQ(FitHistogramBinning({0.1, 0.9}, {0, 1}, 0, Binning::kEqualWidth)
                .status()
                .code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(FitHistogramBinning({0.1, 0.9}, {0, 1}, 2, static_cast<Binning>(7))
                .status()
                .code(),
            ErrorCode::kInvalidArgument);
}

TEST(CalibrationFits, RejectOversizeInput) {
  std::vector<double> big(kMaxSamples + 1, 0.5);
  std::vector<int> labels(kMaxSamples + 1, 0);
  EXPECT_EQ(FitIsotonic(big, labels).status().code(),
            ErrorCode::kLimitExceeded);
  EXPECT_EQ(FitPlatt(big, labels).status().code(), ErrorCode::kLimitExceeded);
}

TEST(Apply, RejectsNonFiniteScoresAndBrokenParams) {
  CalibrationParams platt;
  platt.method = CalibrationMethod::kPlatt;
  platt.a = -2;
  EXPECT_DOUBLE_EQ(At(platt, 0), 0.5);
  EXPECT_EQ(Apply(platt, kNaN).status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(Apply(platt, kInf).status().code(), ErrorCode::kInvalidArgument);
  platt.b = kNaN;
  EXPECT_EQ(Apply(platt, 0).status().code(), ErrorCode::kMalformed);
  CalibrationParams iso;
  iso.method = CalibrationMethod::kIsotonic;
  iso.x = {1, 0};
  iso.y = {0, 1};
  EXPECT_EQ(Apply(iso, 0).status().code(), ErrorCode::kMalformed);
  CalibrationParams temp;
  temp.temperature = 0;
  EXPECT_EQ(Apply(temp, 0).status().code(), ErrorCode::kMalformed);
}

}  // namespace
}  // namespace seamkit::confidence

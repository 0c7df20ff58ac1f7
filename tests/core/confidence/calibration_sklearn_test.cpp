// seamkit's calibrators against scikit-learn 1.2.1 on real classifiers'
// scores (fixtures from scripts/make_calibration_fixtures.py).
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/confidence/calibration.h"
#include "core/confidence/metrics.h"
#include "tests/core/confidence/fixture_util.h"

namespace seamkit::confidence {
namespace {

using testing::Doubles;
using testing::Ints;
using testing::LoadFixture;

const char* const kBinaryFixtures[] = {"breast_cancer_gnb", "digits3_gnb",
                                       "digits3_svc"};

std::vector<double> ApplyAll(const CalibrationParams& p,
                             const std::vector<double>& scores) {
  std::vector<double> out;
  for (double s : scores) {
    auto v = Apply(p, s);
    EXPECT_TRUE(v.ok()) << v.status().message();
    out.push_back(v.ok() ? *v : NAN);
  }
  return out;
}

void ExpectAllNear(const std::vector<double>& got,
                   const std::vector<double>& want, double tol,
                   const std::string& what) {
  ASSERT_EQ(got.size(), want.size()) << what;
  for (size_t i = 0; i < got.size(); ++i) {
    ASSERT_NEAR(got[i], want[i], tol) << what << " at " << i;
  }
}

double Ece10(const std::vector<double>& p, const std::vector<int>& y) {
  auto e = BinaryEce(p, y, 10, Binning::kEqualWidth,
                     BinaryReliability::kPositiveClass);
  EXPECT_TRUE(e.ok()) << e.status().message();
  return e.ok() ? *e : NAN;
}

TEST(SklearnPeer, FixturesAreThere) {
  for (const char* name : kBinaryFixtures) {
    auto fx = LoadFixture(name);
    ASSERT_FALSE(fx.is_discarded()) << name;
    EXPECT_GT(fx["fit_scores"].size(), 100u) << name;
  }
}

TEST(SklearnPeer, IsotonicMatchesIsotonicRegressionWithin1e9) {
  for (const char* name : kBinaryFixtures) {
    auto fx = LoadFixture(name);
    auto fit = FitIsotonic(Doubles(fx["fit_scores"]), Ints(fx["fit_labels"]));
    ASSERT_TRUE(fit.ok()) << fit.status().message();
    // Same thresholds after scikit-learn's trim of level interior points.
    ExpectAllNear(fit->x, Doubles(fx["isotonic"]["x_thresholds"]), 0.0,
                  std::string(name) + " x");
    ExpectAllNear(fit->y, Doubles(fx["isotonic"]["y_thresholds"]), 1e-12,
                  std::string(name) + " y");
    auto pred = ApplyAll(*fit, Doubles(fx["test_scores"]));
    ExpectAllNear(pred, Doubles(fx["isotonic"]["test_predictions"]), 1e-9,
                  std::string(name) + " IsotonicRegression.predict");
    ExpectAllNear(pred, Doubles(fx["ccv_isotonic_test_proba"]), 1e-9,
                  std::string(name) + " CalibratedClassifierCV isotonic");
  }
}

TEST(SklearnPeer, PlattMatchesSigmoidCalibrationWithin1e4) {
  for (const char* name : kBinaryFixtures) {
    auto fx = LoadFixture(name);
    auto fit = FitPlatt(Doubles(fx["fit_scores"]), Ints(fx["fit_labels"]));
    ASSERT_TRUE(fit.ok()) << fit.status().message();
    EXPECT_NEAR(fit->a, fx["sigmoid"]["a"].get<double>(), 1e-4) << name;
    EXPECT_NEAR(fit->b, fx["sigmoid"]["b"].get<double>(), 1e-4) << name;
    auto pred = ApplyAll(*fit, Doubles(fx["test_scores"]));
    ExpectAllNear(pred, Doubles(fx["sigmoid"]["test_predictions"]), 1e-4,
                  std::string(name) + " _sigmoid_calibration");
    ExpectAllNear(pred, Doubles(fx["ccv_sigmoid_test_proba"]), 1e-4,
                  std::string(name) + " CalibratedClassifierCV sigmoid");
  }
}

// GaussianNB is notoriously over-confident: both calibrators, fitted on the
// calibration split, must lower the held-out ECE (10 equal-width bins).
TEST(SklearnPeer, CalibrationLowersHeldOutEce) {
  for (const char* name : {"breast_cancer_gnb", "digits3_gnb"}) {
    auto fx = LoadFixture(name);
    auto fit_s = Doubles(fx["fit_scores"]);
    auto fit_y = Ints(fx["fit_labels"]);
    auto test_s = Doubles(fx["test_scores"]);
    auto test_y = Ints(fx["test_labels"]);
    double raw = Ece10(test_s, test_y);
    auto iso = FitIsotonic(fit_s, fit_y);
    auto platt = FitPlatt(fit_s, fit_y);
    auto hist = FitHistogramBinning(fit_s, fit_y, 10, Binning::kEqualMass);
    ASSERT_TRUE(iso.ok() && platt.ok() && hist.ok());
    EXPECT_LT(Ece10(ApplyAll(*iso, test_s), test_y), raw) << name;
    EXPECT_LT(Ece10(ApplyAll(*platt, test_s), test_y), raw) << name;
    EXPECT_LT(Ece10(ApplyAll(*hist, test_s), test_y), raw) << name;
  }
}

TEST(SklearnPeer, BinaryTemperatureMatchesScipyOptimum) {
  auto fx = LoadFixture("digits3_svc");
  auto fit = FitTemperature(Doubles(fx["fit_scores"]), Ints(fx["fit_labels"]));
  ASSERT_TRUE(fit.ok()) << fit.status().message();
  double want = fx["temperature"].get<double>();
  EXPECT_NEAR(fit->temperature, want, 1e-6 * want);
  // Sigmoid of the raw margin vs temperature-scaled: ECE must drop.
  auto test_s = Doubles(fx["test_scores"]);
  auto test_y = Ints(fx["test_labels"]);
  std::vector<double> raw;
  for (double s : test_s) raw.push_back(1.0 / (1.0 + std::exp(-s)));
  EXPECT_LT(Ece10(ApplyAll(*fit, test_s), test_y), Ece10(raw, test_y));
}

std::vector<double> Softmax(const std::vector<double>& z, size_t k, double t) {
  std::vector<double> p(z.size());
  for (size_t r = 0; r < z.size() / k; ++r) {
    double mx = z[r * k], sum = 0;
    for (size_t j = 1; j < k; ++j) mx = std::max(mx, z[r * k + j]);
    for (size_t j = 0; j < k; ++j) sum += std::exp((z[r * k + j] - mx) / t);
    for (size_t j = 0; j < k; ++j) {
      p[r * k + j] = std::exp((z[r * k + j] - mx) / t) / sum;
    }
  }
  return p;
}

TEST(SklearnPeer, MulticlassTemperatureMatchesScipyAndHelpsHeldOut) {
  auto fx = LoadFixture("digits_lr_multiclass");
  const size_t k = fx["num_classes"].get<size_t>();
  auto fit = FitTemperatureMulticlass(Doubles(fx["fit_logits"]), k,
                                      Ints(fx["fit_labels"]));
  ASSERT_TRUE(fit.ok()) << fit.status().message();
  double want = fx["temperature"].get<double>();
  EXPECT_NEAR(fit->temperature, want, 1e-6 * want);
  EXPECT_EQ(fit->num_classes, k);
  auto z = Doubles(fx["test_logits"]);
  auto y = Ints(fx["test_labels"]);
  auto raw = Softmax(z, k, 1.0);
  auto cal = Softmax(z, k, fit->temperature);
  // At T = 1 our NLL is scikit-learn's log_loss of predict_proba.
  auto nll_raw = MulticlassNegativeLogLikelihood(raw, k, y);
  auto nll_cal = MulticlassNegativeLogLikelihood(cal, k, y);
  ASSERT_TRUE(nll_raw.ok() && nll_cal.ok());
  EXPECT_NEAR(*nll_raw, fx["test_log_loss_uncalibrated"].get<double>(), 1e-9);
  EXPECT_LT(*nll_cal, *nll_raw);
  auto ece_raw = TopLabelEce(raw, k, y, 10, Binning::kEqualWidth);
  auto ece_cal = TopLabelEce(cal, k, y, 10, Binning::kEqualWidth);
  ASSERT_TRUE(ece_raw.ok() && ece_cal.ok());
  EXPECT_LT(*ece_cal, *ece_raw);
  // ApplySoftmax (float) agrees with the double reference.
  std::vector<float> zf(z.begin(), z.end()), out(z.size());
  ASSERT_TRUE(ApplySoftmax(*fit, zf.data(), out.data(), y.size()).ok());
  for (size_t i = 0; i < out.size(); ++i) ASSERT_NEAR(out[i], cal[i], 1e-5);
}

// Reliability data and scores against calibration_curve, brier_score_loss
// and log_loss on the raw held-out probabilities.
TEST(SklearnPeer, MetricsMatchSklearn) {
  for (const char* name : {"breast_cancer_gnb", "digits3_gnb"}) {
    auto fx = LoadFixture(name);
    auto p = Doubles(fx["test_scores"]);
    auto y = Ints(fx["test_labels"]);
    const auto& m = fx["test_metrics"];
    EXPECT_NEAR(*BrierScore(p, y), m["brier"].get<double>(), 1e-12) << name;
    EXPECT_NEAR(*NegativeLogLikelihood(p, y), m["log_loss"].get<double>(), 1e-9)
        << name;
    for (auto [key, binning] :
         {std::pair{"calibration_curve_uniform", Binning::kEqualWidth},
          std::pair{"calibration_curve_quantile", Binning::kEqualMass}}) {
      auto d = BinaryReliabilityDiagram(p, y, 10, binning,
                                        BinaryReliability::kPositiveClass);
      ASSERT_TRUE(d.ok());
      auto want_true = Doubles(m[key]["prob_true"]);
      auto want_pred = Doubles(m[key]["prob_pred"]);
      ASSERT_EQ(d->bins.size(), want_true.size()) << name << " " << key;
      for (size_t b = 0; b < d->bins.size(); ++b) {
        EXPECT_NEAR(d->bins[b].accuracy, want_true[b], 1e-12) << key << b;
        EXPECT_NEAR(d->bins[b].mean_confidence, want_pred[b], 1e-12)
            << key << b;
      }
    }
  }
}

}  // namespace
}  // namespace seamkit::confidence

#include "core/confidence/metrics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

namespace seamkit::confidence {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const std::vector<double> kP = {0.1, 0.3, 0.35, 0.8, 0.9};
const std::vector<int> kY = {0, 0, 1, 1, 1};

TEST(BinaryReliabilityDiagram, PositiveClassByHand) {
  // Two bins split at 0.5. Low: {0.1, 0.3, 0.35}, mean 0.25, 1/3 positive,
  // gap 1/12. High: {0.8, 0.9}, mean 0.85, all positive, gap 0.15.
  // ECE = 3/5 * 1/12 + 2/5 * 0.15 = 0.05 + 0.06 = 0.11; MCE = 0.15.
  auto d = BinaryReliabilityDiagram(kP, kY, 2, Binning::kEqualWidth,
                                    BinaryReliability::kPositiveClass);
  ASSERT_TRUE(d.ok()) << d.status().message();
  ASSERT_EQ(d->bins.size(), 2u);
  EXPECT_DOUBLE_EQ(d->bins[0].lower, 0.0);
  EXPECT_DOUBLE_EQ(d->bins[0].upper, 0.5);
  EXPECT_EQ(d->bins[0].count, 3u);
  EXPECT_NEAR(d->bins[0].mean_confidence, 0.25, 1e-15);
  EXPECT_NEAR(d->bins[0].accuracy, 1.0 / 3, 1e-15);
  EXPECT_EQ(d->bins[1].count, 2u);
  EXPECT_NEAR(d->bins[1].mean_confidence, 0.85, 1e-15);
  EXPECT_DOUBLE_EQ(d->bins[1].accuracy, 1.0);
  EXPECT_NEAR(d->ece, 0.11, 1e-15);
  EXPECT_NEAR(d->mce, 0.15, 1e-15);
  EXPECT_EQ(d->total, 5u);
}

TEST(BinaryReliabilityDiagram, PredictedClassByHand) {
  // Confidences max(p, 1-p) = .9 .7 .65 .8 .9, all in (0.5, 1]; predictions
  // (p > 0.5) 0 0 0 1 1 are right 4 of 5. One bin: mean 3.95 / 5 = 0.79,
  // accuracy 0.8, ECE = MCE = 0.01.
  auto e = BinaryEce(kP, kY, 2, Binning::kEqualWidth,
                     BinaryReliability::kPredictedClass);
  ASSERT_TRUE(e.ok());
  EXPECT_NEAR(*e, 0.01, 1e-15);
}

TEST(BinaryReliabilityDiagram, EqualMassDiffersFromEqualWidth) {
  std::vector<double> p = {0.1, 0.2, 0.6, 0.7};
  std::vector<int> y = {0, 1, 0, 1};
  // Equal width, 4 bins (edges .25 .5 .75): {.1,.2} gap |.5-.15| = .35 and
  // {.6,.7} gap |.5-.65| = .15; ECE = (.35 + .15) / 2 = 0.25.
  auto w = BinaryEce(p, y, 4, Binning::kEqualWidth,
                     BinaryReliability::kPositiveClass);
  ASSERT_TRUE(w.ok());
  EXPECT_NEAR(*w, 0.25, 1e-15);
  // Equal mass, 4 bins: quantile positions .75 1.5 2.25 give edges .175 .4
  // .625, one sample each: gaps .1 .8 .6 .3, ECE = 1.8 / 4 = 0.45, MCE .8.
  auto m = BinaryReliabilityDiagram(p, y, 4, Binning::kEqualMass,
                                    BinaryReliability::kPositiveClass);
  ASSERT_TRUE(m.ok());
  ASSERT_EQ(m->bins.size(), 4u);
  EXPECT_NEAR(m->bins[1].lower, 0.175, 1e-15);
  EXPECT_NEAR(m->bins[1].upper, 0.4, 1e-15);
  EXPECT_NEAR(m->ece, 0.45, 1e-15);
  EXPECT_NEAR(m->mce, 0.8, 1e-15);
}

// Rows: [.7 .2 .1] label 0 (right, .7); [.2 .5 .3] label 2 (wrong, .5);
// [.1 .1 .8] label 2 (right, .8); [.4 .4 .2] label 1 (tie -> class 0,
// wrong, .4).
const std::vector<double> kRows = {0.7, 0.2, 0.1, 0.2, 0.5, 0.3,
                                   0.1, 0.1, 0.8, 0.4, 0.4, 0.2};
const std::vector<int> kRowLabels = {0, 2, 2, 1};

TEST(TopLabel, EceBrierAndNllByHand) {
  // Bins at 0.5: {.5, .4} mean .45 accuracy 0; {.7, .8} mean .75 accuracy 1.
  // ECE = .5 * .45 + .5 * .25 = 0.35, MCE = 0.45.
  auto d =
      TopLabelReliabilityDiagram(kRows, 3, kRowLabels, 2, Binning::kEqualWidth);
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_NEAR(d->ece, 0.35, 1e-15);
  EXPECT_NEAR(d->mce, 0.45, 1e-15);
  // Brier per row: .09+.04+.01 = .14; .04+.25+.49 = .78; .01+.01+.04 = .06;
  // .16+.36+.04 = .56. Mean 1.54 / 4 = 0.385.
  EXPECT_NEAR(*MulticlassBrierScore(kRows, 3, kRowLabels), 0.385, 1e-15);
  double nll =
      -(std::log(0.7) + std::log(0.3) + std::log(0.8) + std::log(0.4)) / 4;
  EXPECT_NEAR(*MulticlassNegativeLogLikelihood(kRows, 3, kRowLabels), nll,
              1e-15);
}

TEST(BrierAndNll, BinaryByHand) {
  // (.1)^2 + (.3)^2 + (.65)^2 + (.2)^2 + (.1)^2 = .5725; / 5 = 0.1145.
  EXPECT_NEAR(*BrierScore(kP, kY), 0.1145, 1e-15);
  double nll = -(std::log(0.9) + std::log(0.7) + std::log(0.35) +
                 std::log(0.8) + std::log(0.9)) /
               5;
  EXPECT_NEAR(*NegativeLogLikelihood(kP, kY), nll, 1e-15);
  // A confident miss is clipped at eps, not infinite: -log(2.22e-16) / 2.
  auto clipped = NegativeLogLikelihood({0.0, 1.0}, {1, 1});
  ASSERT_TRUE(clipped.ok());
  EXPECT_NEAR(*clipped, -std::log(kNllEpsilon) / 2, 1e-9);
}

TEST(RiskCoverage, TiesEnterTogetherByHand) {
  // Sorted: .9 right | .8 right, .8 wrong | .6 right | .3 wrong.
  // Points: (cov .2, risk 0), (.6, 1/3), (.8, 1/4), (1, 2/5).
  // AURC = 0 * .2 + 1/3 * .4 + 1/4 * .2 + 2/5 * .2 = 0.2633...
  auto c = RiskCoverage({0.8, 0.9, 0.3, 0.8, 0.6}, {0, 1, 0, 1, 1});
  ASSERT_TRUE(c.ok()) << c.status().message();
  ASSERT_EQ(c->points.size(), 4u);
  EXPECT_DOUBLE_EQ(c->points[0].threshold, 0.9);
  EXPECT_DOUBLE_EQ(c->points[0].risk, 0.0);
  EXPECT_DOUBLE_EQ(c->points[1].threshold, 0.8);
  EXPECT_EQ(c->points[1].accepted, 3u);
  EXPECT_EQ(c->points[1].errors, 1u);
  EXPECT_DOUBLE_EQ(c->points[1].coverage, 0.6);
  EXPECT_DOUBLE_EQ(c->points[2].risk, 0.25);
  EXPECT_DOUBLE_EQ(c->points[3].coverage, 1.0);
  EXPECT_DOUBLE_EQ(c->points[3].risk, 0.4);
  EXPECT_NEAR(c->aurc, 0.4 / 3 + 0.05 + 0.08, 1e-15);
}

TEST(RiskCoverage, WithoutTiesAurcIsTheMeanSelectiveRisk) {
  // Risks after 1, 2, 3 samples: 0, 1/2, 1/3; mean 5/18.
  auto c = RiskCoverage({0.5, 0.9, 0.7}, {1, 1, 0});
  ASSERT_TRUE(c.ok());
  EXPECT_NEAR(c->aurc, 5.0 / 18, 1e-15);
}

TEST(Metrics, RejectBadInputWithTypedErrors) {
  auto code = [](auto s) { return s.status().code(); };
  auto ece = [](const std::vector<double>& p, const std::vector<int>& y) {
    return BinaryEce(p, y, 10, Binning::kEqualWidth,
                     BinaryReliability::kPositiveClass);
  };
  EXPECT_EQ(code(ece({}, {})), ErrorCode::kInvalidArgument);
  EXPECT_EQ(code(ece({0.2, 0.3}, {1})), ErrorCode::kInvalidArgument);
  EXPECT_EQ(code(ece({0.2, kNaN}, {1, 0})), ErrorCode::kInvalidArgument);
  EXPECT_EQ(code(ece({0.2, 1.01}, {1, 0})), ErrorCode::kOutOfRange);
  EXPECT_EQ(code(ece({0.2, -0.01}, {1, 0})), ErrorCode::kOutOfRange);
  EXPECT_EQ(code(ece({0.2, 0.3}, {1, 3})), ErrorCode::kInvalidArgument);
  EXPECT_EQ(code(BinaryEce({0.2}, {1}, 0, Binning::kEqualWidth,
                           BinaryReliability::kPositiveClass)),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(code(BinaryEce({0.2}, {1}, 5, Binning::kEqualWidth,
                           static_cast<BinaryReliability>(9))),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(code(BrierScore({kNaN}, {1})), ErrorCode::kInvalidArgument);
  EXPECT_EQ(code(NegativeLogLikelihood({1.5}, {1})), ErrorCode::kOutOfRange);
  // Rows that do not sum to 1, wrong shape, label outside the classes.
  EXPECT_EQ(code(MulticlassBrierScore({0.5, 0.6}, 2, {0})),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(code(MulticlassBrierScore({0.5, 0.5, 1}, 2, {0})),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(code(TopLabelEce({0.5, 0.5}, 2, {2}, 10, Binning::kEqualMass)),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(code(RiskCoverage({0.5, kNaN}, {1, 0})),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(code(RiskCoverage({0.5, 0.2}, {1, 2})),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(code(RiskCoverage({}, {})), ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace seamkit::confidence

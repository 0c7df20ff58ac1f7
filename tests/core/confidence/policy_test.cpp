#include "core/confidence/policy.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace seamkit::confidence {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

TEST(DecideBinary, ThreeVerdictsWithConfigurableLabels) {
  BinaryPolicy p;
  p.low = 0.2;
  p.high = 0.8;
  EXPECT_EQ(DecideBinary(p, 0.8)->verdict, 1);
  EXPECT_EQ(DecideBinary(p, 0.8)->label, "likely-true");
  EXPECT_EQ(DecideBinary(p, 0.5)->label, "unverified");
  EXPECT_EQ(DecideBinary(p, 0.5)->verdict, kAbstain);
  EXPECT_EQ(DecideBinary(p, 0.2)->label, "likely-false");
  p.positive_label = "verified";
  p.abstain_label = "needs review";
  EXPECT_EQ(DecideBinary(p, 0.99)->label, "verified");
  EXPECT_EQ(DecideBinary(p, 0.3)->label, "needs review");
  auto batch = DecideBinaryBatch(p, {0.0, 0.19, 0.21, 0.79, 0.8, 1.0});
  ASSERT_TRUE(batch.ok());
  EXPECT_EQ(*batch, (std::vector<int>{0, 0, kAbstain, kAbstain, 1, 1}));
}

TEST(DecideBinary, RejectsBadInput) {
  BinaryPolicy p;
  EXPECT_EQ(DecideBinary(p, kNaN).status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(DecideBinary(p, 1.2).status().code(), ErrorCode::kOutOfRange);
  EXPECT_EQ(DecideBinaryBatch(p, {0.5, -0.1}).status().code(),
            ErrorCode::kOutOfRange);
  p.low = 0.9;
  p.high = 0.1;
  EXPECT_EQ(DecideBinary(p, 0.5).status().code(), ErrorCode::kInvalidArgument);
  p = BinaryPolicy();
  p.high = kNaN;
  EXPECT_EQ(DecideBinary(p, 0.5).status().code(), ErrorCode::kInvalidArgument);
  p = BinaryPolicy();
  p.positive_label = "";
  EXPECT_EQ(DecideBinary(p, 0.5).status().code(), ErrorCode::kInvalidArgument);
}

// p:      .95 .9 .85 .8  .7  .6  .4  .2
// label:    1  1   0  1   1   0   0   0
// Accepting p >= t, precision: 1, 1, 2/3, 3/4, 4/5, 4/6, 4/7, 4/8.
const std::vector<double> kP = {0.6, 0.95, 0.2, 0.85, 0.9, 0.4, 0.8, 0.7};
const std::vector<int> kY = {0, 1, 0, 0, 1, 0, 1, 1};

TEST(SelectThresholdForPrecision, TakesTheLargestCoverageMeetingTarget) {
  // 0.8 is met at t = .7 (4 of 5) even though t = .85 and .8 miss it.
  auto s = SelectThresholdForPrecision(kP, kY, 0.8);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->outcome, SelectionOutcome::kMet);
  EXPECT_DOUBLE_EQ(s->threshold, 0.7);
  EXPECT_DOUBLE_EQ(s->precision, 0.8);
  EXPECT_DOUBLE_EQ(s->coverage, 5.0 / 8);
  EXPECT_EQ(s->accepted, 5u);
  // 95%: only the top two qualify.
  auto strict = SelectThresholdForPrecision(kP, kY, 0.95);
  ASSERT_TRUE(strict.ok());
  EXPECT_DOUBLE_EQ(strict->threshold, 0.9);
  EXPECT_DOUBLE_EQ(strict->precision, 1.0);
  EXPECT_DOUBLE_EQ(strict->coverage, 0.25);
}

TEST(SelectThresholdForPrecision, SaysWhenTheTargetIsUnreachable) {
  // With at least 3 accepted the best precision is 3/4 < 0.95.
  auto s = SelectThresholdForPrecision(kP, kY, 0.95, 3);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->outcome, SelectionOutcome::kTargetUnreachable);
  EXPECT_EQ(s->threshold, kInf);
  EXPECT_EQ(s->coverage, 0.0);
  EXPECT_DOUBLE_EQ(s->best_precision, 1.0);
  auto none = SelectThresholdForPrecision({0.9, 0.8}, {0, 0}, 0.5);
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->outcome, SelectionOutcome::kTargetUnreachable);
  EXPECT_EQ(none->best_precision, 0.0);
}

TEST(SelectThresholdForPrecision, RejectsBadInput) {
  EXPECT_EQ(SelectThresholdForPrecision(kP, kY, 0.0).status().code(),
            ErrorCode::kOutOfRange);
  EXPECT_EQ(SelectThresholdForPrecision(kP, kY, 1.5).status().code(),
            ErrorCode::kOutOfRange);
  EXPECT_EQ(SelectThresholdForPrecision(kP, kY, kNaN).status().code(),
            ErrorCode::kOutOfRange);
  EXPECT_EQ(SelectThresholdForPrecision(kP, kY, 0.9, 0).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(
      SelectThresholdForPrecision({0.5, kNaN}, {1, 0}, 0.9).status().code(),
      ErrorCode::kInvalidArgument);
  EXPECT_EQ(
      SelectThresholdForPrecision({0.5, 2.0}, {1, 0}, 0.9).status().code(),
      ErrorCode::kOutOfRange);
  EXPECT_EQ(SelectThresholdForPrecision({0.5}, {1, 0}, 0.9).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(SelectThresholdForPrecision({}, {}, 0.9).status().code(),
            ErrorCode::kInvalidArgument);
}

TEST(FitBinaryPolicy, BothSidesAndTheBandBetween) {
  // Likely-true at 95% -> p >= .9. Likely-false at 75%: ascending,
  // p <= .2 .4 .6 are all negative (3/3), p <= .7 gives 3/4 -> low = .7.
  auto fit = FitBinaryPolicy(kP, kY, 0.95, 0.75);
  ASSERT_TRUE(fit.ok()) << fit.status().message();
  EXPECT_DOUBLE_EQ(fit->policy.high, 0.9);
  EXPECT_DOUBLE_EQ(fit->policy.low, 0.7);
  EXPECT_DOUBLE_EQ(fit->negative.precision, 0.75);
  EXPECT_DOUBLE_EQ(fit->negative.coverage, 0.5);
  auto verdicts = DecideBinaryBatch(fit->policy, kP);
  ASSERT_TRUE(verdicts.ok());
  // .6 .95 .2 .85 .9 .4 .8 .7
  EXPECT_EQ(*verdicts,
            (std::vector<int>{0, 1, 0, kAbstain, 1, 0, kAbstain, 0}));
  // Targets so loose that the regions would overlap are refused.
  EXPECT_EQ(FitBinaryPolicy(kP, kY, 0.8, 0.75).status().code(),
            ErrorCode::kInvalidArgument);
  // An unreachable side is switched off, not invented.
  auto one = FitBinaryPolicy(kP, kY, 0.95, 1.0, 4);
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->positive.outcome, SelectionOutcome::kTargetUnreachable);
  EXPECT_EQ(one->policy.high, kInf);
  EXPECT_EQ(one->negative.outcome, SelectionOutcome::kTargetUnreachable);
  EXPECT_EQ(one->policy.low, -kInf);
  EXPECT_EQ(DecideBinary(one->policy, 1.0)->verdict, kAbstain);
}

// Top class 0: .9 right, .8 right, .6 wrong; top class 1: .7 right, .5
// wrong; top class 2: .4 wrong.
const std::vector<double> kRows = {0.9, 0.05, 0.05, 0.8, 0.1, 0.1,
                                   0.6, 0.3,  0.1,  0.2, 0.7, 0.1,
                                   0.3, 0.5,  0.2,  0.3, 0.3, 0.4};
const std::vector<int> kRowLabels = {0, 0, 1, 1, 0, 0};

TEST(FitMulticlassPolicy, PerClassThresholds) {
  auto fit =
      FitMulticlassPolicy(kRows, 3, kRowLabels, 0.9, {"cat", "dog", "fox"});
  ASSERT_TRUE(fit.ok()) << fit.status().message();
  ASSERT_EQ(fit->per_class.size(), 3u);
  EXPECT_DOUBLE_EQ(fit->policy.thresholds[0], 0.8);
  EXPECT_DOUBLE_EQ(fit->per_class[0].coverage, 2.0 / 3);
  EXPECT_DOUBLE_EQ(fit->policy.thresholds[1], 0.7);
  EXPECT_EQ(fit->per_class[2].outcome, SelectionOutcome::kTargetUnreachable);
  EXPECT_EQ(fit->policy.thresholds[2], kInf);
  EXPECT_EQ(DecideMulticlass(fit->policy, {0.85, 0.1, 0.05})->label, "cat");
  EXPECT_EQ(DecideMulticlass(fit->policy, {0.75, 0.2, 0.05})->label,
            "unverified");
  EXPECT_EQ(DecideMulticlass(fit->policy, {0.1, 0.1, 0.8})->verdict, kAbstain);
  auto batch = DecideMulticlassBatch(fit->policy, kRows);
  ASSERT_TRUE(batch.ok());
  EXPECT_EQ(*batch, (std::vector<int>{0, 0, kAbstain, 1, kAbstain, kAbstain}));
}

TEST(DecideMulticlass, RejectsBadInput) {
  MulticlassPolicy p;
  p.thresholds = {0.5, 0.5};
  p.class_labels = {"a", "b"};
  EXPECT_EQ(DecideMulticlass(p, {0.5, 0.6}).status().code(),
            ErrorCode::kInvalidArgument);  // row does not sum to 1
  EXPECT_EQ(DecideMulticlass(p, {0.5, 0.25, 0.25}).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(DecideMulticlass(p, {kNaN, 1}).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(DecideMulticlassBatch(p, {0.5, 0.5, 0.5}).status().code(),
            ErrorCode::kInvalidArgument);
  p.class_labels = {"a"};
  EXPECT_EQ(DecideMulticlass(p, {0.5, 0.5}).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(FitMulticlassPolicy(kRows, 3, kRowLabels, 0.9, {"a", "b"})
                .status()
                .code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(FitMulticlassPolicy(kRows, 3, {0, 0, 1}, 0.9, {"a", "b", "c"})
                .status()
                .code(),
            ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace seamkit::confidence

#include "core/monitor/latency_sketch.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

namespace seamkit::monitor {
namespace {

constexpr double kQuantiles[] = {0.0, 0.01, 0.25, 0.5, 0.9, 0.95, 0.99, 1.0};
// The 1% bound plus room for rounding in log/exp.
constexpr double kBound = LatencySketch::kRelativeAccuracy * (1 + 1e-9);

// Adds `values` and checks every quantile against the exact lower sample
// quantile sorted[floor(q (n - 1))]: within 1% from 1 us up, 0 below.
void ExpectWithinBound(std::vector<double> values) {
  LatencySketch sketch;
  for (double v : values) ASSERT_TRUE(sketch.Add(v).ok());
  std::sort(values.begin(), values.end());
  for (double q : kQuantiles) {
    const auto rank = static_cast<std::size_t>(
        std::floor(q * static_cast<double>(values.size() - 1)));
    const double truth = values[rank];
    StatusOr<double> estimate = sketch.Quantile(q);
    ASSERT_TRUE(estimate.ok());
    if (truth < LatencySketch::kMinTrackedMs) {
      EXPECT_EQ(*estimate, 0.0) << "q=" << q;  // documented: below 1 us -> 0
      continue;
    }
    EXPECT_LE(std::abs(*estimate - truth), kBound * truth)
        << "q=" << q << " truth=" << truth << " estimate=" << *estimate;
  }
}

TEST(LatencySketch, IndexConstantsCoverTheTrackedRange) {
  const double log_gamma = std::log(1.01 / 0.99);
  EXPECT_EQ(LatencySketch::kMinIndex,
            static_cast<int>(std::ceil(std::log(1e-3) / log_gamma)));
  EXPECT_EQ(LatencySketch::kMaxIndex,
            static_cast<int>(std::ceil(std::log(1e6) / log_gamma)));
  EXPECT_EQ(LatencySketch::kBucketCount, 1037);
}

TEST(LatencySketch, EveryBucketValueIsWithinOnePercentOfItsEdges) {
  // Bucket i holds (g^(i-1), g^i]; its value must be within 1% of both ends.
  const double g = 1.01 / 0.99;
  for (int i = LatencySketch::kMinIndex; i <= LatencySketch::kMaxIndex; ++i) {
    const double hi = std::pow(g, i);
    const double lo = hi / g;
    const double v = LatencySketch::BucketValue(i);
    EXPECT_LE(std::abs(v - hi) / hi, kBound) << i;
    EXPECT_LE(std::abs(v - lo) / lo, kBound) << i;
    EXPECT_EQ(LatencySketch::BucketIndex(v), i);
  }
}

TEST(LatencySketch, UniformOneToTenThousandMsIsWithinOnePercent) {
  std::vector<double> values;
  for (int i = 1; i <= 10000; ++i) values.push_back(i);
  ExpectWithinBound(values);
}

TEST(LatencySketch, ExponentialQuantilesAreWithinOnePercent) {
  // Deterministic exponential(mean 10 ms) sample at stratified points.
  std::vector<double> values;
  const int n = 20000;
  for (int i = 0; i < n; ++i)
    values.push_back(-10.0 * std::log1p(-(i + 0.5) / n));
  ExpectWithinBound(values);
}

TEST(LatencySketch, LognormalOverSixDecadesIsWithinOnePercent) {
  std::mt19937_64 rng(7);
  std::lognormal_distribution<double> dist(std::log(20.0), 2.0);
  std::vector<double> values;
  for (int i = 0; i < 50000; ++i) {
    values.push_back(std::clamp(dist(rng), 1e-3, 1e6));
  }
  ExpectWithinBound(values);
}

TEST(LatencySketch, ASingleValueIsReturnedExactly) {
  LatencySketch sketch;
  ASSERT_TRUE(sketch.Add(3.3).ok());
  // The estimate is clamped to the exact min and max, both 3.3.
  EXPECT_DOUBLE_EQ(*sketch.Quantile(0.5), 3.3);
}

TEST(LatencySketch, TinyValuesReportZeroAndHugeOnesTheMaximum) {
  LatencySketch sketch;
  for (int i = 0; i < 60; ++i) ASSERT_TRUE(sketch.Add(0.0).ok());
  for (int i = 0; i < 40; ++i) ASSERT_TRUE(sketch.Add(5e7).ok());
  EXPECT_EQ(*sketch.Quantile(0.5), 0.0);   // rank 49 is among the zeros
  EXPECT_EQ(*sketch.Quantile(0.99), 5e7);  // rank 98 is an overflow
  EXPECT_EQ(sketch.max(), 5e7);
  EXPECT_EQ(sketch.count(), 100u);
}

TEST(LatencySketch, RejectsBadLatenciesAndQuantiles) {
  LatencySketch sketch;
  EXPECT_EQ(sketch.Quantile(0.5).status().code(), ErrorCode::kOutOfRange);
  for (double bad : {-1.0, std::numeric_limits<double>::quiet_NaN(),
                     std::numeric_limits<double>::infinity()}) {
    EXPECT_EQ(sketch.Add(bad).code(), ErrorCode::kInvalidArgument);
  }
  EXPECT_EQ(sketch.count(), 0u);
  ASSERT_TRUE(sketch.Add(1.0).ok());
  EXPECT_EQ(sketch.Quantile(1.5).status().code(), ErrorCode::kOutOfRange);
  EXPECT_EQ(sketch.Quantile(std::nan("")).status().code(),
            ErrorCode::kOutOfRange);
}

TEST(LatencySketch, ResetForgetsEverything) {
  LatencySketch sketch;
  ASSERT_TRUE(sketch.Add(12.0).ok());
  sketch.Reset();
  EXPECT_EQ(sketch.count(), 0u);
  EXPECT_FALSE(sketch.Quantile(0.5).ok());
  ASSERT_TRUE(sketch.Add(2.0).ok());
  EXPECT_DOUBLE_EQ(*sketch.Quantile(0.5), 2.0);
}

}  // namespace
}  // namespace seamkit::monitor

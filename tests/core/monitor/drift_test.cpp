#include "core/monitor/drift.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

namespace seamkit::monitor {
namespace {

TEST(PopulationStabilityIndex, MatchesTheHandComputedSum) {
  // live a = [0.1, 0.2, 0.3, 0.4], reference e = [0.25] * 4:
  //   (0.1 - 0.25) ln(0.1/0.25) = -0.15 * ln 0.4 (-0.9162907) = 0.1374436
  //   (0.2 - 0.25) ln(0.2/0.25) = -0.05 * ln 0.8 (-0.2231436) = 0.0111572
  //   (0.3 - 0.25) ln(0.3/0.25) =  0.05 * ln 1.2 ( 0.1823216) = 0.0091161
  //   (0.4 - 0.25) ln(0.4/0.25) =  0.15 * ln 1.6 ( 0.4700036) = 0.0705005
  //   PSI = 0.2282174
  const std::vector<double> live = {0.1, 0.2, 0.3, 0.4};
  const std::vector<double> ref = {0.25, 0.25, 0.25, 0.25};
  StatusOr<double> psi = PopulationStabilityIndex(live, ref);
  ASSERT_TRUE(psi.ok());
  EXPECT_NEAR(*psi, 0.2282174, 1e-7);
}

TEST(PopulationStabilityIndex, AnEmptyReferenceBinUsesEpsilon) {
  // live [0.4, 0.4, 0.2], reference [0.5, 0.5, 0] -> third share 1e-4:
  //   2 * (0.4 - 0.5) ln(0.8)          = 2 * 0.0223144 = 0.0446287
  //   (0.2 - 0.0001) ln(0.2 / 0.0001)  = 0.1999 * ln 2000 (7.6009025)
  //                                    = 1.5194204
  //   PSI = 1.5640491
  StatusOr<double> psi = PopulationStabilityIndex(
      std::vector<double>{0.4, 0.4, 0.2}, std::vector<double>{0.5, 0.5, 0.0});
  ASSERT_TRUE(psi.ok());
  EXPECT_NEAR(*psi, 1.5640491, 1e-7);
}

TEST(PopulationStabilityIndex, IsSymmetricInAnEmptyLiveBin) {
  // Swapping live and reference gives the same terms: (a-e) ln(a/e) is
  // symmetric in a and e.
  StatusOr<double> psi = PopulationStabilityIndex(
      std::vector<double>{0.5, 0.5, 0.0}, std::vector<double>{0.4, 0.4, 0.2});
  ASSERT_TRUE(psi.ok());
  EXPECT_NEAR(*psi, 1.5640491, 1e-7);
}

TEST(PopulationStabilityIndex, IdenticalDistributionsGiveZero) {
  const std::vector<double> d = {0.0, 0.3, 0.7};
  EXPECT_EQ(*PopulationStabilityIndex(d, d), 0.0);
}

TEST(KolmogorovSmirnovBinned, IsTheLargestGapBetweenCumulativeShares) {
  // cumulative live [0.1, 0.3, 0.6, 1.0], reference [0.25, 0.5, 0.75, 1.0]:
  //   gaps 0.15, 0.20, 0.15, 0.00 -> D = 0.20
  StatusOr<double> ks =
      KolmogorovSmirnovBinned(std::vector<double>{0.1, 0.2, 0.3, 0.4},
                              std::vector<double>{0.25, 0.25, 0.25, 0.25});
  ASSERT_TRUE(ks.ok());
  EXPECT_NEAR(*ks, 0.20, 1e-12);
}

TEST(KolmogorovSmirnovBinned, DisjointDistributionsGiveOne) {
  // cumulative [1, 1] vs [0, 1] -> D = 1
  EXPECT_NEAR(*KolmogorovSmirnovBinned(std::vector<double>{1.0, 0.0},
                                       std::vector<double>{0.0, 1.0}),
              1.0, 1e-12);
}

TEST(DriftStatistics, RejectBadDistributions) {
  const std::vector<double> ok = {0.5, 0.5};
  const std::vector<std::vector<double>> bad = {
      {1.0},        // one bin
      {0.5, 0.6},   // sums to 1.1
      {1.5, -0.5},  // shares outside [0, 1]
      {std::numeric_limits<double>::quiet_NaN(), 1.0},
      {0.25, 0.25, 0.5},  // length differs from ok
      std::vector<double>(kMaxBins + 1, 1.0 / (kMaxBins + 1)),
  };
  for (const auto& d : bad) {
    EXPECT_EQ(PopulationStabilityIndex(d, ok).status().code(),
              ErrorCode::kInvalidArgument);
    EXPECT_EQ(KolmogorovSmirnovBinned(ok, d).status().code(),
              ErrorCode::kInvalidArgument);
  }
}

TEST(ConfidenceHistogram, BinsAreHalfOpenAndOneGoesLast) {
  StatusOr<ConfidenceHistogram> h = ConfidenceHistogram::Create(4);
  ASSERT_TRUE(h.ok());
  for (double c : {0.0, 0.2499, 0.25, 0.5, 0.74, 0.75, 1.0}) {
    ASSERT_TRUE(h.value().Add(c).ok());
  }
  EXPECT_EQ(h->counts(), (std::vector<uint64_t>{2, 1, 2, 2}));
  const std::vector<double> shares = h->Shares();
  EXPECT_NEAR(shares[0], 2.0 / 7.0, 1e-15);
  EXPECT_EQ(h->total(), 7u);
}

TEST(ConfidenceHistogram, RejectsOutOfRangeValuesAndWholeBadBatches) {
  ConfidenceHistogram h = ConfidenceHistogram::Create(10).value();
  EXPECT_EQ(h.Add(-0.01).code(), ErrorCode::kOutOfRange);
  EXPECT_EQ(h.Add(1.01).code(), ErrorCode::kOutOfRange);
  EXPECT_EQ(h.Add(std::nan("")).code(), ErrorCode::kOutOfRange);
  const std::vector<float> batch = {0.1f, 0.2f, std::nanf(""), 0.3f};
  EXPECT_EQ(h.AddAll(batch).code(), ErrorCode::kOutOfRange);
  EXPECT_EQ(h.total(), 0u);  // nothing of the bad batch was kept
  const std::vector<float> good = {0.05f, 0.95f, 0.95f};
  ASSERT_TRUE(h.AddAll(good).ok());
  EXPECT_EQ(h.counts()[0], 1u);
  EXPECT_EQ(h.counts()[9], 2u);
  EXPECT_EQ(h.total(), 3u);
}

TEST(ConfidenceHistogram, RejectsBadBinCounts) {
  EXPECT_EQ(ConfidenceHistogram::Create(1).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(ConfidenceHistogram::Create(kMaxBins + 1).status().code(),
            ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace seamkit::monitor

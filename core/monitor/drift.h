// Distribution-shift statistics between a live confidence histogram and a
// reference distribution, both over the same equal-width bins of [0, 1].
//
// Population stability index, with live shares a_i and reference shares e_i:
//   PSI = sum_i (a_i - e_i) * ln(a_i / e_i).
// An empty bin would make the logarithm infinite, so any share below
// kPsiEpsilon = 1e-4 is replaced by 1e-4 before the sum (the shares are not
// renormalised; the change is at most bins * 1e-4 of probability mass). One
// live bin of share s facing an empty reference bin therefore adds about
// s * ln(s / 1e-4): 1.52 for s = 0.2.
//
// Kolmogorov-Smirnov statistic from binned data:
//   D = max_k | A_k - E_k |,  A_k, E_k = cumulative shares of bins 0..k.
// This is the exact two-sample statistic evaluated only at bin edges. The
// continuous statistic of the underlying samples can be larger, by at most
// the largest share either distribution puts in one bin, so D is a lower
// bound and drift inside a single bin is invisible to it (PSI does not see
// it either).
#ifndef SEAMKIT_CORE_MONITOR_DRIFT_H_
#define SEAMKIT_CORE_MONITOR_DRIFT_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "core/common/status.h"

namespace seamkit::monitor {

inline constexpr double kPsiEpsilon = 1e-4;
inline constexpr std::size_t kMinBins = 2;
inline constexpr std::size_t kMaxBins = 1000;
// How far from 1 a distribution's shares may sum.
inline constexpr double kShareSumTolerance = 1e-6;

// kOk if `shares` has kMinBins..kMaxBins finite entries in [0, 1] summing to
// 1 (within kShareSumTolerance); otherwise kInvalidArgument naming `what`.
Status ValidateShares(std::span<const double> shares, const char* what);

// Both distributions must pass ValidateShares and have the same length.
StatusOr<double> PopulationStabilityIndex(std::span<const double> live,
                                          std::span<const double> reference);
StatusOr<double> KolmogorovSmirnovBinned(std::span<const double> live,
                                         std::span<const double> reference);

// Counts of confidences in `bins` equal-width bins over [0, 1]; bin k holds
// [k/bins, (k+1)/bins) and the last bin also holds 1. The counters are
// allocated once, in Create, so memory does not grow with the count.
class ConfidenceHistogram {
 public:
  static StatusOr<ConfidenceHistogram> Create(std::size_t bins);

  // kOutOfRange (histogram unchanged) for NaN or values outside [0, 1].
  Status Add(double confidence);
  // All values are checked first; one bad value rejects the whole batch.
  Status AddAll(std::span<const float> confidences);

  std::size_t bins() const { return counts_.size(); }
  uint64_t total() const { return total_; }
  const std::vector<uint64_t>& counts() const { return counts_; }
  // Share of each bin; all zeros when empty.
  std::vector<double> Shares() const;
  void Reset();
  std::size_t MemoryBytes() const;

 private:
  explicit ConfidenceHistogram(std::size_t bins) : counts_(bins, 0) {}
  std::size_t BinOf(double confidence) const;

  std::vector<uint64_t> counts_;
  uint64_t total_ = 0;
};

}  // namespace seamkit::monitor

#endif  // SEAMKIT_CORE_MONITOR_DRIFT_H_

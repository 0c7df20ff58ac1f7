// Fixed-memory latency quantiles with a bounded relative error.
//
// A log-bucketed histogram in the manner of DDSketch (Masson, Rim and Lee,
// "DDSketch: A Fast and Fully-Mergeable Quantile Sketch with Relative-Error
// Guarantees", VLDB 2019). With relative accuracy a = 1% the bucket ratio is
// g = (1 + a) / (1 - a); bucket i holds the values x with g^(i-1) < x <= g^i
// and reports them as 2 g^i / (g + 1), which is within a of every x in the
// bucket. So Quantile(q) is within 1% (relative) of the exact lower sample
// quantile, sorted[floor(q * (n - 1))], for values in [kMinTrackedMs,
// kMaxTrackedMs]. Outside that range:
//   - values below 1 microsecond (0 included) share one bucket reported as 0,
//     an absolute error under 1 microsecond;
//   - values above 10^6 ms (about 17 minutes) share one bucket reported as
//     the exact maximum seen.
// Memory is one fixed array of kBucketCount counters (about 8 KB), whatever
// the number of values recorded.
#ifndef SEAMKIT_CORE_MONITOR_LATENCY_SKETCH_H_
#define SEAMKIT_CORE_MONITOR_LATENCY_SKETCH_H_

#include <array>
#include <cstdint>

#include "core/common/status.h"

namespace seamkit::monitor {

class LatencySketch {
 public:
  static constexpr double kRelativeAccuracy = 0.01;
  static constexpr double kMinTrackedMs = 1e-3;
  static constexpr double kMaxTrackedMs = 1e6;
  // ceil(ln(kMinTrackedMs) / ln(g)) and ceil(ln(kMaxTrackedMs) / ln(g)) with
  // g = 1.01 / 0.99; latency_sketch_test.cpp recomputes both.
  static constexpr int kMinIndex = -345;
  static constexpr int kMaxIndex = 691;
  static constexpr int kBucketCount = kMaxIndex - kMinIndex + 1;

  // Records one latency in milliseconds; NaN, infinite or negative values are
  // kInvalidArgument and leave the sketch unchanged.
  Status Add(double ms);

  // The q-quantile (q in [0, 1]) of the values added so far. kOutOfRange if
  // q is outside [0, 1] or NaN, or if nothing has been added.
  StatusOr<double> Quantile(double q) const;

  uint64_t count() const { return count_; }
  // Exact extremes of the values added (0 when empty).
  double min() const { return count_ ? min_ : 0.0; }
  double max() const { return count_ ? max_ : 0.0; }
  void Reset();

  // The bucket index of a value in [kMinTrackedMs, kMaxTrackedMs] and the
  // value a bucket reports; public for the tests.
  static int BucketIndex(double ms);
  static double BucketValue(int index);

 private:
  std::array<uint64_t, kBucketCount> buckets_{};
  uint64_t underflow_ = 0;  // values below kMinTrackedMs
  uint64_t overflow_ = 0;   // values above kMaxTrackedMs
  uint64_t count_ = 0;
  double min_ = 0.0;
  double max_ = 0.0;
};

}  // namespace seamkit::monitor

#endif  // SEAMKIT_CORE_MONITOR_LATENCY_SKETCH_H_

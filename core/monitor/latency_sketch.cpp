#include "core/monitor/latency_sketch.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace seamkit::monitor {
namespace {

constexpr double kGamma = (1.0 + LatencySketch::kRelativeAccuracy) /
                          (1.0 - LatencySketch::kRelativeAccuracy);

double LogGamma() {
  static const double log_gamma = std::log(kGamma);
  return log_gamma;
}

}  // namespace

int LatencySketch::BucketIndex(double ms) {
  const int index = static_cast<int>(std::ceil(std::log(ms) / LogGamma()));
  return std::clamp(index, kMinIndex, kMaxIndex);
}

double LatencySketch::BucketValue(int index) {
  return 2.0 * std::exp(index * LogGamma()) / (kGamma + 1.0);
}

Status LatencySketch::Add(double ms) {
  if (!std::isfinite(ms) || ms < 0.0) {
    return Status(ErrorCode::kInvalidArgument,
                  "latency must be a finite number of milliseconds >= 0, got " +
                      std::to_string(ms));
  }
  if (ms < kMinTrackedMs) {
    ++underflow_;
  } else if (ms > kMaxTrackedMs) {
    ++overflow_;
  } else {
    ++buckets_[BucketIndex(ms) - kMinIndex];
  }
  min_ = count_ == 0 ? ms : std::min(min_, ms);
  max_ = count_ == 0 ? ms : std::max(max_, ms);
  ++count_;
  return Status::Ok();
}

StatusOr<double> LatencySketch::Quantile(double q) const {
  if (!(q >= 0.0 && q <= 1.0)) {
    return Status(ErrorCode::kOutOfRange, "quantile must be in [0, 1]");
  }
  if (count_ == 0) {
    return Status(ErrorCode::kOutOfRange, "no latency recorded yet");
  }
  // 0-based rank of the lower sample quantile.
  const auto rank =
      static_cast<uint64_t>(std::floor(q * static_cast<double>(count_ - 1)));
  uint64_t seen = underflow_;
  if (rank < seen) return 0.0;
  for (int i = 0; i < kBucketCount; ++i) {
    seen += buckets_[i];
    if (rank < seen) {
      // Clamping to the exact extremes can only move the estimate closer.
      return std::clamp(BucketValue(i + kMinIndex), min_, max_);
    }
  }
  return max_;  // the rank falls among the overflowed values
}

void LatencySketch::Reset() { *this = LatencySketch(); }

}  // namespace seamkit::monitor

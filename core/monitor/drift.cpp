#include "core/monitor/drift.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace seamkit::monitor {
namespace {

Status ValidatePair(std::span<const double> live,
                    std::span<const double> reference) {
  if (Status s = ValidateShares(live, "live distribution"); !s.ok()) return s;
  if (Status s = ValidateShares(reference, "reference distribution"); !s.ok()) {
    return s;
  }
  if (live.size() != reference.size()) {
    return Status(ErrorCode::kInvalidArgument,
                  "live and reference have different bin counts (" +
                      std::to_string(live.size()) + " vs " +
                      std::to_string(reference.size()) + ")");
  }
  return Status::Ok();
}

bool IsShare(double x) { return std::isfinite(x) && x >= 0.0 && x <= 1.0; }

}  // namespace

Status ValidateShares(std::span<const double> shares, const char* what) {
  const std::string name(what);
  if (shares.size() < kMinBins || shares.size() > kMaxBins) {
    return Status(ErrorCode::kInvalidArgument,
                  name + " needs " + std::to_string(kMinBins) + ".." +
                      std::to_string(kMaxBins) + " bins, got " +
                      std::to_string(shares.size()));
  }
  double sum = 0.0;
  for (std::size_t i = 0; i < shares.size(); ++i) {
    if (!IsShare(shares[i])) {
      return Status(
          ErrorCode::kInvalidArgument,
          name + " bin " + std::to_string(i) + " is not a share in [0, 1]");
    }
    sum += shares[i];
  }
  if (std::abs(sum - 1.0) > kShareSumTolerance) {
    return Status(ErrorCode::kInvalidArgument,
                  name + " shares sum to " + std::to_string(sum) + ", not 1");
  }
  return Status::Ok();
}

StatusOr<double> PopulationStabilityIndex(std::span<const double> live,
                                          std::span<const double> reference) {
  if (Status s = ValidatePair(live, reference); !s.ok()) return s;
  double psi = 0.0;
  for (std::size_t i = 0; i < live.size(); ++i) {
    const double a = std::max(live[i], kPsiEpsilon);
    const double e = std::max(reference[i], kPsiEpsilon);
    psi += (a - e) * std::log(a / e);
  }
  return psi;
}

StatusOr<double> KolmogorovSmirnovBinned(std::span<const double> live,
                                         std::span<const double> reference) {
  if (Status s = ValidatePair(live, reference); !s.ok()) return s;
  double cum_live = 0.0;
  double cum_ref = 0.0;
  double d = 0.0;
  for (std::size_t i = 0; i < live.size(); ++i) {
    cum_live += live[i];
    cum_ref += reference[i];
    d = std::max(d, std::abs(cum_live - cum_ref));
  }
  return d;
}

StatusOr<ConfidenceHistogram> ConfidenceHistogram::Create(std::size_t bins) {
  if (bins < kMinBins || bins > kMaxBins) {
    return Status(ErrorCode::kInvalidArgument,
                  "a confidence histogram needs " + std::to_string(kMinBins) +
                      ".." + std::to_string(kMaxBins) + " bins, got " +
                      std::to_string(bins));
  }
  return ConfidenceHistogram(bins);
}

std::size_t ConfidenceHistogram::BinOf(double confidence) const {
  const auto bin = static_cast<std::size_t>(
      confidence * static_cast<double>(counts_.size()));
  return std::min(bin, counts_.size() - 1);
}

Status ConfidenceHistogram::Add(double confidence) {
  if (!IsShare(confidence)) {
    return Status(ErrorCode::kOutOfRange, "confidence must be in [0, 1], got " +
                                              std::to_string(confidence));
  }
  ++counts_[BinOf(confidence)];
  ++total_;
  return Status::Ok();
}

Status ConfidenceHistogram::AddAll(std::span<const float> confidences) {
  for (std::size_t i = 0; i < confidences.size(); ++i) {
    if (!IsShare(confidences[i])) {
      return Status(ErrorCode::kOutOfRange,
                    "confidence " + std::to_string(i) + " of the batch is " +
                        std::to_string(confidences[i]) + ", not in [0, 1]");
    }
  }
  for (float c : confidences) ++counts_[BinOf(c)];
  total_ += confidences.size();
  return Status::Ok();
}

std::vector<double> ConfidenceHistogram::Shares() const {
  std::vector<double> shares(counts_.size(), 0.0);
  if (total_ == 0) return shares;
  for (std::size_t i = 0; i < counts_.size(); ++i) {
    shares[i] = static_cast<double>(counts_[i]) / static_cast<double>(total_);
  }
  return shares;
}

void ConfidenceHistogram::Reset() {
  std::fill(counts_.begin(), counts_.end(), 0);
  total_ = 0;
}

std::size_t ConfidenceHistogram::MemoryBytes() const {
  return sizeof(*this) + counts_.capacity() * sizeof(uint64_t);
}

}  // namespace seamkit::monitor

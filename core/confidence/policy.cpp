// Verdicts from calibrated probabilities.
#include "core/confidence/policy.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/confidence/input_checks.h"

namespace seamkit::confidence {
namespace {

Status CheckLabel(const std::string& label, const char* what) {
  if (label.empty()) {
    return Status(ErrorCode::kInvalidArgument,
                  std::string(what) + " must not be empty");
  }
  return Status::Ok();
}

Status CheckProbability(double p) { return CheckProbabilities(&p, 1, "p"); }

int BinaryVerdict(const BinaryPolicy& policy, double p) {
  if (p >= policy.high) return 1;
  if (p <= policy.low) return 0;
  return kAbstain;
}

// The verdict for one checked row of k probabilities.
int MulticlassVerdict(const MulticlassPolicy& policy, const double* row) {
  const size_t k = policy.thresholds.size();
  size_t top = static_cast<size_t>(std::max_element(row, row + k) - row);
  return row[top] >= policy.thresholds[top] ? static_cast<int>(top) : kAbstain;
}

Status CheckRow(const double* row, size_t k, size_t index) {
  if (Status s = CheckProbabilities(row, k, "probs"); !s.ok()) return s;
  double sum = std::accumulate(row, row + k, 0.0);
  if (std::fabs(sum - 1.0) > 1e-3) {
    return Status(ErrorCode::kInvalidArgument,
                  AtIndex("row sum of probs", index, sum) + " is not 1");
  }
  return Status::Ok();
}

}  // namespace

Status ValidateBinaryPolicy(const BinaryPolicy& policy) {
  if (std::isnan(policy.low) || std::isnan(policy.high)) {
    return Status(ErrorCode::kInvalidArgument, "policy thresholds are NaN");
  }
  if (policy.low > policy.high) {
    return Status(ErrorCode::kInvalidArgument,
                  "policy low threshold is above the high one");
  }
  if (Status s = CheckLabel(policy.negative_label, "negative_label"); !s.ok()) {
    return s;
  }
  if (Status s = CheckLabel(policy.abstain_label, "abstain_label"); !s.ok()) {
    return s;
  }
  return CheckLabel(policy.positive_label, "positive_label");
}

Status ValidateMulticlassPolicy(const MulticlassPolicy& policy) {
  const size_t k = policy.thresholds.size();
  if (k < 2 || k > kMaxClasses || policy.class_labels.size() != k) {
    return Status(ErrorCode::kInvalidArgument,
                  "a multi-class policy needs one threshold and one label per "
                  "class, at least two classes");
  }
  for (size_t c = 0; c < k; ++c) {
    if (std::isnan(policy.thresholds[c])) {
      return Status(ErrorCode::kInvalidArgument,
                    "threshold of class " + std::to_string(c) + " is NaN");
    }
    if (Status s = CheckLabel(policy.class_labels[c], "class label"); !s.ok()) {
      return s;
    }
  }
  return CheckLabel(policy.abstain_label, "abstain_label");
}

StatusOr<Decision> DecideBinary(const BinaryPolicy& policy, double p) {
  if (Status s = ValidateBinaryPolicy(policy); !s.ok()) return s;
  if (Status s = CheckProbability(p); !s.ok()) return s;
  Decision d;
  d.verdict = BinaryVerdict(policy, p);
  d.label = d.verdict == 1   ? policy.positive_label
            : d.verdict == 0 ? policy.negative_label
                             : policy.abstain_label;
  return d;
}

StatusOr<std::vector<int>> DecideBinaryBatch(const BinaryPolicy& policy,
                                             const std::vector<double>& probs) {
  if (Status s = ValidateBinaryPolicy(policy); !s.ok()) return s;
  if (probs.size() > kMaxSamples) return CheckCount(probs.size(), "probs");
  if (Status s = CheckProbabilities(probs.data(), probs.size(), "probs");
      !s.ok()) {
    return s;
  }
  std::vector<int> out(probs.size());
  for (size_t i = 0; i < probs.size(); ++i) {
    out[i] = BinaryVerdict(policy, probs[i]);
  }
  return out;
}

StatusOr<Decision> DecideMulticlass(const MulticlassPolicy& policy,
                                    const std::vector<double>& row) {
  if (Status s = ValidateMulticlassPolicy(policy); !s.ok()) return s;
  if (row.size() != policy.thresholds.size()) {
    return Status(ErrorCode::kInvalidArgument,
                  "row has " + std::to_string(row.size()) +
                      " probabilities but the policy has " +
                      std::to_string(policy.thresholds.size()) + " classes");
  }
  if (Status s = CheckRow(row.data(), row.size(), 0); !s.ok()) return s;
  Decision d;
  d.verdict = MulticlassVerdict(policy, row.data());
  d.label = d.verdict == kAbstain
                ? policy.abstain_label
                : policy.class_labels[static_cast<size_t>(d.verdict)];
  return d;
}

StatusOr<std::vector<int>> DecideMulticlassBatch(
    const MulticlassPolicy& policy, const std::vector<double>& probs) {
  if (Status s = ValidateMulticlassPolicy(policy); !s.ok()) return s;
  const size_t k = policy.thresholds.size();
  if (probs.empty()) return std::vector<int>();
  if (Status s = CheckMatrix(probs.size(), k, SIZE_MAX, "probs"); !s.ok()) {
    return s;
  }
  const size_t rows = probs.size() / k;
  for (size_t r = 0; r < rows; ++r) {
    if (Status s = CheckRow(probs.data() + r * k, k, r); !s.ok()) return s;
  }
  std::vector<int> out(rows);
  for (size_t r = 0; r < rows; ++r) {
    out[r] = MulticlassVerdict(policy, probs.data() + r * k);
  }
  return out;
}

}  // namespace seamkit::confidence

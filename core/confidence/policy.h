// Decision policy: turns calibrated probabilities into verdicts with an
// abstention band, and picks thresholds from labelled data so that a verdict
// meets a precision target ("at least 95% of likely-true are true").
#ifndef SEAMKIT_CORE_CONFIDENCE_POLICY_H_
#define SEAMKIT_CORE_CONFIDENCE_POLICY_H_

#include <cstddef>
#include <string>
#include <vector>

#include "core/common/status.h"

namespace seamkit::confidence {

// The verdict index of an abstention ("unverified").
inline constexpr int kAbstain = -1;

// Binary: p >= high gives verdict 1 (positive_label); otherwise p <= low gives
// verdict 0 (negative_label); otherwise kAbstain. Thresholds may be ±infinity
// to switch a verdict off; low <= high; labels non-empty.
struct BinaryPolicy {
  double low = 0.05;
  double high = 0.95;
  std::string negative_label = "likely-false";
  std::string abstain_label = "unverified";
  std::string positive_label = "likely-true";
};

// Multi-class: the top class c (ties to the lowest index) if p_c >=
// thresholds[c], else kAbstain. One threshold (any non-NaN; +infinity never
// issues that class) and one non-empty label per class, at least two classes.
struct MulticlassPolicy {
  std::vector<double> thresholds;
  std::vector<std::string> class_labels;
  std::string abstain_label = "unverified";
};

struct Decision {
  int verdict = kAbstain;  // class index, or kAbstain
  std::string label;
};

Status ValidateBinaryPolicy(const BinaryPolicy& policy);
Status ValidateMulticlassPolicy(const MulticlassPolicy& policy);

// p must be a probability in [0, 1] (kOutOfRange otherwise, kInvalidArgument
// for NaN/Inf).
StatusOr<Decision> DecideBinary(const BinaryPolicy& policy, double p);
StatusOr<std::vector<int>> DecideBinaryBatch(const BinaryPolicy& policy,
                                             const std::vector<double>& probs);
// row: one probability per class (summing to 1 within 1e-3).
StatusOr<Decision> DecideMulticlass(const MulticlassPolicy& policy,
                                    const std::vector<double>& row);
// probs: row-major n x thresholds.size().
StatusOr<std::vector<int>> DecideMulticlassBatch(
    const MulticlassPolicy& policy, const std::vector<double>& probs);

// ---- thresholds from labelled data ---------------------------------------

enum class SelectionOutcome {
  kMet = 0,                // a threshold reaches the target precision
  kTargetUnreachable = 1,  // none does: the verdict must not be issued
};

struct ThresholdSelection {
  SelectionOutcome outcome = SelectionOutcome::kTargetUnreachable;
  double target = 0;
  // kMet: the threshold with the largest coverage whose precision is >=
  // target (and which accepts >= min_accepted samples).
  // kTargetUnreachable: +infinity (accepts nothing), precision and coverage 0.
  double threshold = 0;
  double precision = 0;  // achieved: correct / accepted
  double coverage = 0;   // accepted / all samples considered
  size_t accepted = 0;
  double best_precision = 0;  // the highest precision at any threshold
};

// Walks the risk-coverage curve of (confidence = p, correct = label) from the
// most confident end: accepting p >= t, precision = positives / accepted.
// target_precision in (0, 1]; min_accepted >= 1 guards against a threshold
// that rests on a handful of samples.
StatusOr<ThresholdSelection> SelectThresholdForPrecision(
    const std::vector<double>& probs, const std::vector<int>& labels,
    double target_precision, size_t min_accepted = 1);

struct BinaryPolicyFit {
  BinaryPolicy policy;          // unreachable sides are set to ±infinity
  ThresholdSelection positive;  // p >= high; precision of label 1
  ThresholdSelection negative;  // p <= low; precision of label 0; its
                                // threshold is in p (accept p <= threshold)
};

// Both sides from one labelled set. kInvalidArgument if the chosen regions
// overlap (low >= high): the targets are too loose to give a band.
StatusOr<BinaryPolicyFit> FitBinaryPolicy(const std::vector<double>& probs,
                                          const std::vector<int>& labels,
                                          double target_positive_precision,
                                          double target_negative_precision,
                                          size_t min_accepted = 1);

struct MulticlassPolicyFit {
  MulticlassPolicy policy;  // unreachable classes get +infinity
  std::vector<ThresholdSelection> per_class;  // over rows whose top class is c
};

// class_labels: one per class (num_classes of them).
StatusOr<MulticlassPolicyFit> FitMulticlassPolicy(
    const std::vector<double>& probs, size_t num_classes,
    const std::vector<int>& labels, double target_precision,
    const std::vector<std::string>& class_labels, size_t min_accepted = 1);

}  // namespace seamkit::confidence

#endif  // SEAMKIT_CORE_CONFIDENCE_POLICY_H_

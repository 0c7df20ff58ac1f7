// Threshold selection for a target precision, on the risk-coverage curve.
#include <cmath>
#include <limits>

#include "core/confidence/input_checks.h"
#include "core/confidence/metrics.h"
#include "core/confidence/policy.h"

namespace seamkit::confidence {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

Status CheckTarget(double target, size_t min_accepted) {
  if (!(target > 0.0 && target <= 1.0)) {
    return Status(ErrorCode::kOutOfRange, "target precision must be in (0, 1]");
  }
  if (min_accepted < 1) {
    return Status(ErrorCode::kInvalidArgument, "min_accepted must be >= 1");
  }
  return Status::Ok();
}

// Largest-coverage point of `curve` with precision >= target.
ThresholdSelection Pick(const RiskCoverageCurve& curve, double target,
                        size_t min_accepted) {
  ThresholdSelection sel;
  sel.target = target;
  sel.threshold = kInf;
  for (const RiskCoveragePoint& pt : curve.points) {
    double precision = static_cast<double>(pt.accepted - pt.errors) /
                       static_cast<double>(pt.accepted);
    sel.best_precision = std::max(sel.best_precision, precision);
    if (precision >= target && pt.accepted >= min_accepted) {
      sel.outcome = SelectionOutcome::kMet;
      sel.threshold = pt.threshold;
      sel.precision = precision;
      sel.coverage = pt.coverage;
      sel.accepted = pt.accepted;
    }
  }
  return sel;
}

// Selection on (confidence, correct); an empty input is unreachable.
StatusOr<ThresholdSelection> SelectOn(const std::vector<double>& confidence,
                                      const std::vector<int>& correct,
                                      double target, size_t min_accepted) {
  if (confidence.empty()) {
    ThresholdSelection sel;
    sel.target = target;
    sel.threshold = kInf;
    return sel;
  }
  auto curve = RiskCoverage(confidence, correct);
  if (!curve.ok()) return curve.status();
  return Pick(*curve, target, min_accepted);
}

}  // namespace

StatusOr<ThresholdSelection> SelectThresholdForPrecision(
    const std::vector<double>& probs, const std::vector<int>& labels,
    double target_precision, size_t min_accepted) {
  if (Status s = CheckTarget(target_precision, min_accepted); !s.ok()) return s;
  if (Status s = CheckSameLength(probs.size(), labels.size(), "probs");
      !s.ok()) {
    return s;
  }
  if (Status s = CheckProbabilities(probs.data(), probs.size(), "probs");
      !s.ok()) {
    return s;
  }
  if (Status s = CheckBinaryLabels(labels, false); !s.ok()) return s;
  return SelectOn(probs, labels, target_precision, min_accepted);
}

StatusOr<BinaryPolicyFit> FitBinaryPolicy(const std::vector<double>& probs,
                                          const std::vector<int>& labels,
                                          double target_positive_precision,
                                          double target_negative_precision,
                                          size_t min_accepted) {
  auto pos = SelectThresholdForPrecision(
      probs, labels, target_positive_precision, min_accepted);
  if (!pos.ok()) return pos.status();
  if (Status s = CheckTarget(target_negative_precision, min_accepted);
      !s.ok()) {
    return s;
  }
  // The negative side ranks by -p (exact), so "-p >= t" is "p <= -t".
  std::vector<double> neg_conf(probs.size());
  std::vector<int> neg_correct(labels.size());
  for (size_t i = 0; i < probs.size(); ++i) {
    neg_conf[i] = -probs[i];
    neg_correct[i] = 1 - labels[i];
  }
  auto neg =
      SelectOn(neg_conf, neg_correct, target_negative_precision, min_accepted);
  if (!neg.ok()) return neg.status();
  BinaryPolicyFit fit;
  fit.positive = *pos;
  fit.negative = *neg;
  fit.negative.threshold = -fit.negative.threshold;  // +inf becomes -inf
  fit.policy.high = fit.positive.threshold;
  fit.policy.low = fit.negative.threshold;
  if (fit.policy.low >= fit.policy.high) {
    return Status(
        ErrorCode::kInvalidArgument,
        "the likely-true (p >= " + std::to_string(fit.policy.high) +
            ") and likely-false (p <= " + std::to_string(fit.policy.low) +
            ") regions overlap: the precision targets are too loose");
  }
  return fit;
}

StatusOr<MulticlassPolicyFit> FitMulticlassPolicy(
    const std::vector<double>& probs, size_t num_classes,
    const std::vector<int>& labels, double target_precision,
    const std::vector<std::string>& class_labels, size_t min_accepted) {
  if (Status s = CheckTarget(target_precision, min_accepted); !s.ok()) return s;
  if (Status s = CheckMatrix(probs.size(), num_classes, labels.size(), "probs");
      !s.ok()) {
    return s;
  }
  MulticlassPolicyFit fit;
  fit.policy.thresholds.assign(num_classes, kInf);
  fit.policy.class_labels = class_labels;
  if (Status s = ValidateMulticlassPolicy(fit.policy); !s.ok()) return s;
  if (Status s = CheckClassLabels(labels, num_classes); !s.ok()) return s;
  // Rows are checked by the decision pass: the top class of each row.
  auto tops = DecideMulticlassBatch(fit.policy, probs);
  if (!tops.ok()) return tops.status();
  std::vector<std::vector<double>> conf(num_classes);
  std::vector<std::vector<int>> correct(num_classes);
  for (size_t r = 0; r < labels.size(); ++r) {
    const double* row = probs.data() + r * num_classes;
    size_t top = 0;
    for (size_t c = 1; c < num_classes; ++c) top = row[c] > row[top] ? c : top;
    conf[top].push_back(row[top]);
    correct[top].push_back(labels[r] == static_cast<int>(top) ? 1 : 0);
  }
  for (size_t c = 0; c < num_classes; ++c) {
    auto sel = SelectOn(conf[c], correct[c], target_precision, min_accepted);
    if (!sel.ok()) return sel.status();
    fit.policy.thresholds[c] = sel->threshold;
    fit.per_class.push_back(*sel);
  }
  return fit;
}

}  // namespace seamkit::confidence

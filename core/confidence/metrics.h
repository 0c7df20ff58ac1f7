// Calibration and selective-prediction metrics: ECE / MCE over equal-width or
// equal-mass bins, reliability-diagram data, Brier score, negative
// log-likelihood, the risk-coverage curve and its area (AURC).
//
// Binary inputs are probabilities of the positive class with labels 0/1.
// Multi-class inputs are row-major n x num_classes probability rows (each in
// [0, 1], summing to 1 within 1e-3) with labels in [0, num_classes).
// Bins follow binning.h: bin b holds edges[b] < v <= edges[b + 1].
#ifndef SEAMKIT_CORE_CONFIDENCE_METRICS_H_
#define SEAMKIT_CORE_CONFIDENCE_METRICS_H_

#include <cfloat>
#include <cstddef>
#include <vector>

#include "core/common/status.h"
#include "core/confidence/binning.h"

namespace seamkit::confidence {

// What a binary reliability diagram bins and compares.
enum class BinaryReliability {
  // confidence = p (the positive-class probability), accuracy = the
  // fraction of positives: scikit-learn's calibration_curve.
  kPositiveClass = 0,
  // confidence = max(p, 1 - p), accuracy = the fraction where the predicted
  // class (1 iff p > 0.5) equals the label: the top-label form on [1-p, p].
  kPredictedClass = 1,
};

struct ReliabilityBin {
  double lower = 0;  // bin edges
  double upper = 0;
  double mean_confidence = 0;  // mean confidence of the bin's samples
  double accuracy = 0;         // positive rate / fraction correct
  size_t count = 0;
};

struct ReliabilityDiagram {
  std::vector<ReliabilityBin> bins;  // ascending; empty bins are omitted
  // ECE = sum_b (count_b / n) |accuracy_b - mean_confidence_b|.
  double ece = 0;
  // MCE = max_b |accuracy_b - mean_confidence_b| over non-empty bins.
  double mce = 0;
  size_t total = 0;
};

// num_bins in [1, kMaxBins]. Equal-mass inner edges are the quantiles of the
// confidences being binned.
StatusOr<ReliabilityDiagram> BinaryReliabilityDiagram(
    const std::vector<double>& probs, const std::vector<int>& labels,
    size_t num_bins, Binning binning, BinaryReliability mode);

// Top-label: confidence = the largest probability of a row (ties go to the
// lowest class index), correct = that class equals the label.
StatusOr<ReliabilityDiagram> TopLabelReliabilityDiagram(
    const std::vector<double>& probs, size_t num_classes,
    const std::vector<int>& labels, size_t num_bins, Binning binning);

// The .ece of the diagrams above.
StatusOr<double> BinaryEce(const std::vector<double>& probs,
                           const std::vector<int>& labels, size_t num_bins,
                           Binning binning, BinaryReliability mode);
StatusOr<double> TopLabelEce(const std::vector<double>& probs,
                             size_t num_classes, const std::vector<int>& labels,
                             size_t num_bins, Binning binning);

// Brier score: mean (p - y)^2 (binary, as scikit-learn's brier_score_loss);
// multi-class: mean over rows of sum_k (p_k - [k == y])^2 (Brier 1950).
StatusOr<double> BrierScore(const std::vector<double>& probs,
                            const std::vector<int>& labels);
StatusOr<double> MulticlassBrierScore(const std::vector<double>& probs,
                                      size_t num_classes,
                                      const std::vector<int>& labels);

// Probabilities are clipped into [kNllEpsilon, 1 - kNllEpsilon] before the
// log, as scikit-learn 1.2.1's log_loss does with eps="auto" for float64
// (numpy.finfo(float64).eps); multi-class rows are renormalised after the
// clip, as there. The result is the mean over samples, natural log.
inline constexpr double kNllEpsilon = DBL_EPSILON;
StatusOr<double> NegativeLogLikelihood(const std::vector<double>& probs,
                                       const std::vector<int>& labels);
StatusOr<double> MulticlassNegativeLogLikelihood(
    const std::vector<double>& probs, size_t num_classes,
    const std::vector<int>& labels);

// One operating point of selective prediction: accept every sample whose
// confidence is >= threshold.
struct RiskCoveragePoint {
  double threshold = 0;
  double coverage = 0;  // accepted / n
  double risk = 0;      // errors among accepted / accepted (selective error)
  size_t accepted = 0;
  size_t errors = 0;  // incorrect among accepted
};

struct RiskCoverageCurve {
  // One point per distinct confidence, highest first, so coverage grows;
  // tied confidences enter together.
  std::vector<RiskCoveragePoint> points;
  // Area under the curve by the right-endpoint step rule:
  // sum_i risk_i * (coverage_i - coverage_{i-1}). Without ties this is the
  // mean of the n selective risks (Geifman et al. 2019, "Bias-reduced
  // uncertainty estimation for deep neural classifiers").
  double aurc = 0;
};

// confidence: any finite values (higher = more confident); correct: 0 or 1.
StatusOr<RiskCoverageCurve> RiskCoverage(const std::vector<double>& confidence,
                                         const std::vector<int>& correct);

}  // namespace seamkit::confidence

#endif  // SEAMKIT_CORE_CONFIDENCE_METRICS_H_

// Histogram binning (Zadrozny & Elkan 2001): each bin of the score axis
// predicts the positive rate of the training samples that fall in it.
#include <algorithm>

#include "core/confidence/calibration.h"
#include "core/confidence/input_checks.h"

namespace seamkit::confidence {

StatusOr<CalibrationParams> FitHistogramBinning(
    const std::vector<double>& probs, const std::vector<int>& labels,
    size_t num_bins, Binning binning) {
  if (Status s = CheckSameLength(probs.size(), labels.size(), "probs");
      !s.ok()) {
    return s;
  }
  if (num_bins < 1 || num_bins > kMaxBins) {
    return Status(ErrorCode::kInvalidArgument,
                  "num_bins = " + std::to_string(num_bins) + " is not in [1, " +
                      std::to_string(kMaxBins) + "]");
  }
  if (binning != Binning::kEqualWidth && binning != Binning::kEqualMass) {
    return Status(ErrorCode::kInvalidArgument, "unknown binning");
  }
  if (Status s = CheckProbabilities(probs.data(), probs.size(), "probs");
      !s.ok()) {
    return s;
  }
  if (Status s = CheckBinaryLabels(labels, true); !s.ok()) return s;
  CalibrationParams params;
  params.method = CalibrationMethod::kHistogram;
  if (binning == Binning::kEqualWidth) {
    params.edges = EqualWidthEdges(num_bins);
  } else {
    std::vector<double> sorted = probs;
    std::sort(sorted.begin(), sorted.end());
    params.edges = EqualMassEdges(sorted, num_bins);
  }
  std::vector<double> positives(num_bins, 0.0), counts(num_bins, 0.0);
  for (size_t i = 0; i < probs.size(); ++i) {
    size_t b = BinIndex(params.edges, probs[i]);
    positives[b] += labels[i];
    counts[b] += 1.0;
  }
  params.values.resize(num_bins);
  for (size_t b = 0; b < num_bins; ++b) {
    params.values[b] = counts[b] > 0
                           ? positives[b] / counts[b]
                           : 0.5 * (params.edges[b] + params.edges[b + 1]);
  }
  return params;
}

}  // namespace seamkit::confidence

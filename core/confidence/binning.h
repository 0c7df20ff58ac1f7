// Bin edges shared by histogram-binning calibration and the binned metrics
// (ECE, MCE, reliability diagrams).
//
// A value v falls in bin b when edges[b] < v <= edges[b + 1]; the first bin
// also takes everything at or below its upper edge. This is the convention
// of scikit-learn's calibration_curve (numpy.searchsorted over the inner
// edges, side='left'), so seamkit's reliability data match it bin for bin.
#ifndef SEAMKIT_CORE_CONFIDENCE_BINNING_H_
#define SEAMKIT_CORE_CONFIDENCE_BINNING_H_

#include <cstddef>
#include <vector>

namespace seamkit::confidence {

enum class Binning {
  kEqualWidth = 0,  // edges k / B over [0, 1]
  kEqualMass = 1,   // inner edges at the data's quantiles
};
inline constexpr size_t kMaxBins = 10'000;

// B + 1 edges 0, 1/B, ..., 1, computed as k * (1 / B) like numpy.linspace.
std::vector<double> EqualWidthEdges(size_t bins);

// B + 1 edges: 0, the k/B quantiles of `sorted` (ascending, non-empty) with
// linear interpolation between order statistics (numpy.percentile's default),
// then 1. Equal quantiles give repeated edges and so empty bins.
std::vector<double> EqualMassEdges(const std::vector<double>& sorted,
                                   size_t bins);

// The bin of v under the convention above; edges.size() >= 2.
size_t BinIndex(const std::vector<double>& edges, double v);

}  // namespace seamkit::confidence

#endif  // SEAMKIT_CORE_CONFIDENCE_BINNING_H_

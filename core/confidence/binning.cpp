#include "core/confidence/binning.h"

#include <algorithm>
#include <cmath>

namespace seamkit::confidence {

std::vector<double> EqualWidthEdges(size_t bins) {
  std::vector<double> edges(bins + 1);
  const double step = 1.0 / static_cast<double>(bins);
  for (size_t k = 0; k < bins; ++k) edges[k] = static_cast<double>(k) * step;
  edges[bins] = 1.0;
  return edges;
}

std::vector<double> EqualMassEdges(const std::vector<double>& sorted,
                                   size_t bins) {
  std::vector<double> edges(bins + 1);
  edges[0] = 0.0;
  edges[bins] = 1.0;
  const double last = static_cast<double>(sorted.size() - 1);
  for (size_t k = 1; k < bins; ++k) {
    double pos = last * static_cast<double>(k) / static_cast<double>(bins);
    size_t lo = static_cast<size_t>(std::floor(pos));
    size_t hi = std::min(lo + 1, sorted.size() - 1);
    double t = pos - static_cast<double>(lo);
    edges[k] = sorted[lo] + (sorted[hi] - sorted[lo]) * t;
  }
  return edges;
}

size_t BinIndex(const std::vector<double>& edges, double v) {
  // Inner edges are edges[1 .. B-1]; count those strictly below v.
  auto first = edges.begin() + 1;
  auto last = edges.end() - 1;
  return static_cast<size_t>(std::lower_bound(first, last, v) - first);
}

}  // namespace seamkit::confidence

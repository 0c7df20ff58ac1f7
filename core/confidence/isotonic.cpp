// Isotonic calibration: pool adjacent violators over the sorted, de-duplicated
// scores, reproducing scikit-learn's IsotonicRegression (increasing=True,
// out_of_bounds='clip') as CalibratedClassifierCV uses it.
#include <algorithm>
#include <utility>

#include "core/confidence/calibration.h"
#include "core/confidence/input_checks.h"

namespace seamkit::confidence {
namespace {

// scikit-learn's _make_unique starts a new point only when a score is at
// least numpy.finfo(float64).resolution (1e-15) above the first score of the
// current run; the run keeps that first score as its x.
constexpr double kSameScore = 1e-15;

struct Block {
  double x;       // the run's first score
  double sum_wy;  // sum of labels
  double w;       // number of samples
};

std::vector<Block> MergeEqualScores(const std::vector<double>& scores,
                                    const std::vector<int>& labels) {
  // numpy.lexsort((y, X)): by score, then by label. Sorting contiguous
  // pairs is several times faster than sorting indices into two arrays.
  std::vector<std::pair<double, int>> order(scores.size());
  for (size_t i = 0; i < scores.size(); ++i) order[i] = {scores[i], labels[i]};
  std::sort(order.begin(), order.end());
  std::vector<Block> blocks;
  for (const auto& [score, label] : order) {
    if (blocks.empty() || score - blocks.back().x >= kSameScore) {
      blocks.push_back({score, 0.0, 0.0});
    }
    blocks.back().sum_wy += label;
    blocks.back().w += 1.0;
  }
  return blocks;
}

// Weighted PAVA on the block means; returns the fitted value of each block.
std::vector<double> PoolAdjacentViolators(const std::vector<Block>& blocks) {
  struct Pool {
    double sum_wy, w;
    size_t count;  // blocks covered
  };
  std::vector<Pool> stack;
  stack.reserve(blocks.size());
  for (const Block& b : blocks) {
    stack.push_back({b.sum_wy, b.w, 1});
    while (stack.size() > 1) {
      Pool& top = stack.back();
      Pool& below = stack[stack.size() - 2];
      if (below.sum_wy / below.w <= top.sum_wy / top.w) break;
      below.sum_wy += top.sum_wy;
      below.w += top.w;
      below.count += top.count;
      stack.pop_back();
    }
  }
  std::vector<double> fitted;
  fitted.reserve(blocks.size());
  for (const Pool& p : stack)
    fitted.insert(fitted.end(), p.count, p.sum_wy / p.w);
  return fitted;
}

}  // namespace

StatusOr<CalibrationParams> FitIsotonic(const std::vector<double>& scores,
                                        const std::vector<int>& labels) {
  if (Status s = CheckSameLength(scores.size(), labels.size(), "scores");
      !s.ok()) {
    return s;
  }
  if (Status s = CheckFinite(scores.data(), scores.size(), "scores"); !s.ok()) {
    return s;
  }
  if (Status s = CheckBinaryLabels(labels, true); !s.ok()) return s;
  std::vector<Block> blocks = MergeEqualScores(scores, labels);
  std::vector<double> fitted = PoolAdjacentViolators(blocks);
  CalibrationParams params;
  params.method = CalibrationMethod::kIsotonic;
  const size_t m = blocks.size();
  for (size_t i = 0; i < m; ++i) {
    // Drop interior points level with both neighbours (scikit-learn's
    // trim_duplicates): the interpolant does not change.
    bool interior = i > 0 && i + 1 < m;
    if (interior && fitted[i] == fitted[i - 1] && fitted[i] == fitted[i + 1]) {
      continue;
    }
    params.x.push_back(blocks[i].x);
    params.y.push_back(fitted[i]);
  }
  return params;
}

}  // namespace seamkit::confidence

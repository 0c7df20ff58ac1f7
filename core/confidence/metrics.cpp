#include "core/confidence/metrics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/confidence/input_checks.h"

namespace seamkit::confidence {
namespace {

constexpr double kRowSumTolerance = 1e-3;

Status CheckBinaryInput(const std::vector<double>& probs,
                        const std::vector<int>& labels) {
  if (Status s = CheckSameLength(probs.size(), labels.size(), "probs");
      !s.ok()) {
    return s;
  }
  if (Status s = CheckProbabilities(probs.data(), probs.size(), "probs");
      !s.ok()) {
    return s;
  }
  return CheckBinaryLabels(labels, false);
}

Status CheckRows(const std::vector<double>& probs, size_t k,
                 const std::vector<int>& labels) {
  if (Status s = CheckMatrix(probs.size(), k, labels.size(), "probs");
      !s.ok()) {
    return s;
  }
  if (Status s = CheckProbabilities(probs.data(), probs.size(), "probs");
      !s.ok()) {
    return s;
  }
  for (size_t r = 0; r < labels.size(); ++r) {
    double sum = std::accumulate(probs.begin() + r * k,
                                 probs.begin() + (r + 1) * k, 0.0);
    if (std::fabs(sum - 1.0) > kRowSumTolerance) {
      return Status(ErrorCode::kInvalidArgument,
                    AtIndex("row sum of probs", r, sum) + " is not 1");
    }
  }
  return CheckClassLabels(labels, k);
}

Status CheckBins(size_t num_bins, Binning binning) {
  if (num_bins < 1 || num_bins > kMaxBins) {
    return Status(ErrorCode::kInvalidArgument,
                  "num_bins = " + std::to_string(num_bins) + " is not in [1, " +
                      std::to_string(kMaxBins) + "]");
  }
  if (binning != Binning::kEqualWidth && binning != Binning::kEqualMass) {
    return Status(ErrorCode::kInvalidArgument, "unknown binning");
  }
  return Status::Ok();
}

// conf in [0, 1], hit in {0, 1}; inputs already checked.
ReliabilityDiagram BuildDiagram(const std::vector<double>& conf,
                                const std::vector<double>& hit, size_t num_bins,
                                Binning binning) {
  std::vector<double> edges;
  if (binning == Binning::kEqualWidth) {
    edges = EqualWidthEdges(num_bins);
  } else {
    std::vector<double> sorted = conf;
    std::sort(sorted.begin(), sorted.end());
    edges = EqualMassEdges(sorted, num_bins);
  }
  std::vector<double> sum_conf(num_bins, 0.0), sum_hit(num_bins, 0.0);
  std::vector<size_t> count(num_bins, 0);
  for (size_t i = 0; i < conf.size(); ++i) {
    size_t b = BinIndex(edges, conf[i]);
    sum_conf[b] += conf[i];
    sum_hit[b] += hit[i];
    ++count[b];
  }
  ReliabilityDiagram d;
  d.total = conf.size();
  for (size_t b = 0; b < num_bins; ++b) {
    if (count[b] == 0) continue;
    double n = static_cast<double>(count[b]);
    ReliabilityBin bin{edges[b], edges[b + 1], sum_conf[b] / n, sum_hit[b] / n,
                       count[b]};
    double gap = std::fabs(bin.accuracy - bin.mean_confidence);
    d.ece += gap * n / static_cast<double>(d.total);
    d.mce = std::max(d.mce, gap);
    d.bins.push_back(bin);
  }
  return d;
}

}  // namespace

StatusOr<ReliabilityDiagram> BinaryReliabilityDiagram(
    const std::vector<double>& probs, const std::vector<int>& labels,
    size_t num_bins, Binning binning, BinaryReliability mode) {
  if (Status s = CheckBins(num_bins, binning); !s.ok()) return s;
  if (mode != BinaryReliability::kPositiveClass &&
      mode != BinaryReliability::kPredictedClass) {
    return Status(ErrorCode::kInvalidArgument, "unknown reliability mode");
  }
  if (Status s = CheckBinaryInput(probs, labels); !s.ok()) return s;
  std::vector<double> conf(probs.size()), hit(probs.size());
  for (size_t i = 0; i < probs.size(); ++i) {
    if (mode == BinaryReliability::kPositiveClass) {
      conf[i] = probs[i];
      hit[i] = labels[i];
    } else {
      int predicted = probs[i] > 0.5 ? 1 : 0;
      conf[i] = std::max(probs[i], 1.0 - probs[i]);
      hit[i] = predicted == labels[i] ? 1.0 : 0.0;
    }
  }
  return BuildDiagram(conf, hit, num_bins, binning);
}

StatusOr<ReliabilityDiagram> TopLabelReliabilityDiagram(
    const std::vector<double>& probs, size_t num_classes,
    const std::vector<int>& labels, size_t num_bins, Binning binning) {
  if (Status s = CheckBins(num_bins, binning); !s.ok()) return s;
  if (Status s = CheckRows(probs, num_classes, labels); !s.ok()) return s;
  std::vector<double> conf(labels.size()), hit(labels.size());
  for (size_t r = 0; r < labels.size(); ++r) {
    auto row = probs.begin() + r * num_classes;
    auto top = std::max_element(row, row + num_classes);
    conf[r] = *top;
    hit[r] = (top - row) == labels[r] ? 1.0 : 0.0;
  }
  return BuildDiagram(conf, hit, num_bins, binning);
}

StatusOr<double> BinaryEce(const std::vector<double>& probs,
                           const std::vector<int>& labels, size_t num_bins,
                           Binning binning, BinaryReliability mode) {
  auto d = BinaryReliabilityDiagram(probs, labels, num_bins, binning, mode);
  if (!d.ok()) return d.status();
  return d->ece;
}

StatusOr<double> TopLabelEce(const std::vector<double>& probs,
                             size_t num_classes, const std::vector<int>& labels,
                             size_t num_bins, Binning binning) {
  auto d =
      TopLabelReliabilityDiagram(probs, num_classes, labels, num_bins, binning);
  if (!d.ok()) return d.status();
  return d->ece;
}

StatusOr<double> BrierScore(const std::vector<double>& probs,
                            const std::vector<int>& labels) {
  if (Status s = CheckBinaryInput(probs, labels); !s.ok()) return s;
  double sum = 0;
  for (size_t i = 0; i < probs.size(); ++i) {
    double d = probs[i] - labels[i];
    sum += d * d;
  }
  return sum / static_cast<double>(probs.size());
}

StatusOr<double> MulticlassBrierScore(const std::vector<double>& probs,
                                      size_t num_classes,
                                      const std::vector<int>& labels) {
  if (Status s = CheckRows(probs, num_classes, labels); !s.ok()) return s;
  double sum = 0;
  for (size_t r = 0; r < labels.size(); ++r) {
    for (size_t k = 0; k < num_classes; ++k) {
      double target = static_cast<int>(k) == labels[r] ? 1.0 : 0.0;
      double d = probs[r * num_classes + k] - target;
      sum += d * d;
    }
  }
  return sum / static_cast<double>(labels.size());
}

StatusOr<double> NegativeLogLikelihood(const std::vector<double>& probs,
                                       const std::vector<int>& labels) {
  if (Status s = CheckBinaryInput(probs, labels); !s.ok()) return s;
  double sum = 0;
  for (size_t i = 0; i < probs.size(); ++i) {
    double p = std::clamp(probs[i], kNllEpsilon, 1.0 - kNllEpsilon);
    sum -= labels[i] ? std::log(p) : std::log(1.0 - p);
  }
  return sum / static_cast<double>(probs.size());
}

StatusOr<double> MulticlassNegativeLogLikelihood(
    const std::vector<double>& probs, size_t num_classes,
    const std::vector<int>& labels) {
  if (Status s = CheckRows(probs, num_classes, labels); !s.ok()) return s;
  double sum = 0;
  for (size_t r = 0; r < labels.size(); ++r) {
    double row_sum = 0, p_label = 0;
    for (size_t k = 0; k < num_classes; ++k) {
      double p = std::clamp(probs[r * num_classes + k], kNllEpsilon,
                            1.0 - kNllEpsilon);
      row_sum += p;
      if (static_cast<int>(k) == labels[r]) p_label = p;
    }
    sum -= std::log(p_label / row_sum);
  }
  return sum / static_cast<double>(labels.size());
}

StatusOr<RiskCoverageCurve> RiskCoverage(const std::vector<double>& confidence,
                                         const std::vector<int>& correct) {
  if (Status s =
          CheckSameLength(confidence.size(), correct.size(), "confidence");
      !s.ok()) {
    return s;
  }
  if (Status s =
          CheckFinite(confidence.data(), confidence.size(), "confidence");
      !s.ok()) {
    return s;
  }
  for (size_t i = 0; i < correct.size(); ++i) {
    if (correct[i] != 0 && correct[i] != 1) {
      return Status(ErrorCode::kInvalidArgument,
                    AtIndex("correct", i, correct[i]) + " is not 0 or 1");
    }
  }
  const size_t n = confidence.size();
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return confidence[a] > confidence[b];
  });
  RiskCoverageCurve curve;
  size_t errors = 0;
  double prev_coverage = 0;
  for (size_t i = 0; i < n; ++i) {
    errors += correct[order[i]] ? 0 : 1;
    bool group_ends =
        i + 1 == n || confidence[order[i + 1]] != confidence[order[i]];
    if (!group_ends) continue;
    RiskCoveragePoint pt;
    pt.threshold = confidence[order[i]];
    pt.accepted = i + 1;
    pt.errors = errors;
    pt.coverage = static_cast<double>(i + 1) / static_cast<double>(n);
    pt.risk = static_cast<double>(errors) / static_cast<double>(i + 1);
    curve.aurc += pt.risk * (pt.coverage - prev_coverage);
    prev_coverage = pt.coverage;
    curve.points.push_back(pt);
  }
  return curve;
}

}  // namespace seamkit::confidence

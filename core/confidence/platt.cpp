// Platt scaling, fitted to the objective scikit-learn 1.2.1 minimises in
// `_sigmoid_calibration`: with N+ positives and N- negatives the targets are
// t = (N+ + 1) / (N+ + 2) for positives and 1 / (N- + 2) for negatives
// (Platt 1999, end of section 2.2), P = 1 / (1 + exp(a s + b)), and the loss
// is sum -(t log P + (1 - t) log(1 - P)), started from a = 0,
// b = log((N- + 1) / (N+ + 1)). scikit-learn runs BFGS; the loss is convex,
// so we take Newton steps with backtracking (as Lin, Lin & Weng 2007 advise
// for Platt's method) to the same minimum, more tightly.
#include <algorithm>
#include <cmath>

#include "core/confidence/calibration.h"
#include "core/confidence/input_checks.h"

namespace seamkit::confidence {
namespace {

// log(1 + exp(u)) without overflow.
double Softplus(double u) {
  return u > 0 ? u + std::log1p(std::exp(-u)) : std::log1p(std::exp(u));
}

struct PlattProblem {
  const std::vector<double>& s;
  std::vector<double> t;  // prior-corrected targets

  // With u = a s + b: -log P = softplus(u), -log(1 - P) = softplus(-u).
  double Loss(double a, double b) const {
    double sum = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      double u = a * s[i] + b;
      sum += t[i] * Softplus(u) + (1 - t[i]) * Softplus(-u);
    }
    return sum;
  }

  // One damped Newton step from (a, b) at loss `loss`; false once no step
  // decreases the loss (converged to double precision).
  bool Step(double* a, double* b, double* loss) const {
    // Gradient sum (t - P) [s, 1]; Hessian sum P (1 - P) [s, 1][s, 1]^T,
    // with a 1e-12 ridge as in Lin, Lin & Weng.
    double ga = 0, gb = 0, haa = 1e-12, hab = 0, hbb = 1e-12;
    for (size_t i = 0; i < s.size(); ++i) {
      double p = 1.0 / (1.0 + std::exp(*a * s[i] + *b));
      double r = t[i] - p, w = p * (1 - p);
      ga += r * s[i];
      gb += r;
      haa += w * s[i] * s[i];
      hab += w * s[i];
      hbb += w;
    }
    double det = haa * hbb - hab * hab;
    if (!(det > 0)) return false;
    double da = -(hbb * ga - hab * gb) / det;
    double db = -(haa * gb - hab * ga) / det;
    for (double step = 1.0; step > 1e-10; step *= 0.5) {
      double next = Loss(*a + step * da, *b + step * db);
      if (next <= *loss + 1e-4 * step * (ga * da + gb * db)) {  // Armijo
        bool moved = std::fabs(step * da) > 1e-13 * (1 + std::fabs(*a)) ||
                     std::fabs(step * db) > 1e-13 * (1 + std::fabs(*b));
        *a += step * da;
        *b += step * db;
        *loss = next;
        return moved;
      }
    }
    return false;
  }
};

Status CheckPlattInput(const std::vector<double>& scores,
                       const std::vector<int>& labels) {
  if (Status s = CheckSameLength(scores.size(), labels.size(), "scores");
      !s.ok()) {
    return s;
  }
  if (Status s = CheckFinite(scores.data(), scores.size(), "scores"); !s.ok()) {
    return s;
  }
  if (Status s = CheckBinaryLabels(labels, true); !s.ok()) return s;
  auto [mn, mx] = std::minmax_element(scores.begin(), scores.end());
  if (*mn == *mx) {
    return Status(ErrorCode::kInvalidArgument,
                  "scores are all equal; Platt scaling needs two distinct");
  }
  return Status::Ok();
}

}  // namespace

StatusOr<CalibrationParams> FitPlatt(const std::vector<double>& scores,
                                     const std::vector<int>& labels) {
  if (Status s = CheckPlattInput(scores, labels); !s.ok()) return s;
  double pos = 0;
  for (int l : labels) pos += l;
  double neg = static_cast<double>(labels.size()) - pos;
  PlattProblem prob{scores, std::vector<double>(scores.size())};
  for (size_t i = 0; i < scores.size(); ++i) {
    prob.t[i] = labels[i] ? (pos + 1) / (pos + 2) : 1 / (neg + 2);
  }
  double a = 0, b = std::log((neg + 1) / (pos + 1));
  double loss = prob.Loss(a, b);
  for (int iter = 0; iter < 100 && prob.Step(&a, &b, &loss); ++iter) {
  }
  if (!std::isfinite(a) || !std::isfinite(b)) {
    return Status(ErrorCode::kInternal, "Platt fit diverged");
  }
  CalibrationParams params;
  params.method = CalibrationMethod::kPlatt;
  params.a = a;
  params.b = b;
  return params;
}

}  // namespace seamkit::confidence

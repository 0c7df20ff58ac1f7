// Temperature scaling. With b = 1 / T the NLL of softmax(b z) is convex in b
// (a log-sum-exp of functions linear in b minus a linear term), so its
// derivative g(b) is increasing and the optimum is g's single root. We find
// it by Newton's method inside a bracket that shrinks on every evaluation,
// falling back to geometric bisection whenever a Newton step leaves it.
#include <cmath>
#include <functional>

#include "core/confidence/calibration.h"
#include "core/confidence/input_checks.h"

namespace seamkit::confidence {
namespace {

struct Derivs {
  double g = 0;  // dNLL/db
  double h = 0;  // d2NLL/db2
};

// Binary logits: p = sigmoid(b z); dNLL/db = sum (p - y) z.
Derivs BinaryDerivs(const std::vector<double>& z, const std::vector<int>& y,
                    double b) {
  Derivs d;
  for (size_t i = 0; i < z.size(); ++i) {
    double p = 1.0 / (1.0 + std::exp(-b * z[i]));
    d.g += (p - y[i]) * z[i];
    d.h += p * (1.0 - p) * z[i] * z[i];
  }
  return d;
}

// Rows of k logits: dNLL/db = sum (E_q[z] - z_y), d2 = sum Var_q[z], with q
// the softmax of b z (shifted by the row maximum for stability).
Derivs SoftmaxDerivs(const std::vector<double>& z, size_t k,
                     const std::vector<int>& y, double b) {
  Derivs d;
  const size_t rows = z.size() / k;
  for (size_t r = 0; r < rows; ++r) {
    const double* row = z.data() + r * k;
    double mx = row[0];
    for (size_t j = 1; j < k; ++j) mx = std::max(mx, row[j]);
    double s0 = 0, s1 = 0, s2 = 0;
    for (size_t j = 0; j < k; ++j) {
      double e = std::exp(b * (row[j] - mx));
      s0 += e;
      s1 += e * row[j];
      s2 += e * row[j] * row[j];
    }
    double mean = s1 / s0;
    d.g += mean - row[y[r]];
    d.h += std::max(0.0, s2 / s0 - mean * mean);
  }
  return d;
}

double SolveInverseTemperature(const std::function<Derivs(double)>& eval) {
  double lo = 1.0 / kMaxTemperature;
  double hi = 1.0 / kMinTemperature;
  if (eval(lo).g >= 0) return lo;  // the NLL only falls as T grows
  if (eval(hi).g <= 0) return hi;  // separable: the NLL falls as T shrinks
  double b = 1.0;
  for (int iter = 0; iter < 200; ++iter) {
    Derivs d = eval(b);
    if (d.g == 0) return b;
    (d.g > 0 ? hi : lo) = b;
    double next = b - d.g / d.h;
    if (!(d.h > 0) || !(next > lo && next < hi)) next = std::sqrt(lo * hi);
    if (std::fabs(next - b) <= 1e-15 * b || hi <= lo * (1 + 1e-15)) {
      return next;
    }
    b = next;
  }
  return b;
}

CalibrationParams TemperatureParams(double inverse_t, size_t num_classes) {
  CalibrationParams p;
  p.method = CalibrationMethod::kTemperature;
  p.num_classes = num_classes;
  p.temperature = 1.0 / inverse_t;
  return p;
}

}  // namespace

StatusOr<CalibrationParams> FitTemperature(const std::vector<double>& logits,
                                           const std::vector<int>& labels) {
  if (Status s = CheckSameLength(logits.size(), labels.size(), "logits");
      !s.ok()) {
    return s;
  }
  if (Status s = CheckFinite(logits.data(), logits.size(), "logits"); !s.ok()) {
    return s;
  }
  if (Status s = CheckBinaryLabels(labels, true); !s.ok()) return s;
  double b = SolveInverseTemperature(
      [&](double x) { return BinaryDerivs(logits, labels, x); });
  return TemperatureParams(b, 2);
}

StatusOr<CalibrationParams> FitTemperatureMulticlass(
    const std::vector<double>& logits, size_t num_classes,
    const std::vector<int>& labels) {
  if (Status s =
          CheckMatrix(logits.size(), num_classes, labels.size(), "logits");
      !s.ok()) {
    return s;
  }
  if (Status s = CheckFinite(logits.data(), logits.size(), "logits"); !s.ok()) {
    return s;
  }
  if (Status s = CheckClassLabels(labels, num_classes); !s.ok()) return s;
  bool two = false;
  for (int l : labels) two = two || l != labels[0];
  if (!two) {
    return Status(ErrorCode::kInvalidArgument,
                  "labels hold a single class; fitting needs at least two");
  }
  double b = SolveInverseTemperature(
      [&](double x) { return SoftmaxDerivs(logits, num_classes, labels, x); });
  return TemperatureParams(b, num_classes);
}

}  // namespace seamkit::confidence

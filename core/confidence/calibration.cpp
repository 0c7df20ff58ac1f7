// Validation and application of fitted calibrators; the SIMD sigmoid used by
// temperature and Platt batches sits beside its scalar reference.
#include "core/confidence/calibration.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/common/simd.h"
#include "core/confidence/input_checks.h"

namespace seamkit::confidence {
namespace {

constexpr double kLn2 = 0.69314718055994530942;

Status Malformed(const std::string& what) {
  return Status(ErrorCode::kMalformed, "calibration params: " + what);
}

Status ValidateIsotonic(const CalibrationParams& p) {
  if (p.x.empty() || p.x.size() != p.y.size()) {
    return Malformed("isotonic x and y must be non-empty and the same size");
  }
  if (p.x.size() > kMaxSamples) return Malformed("isotonic x is too long");
  for (size_t i = 0; i < p.x.size(); ++i) {
    if (!std::isfinite(p.x[i]) || !(p.y[i] >= 0.0 && p.y[i] <= 1.0)) {
      return Malformed("isotonic point " + std::to_string(i) +
                       " is not finite with y in [0, 1]");
    }
    if (i > 0 && !(p.x[i] > p.x[i - 1] && p.y[i] >= p.y[i - 1])) {
      return Malformed(
          "isotonic points must have increasing x and "
          "non-decreasing y (at " +
          std::to_string(i) + ")");
    }
  }
  return Status::Ok();
}

Status ValidateHistogram(const CalibrationParams& p) {
  if (p.values.empty() || p.values.size() > kMaxBins ||
      p.edges.size() != p.values.size() + 1) {
    return Malformed("histogram needs 1 to " + std::to_string(kMaxBins) +
                     " values and one more edge than values");
  }
  for (size_t i = 0; i < p.edges.size(); ++i) {
    if (!(p.edges[i] >= 0.0 && p.edges[i] <= 1.0) ||
        (i > 0 && p.edges[i] < p.edges[i - 1])) {
      return Malformed("histogram edges must be non-decreasing in [0, 1]");
    }
  }
  for (double v : p.values) {
    if (!(v >= 0.0 && v <= 1.0)) {
      return Malformed("histogram values must lie in [0, 1]");
    }
  }
  return Status::Ok();
}

// Isotonic prediction as scipy's interp1d(kind='linear') after clipping the
// score into [x.front(), x.back()]: the segment is found with
// searchsorted(side='left') and evaluated from its left end.
double Interpolate(const std::vector<double>& x, const std::vector<double>& y,
                   double s) {
  if (x.size() == 1) return y[0];
  s = std::clamp(s, x.front(), x.back());
  size_t hi =
      static_cast<size_t>(std::lower_bound(x.begin(), x.end(), s) - x.begin());
  hi = std::clamp<size_t>(hi, 1, x.size() - 1);
  size_t lo = hi - 1;
  double slope = (y[hi] - y[lo]) / (x[hi] - x[lo]);
  return slope * (s - x[lo]) + y[lo];
}

double ApplyChecked(const CalibrationParams& p, double s) {
  switch (p.method) {
    case CalibrationMethod::kTemperature:
      return 1.0 / (1.0 + std::exp(-s / p.temperature));
    case CalibrationMethod::kPlatt:
      return 1.0 / (1.0 + std::exp(p.a * s + p.b));
    case CalibrationMethod::kIsotonic:
      return Interpolate(p.x, p.y, s);
    case CalibrationMethod::kHistogram:
      return p.values[BinIndex(p.edges, s)];
  }
  return 0.0;
}

// Checks params and that every input is acceptable to them.
Status CheckBatch(const CalibrationParams& params, const float* in, size_t n) {
  if (Status s = ValidateCalibrationParams(params); !s.ok()) return s;
  if (params.method == CalibrationMethod::kTemperature &&
      params.num_classes != 2) {
    return Status(ErrorCode::kInvalidArgument,
                  "multi-class temperature params: use ApplySoftmax");
  }
  if (n > kMaxSamples) return CheckCount(n, "scores");
  if (n > 0 && in == nullptr) {
    return Status(ErrorCode::kInvalidArgument, "null input buffer");
  }
  bool unit = params.method == CalibrationMethod::kHistogram;
  for (size_t i = 0; i < n; ++i) {
    if (!std::isfinite(in[i])) {
      return Status(ErrorCode::kInvalidArgument,
                    AtIndex("scores", i, in[i]) + " is not finite");
    }
    if (unit && (in[i] < 0.0f || in[i] > 1.0f)) {
      return Status(ErrorCode::kOutOfRange,
                    AtIndex("scores", i, in[i]) + " is not in [0, 1]");
    }
  }
  return Status::Ok();
}

// Sigmoid batches as 1 / (1 + 2^(k x + c)).
void SigmoidCoefficients(const CalibrationParams& p, double* k, double* c) {
  if (p.method == CalibrationMethod::kTemperature) {
    *k = -1.0 / (p.temperature * kLn2);
    *c = 0.0;
  } else {
    *k = p.a / kLn2;
    *c = p.b / kLn2;
  }
}

bool IsSigmoid(const CalibrationParams& p) {
  return p.method == CalibrationMethod::kTemperature ||
         p.method == CalibrationMethod::kPlatt;
}

}  // namespace

const char* CalibrationMethodName(CalibrationMethod method) {
  switch (method) {
    case CalibrationMethod::kTemperature:
      return "temperature";
    case CalibrationMethod::kPlatt:
      return "platt";
    case CalibrationMethod::kIsotonic:
      return "isotonic";
    case CalibrationMethod::kHistogram:
      return "histogram";
  }
  return "unknown";
}

Status ValidateCalibrationParams(const CalibrationParams& p) {
  switch (p.method) {
    case CalibrationMethod::kTemperature:
      if (p.num_classes < 2 || p.num_classes > kMaxClasses) {
        return Malformed("num_classes must be in [2, " +
                         std::to_string(kMaxClasses) + "]");
      }
      if (!(p.temperature >= kMinTemperature &&
            p.temperature <= kMaxTemperature)) {
        return Malformed("temperature must be in [1e-4, 1e4]");
      }
      return Status::Ok();
    case CalibrationMethod::kPlatt:
      if (!std::isfinite(p.a) || !std::isfinite(p.b)) {
        return Malformed("Platt a and b must be finite");
      }
      return Status::Ok();
    case CalibrationMethod::kIsotonic:
      return ValidateIsotonic(p);
    case CalibrationMethod::kHistogram:
      return ValidateHistogram(p);
  }
  return Malformed("unknown method");
}

StatusOr<double> Apply(const CalibrationParams& params, double score) {
  if (Status s = ValidateCalibrationParams(params); !s.ok()) return s;
  if (params.method == CalibrationMethod::kTemperature &&
      params.num_classes != 2) {
    return Status(ErrorCode::kInvalidArgument,
                  "multi-class temperature params: use ApplySoftmax");
  }
  if (!std::isfinite(score)) {
    return Status(ErrorCode::kInvalidArgument, "score is not finite");
  }
  if (params.method == CalibrationMethod::kHistogram &&
      !(score >= 0.0 && score <= 1.0)) {
    return Status(ErrorCode::kOutOfRange,
                  "histogram calibration takes a probability in [0, 1]");
  }
  return ApplyChecked(params, score);
}

Status ApplyBatchScalar(const CalibrationParams& params, const float* in,
                        float* out, size_t n) {
  if (Status s = CheckBatch(params, in, n); !s.ok()) return s;
  if (n > 0 && out == nullptr) {
    return Status(ErrorCode::kInvalidArgument, "null output buffer");
  }
  for (size_t i = 0; i < n; ++i) {
    out[i] = static_cast<float>(ApplyChecked(params, in[i]));
  }
  return Status::Ok();
}

Status ApplyBatch(const CalibrationParams& params, const float* in, float* out,
                  size_t n) {
  if (!IsSigmoid(params)) return ApplyBatchScalar(params, in, out, n);
  if (Status s = CheckBatch(params, in, n); !s.ok()) return s;
  if (n > 0 && out == nullptr) {
    return Status(ErrorCode::kInvalidArgument, "null output buffer");
  }
  using simd::F32x4;
  double k, c;
  SigmoidCoefficients(params, &k, &c);
  const F32x4 vk = simd::Splat(static_cast<float>(k));
  const F32x4 vc = simd::Splat(static_cast<float>(c));
  const F32x4 one = simd::Splat(1.0f);
  size_t i = 0;
  for (; i + simd::kF32Lanes <= n; i += simd::kF32Lanes) {
    F32x4 x = simd::Load<F32x4>(in + i);
    F32x4 e = simd::Exp2(x * vk + vc);
    simd::Store(one / (one + e), out + i);
  }
  for (; i < n; ++i) {
    out[i] = static_cast<float>(ApplyChecked(params, in[i]));
  }
  return Status::Ok();
}

Status ApplySoftmax(const CalibrationParams& params, const float* logits,
                    float* out, size_t rows) {
  if (Status s = ValidateCalibrationParams(params); !s.ok()) return s;
  if (params.method != CalibrationMethod::kTemperature) {
    return Status(ErrorCode::kInvalidArgument,
                  "ApplySoftmax needs temperature params");
  }
  const size_t k = params.num_classes;
  if (rows > kMaxSamples / k) {
    return Status(ErrorCode::kLimitExceeded,
                  "logits has " + std::to_string(rows) + " rows of " +
                      std::to_string(k) + "; the limit is " +
                      std::to_string(kMaxSamples) + " values");
  }
  if (rows > 0 && (logits == nullptr || out == nullptr)) {
    return Status(ErrorCode::kInvalidArgument, "null buffer");
  }
  for (size_t i = 0; i < rows * k; ++i) {
    if (!std::isfinite(logits[i])) {
      return Status(ErrorCode::kInvalidArgument,
                    AtIndex("logits", i, logits[i]) + " is not finite");
    }
  }
  std::vector<double> e(k);
  for (size_t r = 0; r < rows; ++r) {
    const float* row = logits + r * k;
    double mx = *std::max_element(row, row + k);
    double sum = 0;
    for (size_t j = 0; j < k; ++j) {
      e[j] = std::exp((row[j] - mx) / params.temperature);
      sum += e[j];
    }
    for (size_t j = 0; j < k; ++j) {
      out[r * k + j] = static_cast<float>(e[j] / sum);
    }
  }
  return Status::Ok();
}

}  // namespace seamkit::confidence

// Post-hoc probability calibration: temperature scaling, Platt scaling,
// isotonic regression and histogram binning, with parameters that serialise
// to JSON and batch application for the browser.
//
// Scores and labels come in as std::vector (fitting is a one-off, in double
// precision); application has a scalar form in double and a batch form over
// float buffers. Binary labels are 0 or 1; multi-class labels are class
// indices. Every function validates its input and returns a typed Status.
#ifndef SEAMKIT_CORE_CONFIDENCE_CALIBRATION_H_
#define SEAMKIT_CORE_CONFIDENCE_CALIBRATION_H_

#include <cstddef>
#include <string>
#include <vector>

#include "core/common/status.h"
#include "core/confidence/binning.h"

namespace seamkit::confidence {

enum class CalibrationMethod {
  kTemperature = 0,  // p = sigmoid(z / T); softmax(z / T) for rows of logits
  kPlatt = 1,        // p = 1 / (1 + exp(a * s + b))
  kIsotonic = 2,     // piecewise-linear through (x[i], y[i]), clipped
  kHistogram = 3,    // p = values[bin of s] (s a probability)
};
// "temperature", "platt", "isotonic", "histogram": the JSON "method" value.
const char* CalibrationMethodName(CalibrationMethod method);

// The fitted state of one calibrator; only the fields of `method` are used.
struct CalibrationParams {
  CalibrationMethod method = CalibrationMethod::kTemperature;
  // Temperature: 2 means one logit per sample (binary); more means rows of
  // num_classes logits (apply with ApplySoftmax).
  size_t num_classes = 2;
  double temperature = 1.0;
  // Platt, in scikit-learn's sign convention (a < 0 for a useful score).
  double a = 0.0;
  double b = 0.0;
  // Isotonic: x strictly increasing, y non-decreasing in [0, 1], same size.
  std::vector<double> x;
  std::vector<double> y;
  // Histogram: edges (B + 1, from 0 to 1, non-decreasing) and the positive
  // rate of each bin (B values in [0, 1]).
  std::vector<double> edges;
  std::vector<double> values;
};

// Temperature bounds: the NLL optimum is clamped into [kMinTemperature,
// kMaxTemperature] (separable data pushes T to 0, useless logits to ∞).
inline constexpr double kMinTemperature = 1e-4;
inline constexpr double kMaxTemperature = 1e4;

// ---- fitting -------------------------------------------------------------
// All return kInvalidArgument for empty, mismatched, non-finite or
// single-class input, kLimitExceeded above kMaxSamples.

// Binary temperature scaling on logits z: T minimising the NLL of
// sigmoid(z / T) (safeguarded Newton on 1/T, where the NLL is convex).
StatusOr<CalibrationParams> FitTemperature(const std::vector<double>& logits,
                                           const std::vector<int>& labels);

// Multi-class temperature scaling: logits row-major n x num_classes, labels
// in [0, num_classes); T minimising the NLL of softmax(z / T). At least two
// classes must occur in labels.
StatusOr<CalibrationParams> FitTemperatureMulticlass(
    const std::vector<double>& logits, size_t num_classes,
    const std::vector<int>& labels);

// Platt scaling of arbitrary real scores: minimises the same objective as
// scikit-learn 1.2.1 `_sigmoid_calibration` (cross-entropy against Platt's
// prior-corrected targets (N+ + 1) / (N+ + 2) and 1 / (N- + 2)), solved by
// Newton's method with a backtracking line search. Needs two distinct scores.
StatusOr<CalibrationParams> FitPlatt(const std::vector<double>& scores,
                                     const std::vector<int>& labels);

// Increasing isotonic regression of labels on scores, as scikit-learn's
// IsotonicRegression(out_of_bounds='clip'): scores closer than 1e-15 to the
// first of a run are merged into one point with the mean label, then pooled
// adjacent violators with counts as weights; interior points whose y equals
// both neighbours are dropped (the prediction is unchanged).
StatusOr<CalibrationParams> FitIsotonic(const std::vector<double>& scores,
                                        const std::vector<int>& labels);

// Histogram binning of probabilities in [0, 1] (kOutOfRange otherwise):
// each bin predicts its positive rate. Empty bins (equal-width only) predict
// their midpoint. num_bins in [1, kMaxBins].
StatusOr<CalibrationParams> FitHistogramBinning(
    const std::vector<double>& probs, const std::vector<int>& labels,
    size_t num_bins, Binning binning);

// ---- application -----------------------------------------------------------

// Structural check of params (sizes, ordering, finiteness, ranges).
Status ValidateCalibrationParams(const CalibrationParams& params);

// One calibrated probability of the positive class. Scores must be finite;
// histogram scores must lie in [0, 1]. Multi-class temperature params are
// rejected (use ApplySoftmax).
StatusOr<double> Apply(const CalibrationParams& params, double score);

// out[i] = Apply(params, in[i]) in float, i < n (in/out may alias). Input is
// checked first; on error nothing is written. Temperature and Platt use the
// SIMD sigmoid (|error| < 1e-6 against ApplyBatchScalar).
Status ApplyBatch(const CalibrationParams& params, const float* in, float* out,
                  size_t n);
// The scalar reference of ApplyBatch (std::exp per element).
Status ApplyBatchScalar(const CalibrationParams& params, const float* in,
                        float* out, size_t n);

// Multi-class temperature: out = softmax(logits / T) per row, logits and out
// row-major rows x params.num_classes (may alias).
Status ApplySoftmax(const CalibrationParams& params, const float* logits,
                    float* out, size_t rows);

// ---- JSON ------------------------------------------------------------------
// {"format": "seamkit.calibration", "version": 1, "method": "platt", ...}
// with the method's fields (temperature + num_classes; a, b; x, y; edges,
// values). Doubles are written with round-trip precision.
StatusOr<std::string> CalibrationParamsToJson(const CalibrationParams& params);
// kParse: not JSON; kMalformed: wrong "format", missing or mistyped fields,
// inconsistent arrays; kUnsupported: a "version" other than 1 or an unknown
// "method".
StatusOr<CalibrationParams> CalibrationParamsFromJson(const std::string& text);

inline constexpr int kCalibrationFormatVersion = 1;
inline constexpr const char* kCalibrationFormat = "seamkit.calibration";

}  // namespace seamkit::confidence

#endif  // SEAMKIT_CORE_CONFIDENCE_CALIBRATION_H_

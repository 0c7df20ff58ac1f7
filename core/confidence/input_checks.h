// Validation shared by calibration, metrics and policy: every public entry
// point checks its arrays with these before touching them, so bad input is a
// typed Status naming the offending index, never a NaN that leaks through.
#ifndef SEAMKIT_CORE_CONFIDENCE_INPUT_CHECKS_H_
#define SEAMKIT_CORE_CONFIDENCE_INPUT_CHECKS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "core/common/status.h"

namespace seamkit::confidence {

// Largest number of samples (or, for row-major matrices, of elements) any
// calibration, metric or policy function accepts.
inline constexpr size_t kMaxSamples = 10'000'000;
// Largest class count of a multi-class input.
inline constexpr size_t kMaxClasses = 100'000;

// n in [1, kMaxSamples]; `what` names the array in the message.
Status CheckCount(size_t n, const char* what);

// scores.size() == labels.size(), non-empty, under the cap.
Status CheckSameLength(size_t scores, size_t labels, const char* what);

// Every value finite (no NaN or ±Inf).
Status CheckFinite(const double* v, size_t n, const char* what);

// Every value finite and in [0, 1].
Status CheckProbabilities(const double* v, size_t n, const char* what);

// Every label 0 or 1; with require_both, at least one of each.
Status CheckBinaryLabels(const std::vector<int>& labels, bool require_both);

// Every label in [0, num_classes).
Status CheckClassLabels(const std::vector<int>& labels, size_t num_classes);

// A row-major n x k matrix: k in [2, kMaxClasses], size divisible by k,
// n == labels (if labels_size is not SIZE_MAX), n * k under the cap.
Status CheckMatrix(size_t size, size_t k, size_t labels_size, const char* what);

// "what[i] = value" for messages.
std::string AtIndex(const char* what, size_t i, double value);

}  // namespace seamkit::confidence

#endif  // SEAMKIT_CORE_CONFIDENCE_INPUT_CHECKS_H_

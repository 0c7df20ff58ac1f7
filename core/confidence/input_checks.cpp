#include "core/confidence/input_checks.h"

#include <cmath>
#include <cstdint>
#include <sstream>

namespace seamkit::confidence {

std::string AtIndex(const char* what, size_t i, double value) {
  std::ostringstream s;
  s << what << "[" << i << "] = " << value;
  return s.str();
}

Status CheckCount(size_t n, const char* what) {
  if (n == 0) {
    return Status(ErrorCode::kInvalidArgument, std::string(what) + " is empty");
  }
  if (n > kMaxSamples) {
    return Status(ErrorCode::kLimitExceeded,
                  std::string(what) + " has " + std::to_string(n) +
                      " elements; the limit is " + std::to_string(kMaxSamples));
  }
  return Status::Ok();
}

Status CheckSameLength(size_t scores, size_t labels, const char* what) {
  if (scores != labels) {
    return Status(ErrorCode::kInvalidArgument,
                  std::string(what) + " has " + std::to_string(scores) +
                      " values but labels has " + std::to_string(labels));
  }
  return CheckCount(scores, what);
}

Status CheckFinite(const double* v, size_t n, const char* what) {
  for (size_t i = 0; i < n; ++i) {
    if (!std::isfinite(v[i])) {
      return Status(ErrorCode::kInvalidArgument,
                    AtIndex(what, i, v[i]) + " is not finite");
    }
  }
  return Status::Ok();
}

Status CheckProbabilities(const double* v, size_t n, const char* what) {
  for (size_t i = 0; i < n; ++i) {
    if (!std::isfinite(v[i])) {
      return Status(ErrorCode::kInvalidArgument,
                    AtIndex(what, i, v[i]) + " is not finite");
    }
    if (v[i] < 0.0 || v[i] > 1.0) {
      return Status(ErrorCode::kOutOfRange,
                    AtIndex(what, i, v[i]) + " is not a probability in [0, 1]");
    }
  }
  return Status::Ok();
}

Status CheckBinaryLabels(const std::vector<int>& labels, bool require_both) {
  size_t positives = 0;
  for (size_t i = 0; i < labels.size(); ++i) {
    if (labels[i] != 0 && labels[i] != 1) {
      return Status(ErrorCode::kInvalidArgument,
                    AtIndex("labels", i, labels[i]) + " is not 0 or 1");
    }
    positives += static_cast<size_t>(labels[i]);
  }
  if (require_both && (positives == 0 || positives == labels.size())) {
    return Status(ErrorCode::kInvalidArgument,
                  "labels hold a single class (" + std::to_string(positives) +
                      " positives of " + std::to_string(labels.size()) +
                      "); fitting needs both classes");
  }
  return Status::Ok();
}

Status CheckClassLabels(const std::vector<int>& labels, size_t num_classes) {
  for (size_t i = 0; i < labels.size(); ++i) {
    if (labels[i] < 0 || static_cast<size_t>(labels[i]) >= num_classes) {
      return Status(ErrorCode::kInvalidArgument,
                    AtIndex("labels", i, labels[i]) +
                        " is not a class in [0, " +
                        std::to_string(num_classes) + ")");
    }
  }
  return Status::Ok();
}

Status CheckMatrix(size_t size, size_t k, size_t labels_size,
                   const char* what) {
  if (k < 2 || k > kMaxClasses) {
    return Status(ErrorCode::kInvalidArgument,
                  "num_classes = " + std::to_string(k) + " is not in [2, " +
                      std::to_string(kMaxClasses) + "]");
  }
  if (Status s = CheckCount(size, what); !s.ok()) return s;
  if (size % k != 0) {
    return Status(
        ErrorCode::kInvalidArgument,
        std::string(what) + " has " + std::to_string(size) +
            " values, not a multiple of num_classes = " + std::to_string(k));
  }
  if (labels_size != SIZE_MAX && size / k != labels_size) {
    return Status(ErrorCode::kInvalidArgument,
                  std::string(what) + " has " + std::to_string(size / k) +
                      " rows but labels has " + std::to_string(labels_size));
  }
  return Status::Ok();
}

}  // namespace seamkit::confidence

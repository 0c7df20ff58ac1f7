// Errors as values. Every core entry point that can fail on outside input
// returns Status or StatusOr<T>; nothing throws across the wasm boundary.
#ifndef SEAMKIT_CORE_COMMON_STATUS_H_
#define SEAMKIT_CORE_COMMON_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace seamkit {

// Stable machine-readable codes. The JS layer maps each to SeamkitError.code
// ("E_" + the upper-snake name), so values here are part of the public API.
enum class ErrorCode {
  kOk = 0,
  kInvalidArgument,   // E_INVALID_ARGUMENT: a value the caller can fix
  kParse,             // E_PARSE: text that does not follow its grammar
  kOutOfRange,        // E_OUT_OF_RANGE: a number outside its domain
  kLimitExceeded,     // E_LIMIT_EXCEEDED: input larger than a documented cap
  kMalformed,         // E_MALFORMED: structured input that is inconsistent
  kUnsupported,       // E_UNSUPPORTED: valid, but not handled by seamkit
  kInternal,          // E_INTERNAL: a bug in seamkit
};

// The JS-facing name of a code, e.g. "E_PARSE".
const char* ErrorCodeName(ErrorCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(ErrorCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
};

template <typename T>
class [[nodiscard]] StatusOr {
 public:
  StatusOr(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  StatusOr(Status status)  // NOLINT
      : status_(status.ok() ? Status(ErrorCode::kInternal,
                                     "StatusOr built from an OK status")
                            : std::move(status)) {}

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const T& operator*() const& { return *value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace seamkit

#endif  // SEAMKIT_CORE_COMMON_STATUS_H_

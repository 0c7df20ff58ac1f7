// Shared helpers of the libFuzzer targets: an invariant check that reports
// and aborts (so libFuzzer records the input as a crash).
#ifndef SEAMKIT_TESTS_FUZZ_FUZZ_CHECK_H_
#define SEAMKIT_TESTS_FUZZ_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>

#include "core/common/status.h"

namespace seamkit::fuzz {

// Aborts with `what` when `condition` is false.
inline void Check(bool condition, const char* what) {
  if (!condition) {
    std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
    std::abort();
  }
}

// A typed error is the expected answer to bad input; kInternal never is.
inline void CheckNotInternal(const Status& s, const char* what) {
  if (s.code() == ErrorCode::kInternal) {
    std::fprintf(stderr, "%s: internal error: %s\n", what, s.message().c_str());
    std::abort();
  }
}

}  // namespace seamkit::fuzz

#endif  // SEAMKIT_TESTS_FUZZ_FUZZ_CHECK_H_

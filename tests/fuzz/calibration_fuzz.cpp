// Fuzzes CalibrationParamsFromJson. Accepted params are valid, serialise
// and parse back, and map finite scores to probabilities in [0, 1].
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/confidence/calibration.h"
#include "tests/fuzz/fuzz_check.h"

using namespace seamkit::confidence;  // NOLINT: test code
using seamkit::fuzz::Check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  auto params = CalibrationParamsFromJson(text);
  if (!params.ok()) {
    seamkit::fuzz::CheckNotInternal(params.status(), "CalibrationParamsFromJson");
    return 0;
  }
  Check(ValidateCalibrationParams(*params).ok(), "accepted params do not validate");
  auto json = CalibrationParamsToJson(*params);
  Check(json.ok(), "accepted params do not serialise");
  Check(CalibrationParamsFromJson(*json).ok(), "serialised params do not parse");
  for (double score : {0.0, 0.25, 0.5, 1.0, -3.0, 7.0}) {
    auto p = Apply(*params, score);
    if (!p.ok()) {
      seamkit::fuzz::CheckNotInternal(p.status(), "Apply");
      continue;
    }
    Check(std::isfinite(*p) && *p >= 0 && *p <= 1, "probability outside [0, 1]");
  }
  float in[4] = {0.1f, 0.5f, 0.9f, 1.0f}, out[4];
  seamkit::fuzz::CheckNotInternal(ApplyBatch(*params, in, out, 4), "ApplyBatch");
  return 0;
}

// Fuzzes BlazeFace post-processing over random tensors, letterbox
// transforms and options. Detections are finite, scored in (0, 1], at most
// max_faces, best first.
#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/vision/blazeface.h"
#include "core/vision/resize.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

using namespace seamkit::vision;  // NOLINT: test code
using seamkit::fuzz::Check;

// Floats from the input: mostly logits/offsets of plausible size, sometimes
// anything (NaN, infinities, huge).
std::vector<float> Tensor(FuzzedDataProvider& in, size_t n, float scale) {
  std::vector<float> v(n);
  for (float& x : v) {
    if (in.remaining_bytes() == 0) break;
    x = in.ConsumeIntegralInRange<int>(0, 31) == 0
            ? in.ConsumeFloatingPoint<float>()
            : in.ConsumeFloatingPointInRange<float>(-scale, scale);
  }
  return v;
}

LetterboxTransform Transform(FuzzedDataProvider& in) {
  int w = in.ConsumeIntegralInRange<int>(1, 5000);
  int h = in.ConsumeIntegralInRange<int>(1, 5000);
  int s = in.ConsumeBool() ? kBlazeFaceFrontSize : kBlazeFaceBackSize;
  auto planned = PlanLetterbox(w, h, s);
  LetterboxTransform t = planned.ok() ? *planned : LetterboxTransform{};
  if (in.ConsumeIntegralInRange<int>(0, 7) == 0) {  // a forged transform
    t.content_x = in.ConsumeIntegral<int>();
    t.content_width = in.ConsumeIntegral<int>();
    t.scale_x = in.ConsumeFloatingPoint<float>();
    t.size = in.ConsumeIntegral<int>();
  }
  return t;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  LetterboxTransform t = Transform(in);
  BlazeFaceOptions o;
  o.score_threshold = in.ConsumeIntegralInRange<int>(0, 15) == 0
                          ? in.ConsumeFloatingPoint<float>()
                          : in.ConsumeProbability<float>();
  o.iou_threshold = in.ConsumeProbability<float>();
  o.max_faces = in.ConsumeIntegralInRange<int>(-1, 5);
  // Lengths are right most of the time; sometimes one is off by one.
  int off = in.ConsumeIntegralInRange<int>(0, 15) == 0 ? 1 : 0;
  std::vector<float> s16 = Tensor(in, kBlazeFaceCoarseRows, 8);
  std::vector<float> s8 = Tensor(in, kBlazeFaceFineRows + off, 8);
  std::vector<float> b16 = Tensor(in, kBlazeFaceCoarseRows * 16, 200);
  std::vector<float> b8 = Tensor(in, kBlazeFaceFineRows * 16, 200);
  auto faces = DecodeBlazeFace(s16.data(), s16.size(), s8.data(), s8.size(),
                               b16.data(), b16.size(), b8.data(), b8.size(), t, o);
  if (!faces.ok()) {
    seamkit::fuzz::CheckNotInternal(faces.status(), "DecodeBlazeFace");
    return 0;
  }
  Check(off == 0, "wrong tensor length accepted");
  Check(o.max_faces == 0 || faces->size() <= size_t(o.max_faces), "too many faces");
  for (size_t i = 0; i < faces->size(); ++i) {
    const FaceDetection& f = (*faces)[i];
    Check(f.score > 0 && f.score <= 1, "score outside (0, 1]");
    Check(i == 0 || (*faces)[i - 1].score >= f.score, "not best first");
    Check(std::isfinite(f.x) && std::isfinite(f.y) && std::isfinite(f.width) &&
              std::isfinite(f.height),
          "non-finite box");
  }
  int best = SelectLargestFace(*faces, 0.5f);
  Check(best >= -1 && best < int(faces->size()), "SelectLargestFace out of range");
  return 0;
}

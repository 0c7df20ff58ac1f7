// Fuzzes core/ocr's post-processing and text handling: random probability
// maps, sizes and options -> DetectBoxes; random logits -> CtcDecode; random
// bytes -> Dictionary::Parse and TextSimilarity. Invariants: typed errors
// only, boxes finite inside the source with scores in [box threshold, 1]
// (for maps in [0, 1]) and in reading order, CTC confidences are maxima of
// their rows, similarity in [0, 1] and symmetric.
#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/ocr/ctc.h"
#include "core/ocr/det_post.h"
#include "core/ocr/similarity.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

using namespace seamkit::ocr;  // NOLINT: test code
using seamkit::fuzz::Check;
using seamkit::fuzz::CheckNotInternal;

void FuzzBoxes(FuzzedDataProvider& in) {
  const int pw = in.ConsumeIntegralInRange<int>(0, 96);
  const int ph = in.ConsumeIntegralInRange<int>(0, 96);
  const int sw = in.ConsumeIntegralInRange<int>(-1, 5000);
  const int sh = in.ConsumeIntegralInRange<int>(-1, 5000);
  DetOptions o;
  if (in.ConsumeBool()) {
    o.binary_threshold = in.ConsumeProbability<float>();
    o.box_threshold = in.ConsumeProbability<float>();
    o.unclip_ratio = in.ConsumeFloatingPointInRange<float>(-1, 12);
    o.max_candidates = in.ConsumeIntegralInRange<int>(-1, 50);
    o.min_size = in.ConsumeFloatingPointInRange<float>(-1, 10);
  }
  const bool wild = in.ConsumeIntegralInRange<int>(0, 15) == 0;
  size_t n = size_t(pw) * size_t(ph);
  if (in.ConsumeIntegralInRange<int>(0, 15) == 0) n += 1;  // wrong length
  std::vector<float> prob(n, 0.0f);
  // Blocks of constant probability, so that components exist.
  while (in.remaining_bytes() > 0 && pw > 0 && ph > 0 &&
         in.ConsumeIntegralInRange<int>(0, 7) != 0) {
    const int x0 = in.ConsumeIntegralInRange<int>(0, pw - 1);
    const int y0 = in.ConsumeIntegralInRange<int>(0, ph - 1);
    const int x1 = in.ConsumeIntegralInRange<int>(x0, pw - 1);
    const int y1 = in.ConsumeIntegralInRange<int>(y0, ph - 1);
    const float v = wild ? in.ConsumeFloatingPoint<float>()
                         : in.ConsumeProbability<float>();
    for (int y = y0; y <= y1; ++y)
      for (int x = x0; x <= x1; ++x) prob[size_t(y) * pw + x] = v;
  }
  auto boxes = DetectBoxes(prob.data(), prob.size(), pw, ph, sw, sh, o);
  if (!boxes.ok()) {
    CheckNotInternal(boxes.status(), "DetectBoxes");
    return;
  }
  for (size_t i = 0; i < boxes->size(); ++i) {
    const DetBox& b = (*boxes)[i];
    for (int k = 0; k < 8; ++k) {
      Check(std::isfinite(b.points[k]), "box point finite");
      Check(b.points[k] >= 0 && b.points[k] <= (k % 2 ? sh : sw) - 1,
            "box inside the source");
    }
    if (!wild) {
      Check(b.score >= o.box_threshold && b.score <= 1.0f + 1e-6f,
            "score within [threshold, 1]");
    }
    Check(b.points[0] <= b.points[2] && b.points[6] <= b.points[4],
          "left corners left of right corners");
  }
}

void FuzzCtc(FuzzedDataProvider& in) {
  const int lines = in.ConsumeIntegralInRange<int>(1, 12);
  std::string dict_text;
  for (int i = 0; i < lines; ++i) {
    dict_text += in.ConsumeBool() ? std::string(1, char('a' + i)) : "\xe4\xb8\xad";
    dict_text += in.ConsumeBool() ? "\n" : "\r\n";
  }
  auto dict = Dictionary::Parse(dict_text);
  Check(dict.ok(), "well-formed dictionary parses");
  const int n = in.ConsumeIntegralInRange<int>(0, 4);
  const int steps = in.ConsumeIntegralInRange<int>(0, 40);
  int classes = dict->classes();
  if (in.ConsumeIntegralInRange<int>(0, 15) == 0) classes += 1;
  std::vector<float> logits(size_t(n) * steps * classes);
  for (float& v : logits) {
    v = in.ConsumeIntegralInRange<int>(0, 63) == 0
            ? in.ConsumeFloatingPoint<float>()
            : in.ConsumeProbability<float>();
  }
  auto out = CtcDecode(*dict, logits.data(), logits.size(), n, steps, classes);
  if (!out.ok()) {
    CheckNotInternal(out.status(), "CtcDecode");
    return;
  }
  Check(out->size() == size_t(n), "one line per row");
  for (const CtcLine& line : *out) {
    Check(line.char_confidences.size() <= size_t(steps), "at most one char per step");
    Check(DecodeUtf8(line.text).ok(), "decoded text is UTF-8");
    if (line.char_confidences.empty()) {
      Check(line.confidence == 0.0f, "empty lines have confidence 0");
    }
    if (!line.char_confidences.empty()) {
      auto [lo, hi] = std::minmax_element(line.char_confidences.begin(),
                                          line.char_confidences.end());
      Check(line.confidence >= *lo && line.confidence <= *hi,
            "confidence is the mean of the kept maxima");
    }
  }
}

void FuzzText(FuzzedDataProvider& in) {
  const std::string a = in.ConsumeRandomLengthString(300);
  const std::string b = in.ConsumeRandomLengthString(300);
  auto s = TextSimilarity(a, b);
  auto r = TextSimilarity(b, a);
  Check(s.ok() == r.ok(), "similarity errors are symmetric");
  if (s.ok()) {
    Check(*s >= 0 && *s <= 1, "similarity in [0, 1]");
    Check(*s == *r, "similarity is symmetric");
    Check(*TextSimilarity(a, a) == 1.0, "a text is similar to itself");
  } else {
    CheckNotInternal(s.status(), "TextSimilarity");
  }
  auto d = Dictionary::Parse(in.ConsumeRemainingBytesAsString());
  if (!d.ok()) CheckNotInternal(d.status(), "Dictionary::Parse");
  else Check(d->classes() >= 3, "a dictionary has a line");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  switch (in.ConsumeIntegralInRange<int>(0, 2)) {
    case 0: FuzzBoxes(in); break;
    case 1: FuzzCtc(in); break;
    default: FuzzText(in); break;
  }
  return 0;
}

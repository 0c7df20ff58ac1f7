#include "core/ocr/ctc.h"

#include <cmath>

#include "core/common/simd.h"
#include "core/ocr/similarity.h"

namespace seamkit::ocr {

RowMax ArgmaxRowScalar(const float* row, int n) {
  RowMax out;
  for (int c = 0; c < n; ++c) {
    if (!std::isfinite(row[c])) out.finite = false;
    if (row[c] > row[out.index]) out.index = c;
  }
  return out;
}

// Four lanes each keep their best value and index (strictly greater wins, so
// each lane keeps its first maximum); the lanes are then merged taking the
// larger value, or the smaller index on ties. Non-finite values are found
// from their exponent bits (all ones).
RowMax ArgmaxRow(const float* row, int n) {
  using simd::F32x4;
  using simd::I32x4;
  constexpr int kLanes = simd::kF32Lanes;
  if (n < 2 * kLanes) return ArgmaxRowScalar(row, n);
  F32x4 best = simd::Load<F32x4>(row);
  I32x4 best_i = {0, 1, 2, 3};
  I32x4 idx = best_i;
  const I32x4 exp_mask = simd::SplatI(0x7f800000);
  I32x4 bad = (simd::BitCast<I32x4>(best) & exp_mask) == exp_mask;
  int c = kLanes;
  for (; c + kLanes <= n; c += kLanes) {
    const F32x4 v = simd::Load<F32x4>(row + c);
    idx += simd::SplatI(kLanes);
    const I32x4 gt = v > best;
    best = simd::Select(gt, v, best);
    best_i = (gt & idx) | (~gt & best_i);
    bad |= (simd::BitCast<I32x4>(v) & exp_mask) == exp_mask;
  }
  RowMax out;
  out.index = best_i[0];
  float value = best[0];
  for (int l = 0; l < kLanes; ++l) {
    if (bad[l]) out.finite = false;
    if (best[l] > value || (best[l] == value && best_i[l] < out.index)) {
      value = best[l];
      out.index = best_i[l];
    }
  }
  for (; c < n; ++c) {  // the tail comes after every lane's index
    if (!std::isfinite(row[c])) out.finite = false;
    if (row[c] > value) value = row[c], out.index = c;
  }
  return out;
}

StatusOr<Dictionary> Dictionary::Parse(std::string_view text) {
  if (text.size() > kMaxDictionaryBytes) {
    return Status(ErrorCode::kLimitExceeded, "dictionary above 4 MiB");
  }
  Dictionary dict;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::string where =
        "dictionary line " + std::to_string(dict.tokens_.size() + 1);
    if (line.empty()) return Status(ErrorCode::kParse, where + " is empty");
    if (!DecodeUtf8(line).ok()) {
      return Status(ErrorCode::kParse, where + " is not valid UTF-8");
    }
    if (dict.tokens_.size() == kMaxDictionaryLines) {
      return Status(ErrorCode::kLimitExceeded,
                    "dictionary has more than 100000 lines");
    }
    dict.tokens_.emplace_back(line);
    pos = end + 1;
  }
  if (dict.tokens_.empty()) {
    return Status(ErrorCode::kParse, "dictionary is empty");
  }
  return dict;
}

std::string_view Dictionary::Token(int c) const {
  if (c <= 0 || c >= classes()) return {};
  if (c == classes() - 1) return " ";
  return tokens_[size_t(c - 1)];
}

StatusOr<std::vector<CtcLine>> CtcDecode(const Dictionary& dict,
                                         const float* logits, size_t size,
                                         int n, int steps, int classes) {
  if (n < 0 || steps < 0 || classes <= 0) {
    return Status(ErrorCode::kInvalidArgument,
                  "n and steps must be >= 0 and classes > 0");
  }
  if (classes != dict.classes()) {
    return Status(ErrorCode::kInvalidArgument,
                  "classes is " + std::to_string(classes) +
                      " but the dictionary has " +
                      std::to_string(dict.classes()));
  }
  const int64_t total = int64_t(n) * steps * classes;
  if (total > kMaxLogits) {
    return Status(ErrorCode::kLimitExceeded, "logits above 256 million values");
  }
  if (size != size_t(total) || (total > 0 && logits == nullptr)) {
    return Status(ErrorCode::kInvalidArgument,
                  "logits must hold n * steps * classes values");
  }
  std::vector<CtcLine> lines(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    CtcLine& line = lines[size_t(i)];
    int prev = -1;
    double sum = 0;
    for (int t = 0; t < steps; ++t) {
      const float* row = logits + (size_t(i) * steps + t) * classes;
      const RowMax m = ArgmaxRow(row, classes);
      if (!m.finite) {
        return Status(ErrorCode::kInvalidArgument,
                      "logits hold NaN or infinity");
      }
      const int best = m.index;
      if (best != 0 && best != prev) {
        line.text.append(dict.Token(best));
        line.char_confidences.push_back(row[best]);
        sum += row[best];
      }
      prev = best;
    }
    if (!line.char_confidences.empty()) {
      line.confidence = float(sum / double(line.char_confidences.size()));
    }
  }
  return lines;
}

}  // namespace seamkit::ocr

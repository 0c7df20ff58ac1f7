#include "core/ocr/ctc.h"

#include <cmath>

#include "core/ocr/similarity.h"

namespace seamkit::ocr {

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
      int best = 0;
      for (int c = 0; c < classes; ++c) {
        if (!std::isfinite(row[c])) {
          return Status(ErrorCode::kInvalidArgument,
                        "logits hold NaN or infinity");
        }
        if (row[c] > row[best]) best = c;
      }
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

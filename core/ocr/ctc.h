// The PP-OCR recogniser's dictionary and greedy CTC decoding: class 0 is the
// CTC blank, classes 1..N are the dictionary's lines and N+1 is a space.
#ifndef SEAMKIT_CORE_OCR_CTC_H_
#define SEAMKIT_CORE_OCR_CTC_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/status.h"

namespace seamkit::ocr {

constexpr size_t kMaxDictionaryBytes = 4 << 20;
constexpr size_t kMaxDictionaryLines = 100000;
constexpr int64_t kMaxLogits = 256'000'000;

class Dictionary {
 public:
  // One token per line ("\n" or "\r\n"; a final newline is optional). Lines
  // must be non-empty valid UTF-8.
  static StatusOr<Dictionary> Parse(std::string_view text);

  // Blank + lines + space.
  int classes() const { return static_cast<int>(tokens_.size()) + 2; }
  // The text of class c (1 <= c < classes()); "" for the blank.
  std::string_view Token(int c) const;

 private:
  std::vector<std::string> tokens_;
};

struct CtcLine {
  std::string text;                   // UTF-8
  float confidence = 0;               // mean of char_confidences, 0 if empty
  std::vector<float> char_confidences;
};

// The index of the largest of row[0..n) (the first on ties), and whether all
// values are finite. n >= 1. The SIMD version must agree with the scalar one.
struct RowMax {
  int index = 0;
  bool finite = true;
};
RowMax ArgmaxRowScalar(const float* row, int n);
RowMax ArgmaxRow(const float* row, int n);

// logits: n x steps x classes probabilities (classes == dict.classes()).
// Greedy: argmax per step (the first on ties), repeats collapsed, blanks
// dropped.
StatusOr<std::vector<CtcLine>> CtcDecode(const Dictionary& dict,
                                         const float* logits, size_t size,
                                         int n, int steps, int classes);

}  // namespace seamkit::ocr

#endif  // SEAMKIT_CORE_OCR_CTC_H_

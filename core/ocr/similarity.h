// Similarity of two short texts (an image's alt and what OCR read in it):
// 1 - Levenshtein distance / longer length, over Unicode code points, after
// case folding (ASCII and Latin-1) and removing whitespace and punctuation
// (OCR drops spaces after punctuation often, so they carry no signal).
#ifndef SEAMKIT_CORE_OCR_SIMILARITY_H_
#define SEAMKIT_CORE_OCR_SIMILARITY_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/status.h"

namespace seamkit::ocr {

constexpr size_t kMaxSimilarityCodePoints = 4096;

// UTF-8 -> code points; kParse on malformed UTF-8 (overlong forms,
// surrogates, values above U+10FFFF, truncated sequences).
StatusOr<std::vector<char32_t>> DecodeUtf8(std::string_view text);

// The comparison key: folded code points, separators removed.
std::vector<char32_t> SimilarityKey(const std::vector<char32_t>& text);

// In [0, 1]; 1 for two texts with equal keys (two empty keys included).
StatusOr<double> TextSimilarity(std::string_view a, std::string_view b);

}  // namespace seamkit::ocr

#endif  // SEAMKIT_CORE_OCR_SIMILARITY_H_

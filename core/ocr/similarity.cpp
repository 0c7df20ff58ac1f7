#include "core/ocr/similarity.h"

#include <algorithm>

namespace seamkit::ocr {
namespace {

bool IsSeparator(char32_t c) {
  // White space (Unicode White_Space in the BMP).
  if (c == ' ' || (c >= 0x09 && c <= 0x0d) || c == 0x85 || c == 0xa0 ||
      c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
      c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000) {
    return true;
  }
  // ASCII punctuation (general category P*; $ + < = > ^ ` | ~ are symbols
  // and stay).
  if (c < 0x80) {
    static constexpr char32_t kPunct[] = U"!\"#%&'()*,-./:;?@[\\]_{}";
    return std::find(std::begin(kPunct), std::end(kPunct) - 1, c) !=
           std::end(kPunct) - 1;
  }
  // Latin-1 punctuation: inverted marks, section, guillemets, pilcrow,
  // middle dot.
  if (c == 0xa1 || c == 0xa7 || c == 0xab || c == 0xb6 || c == 0xb7 ||
      c == 0xbb || c == 0xbf) {
    return true;
  }
  // General Punctuation dashes, quotes, bullets, ellipsis; CJK and
  // full-width punctuation (what OCR of a CJK dictionary emits).
  return (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e) ||
         (c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011) ||
         (c >= 0xff01 && c <= 0xff0f && c != 0xff04 && c != 0xff0b) ||
         (c >= 0xff1a && c <= 0xff20 && c != 0xff1c && c != 0xff1d &&
          c != 0xff1e) ||
         (c >= 0xff3b && c <= 0xff3f && c != 0xff3e) || c == 0xff5b ||
         c == 0xff5d || (c >= 0xff5f && c <= 0xff65);
}

char32_t Fold(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xc0 && c <= 0xde && c != 0xd7) return c + 32;  // Latin-1 upper
  return c;
}

}  // namespace

StatusOr<std::vector<char32_t>> DecodeUtf8(std::string_view s) {
  std::vector<char32_t> out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    int len = 0;
    char32_t c = 0, min = 0;
    if (b < 0x80) {
      len = 1, c = b;
    } else if (b >= 0xc2 && b <= 0xdf) {
      len = 2, c = b & 0x1f, min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      len = 3, c = b & 0x0f, min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4, c = b & 0x07, min = 0x10000;
    } else {
      return Status(ErrorCode::kParse, "invalid UTF-8 lead byte");
    }
    if (i + size_t(len) > s.size()) {
      return Status(ErrorCode::kParse, "truncated UTF-8 sequence");
    }
    for (int k = 1; k < len; ++k) {
      const unsigned char t = static_cast<unsigned char>(s[i + size_t(k)]);
      if ((t & 0xc0) != 0x80) {
        return Status(ErrorCode::kParse, "invalid UTF-8 continuation byte");
      }
      c = (c << 6) | (t & 0x3f);
    }
    if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) {
      return Status(ErrorCode::kParse, "overlong or invalid UTF-8 code point");
    }
    out.push_back(c);
    i += size_t(len);
  }
  return out;
}

std::vector<char32_t> SimilarityKey(const std::vector<char32_t>& text) {
  std::vector<char32_t> key;
  key.reserve(text.size());
  for (char32_t c : text) {
    if (!IsSeparator(c)) key.push_back(Fold(c));
  }
  return key;
}

StatusOr<double> TextSimilarity(std::string_view a, std::string_view b) {
  StatusOr<std::vector<char32_t>> da = DecodeUtf8(a);
  if (!da.ok()) return da.status();
  StatusOr<std::vector<char32_t>> db = DecodeUtf8(b);
  if (!db.ok()) return db.status();
  if (da->size() > kMaxSimilarityCodePoints ||
      db->size() > kMaxSimilarityCodePoints) {
    return Status(ErrorCode::kLimitExceeded,
                  "texts above 4096 code points are not compared");
  }
  const std::vector<char32_t> x = SimilarityKey(*da), y = SimilarityKey(*db);
  const size_t longest = std::max(x.size(), y.size());
  if (longest == 0) return 1.0;
  // Levenshtein distance, two rows.
  std::vector<size_t> prev(y.size() + 1), cur(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= x.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= y.size(); ++j) {
      const size_t sub = prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return 1.0 - double(prev[y.size()]) / double(longest);
}

}  // namespace seamkit::ocr

#include "core/confidence/escape.h"

#include <cstdint>

namespace seamkit::confidence {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

// Length of the well-formed sequence starting at s[i] (1..4), or 0 when the
// bytes there are ill-formed; *bad_len is then the maximal subpart to skip.
// Ranges from Unicode 15, table 3-7 "Well-Formed UTF-8 Byte Sequences".
size_t DecodeOne(std::string_view s, size_t i, uint32_t* cp, size_t* bad_len) {
  const auto byte = [&](size_t k) { return static_cast<uint8_t>(s[k]); };
  uint8_t b0 = byte(i);
  *bad_len = 1;
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  size_t need;
  uint8_t lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    if (b0 == 0xE0) lo = 0xA0;  // no overlongs
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    if (b0 == 0xF0) lo = 0x90;  // no overlongs
    if (b0 == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;  // continuation byte, C0/C1 overlong lead, or F5..FF
  }
  uint32_t value = b0 & (0x3F >> need);
  for (size_t k = 1; k <= need; ++k) {
    if (i + k >= s.size()) return 0;
    uint8_t b = byte(i + k);
    if (b < lo || b > hi) return 0;
    lo = 0x80;
    hi = 0xBF;
    value = (value << 6) | (b & 0x3F);
    *bad_len = k + 1;  // a valid prefix belongs to the same subpart
  }
  *cp = value;
  return need + 1;
}

bool IsForbiddenControl(uint32_t cp) {
  if (cp == '\t' || cp == '\n' || cp == '\r') return false;
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

}  // namespace

std::string SanitizeUtf8(std::string_view text) {
  // Most texts are printable ASCII and come back unchanged.
  bool plain = true;
  for (char c : text) {
    auto b = static_cast<uint8_t>(c);
    plain &= b >= 0x20 && b < 0x7F;
  }
  if (plain) return std::string(text);
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    uint32_t cp = 0;
    size_t bad_len = 1;
    size_t len = DecodeOne(text, i, &cp, &bad_len);
    if (len == 0) {
      out += kReplacement;
      i += bad_len;
      continue;
    }
    if (IsForbiddenControl(cp)) {
      out += kReplacement;
    } else {
      out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::string EscapeHtml(std::string_view text) {
  std::string clean = SanitizeUtf8(text);
  std::string out;
  out.reserve(clean.size() + clean.size() / 8);
  for (char c : clean) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace seamkit::confidence

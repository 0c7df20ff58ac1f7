#include "core/common/number.h"

#include <cmath>
#include <cstdlib>
#include <string>

namespace seamkit {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

size_t SkipDigits(std::string_view t, size_t i) {
  while (i < t.size() && IsDigit(t[i])) ++i;
  return i;
}

}  // namespace

std::optional<double> ParseDecimalPrefix(std::string_view text,
                                         size_t* consumed) {
  size_t i = 0;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
  size_t int_end = SkipDigits(text, i);
  size_t digits = int_end - i;
  i = int_end;
  if (i < text.size() && text[i] == '.') {
    size_t frac_end = SkipDigits(text, i + 1);
    size_t frac = frac_end - (i + 1);
    // "1." reads as 1 followed by a dot that is not part of the number.
    if (frac > 0) {
      digits += frac;
      i = frac_end;
    }
  }
  if (digits == 0) return std::nullopt;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    size_t j = i + 1;
    if (j < text.size() && (text[j] == '+' || text[j] == '-')) ++j;
    size_t exp_end = SkipDigits(text, j);
    if (exp_end > j) i = exp_end;
  }
  // The grammar above is a subset of strtod's in the "C" locale, and the
  // copy is terminated, so strtod reads exactly these i characters.
  std::string copy(text.substr(0, i));
  double value = std::strtod(copy.c_str(), nullptr);
  if (!std::isfinite(value)) return std::nullopt;
  if (consumed != nullptr) *consumed = i;
  return value;
}

std::optional<double> ParseDecimal(std::string_view text) {
  size_t consumed = 0;
  std::optional<double> v = ParseDecimalPrefix(text, &consumed);
  if (!v || consumed != text.size()) return std::nullopt;
  return v;
}

}  // namespace seamkit

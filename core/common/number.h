// Locale-independent parsing of decimal numbers. libc++ 14 (the one in
// Debian's Emscripten) has no floating-point std::from_chars, so the core
// uses this everywhere it reads a number out of a page or a file.
#ifndef SEAMKIT_CORE_COMMON_NUMBER_H_
#define SEAMKIT_CORE_COMMON_NUMBER_H_

#include <cstddef>
#include <optional>
#include <string_view>

namespace seamkit {

// Reads the longest prefix of `text` of the form
//   [+|-] digits [. digits] [(e|E) [+|-] digits]   (at least one digit
// before the exponent, in the integer or the fraction part) and returns its
// value; `*consumed` (when given) receives the prefix length. No leading
// whitespace, no hex, no "inf"/"nan". nullopt when no number starts the
// text or its value is not finite.
std::optional<double> ParseDecimalPrefix(std::string_view text,
                                         size_t* consumed = nullptr);

// Like ParseDecimalPrefix, but the whole text must be the number.
std::optional<double> ParseDecimal(std::string_view text);

}  // namespace seamkit

#endif  // SEAMKIT_CORE_COMMON_NUMBER_H_

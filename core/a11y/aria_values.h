// Validation of WAI-ARIA state and property values against their value type
// (WAI-ARIA 1.2 §8.2 "Value types"; W3C ACT rule 6a7281 "ARIA state or
// property has valid value").
//
// Conventions, each from the sources above:
// - Leading and trailing ASCII whitespace is ignored; true/false, tristate,
//   true/false/undefined and token values compare ASCII case-insensitively.
// - integer is the HTML "valid integer" (`-`? digits) and number the HTML
//   "valid floating-point number" (`-`? (digits | digits.digits | .digits)
//   with an optional e/E exponent); "+1", "1." and "0x10" are not valid.
// - ID reference: one ID (non-empty, no whitespace). ID reference list: one
//   or more IDs. Whether the IDs exist is not part of validity (ACT 6a7281
//   passes aria-errormessage="my-error" with no such element).
// - string: every value is valid.
// - An empty (or all-whitespace) value is reported as kEmpty with
//   valid = true: WAI-ARIA treats it as if the attribute were absent, and
//   ACT 6a7281 does not apply to it.
#ifndef SEAMKIT_CORE_A11Y_ARIA_VALUES_H_
#define SEAMKIT_CORE_A11Y_ARIA_VALUES_H_

#include <optional>
#include <string>
#include <string_view>

#include "core/a11y/aria_data.h"

namespace seamkit::a11y {

enum class AriaValueVerdict : uint8_t {
  kValid,
  kEmpty,             // "" or whitespace only: treated as absent
  kInvalid,           // does not match the attribute's value type
  kUnknownAttribute,  // not a WAI-ARIA 1.2 state or property
};

struct AriaValueCheck {
  bool valid = false;  // true for kValid and kEmpty
  AriaValueVerdict verdict = AriaValueVerdict::kInvalid;
  // Why it is invalid, for people ("aria-expanded is true/false/undefined:
  // \"collapsed\" is not one of true, false, undefined"); empty when valid.
  std::string reason;
};

// `attr` is looked up ASCII case-insensitively.
AriaValueCheck ValidateAriaValue(std::string_view attr, std::string_view value);
// The same check for a known type and token set (tokens as in AriaAttribute).
AriaValueCheck ValidateAriaValueOfType(AriaValueType type,
                                       std::string_view tokens,
                                       std::string_view value);

// Syntax helpers (no trimming: pass a trimmed value).
bool IsHtmlValidInteger(std::string_view text);
bool IsHtmlValidFloat(std::string_view text);

// Parsed readings of valid values, nullopt when invalid or empty.
std::optional<bool> ParseAriaTrueFalse(std::string_view value);
std::optional<long long> ParseAriaInteger(std::string_view value);
std::optional<double> ParseAriaNumber(std::string_view value);  // finite only

}  // namespace seamkit::a11y

#endif  // SEAMKIT_CORE_A11Y_ARIA_VALUES_H_

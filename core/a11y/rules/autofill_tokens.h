// HTML autofill detail tokens (the `autocomplete` attribute grammar) as
// data. Source: HTML Living Standard, §4.10.18.7.1 "Autofilling form
// controls: the autocomplete attribute" — the table of autofill field
// names with their control groups, and the list of which controls each
// control group applies to.
#ifndef SEAMKIT_CORE_A11Y_RULES_AUTOFILL_TOKENS_H_
#define SEAMKIT_CORE_A11Y_RULES_AUTOFILL_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace seamkit::a11y::rules {

enum class AutofillGroup : uint8_t {
  kText, kMultiline, kPassword, kUsername, kUrl, kEmail, kTel, kNumeric,
  kMonth, kDate,
};

struct AutofillCheck {
  bool valid = false;          // grammar and field names are correct
  std::string problem;         // why not, when !valid
  std::string_view field;      // the autofill field name (lowercase)
  AutofillGroup group = AutofillGroup::kText;
};

// Parses an autocomplete value other than on/off: [section-*]
// [shipping|billing] ([home|work|mobile|fax|pager] contact-field |
// field) [webauthn], tokens ASCII case-insensitive.
AutofillCheck ParseAutofill(std::string_view value);

// Whether a field of `group` may be used on the control: `tag` is input,
// select or textarea; `input_type` the input's type keyword (lowercase,
// "text" when missing or unknown).
bool AutofillGroupFitsControl(AutofillGroup group, std::string_view tag,
                              std::string_view input_type);

}  // namespace seamkit::a11y::rules

#endif  // SEAMKIT_CORE_A11Y_RULES_AUTOFILL_TOKENS_H_

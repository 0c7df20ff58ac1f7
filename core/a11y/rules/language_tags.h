// Language tag validity as the W3C ACT rules define it ("valid language
// tag": the primary language subtag exists in the IANA Language Subtag
// Registry with Type "language"), used by html-lang-valid and valid-lang.
#ifndef SEAMKIT_CORE_A11Y_RULES_LANGUAGE_TAGS_H_
#define SEAMKIT_CORE_A11Y_RULES_LANGUAGE_TAGS_H_

#include <string_view>

namespace seamkit::a11y::rules {

enum class LangTagVerdict {
  kValid,    // primary subtag is a registered language subtag
  kInvalid,  // provably not a registered language subtag
  kUnknown,  // a 3-letter subtag outside our table: may be registered
};

// Surrounding ASCII whitespace is ignored; case-insensitive. The primary
// subtag is the text before the first '-'.
LangTagVerdict ValidateLanguageTag(std::string_view tag);

}  // namespace seamkit::a11y::rules

#endif  // SEAMKIT_CORE_A11Y_RULES_LANGUAGE_TAGS_H_
